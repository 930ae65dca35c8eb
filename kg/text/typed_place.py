"""A place a person types (địa bàn nhập tay): the ``--place`` of ``dkg extract``/``dkg ingest`` and the place a
reviewer gives a document are read by the one grammar here, so that the same words are accepted and the same
mistakes get the same message. The parts go from the smallest unit to the province, split by commas: "Lào Cai",
"20", "huyện Cao Lộc, Lạng Sơn", "phường Minh Xuân, Tuyên Quang", "xã Xuân Long, Cao Lộc, Lạng Sơn". The province
is one of the map (either scheme, by name or GSO code, diacritics and its kind word optional), the district one of
its districts; a commune, ward or special zone is read by its kind word, and is one of the province's on the map
before or after the 2025 reform."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from kg.errors import UsageError, Words
from kg.text.names import commune_in
from kg.text.places import Province, commune_index, commune_only_on_new_map, districts_of, legacy_provinces, lookup_province, provinces_2025
from kg.text.symbols import fold

__all__ = ["TypedPlace", "read_place", "read_place_or_none"]

_DISTRICT_WORDS = re.compile(r"^(huyện|quận|thị xã|thành phố|tp\.?)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class TypedPlace:
    province: Province
    district: str | None = None     # as the map names it
    commune: str | None = None      # as :func:`kg.text.names.commune_in` reads it
    commune_said: str | None = None  # the commune's part as typed: "phường Minh Xuân"

    @property
    def kept(self) -> str:
        """The place as written back: the commune as typed, the district and province as the map names them."""
        return ", ".join(filter(None, (self.commune_said, self.district, self.province.name)))

    @property
    def scheme(self) -> str | None:
        """'2025' where the commune is one only the map from 1 July 2025 has (the place is on that map whatever day a
        text lacks), else None (the map of the text's day)."""
        return "2025" if self.commune and commune_only_on_new_map(self.commune, self.province.name) else None


def read_place(raw: str, label: str) -> TypedPlace:
    """The place ``raw`` reads as; ``label`` says where it was typed in a refusal ("--place 'X'", "place='X'")."""
    parts = [" ".join(p.split()) for p in raw.split(",") if p.strip()]
    prov = (lookup_province(parts[-1]) or lookup_province(parts[-1], "2025")) if parts else None
    if prov is None:
        raise UsageError(code="place-no-province", details={"label": label, "near": _near(parts)})
    district = commune = said = None
    for part in parts[:-1]:
        name = _DISTRICT_WORDS.sub("", part)
        found = next((d.name for d in districts_of(prov.name) if fold(d.name) == fold(name)), None)
        if found and district is None and not commune_in(part):
            district = found
        elif (c := commune_in(part)) and commune is None:
            if not any(prov.name in commune_index(scheme).get(fold(c), ()) for scheme in ("legacy", "2025")):
                raise UsageError(code="place-commune", details={"label": label, "part": repr(part), "province": prov.name})
            commune, said = c, part
        else:
            raise UsageError(code="place-part", details={"label": label, "part": repr(part), "province": prov.name})
    return TypedPlace(prov, district, commune, said)


def read_place_or_none(raw: str) -> TypedPlace | None:
    """:func:`read_place`, None where it would refuse ``raw`` (for a caller that keeps its own fallback)."""
    try:
        return read_place(raw, repr(raw))
    except UsageError:
        return None


def _near(parts: list[str]) -> Words | str:
    """The province nearest in spelling to the last part, asked about before the hint's form, when one is near."""
    names = {fold(p.name): p.name for p in legacy_provinces() + provinces_2025()}
    near = difflib.get_close_matches(fold(parts[-1]), names, n=1, cutoff=0.75) if parts else []
    return Words("place-near", {"name": names[near[0]]}) if near else ""
