"""kg.text.surface: one surface for a text however its file was saved (NFC, plain line breaks, no invisible
characters), and the same facts from each."""
from __future__ import annotations

import unicodedata

from kg.extract import extract
from kg.text.surface import plain_surface

# (a short text of our own: a plan of a district on a provincial resolution, a goal and a task)
PLAN = ("Huyện ủy Hòa Vang ban hành Kế hoạch số 21-KH/HU ngày 12/4/2024 thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy.\n"
        "Phấn đấu đến năm 2025 có 95% hộ gia đình dùng nước sạch.\n"
        "Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với UBND huyện triển khai kế hoạch.\n")


def facts_of(text: str) -> dict:
    d = extract(text).to_dict()
    for items in d.values():
        for item in items if isinstance(items, list) else ():
            item.pop("evidence", None)
            item.pop("text", None)
            item.pop("confidence", None)
    return {k: v for k, v in d.items() if k != "text"}


def test_a_decomposed_text_is_composed():
    out = plain_surface(unicodedata.normalize("NFD", PLAN))
    assert out == PLAN


def test_windows_and_old_mac_line_ends_are_plain_breaks():
    assert plain_surface(PLAN.replace("\n", "\r\n")) == PLAN
    assert plain_surface(PLAN.replace("\n", "\r")) == PLAN


def test_invisible_characters_are_dropped_and_spaces_kept():
    hidden = PLAN.replace("Nghị quyết", "Nghị\u200b quyết").replace("05-NQ/TU", "05-\u00adNQ/\u2060TU")
    assert plain_surface("\ufeff" + hidden) == PLAN


def test_near_miss_a_plain_text_is_the_same_object_and_visible_spaces_stay():
    assert plain_surface(PLAN) is PLAN
    spaced = PLAN.replace("Kế hoạch số", "Kế\u00a0hoạch số")       # (a non-breaking space takes room: a space)
    assert plain_surface(spaced) == spaced


def test_the_facts_do_not_change_with_the_surface():
    plain = facts_of(PLAN)
    assert plain["documents"] and plain["targets"] and plain["assignments"]
    for saved in (unicodedata.normalize("NFD", PLAN), PLAN.replace("\n", "\r\n"),
                  PLAN.replace(" quyết", "\u200b quyết").replace("21-KH", "21-\u200bKH")):
        assert facts_of(saved) == plain


def test_the_facts_quote_the_plain_text_they_were_read_from():
    facts = extract(PLAN.replace("\n", "\r\n"))
    assert facts.text == PLAN
    target = facts.targets[0]
    assert "95%" in facts.text[target.span[0]:target.span[1]]
