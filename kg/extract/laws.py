"""Laws named again by their name after their number ('Luật Thanh niên số 57/2020/QH14 ... Luật Thanh niên được thông qua
ngày 16/6/2020'): the numbered law, unless the date or year it is named with is of another one ('thay thế Luật Thanh niên
năm 2005', keyed with its year where the text names another law of that name). Laws named inside an amending law's title (luật sửa đổi, bổ sung): 'Luật sửa đổi, bổ sung một số điều của Luật Tổ
chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019'. The date closes the amending law's title, so it
is that law's date; the laws the title names are the ones amended, each keyed as the text names it elsewhere (the law
of 19/6/2015 cited a line before) or by its name alone, never by the amending law's date. Called by
kg.extract.documents once every mention has its key; imports only the mention records and kg.text."""
from __future__ import annotations

import re

from kg.extract.mention_model import Mention
from kg.text.dockeys import dated_key, is_dated_key_of

_DATE_SUFFIX = re.compile(r" \(\d{1,2}/\d{1,2}/\d{4}\)$")


def _undated(key: str) -> str:
    return _DATE_SUFFIX.sub("", key)


def settle_amended_laws(mentions: list[Mention], objects_of) -> None:
    """Give each amending law the date that follows its title and take that date from the laws the title names.
    ``objects_of(mention)`` lists the documents an amending mention's cue names (DocumentFinder.objects_at)."""
    for amending in mentions:
        if amending.type != "Luật" or amending.kind != "named" or not amending.key or not amending.cue \
                or amending.cue[0] != "amends":
            continue
        named = [o for o in objects_of(amending) if o.type == "Luật" and o.kind == "named" and o.key]
        if not named or named[-1].date is None:
            continue
        day = named[-1].date
        if amending.date is None:
            amending.date = day
            if not _DATE_SUFFIX.search(amending.key):
                amending.key = dated_key(amending.key, day)
        for law in named:
            if law.date != day:
                continue
            name = _undated(law.key)
            # (the same law cited with its own date elsewhere in the text: 'Căn cứ Luật Tổ chức chính quyền địa phương
            # ngày 19/6/2015; Luật sửa đổi, bổ sung ... của ... Luật Tổ chức chính quyền địa phương ngày 22/11/2019')
            elsewhere = {m.key for m in mentions if m is not law and m.key and m.key != law.key
                         and is_dated_key_of(m.key, name)}
            law.key = elsewhere.pop() if len(elsewhere) == 1 else name
            law.date = next((m.date for m in mentions if m.key == law.key and m is not law), None)


_SYMBOL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
_NAME_YEAR = re.compile(r" năm ((?:19|20)\d\d)$")


def _goes_on(after: str, rest: str) -> bool:
    """Whether the words of ``after`` open on ``rest`` and end it there."""
    words = " ".join(after.split())
    return words.startswith(rest) and not words[len(rest):len(rest) + 1].isalnum()


def number_named_laws(mentions: list[Mention], law_numbers: dict[str, str], t: str = "") -> None:
    """Key each law the text names by name alone (with or without its date) by the symbol the text gives the law of
    that name elsewhere (``law_numbers``: name -> symbol), where the year it is named with, if any, is the symbol's.
    A name read short where its words go on in lower case after 'và' ('Luật Hỗ trợ doanh nghiệp nhỏ' of '... nhỏ và
    vừa.', named in full before its number) is that law where the text ``t`` goes on with the rest of its name."""
    if not law_numbers:
        return
    for mn in mentions:
        if mn.type != "Luật" or mn.kind != "named" or not mn.key or not mn.key.startswith("Luật:"):
            continue
        name = _undated(mn.key.split(":", 1)[1])
        longer = [n for n in law_numbers if n.startswith(name + " và ")
                  and _goes_on(t[mn.end:mn.end + len(n) - len(name) + 8], n[len(name):].lstrip())]
        if name not in law_numbers and len(longer) == 1 and not _DATE_SUFFIX.search(mn.key):
            name = longer[0]
        said = _NAME_YEAR.search(name)
        year = int(said.group(1)) if said else (mn.date.year if mn.date else None)
        symbol = law_numbers.get(_NAME_YEAR.sub("", name))
        sy = _SYMBOL_YEAR.search(symbol or "")
        if symbol is None or (year is not None and (sy is None or int(sy.group(1)) != year)):
            continue
        mn.key = symbol


def year_named_laws(mentions: list[Mention], law_numbers: dict[str, str]) -> None:
    """'Luật Thanh niên năm 2005' (a law named by the year it was passed) is keyed with its year only where the text
    names another law of that name (by number or with a date of another year): the year tells the two apart. Named
    with the date of that year elsewhere, it is that law; named alone, it is keyed by its name."""
    for mn in mentions:
        said = _NAME_YEAR.search(mn.key or "") if mn.type == "Luật" and mn.kind == "named" else None
        if said is None or mn.key is None or not mn.key.startswith("Luật:"):
            continue
        name, year = mn.key[len("Luật:"):said.start()], int(said.group(1))
        same = {m.key for m in mentions if m.key and m.date is not None and m.date.year == year
                and m.key.startswith("Luật:") and is_dated_key_of(m.key, f"Luật:{name}")}
        others = {m.key for m in mentions if m.key and m.key != mn.key and (
            m.key == f"Luật:{name}" or (m.key.startswith("Luật:") and is_dated_key_of(m.key, f"Luật:{name}")))}
        if len(same) == 1:
            mn.key = same.pop()
        elif not others and name not in law_numbers:
            mn.key = f"Luật:{name}"
