"""Generates the SKOS concept schemes and the administrative-unit reference file.

Run ``python -m tools.vocabularies`` to (re)write, in the ``ontology/`` folder:

* ``vocab-doctypes.ttl``  document-type codes (``vocab/doctype/{code}``), from ``kg/data/vocab/doc_types.csv``
* ``vocab-issuers.ttl``   issuer codes with level and system, from ``kg/data/vocab/issuers.csv``
* ``vocab-bodykinds.ttl`` body kinds, each tied to its dkg class, from ``kg/data/vocab/body_kinds.csv``
* ``vocab-levels.ttl``, ``vocab-events.ttl``, ``vocab-statuses.ttl``, ``vocab-systems.ttl``
  small fixed lists defined in this module
* ``admin-units.ttl``     the 63 provinces and their districts valid to 30 June 2025, the 34
  provinces from 1 July 2025 and the merger links, from the ``vietnamadminunits`` package
  (its bundled SQLite file and ``converter_2025.json``; no network)

Options: ``--out DIR`` writes elsewhere; ``--check`` writes nothing and exits 1 when a committed
file no longer matches what would be generated (compared as RDF graphs); ``--shared PATH``
additionally reports codes of the shared domain tables (``PATH/domain/doc_types.csv`` and
``issuers.csv``, or ``PATH`` itself when it holds them) that the project tables lack.

Every concept and unit IRI follows ``ontology/README.md``. ``tests/test_vocabularies.py`` checks
that the committed Turtle is isomorphic to what :func:`build_all` produces now.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from unidecode import unidecode

from kg import resources
from kg.rdf import identity
from kg.rdf.vocab import DCTERMS, DKG, ID, ONTOLOGY_IRI, OWL, RDF, RDFS, SKOS, VOCAB, XSD

__all__ = [
    "FILES",
    "build_all",
    "build_admin_units",
    "build_bodykinds",
    "build_doctypes",
    "build_events",
    "build_issuers",
    "build_levels",
    "build_statuses",
    "build_systems",
    "concept_iri",
    "main",
    "ontology_dir",
    "read_table",
    "write_all",
]

LEGACY_VALID_TO = date(2025, 6, 30)
NEW_VALID_FROM = date(2025, 7, 1)

# --------------------------------------------------------------------------- locations


def ontology_dir() -> Path:
    """The ``ontology/`` folder."""
    return resources.data_dir("ontology")


def _table_path(name: str) -> Path:
    return Path(__file__).resolve().parents[1] / "kg" / "data" / "vocab" / name


def read_table(name: str) -> list[dict[str, str]]:
    """A project vocabulary table (``kg/data/vocab/{name}``) as a list of dicts, cells stripped."""
    with _table_path(name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


#: ``vocab/{scheme}/{code}``, e.g. ``vocab/doctype/QĐ`` (the one minter: kg.rdf.identity).
concept_iri = identity.concept


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _vi(text: str) -> Literal:
    return Literal(text, lang="vi")


def _en(text: str) -> Literal:
    return Literal(text, lang="en")


def _new_graph() -> Graph:
    g = Graph()
    g.bind("dkg", DKG._NS)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("owl", OWL)
    g.bind("xsd", XSD)
    g.bind("vocab", VOCAB)
    return g


def _scheme(g: Graph, name: str, vi: str, en: str, def_vi: str, def_en: str, source: str) -> URIRef:
    s = identity.concept_scheme(name)
    g.bind(name, Namespace(f"{s}/"))
    g.add((s, RDF.type, SKOS.ConceptScheme))
    g.add((s, SKOS.prefLabel, _vi(vi)))
    g.add((s, SKOS.prefLabel, _en(en)))
    g.add((s, SKOS.definition, _vi(def_vi)))
    g.add((s, SKOS.definition, _en(def_en)))
    g.add((s, DCTERMS.source, Literal(source)))
    g.add((s, RDFS.seeAlso, ONTOLOGY_IRI))
    return s


def _concept(g: Graph, scheme: URIRef, name: str, code: str, vi: str, en: str,
             def_vi: str, def_en: str) -> URIRef:
    c = concept_iri(name, code)
    g.add((c, RDF.type, SKOS.Concept))
    g.add((c, SKOS.inScheme, scheme))
    g.add((c, SKOS.topConceptOf, scheme))
    g.add((scheme, SKOS.hasTopConcept, c))
    g.add((c, SKOS.notation, Literal(code)))
    g.add((c, SKOS.prefLabel, _vi(vi)))
    g.add((c, SKOS.prefLabel, _en(en)))
    g.add((c, SKOS.definition, _vi(def_vi)))
    g.add((c, SKOS.definition, _en(def_en)))
    return c


# --------------------------------------------------------------------------- fixed lists

#: (code, vi, en, definition vi, definition en)
LEVELS = [
    ("central", "Trung ương", "Central",
     "Cấp trung ương: các cơ quan lãnh đạo của Đảng, Quốc hội, Chính phủ, các bộ và cơ quan trung ương của Mặt trận, đoàn thể.",
     "The central level: the Party's leading bodies, the National Assembly, the Government, the ministries and the central bodies of the Front and mass organisations."),
    ("province", "Tỉnh", "Province",
     "Cấp tỉnh: tỉnh và thành phố trực thuộc trung ương cùng các cơ quan của cấp này.",
     "The province level: provinces and centrally run cities and their bodies."),
    ("district", "Huyện", "District",
     "Cấp huyện: huyện, quận, thị xã, thành phố thuộc tỉnh và các cơ quan của cấp này; chấm dứt từ ngày 01/7/2025.",
     "The district level: rural and urban districts, towns and provincial cities and their bodies; ended on 1 July 2025."),
    ("commune", "Xã", "Commune",
     "Cấp xã và cơ sở: xã, phường, thị trấn, đặc khu và tổ chức đảng cơ sở.",
     "The commune and grassroots level: communes, wards, townships, special zones and grassroots Party organisations."),
]

#: (code, vi, en, dkg class, definition vi, definition en)
EVENTS = [
    ("interim-review", "Sơ kết", "Interim review", DKG.InterimReview,
     "Hội nghị sơ kết việc thực hiện văn bản giữa chặng.",
     "A review of a document's implementation part-way through its period."),
    ("final-review", "Tổng kết", "Final review", DKG.FinalReview,
     "Hội nghị tổng kết việc thực hiện văn bản khi kết thúc giai đoạn.",
     "A review of a document's whole implementation at the end of its period."),
    ("study-session", "Quán triệt, học tập", "Study session", DKG.StudySession,
     "Hội nghị học tập, quán triệt và triển khai văn bản mới.",
     "A conference that studies a new document and launches its implementation."),
    ("working-session", "Làm việc", "Working session", DKG.WorkingSession,
     "Buổi làm việc của cấp trên với cấp dưới về việc thực hiện văn bản.",
     "A working meeting between a higher and a lower body on a document's implementation."),
    ("conference", "Hội nghị", "Conference", DKG.Conference,
     "Hội nghị hoặc cuộc họp khác về văn bản.",
     "Any other conference or meeting about a document."),
]

#: (code, vi, en, definition vi, definition en)
STATUSES = [
    ("exceeded", "Vượt chỉ tiêu", "Exceeded",
     "Kết quả vượt giá trị chỉ tiêu đề ra.", "The outcome is beyond the target value."),
    ("met", "Đạt chỉ tiêu", "Met",
     "Kết quả đạt giá trị chỉ tiêu đề ra.", "The outcome reaches the target value."),
    ("partly", "Đạt một phần", "Partly met",
     "Kết quả mới đạt một phần chỉ tiêu.", "The outcome reaches part of the target value."),
    ("pending", "Chưa đến hạn đánh giá", "Pending",
     "Chưa đến thời hạn của chỉ tiêu hoặc chưa đủ thông tin để đánh giá.",
     "The target's date has not come yet, or there is not enough information to judge."),
    ("not-met", "Không đạt", "Not met",
     "Đã hết thời hạn mà kết quả không đạt chỉ tiêu.",
     "The target's date has passed and the outcome falls short of it."),
]

#: (code, vi, en, definition vi, definition en, dkg document class)
SYSTEMS = [
    ("party", "Đảng", "Party",
     "Hệ thống tổ chức và văn bản của Đảng Cộng sản Việt Nam (ký hiệu SỐ-LOẠI/CƠ QUAN).",
     "The organisations and documents of the Communist Party of Viet Nam (symbols NUMBER-TYPE/ISSUER).",
     DKG.PartyDocument),
    ("state", "Nhà nước", "State",
     "Hệ thống cơ quan và văn bản của Nhà nước (ký hiệu SỐ/LOẠI-CƠ QUAN, có năm nếu là văn bản quy phạm).",
     "The bodies and documents of the State (symbols NUMBER/TYPE-ISSUER, with the year for normative acts).",
     DKG.StateDocument),
]

_SYSTEM_NAMES = {"party": ("Đảng", "Party"), "state": ("Nhà nước", "State")}


# --------------------------------------------------------------------------- schemes


def build_doctypes() -> Graph:
    g = _new_graph()
    s = _scheme(g, "doctype", "Loại văn bản", "Document types",
                "Các mã loại văn bản ghi trong số và ký hiệu văn bản của Đảng và Nhà nước, cùng vài mã riêng của dự án cho loại văn bản không có mã.",
                "The document-type codes written in the symbols of Party and State documents, plus a few project codes for types whose symbols carry none.",
                "kg/data/vocab/doc_types.csv")
    for row in read_table("doc_types.csv"):
        code = row["code"]
        systems = _split(row["systems"])
        sys_vi = " và ".join(_SYSTEM_NAMES[x][0] for x in systems)
        sys_en = " and ".join(_SYSTEM_NAMES[x][1] for x in systems)
        if row["printed"] != "no":
            # ('yes': the symbols of every system of the row print the code; a system's name: that one's alone)
            printed = systems if row["printed"] == "yes" else _split(row["printed"])
            in_vi = " và ".join(_SYSTEM_NAMES[x][0] for x in printed)
            in_en = " and ".join(_SYSTEM_NAMES[x][1] for x in printed)
            def_vi = f"Mã loại văn bản {code} ({row['name_vi']}) trong ký hiệu văn bản của {in_vi}."
            def_en = f"The type code {code} ({row['name_en']}) in the symbols of {in_en} documents."
        else:
            def_vi = (f"Mã riêng của dự án cho loại văn bản {row['name_vi']} của {sys_vi}; "
                      "ký hiệu của loại văn bản này không ghi mã loại.")
            def_en = (f"Project code for the {sys_en} document type {row['name_en']}, "
                      "whose symbols carry no type code.")
        c = _concept(g, s, "doctype", code, row["name_vi"], row["name_en"], def_vi, def_en)
        for x in systems:
            g.add((c, DKG.system, concept_iri("system", x)))
        for cls in _split(row["classes"]):
            g.add((c, RDFS.seeAlso, DKG[cls]))
        if row["note_en"]:
            g.add((c, SKOS.scopeNote, _en(row["note_en"])))
    return g


def build_issuers() -> Graph:
    g = _new_graph()
    s = _scheme(g, "issuer", "Mã cơ quan ban hành", "Issuer codes",
                "Các mã cơ quan ban hành ghi sau dấu gạch chéo hoặc gạch nối trong ký hiệu văn bản, kèm cấp và hệ thống.",
                "The issuer codes written after the slash or hyphen of document symbols, with their level and system.",
                "kg/data/vocab/issuers.csv")
    for row in read_table("issuers.csv"):
        code = row["code"]
        levels = _split(row["levels"])
        where_vi = ", ".join(_level_name(x, "vi") for x in levels) or "nhiều cấp"
        where_en = ", ".join(_level_name(x, "en") for x in levels) or "several levels"
        c = _concept(g, s, "issuer", code, row["name_vi"], row["name_en"],
                     f"Mã {code} trong ký hiệu văn bản, chỉ {row['name_vi']} (cấp: {where_vi}).",
                     f"The code {code} in document symbols, standing for: {row['name_en']} (level: {where_en}).")
        for x in levels:
            g.add((c, DKG.level, concept_iri("level", x)))
        if row["system"] in _SYSTEM_NAMES:
            g.add((c, DKG.system, concept_iri("system", row["system"])))
        elif row["system"] == "mass-org":
            g.add((c, SKOS.scopeNote, _en("A mass organisation or the Fatherland Front: neither Party nor State; "
                                          f"it writes its symbols in the {row['symbol_style'] or 'unverified'} style.")))
        for prop, col in ((DKG.validFrom, "valid_from"), (DKG.validTo, "valid_to")):
            if row[col]:
                g.add((c, prop, Literal(row[col], datatype=XSD.date)))
        if row["validity"]:
            g.add((c, SKOS.scopeNote, _en(f"In use: {row['validity']}.")))
        if row["note_en"]:
            g.add((c, SKOS.scopeNote, _en(row["note_en"])))
    return g


def build_bodykinds() -> Graph:
    g = _new_graph()
    s = _scheme(g, "bodykind", "Loại cơ quan, tổ chức", "Body kinds",
                "Các loại cơ quan, tổ chức của hệ thống chính trị; mỗi loại ứng với một lớp con của dkg:Body.",
                "The kinds of body in the political system; each matches a subclass of dkg:Body.",
                "kg/data/vocab/body_kinds.csv")
    for row in read_table("body_kinds.csv"):
        c = _concept(g, s, "bodykind", row["kind"], row["name_vi"], row["name_en"],
                     row["definition_vi"], row["definition_en"])
        g.add((c, RDFS.seeAlso, DKG[row["class"]]))
    return g


def _fixed_scheme(name: str, vi: str, en: str, def_vi: str, def_en: str,
                  rows: Iterable[tuple[str, str, str, str, str, URIRef | None]]) -> Graph:
    """The scheme of one of this module's fixed lists: each row its code, names (vi, en), definitions
    (vi, en) and the class the concept stands for (``rdfs:seeAlso``), or None."""
    g = _new_graph()
    s = _scheme(g, name, vi, en, def_vi, def_en, "tools/vocabularies.py")
    for code, concept_vi, concept_en, dvi, den, cls in rows:
        c = _concept(g, s, name, code, concept_vi, concept_en, dvi, den)
        if cls is not None:
            g.add((c, RDFS.seeAlso, cls))
    return g


def build_levels() -> Graph:
    g = _fixed_scheme("level", "Cấp", "Levels",
                      "Các cấp của hệ thống chính trị và hành chính: trung ương, tỉnh, huyện (đến 30/6/2025), xã.",
                      "The levels of the political and administrative system: central, province, district (until 30 June 2025), commune.",
                      [(*row, None) for row in LEVELS])
    g.add((concept_iri("level", "district"), DKG.validTo, Literal(LEGACY_VALID_TO.isoformat(), datatype=XSD.date)))
    return g


def build_events() -> Graph:
    return _fixed_scheme("event", "Loại sự kiện", "Event kinds",
                         "Các loại sự kiện triển khai, đánh giá văn bản; mỗi loại ứng với một lớp con của dkg:ReviewEvent.",
                         "The kinds of event about a document; each matches a subclass of dkg:ReviewEvent.",
                         [(code, vi, en, dvi, den, cls) for code, vi, en, cls, dvi, den in EVENTS])


def build_statuses() -> Graph:
    return _fixed_scheme("status", "Mức độ đạt chỉ tiêu", "Outcome statuses",
                         "Mức độ một kết quả đạt được so với chỉ tiêu tương ứng.",
                         "How far an outcome reaches the target it answers.",
                         [(*row, None) for row in STATUSES])


def build_systems() -> Graph:
    return _fixed_scheme("system", "Hệ thống", "Systems",
                         "Hai hệ thống ban hành văn bản: Đảng và Nhà nước.",
                         "The two systems that issue documents: the Party and the State.", SYSTEMS)


def _level_name(code: str, lang: str) -> str:
    for c, vi, en, *_ in LEVELS:
        if c == code:
            return vi.lower() if lang == "vi" else en.lower()
    return code


# --------------------------------------------------------------------------- admin units


def _admin_package():
    """The ``query`` function of vietnamadminunits and the path of its data folder."""
    import vietnamadminunits  # noqa: PLC0415  (loads its database: only for the places file)
    from vietnamadminunits.database import query  # noqa: PLC0415

    return query, Path(vietnamadminunits.__file__).resolve().parent / "data"


def _plain(text: str) -> str:
    return " ".join(unidecode(text).split())


def _aliases(*names: str, extra: Iterable[str] = ()) -> set[str]:
    out: set[str] = set()
    for n in (*names, *extra):
        n = " ".join((n or "").split())
        if n:
            out.add(n)
            out.add(_plain(n))
    return out


def _package_aliases(cell: str | None) -> list[str]:
    if not cell:
        return []
    try:
        val = json.loads(cell)
    except ValueError:
        return [cell]
    return [str(v) for v in val] if isinstance(val, list) else [str(val)]


def legacy_to_2025() -> dict[str, str]:
    """Legacy province GSO code -> 2025 province GSO code, from the package's converter table."""
    query, data = _admin_package()
    old_by_key = {r["provinceKey"]: r["provinceCode"]
                  for r in query("SELECT DISTINCT provinceKey, provinceCode FROM admin_units_legacy")}
    new_by_key = {r["provinceKey"]: r["provinceCode"]
                  for r in query("SELECT DISTINCT provinceKey, provinceCode FROM admin_units")}
    with (data / "converter_2025.json").open(encoding="utf-8") as fh:
        table = json.load(fh)["DICT_PROVINCE"]
    out: dict[str, str] = {}
    for new_key, old_keys in table.items():
        for old_key in old_keys:
            out[old_by_key[old_key]] = new_by_key[new_key]
    return out


def build_admin_units() -> Graph:
    query, _ = _admin_package()
    g = _new_graph()
    g.bind("place", ID["place/"])
    d_to = Literal(LEGACY_VALID_TO.isoformat(), datatype=XSD.date)
    d_from = Literal(NEW_VALID_FROM.isoformat(), datatype=XSD.date)

    def unit(iri: URIRef, cls: URIRef, label: str, code: str, scheme: str, aliases: set[str]) -> None:
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, _vi(label)))
        g.add((iri, DKG.adminCode, Literal(code)))
        g.add((iri, DKG.codeScheme, Literal(scheme)))
        for a in sorted(aliases - {label}):
            g.add((iri, DKG.alias, Literal(a)))

    legacy = query("SELECT DISTINCT province, provinceShort, provinceCode, provinceAlias FROM admin_units_legacy")
    for r in legacy:
        extra = _package_aliases(r["provinceAlias"])
        if r["provinceShort"] == "Huế":  # Thừa Thiên Huế until 31/12/2024
            extra += ["Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế"]
        iri = identity.place_iri("legacy", r["provinceCode"])
        unit(iri, DKG.Province, r["provinceShort"], r["provinceCode"], "legacy",
             _aliases(r["provinceShort"], r["province"], extra=extra))
        g.add((iri, DKG.validTo, d_to))

    districts = query("SELECT DISTINCT provinceCode, district, districtShort, districtCode, districtAlias "
                      "FROM admin_units_legacy WHERE districtCode IS NOT NULL AND districtCode != ''")
    for r in districts:
        iri = identity.place_iri("legacy", r["districtCode"], parent=r["provinceCode"])
        unit(iri, DKG.District, r["district"], r["districtCode"], "legacy",
             _aliases(r["district"], r["districtShort"], extra=_package_aliases(r["districtAlias"])))
        g.add((iri, DKG.partOf, identity.place_iri("legacy", r["provinceCode"])))
        g.add((iri, DKG.validTo, d_to))

    new = query("SELECT DISTINCT province, provinceShort, provinceCode, provinceAlias FROM admin_units")
    for r in new:
        iri = identity.place_iri("2025", r["provinceCode"])
        extra = _package_aliases(r["provinceAlias"])
        if r["province"].startswith("Thành phố "):
            extra.append("TP " + r["provinceShort"])
        unit(iri, DKG.Province, r["provinceShort"], r["provinceCode"], "2025",
             _aliases(r["provinceShort"], r["province"], extra=extra))
        g.add((iri, DKG.validFrom, d_from))

    for old, new_code in sorted(legacy_to_2025().items()):
        o, n = identity.place_iri("legacy", old), identity.place_iri("2025", new_code)
        g.add((o, DKG.mergedInto, n))
        g.add((n, DKG.succeeds, o))
    return g


# --------------------------------------------------------------------------- files

#: file name -> (builder, what it is generated from)
FILES: dict[str, tuple[Callable[[], Graph], str]] = {
    "vocab-doctypes.ttl": (build_doctypes, "kg/data/vocab/doc_types.csv"),
    "vocab-issuers.ttl": (build_issuers, "kg/data/vocab/issuers.csv"),
    "vocab-bodykinds.ttl": (build_bodykinds, "kg/data/vocab/body_kinds.csv"),
    "vocab-levels.ttl": (build_levels, "the LEVELS list in tools/vocabularies.py"),
    "vocab-events.ttl": (build_events, "the EVENTS list in tools/vocabularies.py"),
    "vocab-statuses.ttl": (build_statuses, "the STATUSES list in tools/vocabularies.py"),
    "vocab-systems.ttl": (build_systems, "the SYSTEMS list in tools/vocabularies.py"),
    "admin-units.ttl": (build_admin_units, "the vietnamadminunits package (bundled data, offline)"),
}


def build_all() -> dict[str, Graph]:
    return {name: builder() for name, (builder, _) in FILES.items()}


def _header(name: str, source: str) -> str:
    return (f"# {name}: GENERATED by `python -m tools.vocabularies` from {source}.\n"
            "# Do not edit by hand: change the source and regenerate.\n"
            "# Concept and place IRIs follow ontology/README.md.\n\n")


def write_all(out: Path | None = None) -> list[Path]:
    out = out or ontology_dir()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, graph in build_all().items():
        path = out / name
        text = graph.serialize(format="turtle")
        path.write_text(_header(name, FILES[name][1]) + text, encoding="utf-8")
        written.append(path)
    return written


def check(out: Path | None = None) -> list[str]:
    """Names of generated files that are missing or differ (as graphs) from the build now."""
    out = out or ontology_dir()
    stale = []
    for name, graph in build_all().items():
        path = out / name
        if not path.exists() or not isomorphic(Graph().parse(path, format="turtle"), graph):
            stale.append(name)
    return stale


def missing_shared_codes(shared: Path) -> dict[str, list[str]]:
    """Codes of the shared domain tables that the project tables do not have."""
    base = shared / "domain" if (shared / "domain" / "doc_types.csv").exists() else shared
    result: dict[str, list[str]] = {}
    for table, col in (("doc_types.csv", "code"), ("issuers.csv", "code")):
        path = base / table
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            theirs = {r[col].strip() for r in csv.DictReader(fh) if (r.get(col) or "").strip()}
        ours = {r["code"] for r in read_table(table)}
        result[table] = sorted(theirs - ours)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.vocabularies", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="folder to write to (default: the ontology folder)")
    ap.add_argument("--check", action="store_true", help="only compare; exit 1 if a file is stale")
    ap.add_argument("--shared", type=Path, help="shared domain folder to compare the code tables with")
    args = ap.parse_args(argv)
    status = 0
    if args.shared is not None:
        for table, codes in missing_shared_codes(args.shared).items():
            if codes:
                status = 1
                print(f"{table}: codes missing from the project table: {' '.join(codes)}", file=sys.stderr)
    if args.check:
        stale = check(args.out)
        for name in stale:
            print(f"stale: {name}", file=sys.stderr)
        return 1 if stale else status
    for path in write_all(args.out):
        print(path.name)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
