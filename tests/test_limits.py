"""kg.limits: a limit's setting read from the environment, and refused, naming the setting, where it is no positive
whole number."""

from __future__ import annotations

import pytest

from kg.errors import UsageError
from kg.i18n import error_said
from kg.limits import NESTING


@pytest.mark.parametrize("raw, code", [("hai nghìn", "setting-word"), ("0", "setting-positive"),
                                       ("-5", "setting-positive")])
def test_a_setting_that_is_no_positive_whole_number_is_refused_naming_it_and_its_default(monkeypatch, raw, code):
    monkeypatch.setenv(NESTING.env, raw)
    with pytest.raises(UsageError) as info:
        NESTING.value()
    assert info.value.code == code
    for lang, default in (("vi", "2.000"), ("en", "2,000")):
        said, hint = error_said(info.value, lang)
        assert NESTING.env in said and hint is not None and default in hint, (lang, said, hint)
    if code == "setting-word":  # (what the setting counts, in the message's language)
        assert "'hai nghìn'" in error_said(info.value, "en")[0]


def test_near_miss_a_setting_given_or_unset_is_its_value_or_the_default(monkeypatch):
    monkeypatch.setenv(NESTING.env, "1_500")
    assert NESTING.value() == 1500
    monkeypatch.delenv(NESTING.env)
    assert NESTING.value() == NESTING.default


def test_a_setting_under_the_least_that_lets_a_normal_input_through_is_refused_naming_why(monkeypatch):
    from kg.limits import VALIDATE_MEMORY

    monkeypatch.setenv(VALIDATE_MEMORY.env, "200000000")
    with pytest.raises(UsageError) as info:
        VALIDATE_MEMORY.value()
    assert info.value.code == "setting-least" and info.value.place is None  # (a setting: no "<input>:" before it)
    said, hint = error_said(info.value, "en")
    assert said.startswith("DKG_MAX_VALIDATE_MEMORY_BYTES=200,000,000 is under 300,000,000, the least it can be: ")
    assert "200,000,000 bytes of address space" in said and hint and "300,000,000 or more" in hint
    said_vi, hint_vi = error_said(info.value, "vi")
    assert "nhỏ hơn 300.000.000" in said_vi and hint_vi and "1.073.741.824" in hint_vi
    monkeypatch.setenv(VALIDATE_MEMORY.env, "300000000")  # (the near miss: the least itself is taken)
    assert VALIDATE_MEMORY.value() == 300_000_000
