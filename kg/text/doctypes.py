"""Document types (loại văn bản): the one table of type codes and their Vietnamese names.

Read from ``kg/data/vocab/doc_types.csv``, the table the ``doctype`` vocabulary is generated
from, so that the extractor (which writes "Kế hoạch số 12"), the confidence scorer (which looks
for the type word in a sentence) and the RDF builder (labels and classes) cannot drift apart.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from kg import resources


@dataclass(frozen=True)
class DocumentType:
    """One row of the table: ``code`` as symbols print it (``NQ``, ``CTr``, ``QĐi``)."""

    code: str
    #: The Vietnamese names, most usual first: 'Quyết định / Quy định' gives both.
    names: tuple[str, ...]
    #: The word put in front of a number in labels ('Thông tư 05/2024/TT-BNV'); may be empty.
    label: str
    #: Ontology class names, the first being the one a document of this type gets.
    classes: tuple[str, ...]
    #: The English name ('Plan'), as pages in English name the type.
    name_en: str = ""
    #: The systems whose symbols print the code (``party``, ``state``): the ``printed`` column's ``yes`` is every
    #: system of the row, ``no`` none (a project code, 'Luật'), and a system's name that one alone ('CV': a Party
    #: letter prints it, a State letter prints no type code).
    printed_in: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The usual Vietnamese name, the one a text writes before 'số'."""
        return self.names[0] if self.names else self.code


def _split(cell: str | None, sep: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split(sep) if part.strip())


@lru_cache(maxsize=1)
def document_types() -> dict[str, DocumentType]:
    """Every type of the table, by code."""
    table: dict[str, DocumentType] = {}
    with resources.package_data("vocab", "doc_types.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["code"].strip()
            systems = _split(row["systems"], "|")
            printed = (row.get("printed") or "").strip()
            table[code] = DocumentType(code=code, names=_split(row["name_vi"], "/"),
                                       label=(row.get("label_vi") or "").strip(),
                                       classes=_split(row["classes"], "|"), name_en=(row.get("name_en") or "").strip(),
                                       printed_in=systems if printed == "yes" else _split(printed if printed != "no" else "", "|"))
    return table


def printed_codes(system: str) -> list[str]:
    """The type codes the symbols of ``system`` (``party`` or ``state``) print, in the table's order: what the symbol
    parser (:mod:`kg.text.symbols`) reads between a symbol's number and its issuer ('KH' in '74-KH/HU', 'KHLT' in
    '05/KHLT-HND-SNNMT')."""
    return [t.code for t in document_types().values() if system in t.printed_in]


#: The type words a text writes before a document's number ('Kế hoạch số 12'), lower-case, in the order the
#: patterns built on them try them (no word is the start of another, so the order changes no match); every word is
#: a name of the table (a test checks it). Some cue lists take a part of them on purpose and say why where they stand.
NUMBERED_TYPE_WORDS = ("nghị quyết", "chỉ thị", "kết luận", "quyết định", "quy định", "chương trình", "kế hoạch",
                       "hướng dẫn", "thông báo", "công văn", "nghị định", "thông tư", "đề án", "tờ trình", "báo cáo")


def type_name(code: str | None, lang: str = "vi") -> str:
    """The usual Vietnamese name of a type code ('KH' -> 'Kế hoạch'; with ``lang`` ``en``, 'Plan'); the
    code itself if unknown."""
    known = document_types().get(code or "")
    if known is None:
        return code or ""
    return (known.name_en or known.code) if lang == "en" else known.name


__all__ = ["NUMBERED_TYPE_WORDS", "DocumentType", "document_types", "printed_codes", "type_name"]
