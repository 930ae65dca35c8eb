"""Compare the facts of two stores (e.g. the curated bundled dataset and what extraction
made of the same texts), category by category, and list every difference."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kg.rdf.vocab import sparql_prefixes
from kg.store import Store
from kg.text.symbols import fold

_PREFIX = sparql_prefixes("dkg")

#: One query per category; each row becomes a comparable tuple of plain strings.
FACT_QUERIES: dict[str, str] = {
    "documents": "SELECT DISTINCT ?k WHERE { ?d dkg:key ?k ; dkg:typeCode ?t }",
    "links": """SELECT DISTINCT ?a ?rel ?b WHERE {
        VALUES ?rel { dkg:implements dkg:continues dkg:amends dkg:replaces dkg:guides dkg:basedOn }
        ?x ?rel ?y . ?x dkg:key ?a . ?y dkg:key ?b }""",
    "assignments": """SELECT DISTINCT ?body ?role ?doc WHERE {
        VALUES ?role { dkg:leadBody dkg:coordinatingBody dkg:participatingBody dkg:monitoringBody }
        ?t a dkg:Task ; ?role ?b . ?b dkg:canonicalName ?body .
        OPTIONAL { ?t dkg:underDocument/dkg:key ?doc } }""",
    "targets": "SELECT DISTINCT ?doc ?v WHERE { ?t a dkg:Target ; dkg:value ?v . OPTIONAL { ?t dkg:setBy/dkg:key ?doc } }",
    "outcomes": """SELECT DISTINCT ?doc ?v ?of WHERE { ?o a dkg:Outcome ; dkg:value ?v .
        OPTIONAL { ?o dkg:reportsOn/dkg:key ?doc } OPTIONAL { ?o dkg:denominator ?of } }""",
    "events": """SELECT DISTINCT ?kind ?date WHERE { ?e dkg:eventKind ?kind . OPTIONAL { ?e dkg:eventDate ?date } }""",
}


def _norm(value: str) -> str:
    try:
        return repr(float(value))
    except ValueError:
        return fold(value)


def facts_of(store: Store) -> dict[str, set[tuple[str, ...]]]:
    out: dict[str, set[tuple[str, ...]]] = {}
    for cat, q in FACT_QUERIES.items():
        names, rows = store.select(_PREFIX + q)
        out[cat] = {tuple(_norm(r[n].value) if n in r else "" for n in names) for r in rows}
    return out


@dataclass
class Differences:
    only_left: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    only_right: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    left_name: str = "left"
    right_name: str = "right"

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.only_left.values()) + sum(len(v) for v in self.only_right.values())

    def to_text(self) -> str:
        lines = []
        for cat in FACT_QUERIES:
            for row in sorted(self.only_left.get(cat, ())):
                lines.append(f"{cat}: only in {self.left_name}: {' | '.join(row)}")
            for row in sorted(self.only_right.get(cat, ())):
                lines.append(f"{cat}: only in {self.right_name}: {' | '.join(row)}")
        return "\n".join(lines) or "no differences"


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _same_field(x: str, y: str) -> bool:
    """Equal values; for names and unnumbered-document descriptions ("KH:...") a fuzzy
    match of their words, as two careful readers would word them differently."""
    if x == y:
        return True
    if not x or not y or _is_number(x) or _is_number(y) or x.startswith("http") or y.startswith("http"):
        return False
    if ":" in x and ":" in y and x.split(":", 1)[0] != y.split(":", 1)[0]:
        return False
    return fuzz.token_set_ratio(x, y) >= 80


def _unmatched(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> tuple[set, set]:
    left, right = set(a - b), set(b - a)
    for row in sorted(left):
        match = next((r for r in sorted(right) if all(_same_field(x, y) for x, y in zip(row, r))), None)
        if match is not None:
            left.discard(row)
            right.discard(match)
    return left, right


def compare_stores(left: Store, right: Store, *, left_name: str = "bundled",
                   right_name: str = "extracted") -> Differences:
    a, b = facts_of(left), facts_of(right)
    d = Differences(left_name=left_name, right_name=right_name)
    for cat in FACT_QUERIES:
        d.only_left[cat], d.only_right[cat] = _unmatched(a[cat], b[cat])
        d.sizes[cat] = len(a[cat])
    return d
