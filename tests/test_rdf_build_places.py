"""kg.rdf.build: where the bodies a text names are placed across the reform of 1 July 2025. A commune's body
belongs to its commune and, from the reform on, to the 2025 province, never to a district (the reform abolished
them); a text without a date of its own is dated at the earliest by the documents it names. Graphs compared by
their nodes, not by strings of Turtle."""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox

from kg.facts import Assignment, DocumentRef, Facts, Place
from kg.rdf import identity
from kg.rdf.build import SourceInfo, build
from kg.rdf.terms import OX_DKG
from kg.text import places


def _facts(issuer: str, issued: dt.date, bodies: list[str], *, province: str = "Ninh Bình",
           district: str | None = "Gia Viễn", text_date: dt.date | None = None) -> Facts:
    """A commune's plan issued by ``issuer`` that gives its ``bodies`` a task (the text without a date unless given)."""
    return Facts(source="plan.txt", date=text_date, place=Place(province=province, district=district), documents=[
        DocumentRef(key="05-KH/ĐU", type="KH", number="05", issuer=issuer, issuer_code="ĐU", level="commune",
                    date=issued)],
        assignments=[Assignment(body=b, role="lead", document="05-KH/ĐU", task="hỗ trợ hộ kinh doanh") for b in bodies])


def _bodies(facts: Facts) -> dict[str, tuple[str, set[str]]]:
    """Each body a task names: its canonical name and the places it is placed in (IRIs)."""
    triples = build(facts, SourceInfo(id="places", name="plan.txt")).triples
    leads = {o for s, p, o in triples if p == OX_DKG.leadBody}
    return {name.value: (node.value, {o.value for s, p, o in triples if s == node and p == OX_DKG.jurisdiction})
            for node in leads for s, p, name in triples if s == node and p == OX_DKG.canonicalName}


def _province(name: str, scheme: str) -> str:
    p = places.lookup_province(name, scheme)
    assert p is not None
    return str(identity.place_iri(scheme, p.code))


def _district(province: str, name: str) -> str:
    p = places.lookup_province(province)
    assert p is not None
    (d,) = [d for d in places.districts_of(p.code) if d.name == name]
    return str(identity.place_iri("legacy", d.code, parent=p.code))


def test_a_commune_s_bodies_after_the_reform_belong_to_it_and_the_2025_province_not_the_old_district():
    # xã Gia Viễn (2025) keeps the name of the district it lay in; the text has no date, its plan is of September
    bodies = _bodies(_facts("Đảng ủy xã Gia Viễn", dt.date(2025, 9, 10), ["Hội Nông dân xã", "Ủy ban MTTQ Việt Nam xã"]))
    ninh_binh = _province("Ninh Bình", "2025")
    assert set(bodies) == {"Hội Nông dân xã Gia Viễn", "Ủy ban MTTQ Việt Nam xã Gia Viễn"}
    assert all(places == {ninh_binh} for _, places in bodies.values())
    named_whole = _bodies(_facts("Đảng ủy xã Gia Viễn", dt.date(2025, 9, 10), ["Hội Nông dân xã Gia Viễn"]))
    assert named_whole == {"Hội Nông dân xã Gia Viễn": bodies["Hội Nông dân xã Gia Viễn"]}  # one node


def test_near_miss_before_the_reform_a_commune_s_body_stays_in_its_district_under_its_commune_s_name():
    # xã Gia Hưng of huyện Gia Viễn, March 2025: the old map, the district the text gives
    bodies = _bodies(_facts("Đảng ủy xã Gia Hưng", dt.date(2025, 3, 10), ["Hội Nông dân xã"]))
    assert {n: p for n, (_, p) in bodies.items()} == {"Hội Nông dân xã Gia Hưng": {_district("Ninh Bình", "Gia Viễn")}}


def test_near_miss_a_commune_named_like_its_district_keeps_its_name_in_that_district():
    # before the reform 'thị trấn Tam Đảo' and 'huyện Tam Đảo' (Vĩnh Phúc) are two units: only the district's name is
    # taken off a body's name in the district
    bodies = _bodies(_facts("Huyện ủy Tam Đảo", dt.date(2024, 3, 10), ["UBND thị trấn Tam Đảo", "UBND huyện Tam Đảo"],
                            province="Vĩnh Phúc", district="Tam Đảo"))
    district = _district("Vĩnh Phúc", "Tam Đảo")
    assert {n: p for n, (_, p) in bodies.items()} == {"UBND thị trấn Tam Đảo": {district}, "UBND huyện": {district}}


def test_a_ward_of_a_merged_province_and_bodies_of_several_communes():
    # phường Minh Xuân of Tuyên Quang, which took Hà Giang over; 'UBND các xã, phường' are several, not the ward's
    bodies = _bodies(_facts("Đảng ủy phường Minh Xuân", dt.date(2025, 9, 5), ["Công an phường", "UBND các xã, phường"],
                            province="Tuyên Quang", district=None))
    tuyen_quang = _province("Tuyên Quang", "2025")
    assert {n: p for n, (_, p) in bodies.items()} == {"Công an phường Minh Xuân": {tuyen_quang},
                                                      "UBND các xã, phường": {tuyen_quang}}


def test_two_communes_bodies_are_two_nodes_and_a_name_no_commune_has_is_not_added():
    gia_vien = _bodies(_facts("Đảng ủy xã Gia Viễn", dt.date(2025, 9, 10), ["Hội Nông dân xã"]))
    gia_hung = _bodies(_facts("Đảng ủy xã Gia Hưng", dt.date(2025, 9, 10), ["Hội Nông dân xã"]))
    assert gia_vien.keys() == {"Hội Nông dân xã Gia Viễn"} and gia_hung.keys() == {"Hội Nông dân xã Gia Hưng"}
    nowhere = _bodies(_facts("Đảng ủy xã Không Có Thật", dt.date(2025, 9, 10), ["Hội Nông dân xã"]))
    assert nowhere.keys() == {"Hội Nông dân xã"}


def test_a_province_left_whole_is_placed_on_the_map_of_the_day():
    # Lạng Sơn kept its borders, but its code scheme still follows the day: the text's own date before the plan's
    def where(text_date: dt.date | None, issued: dt.date) -> set[str]:
        (found,) = _bodies(_facts("Đảng ủy xã Xuân Long", issued, ["Sở Tài chính"], province="Lạng Sơn", district=None,
                                  text_date=text_date)).values()
        return found[1]
    assert where(None, dt.date(2025, 8, 1)) == {_province("Lạng Sơn", "2025")}
    assert where(None, dt.date(2025, 6, 30)) == {_province("Lạng Sơn", "legacy")}
    assert where(dt.date(2025, 7, 1), dt.date(2025, 6, 30)) == {_province("Lạng Sơn", "2025")}
    assert where(dt.date(2025, 6, 30), dt.date(2025, 6, 1)) == {_province("Lạng Sơn", "legacy")}


def test_the_nodes_are_those_the_identity_mints():
    ((node, _),) = _bodies(_facts("Đảng ủy xã Gia Viễn", dt.date(2025, 9, 10), ["Hội Nông dân xã"])).values()
    assert ox.NamedNode(node) == ox.NamedNode(str(identity.body_iri("Hội Nông dân xã Gia Viễn", "2025-37")))


# --- an undated text that names a unit only the 2025 map has -------------------------------------------------------

WARD_TEXT = ("Phường Hà Giang 1 ra quân làm sạch đô thị\nSáng 12/8, Đảng ủy phường Hà Giang 1 tổ chức hội nghị triển khai "
             "Kế hoạch số 15-KH/ĐU của Đảng ủy phường về xây dựng đô thị văn minh. Toàn phường có 1.200 hộ tham gia.\n")


def _place_nodes(text: str, day: dt.date | None) -> set[str]:
    from kg.extract import extract  # noqa: PLC0415
    facts = extract(text, date=day)
    triples = build(facts, SourceInfo(id="ward", name="ward.txt", date=facts.date, place=facts.place)).triples
    return {o.value for s, p, o in triples if p == OX_DKG.jurisdiction}


def test_an_undated_text_naming_a_ward_only_the_new_map_has_is_placed_on_that_map():
    # the ward exists from 1 July 2025 only: the undated text is placed as a dated one is, one node, not a second
    undated, dated = _place_nodes(WARD_TEXT, None), _place_nodes(WARD_TEXT, dt.date(2025, 8, 12))
    assert undated == dated == {_province("Tuyên Quang", "2025")}


def test_near_miss_an_undated_text_naming_a_commune_both_maps_have_stays_on_the_map_of_its_unknown_day():
    # 'Mường Xén' is a commune of Nghệ An before and after the reform: nothing says which map; the old one, as before
    text = WARD_TEXT.replace("Phường Hà Giang 1", "Xã Mường Xén").replace("phường Hà Giang 1", "xã Mường Xén") \
        .replace("Đảng ủy phường", "Đảng ủy xã").replace("Toàn phường", "Toàn xã")
    assert _place_nodes(text, None) == {_province("Nghệ An", "legacy")}


def test_the_map_a_place_was_read_on_survives_the_source_record():
    # what the review record keeps, read back: a rebuild places the text where the first build did
    info = SourceInfo(id="ward", name="ward.txt", place=Place(province="Tuyên Quang", scheme="2025"))
    assert SourceInfo.from_json(info.to_json()).place.scheme == "2025"
    assert SourceInfo.from_json(SourceInfo(id="x", name="x.txt", place=Place(province="Tuyên Quang")).to_json()).place.scheme is None


def test_an_undated_text_naming_a_ward_only_the_new_map_has_and_an_older_document_stays_on_the_new_map():
    # the latest day of the documents a text names is only the earliest it can have been written: a resolution of 2022
    # it carries out does not put a ward the reform made back on the map before it
    text = WARD_TEXT.replace("về xây dựng đô thị văn minh", "thực hiện Nghị quyết số 06-NQ/TW ngày 24/01/2022 của Bộ "
                             "Chính trị về xây dựng đô thị văn minh")
    undated, dated = _place_nodes(text, None), _place_nodes(text, dt.date(2025, 8, 12))
    assert undated == dated == {_province("Tuyên Quang", "2025")}
