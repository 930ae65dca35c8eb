"""Laws named inside an amending law's title (luật sửa đổi, bổ sung): 'Luật sửa đổi, bổ sung một số điều của Luật Tổ
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
