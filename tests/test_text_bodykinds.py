"""The kind of a body from the words its name starts with (kg.text.bodykinds), and the class the
RDF builder gives it (kg.rdf.build.body_class)."""

import pytest

from kg.rdf.build import body_class
from kg.rdf.vocab import DKG
from kg.text.bodykinds import body_kind


@pytest.mark.parametrize("name, kind", [
    ("Ban Thường vụ Tỉnh ủy", "standing-committee"),
    ("BTV Huyện ủy", "standing-committee"),
    ("Thường trực HĐND tỉnh", "standing-committee"),
    ("Đảng đoàn Hội Nông dân tỉnh", "party-delegation"),
    ("Ủy ban Kiểm tra Tỉnh ủy", "inspection-commission"),
    ("Ban Tuyên giáo Tỉnh ủy", "party-commission"),
    ("Văn phòng Tỉnh ủy", "party-office"),
    ("Bộ Chính trị", "party-leadership"),         # longer than the ministries' "Bộ"
    ("Bộ Tài chính", "ministry"),
    ("Ban Chấp hành Đảng bộ tỉnh", "party-committee"),
    ("BCHTW", "party-committee"),                 # an abbreviation begins a longer one
    ("Đảng ủy xã Tân Lập", "party-committee"),
    ("Hội đồng nhân dân tỉnh", "peoples-council"),  # not any "hội"
    ("UBND huyện", "peoples-committee"),
    ("Ủy ban nhân dân xã", "peoples-committee"),
    ("UBMTTQVN tỉnh", "fatherland-front"),
    ("Ủy ban MTTQ Việt Nam tỉnh", "fatherland-front"),           # the committee by its words, not "other"
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "fatherland-front"),
    ("Ban Thường trực Ủy ban MTTQ huyện", "fatherland-front"),  # not a party standing committee
    ("Hội Nông dân tỉnh", "socio-political-organisation"),
    ("Hội LHPN huyện", "socio-political-organisation"),
    ("Hội Người cao tuổi", "mass-association"),
    ("Sở Y tế", "department"),
    ("Sở, ban, ngành", "department"),             # the kind's own name in the table
    ("các sở, ngành", "department"),
    ("Đại hội đại biểu Đảng bộ tỉnh", "congress"),
    ("Các xã, phường", "collective"),
    ("12 xã", "collective"),
    ("Công an tỉnh", "other"),
])
def test_kind_of_a_name(name, kind):
    assert body_kind(name) == kind


def test_the_rule_reads_folded_words():
    """Folding cannot tell "Số" from "Sở": a name that is no body but starts so reads as one (the
    extractor hands this module body names only)."""
    assert body_kind("Số liệu thống kê") == body_kind("Sở liệu") == "department"


def test_a_start_inside_a_word_is_no_start():
    assert body_kind("Sơn La") == "other"          # "sơn" folds to "son", not "so"
    assert body_kind("Phòngchống") == "other"      # "phòng" glued to the next word
    assert body_kind("Hộiquán") == "other"


def test_the_class_comes_with_the_kind():
    assert body_class("Bộ Chính trị") == (DKG.PartyLeadership, "party-leadership")
    assert body_class("Sở Nội vụ") == (DKG.Department, "department")
    assert body_class("Công an tỉnh") == (DKG.Body, "other")
    assert body_class("các ban, ngành") == (DKG.CollectiveBody, "collective")
