"""One document under several wordings (một văn bản, nhiều cách gọi): a congress's resolution named long and short,
a title cited again by its first words, a headline's plan named by type over the numbered one. Their keys are merged
into the longest wording or the numbered key. Part of DocumentFinder, through UnnumberedDocuments."""
from __future__ import annotations

import re

from kg.extract.bodies import level_of_code
from kg.extract.document_dates import DatedMentions, heading_number
from kg.extract.mention_model import Mention
from kg.extract.text import FOLDED_WORD, fold_same_length, vi
from kg.text.dockeys import is_dated_key_of

# a congress by its number ('lần thứ XX', 'khóa XI', 'Đại hội XIII') and term, and the words that name no body
_CONGRESS_NUMBER = re.compile(vi(r"(?<![a-z])(?:lần thứ|khóa|đại hội)[ \t]+([ivxlc]+|\d{1,2})(?![a-z\d])"))
_CONGRESS_TERM = re.compile(vi(r"nhiệm kỳ[ \t]+((?:19|20)\d\d)[ \t]*[-–][ \t]*((?:19|20)\d\d)"))
_CONGRESS_WORDS = frozenset({"dai", "hoi", "bieu", "lan", "thu", "khoa", "nhiem", "ky", "cua", "toan", "quoc"})
# what follows a congress named by its number: its local body, or the Party (the national congress)
_BODY_AFTER_NUMBER = re.compile(vi(r"[ \t]+(?:đại biểu[ \t]+)?đảng bộ(?![a-z])"))
_PARTY_AFTER_NUMBER = re.compile(vi(r"[ \t]+(?:(?:của[ \t]+)?đảng(?![ \t]+bộ)|toàn quốc)(?![a-z])"))
_LAST_NATIONAL_CONGRESS = 14
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(s: str) -> int:
    """The value of a Roman numeral in lower case ('xxiv' -> 24)."""
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


_TITLE_MIN_WORDS = 5        # words of the description
# words a shortened wording may add or drop ('đến năm 2030' for 'giai đoạn 2025-2030', 'tỉnh ...')
_TITLE_FILLER = {"den", "nam", "giai", "doan", "tinh", "huyen", "xa", "va", "cua", "tren", "dia", "ban", "tam", "nhin",
                 "dinh", "huong", "thoi", "ky", "o"}
# the year a plan is set for, at the end of its key
_YEAR_SUFFIX = re.compile(r" năm (?:19|20)\d\d$")


# how far into a text its headline may lie (after a site's name, a menu line and a date line)
_HEADLINE_REACH = 400
# the year a bare type word is named by: 'Nghị quyết năm 2025' (the resolution on that year's tasks)
_NAMED_YEAR = re.compile(vi(r"[ \t]+năm[ \t]+((?:19|20)\d\d)(?![\d/])"))

# a title's words of carrying out before the document it reports on ('Kết quả ... việc thực hiện Nghị quyết số ...')
_CARRYING_OUT_BEFORE = re.compile(vi(r"(?<![a-z])(?:thực hiện|triển khai)[ \t]+$"))
# ... in an official report's title: the line under 'BÁO CÁO', or one opening on 'Báo cáo' or 'Kết quả'
_REPORT_TITLE = re.compile(vi(r"[ \t]*(?:báo cáo|kết quả)(?![a-z])"))


class DocumentAliases(DatedMentions):
    """Passes that give one key to the wordings of one document."""

    def _named_by_year(self) -> None:
        """A bare type word named with a year ('thực hiện Nghị quyết năm 2025') is the one document of its type that the
        text names with that year ('Nghị quyết về nhiệm vụ năm 2025'), not a numbered one read for it by its type (the
        resolution on the year before)."""
        f = self.f
        for mn in self.mentions:
            if mn.kind != "resolved" or mn.number is not None or not mn.key:
                continue
            year = _NAMED_YEAR.match(f, mn.end)
            if year is None:
                continue
            of_year = {k.key for k in self.mentions if k.kind != "resolved" and k.type == mn.type and k.key
                       and ":" in k.key and year.group(1) in k.key}
            if len(of_year) == 1:
                mn.key = of_year.pop()

    def _in_headline(self, s: int) -> bool:
        """``s`` lies on one of the text's first lines, a line that closes without punctuation (a headline)."""
        if s > _HEADLINE_REACH:
            return False
        a, b = self.t.rfind("\n", 0, s) + 1, self.t.find("\n", s)
        line = self.t[a:(b if b >= 0 else len(self.t))].strip()
        return bool(line) and line[-1] not in ".;:!?…,"

    def reported_on(self, cands: list[Mention]) -> list[str]:
        """Of several documents of one type a bare type word may name, the one the text's title line reports on
        ('BÁO CÁO / Kết quả giám sát chuyên đề việc thực hiện Nghị quyết số 16/2021/NQ-HĐND ...'), not one the body
        cites as the basis of its own work ('Thực hiện Nghị quyết số 45/NQ-HĐND ... về chương trình giám sát năm
        2024, Đoàn giám sát đã ...'); none where the title names no one of them so."""
        keys = set()
        for k in cands:
            line = self.f.rfind("\n", 0, k.start) + 1
            above = self.f.rfind("\n", 0, max(0, line - 1)) + 1
            if k.key and self._in_headline(k.start) and _CARRYING_OUT_BEFORE.search(self.f, line, k.start) and (
                    _REPORT_TITLE.match(self.f, line) or self.f[above:line].strip() == "bao cao"):
                keys.add(k.key)
        return sorted(keys) if len(keys) == 1 else []

    def _titles_of_numbered(self) -> None:
        """A headline's 'Kế hoạch thực hiện Nghị quyết 57' over a lead or header that names 'Kế hoạch số
        14-KH/ĐU ... thực hiện Nghị quyết': the plan without a number is the numbered one when the text has
        exactly one numbered document of that type doing the same to the same document, else when the text's
        own numbered document (its header's 'Số ...') is the only numbered one of that type."""
        def objects(mn: Mention) -> set[str]:
            return {o.key for o in self.object_group(mn.cue[1]) if o.key} if mn.cue else set()
        numbered = [m for m in self.mentions if m.kind == "numbered" and m.symbol is not None and m.key]
        for mn in self.mentions:
            if mn.kind != "named" or not mn.cue or not mn.key or mn.type in ("CTMTQG", "CL", "Luật"):
                continue
            objs = objects(mn)
            of_type = {n.key for n in numbered if n.type == mn.type and n.key}
            # (a header's type word alone, 'KẾ HOẠCH thực hiện ...', names the numbered document above it)
            same = {n.key for n in self.mentions if n is not mn and n.key and ":" not in n.key and n.type == mn.type
                    and n.cue and n.cue[0] == mn.cue[0] and objects(n) & objs}
            if not same and len(of_type) == 1 and any(
                    heading_number(self.f, n.start, n.end) for n in numbered if n.type == mn.type):
                same = of_type
            if not same and len(of_type) == 1 and self._in_headline(mn.start) and not mn.issuer:
                # a page's headline names the body's one numbered plan by what it serves in the end ('Xã A triển khai
                # Kế hoạch thực hiện Nghị quyết 57-NQ/TW' over 'Kế hoạch số 14-KH/ĐU thực hiện Chương trình số
                # 05-CTr/TU'): the same plan where the numbered one carries out documents whose own upstream the text
                # does not name (else it would have to lead to the headline's)
                # (local documents only: a central one has no upstream to lead to the headline's)
                n = next(n for n in numbered if n.key in of_type)
                carried = [c for c in self.mentions if c.key in objects(n)]
                if carried and not any(objects(c) for c in carried if c.cue) and not any(
                        c.symbol is None or level_of_code(c.symbol.issuer) == "central" for c in carried):
                    same = of_type
            if len(same) != 1 or not objs:
                continue
            old, new = mn.key, next(iter(same))
            for x in self.mentions:
                if x.key == old:
                    x.key, x.kind = new, "resolved"
        self._plans_by_what_they_carry()

    def _plans_by_what_they_carry(self) -> None:
        """A document without a number named twice by what it carries out, once with its issuer and once without ('Kế
        hoạch của UBND huyện thực hiện Nghị quyết 46-NQ/TW', then 'Kế hoạch triển khai thực hiện Nghị quyết số
        46-NQ/TW'), or twice without: one document, keyed by the wording with its issuer, else by the first wording.
        Two issuers' plans of one document stay two, and a wording without an issuer beside them names neither."""
        groups: dict[tuple[str | None, str, frozenset[str]], list[Mention]] = {}
        for mn in self.mentions:
            if mn.kind not in ("named", "planned") or not mn.cue or not mn.key or mn.symbol is not None or mn.draft \
                    or not mn.key.startswith(f"{mn.type}:"):
                continue
            objs = frozenset(o.key for o in self.object_group(mn.cue[1]) if o.key)
            if objs:
                groups.setdefault((mn.type, mn.cue[0], objs), []).append(mn)
        for ms in groups.values():
            issued = {m.key for m in ms if m.issuer}
            if len({m.key for m in ms}) < 2 or len(issued) > 1:
                continue
            new = next(iter(issued)) if issued else min(ms, key=lambda m: m.start).key
            old = {m.key for m in ms} - {new}
            for x in self.mentions:
                if x.key in old:
                    x.key = new

    def _congress_resolutions(self) -> None:
        """'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025' and then 'Nghị quyết Đại hội
        Đảng bộ tỉnh lần thứ XX', 'Nghị quyết Đại hội XIII' beside '... Đại hội đại biểu toàn quốc lần thứ XIII': one
        congress's resolution, keyed by its longest wording. The two must give the same congress number, no other
        term, and the words of one body the other's (a congress named by its number alone is the national one)."""
        longer = self.congress_wordings({mn.key for mn in self.mentions if mn.kind == "named" and mn.key})
        for mn in self.mentions:
            if mn.key in longer:
                mn.key = longer[mn.key]

    def congress_wordings(self, named: set[str]) -> dict[str, str]:
        """The congress resolutions among ``named`` (keys) that are a shorter wording of another of them, each with the longest
        wording of its congress (see _congress_resolutions)."""
        parsed: dict[str, tuple[str, str | None, frozenset[str]]] = {}
        local: set[str] = set()         # keys without a body that a mention shows local ('Đại hội XXIV Đảng bộ huyện')
        national: set[str] = set()      # ... or national ('Đại hội XIII của Đảng')
        for mn in self.mentions:
            if mn.kind == "named" and mn.key and mn.key.startswith("NQ:"):
                if _BODY_AFTER_NUMBER.match(self.f, mn.end):
                    local.add(mn.key)
                elif _PARTY_AFTER_NUMBER.match(self.f, mn.end):
                    national.add(mn.key)
        for key in named:
            if not key.startswith("NQ:") or key in parsed:
                continue
            desc = fold_same_length(key.split(":", 1)[1].lower())
            if not desc.startswith("dai hoi"):
                continue
            n = _CONGRESS_NUMBER.search(desc)
            if n is None:
                continue
            tm = _CONGRESS_TERM.search(desc)
            words = frozenset(FOLDED_WORD.findall(desc)) - _CONGRESS_WORDS - {n.group(1)} \
                - (set(tm.groups()) if tm else set())
            parsed[key] = (n.group(1), tm.group(0) if tm else None, words)
        longer: dict[str, str] = {}
        keys = sorted(parsed, key=lambda k: (-len(k), k))
        for i, k in enumerate(keys):
            num, term, words = parsed[k]
            if not words and len({parsed[x][2] for x in keys[:i] if parsed[x][0] == num and parsed[x][2]}) > 1:
                continue            # 'Đại hội lần thứ XX' where the province's and a district's XXth are named
            for full in keys[:i]:
                fnum, fterm, fwords = parsed[full]
                if num != fnum or (term and fterm and term != fterm) or not words <= fwords:
                    continue
                if not words and not fwords <= {"dang"} and (k in national if "dang" not in fwords
                                                             else not self._local_congress(k, num, local, national)):
                    continue        # 'Đại hội XIII' is the national congress, not a province's of that number (a mass
                    #                 organisation's congress named in full is no Party one: 'Nghị quyết Đại hội X' is it)
                longer[k] = longer.get(full, full)
                break
        return longer

    @staticmethod
    def _local_congress(key: str, number: str, local: set[str], national: set[str]) -> bool:
        """A congress named by its number alone is a local one when a mention says so ('Nghị quyết Đại hội lần thứ
        XX Đảng bộ tỉnh'), or when nothing says it is the Party's and its number is past the national ones (XIV)."""
        if key in local:
            return True
        if key in national:
            return False
        value = int(number) if number.isdigit() else _roman(number)
        return value > _LAST_NATIONAL_CONGRESS

    def _shortened_titles(self) -> None:
        """A named document cited again by the first words of its title ('Đề án đẩy mạnh phát
        triển kinh tế - xã hội, ... ở 6 huyện miền núi' after the full title with its period), or a
        project by a shorter wording of its title, is the same document: keyed by the longest title."""
        # (longest first, ties by the key itself: a set's order changes from run to run, and with it which key won)
        named = sorted({mn.key for mn in self.mentions if mn.kind == "named" and mn.key and ":" in mn.key},
                       key=lambda k: (-len(k), k))
        words = {k: set(FOLDED_WORD.findall(fold_same_length(k.split(":", 1)[1]))) - _TITLE_FILLER for k in named}
        longer: dict[str, str] = {}
        for i, k in enumerate(named):
            # a title that begins two different longer ones ('Luật:Thanh niên' before 'Luật:Thanh niên (16/6/2020)'
            # and another 'Luật:Thanh niên ...') does not say which of them it shortens, unless one of them is that
            # title with its date alone (a law is keyed by its name and date)
            extended = {longer.get(full, full) for full in named[:i] if full.startswith(k) and not full[len(k)].isalnum()}
            if len(extended) > 1:
                dated = {x for x in extended if is_dated_key_of(x, k)}
                extended = dated if len(dated) == 1 else extended
            for full in named[:i]:
                if len(words[k]) < _TITLE_MIN_WORDS and not k.startswith(("Luật:", "CTMTQG:")):
                    break           # too generic to say which longer title it shortens (a law's or programme's name is not)
                if full.startswith(k) and not full[len(k)].isalnum() and extended == {longer.get(full, full)}:
                    longer[k] = longer.get(full, full)
                    break
                # the same for two plans set for one year: 'KH:Trung ương Hội giao chỉ tiêu năm 2024' shortens
                # 'KH:Trung ương Hội giao chỉ tiêu thi đua năm 2024'
                ky, fy = _YEAR_SUFFIX.search(k), _YEAR_SUFFIX.search(full)
                if ky and fy and ky.group(0) == fy.group(0) and full[:fy.start()].startswith(k[:ky.start()]) \
                        and fy.start() > ky.start() and not full[ky.start()].isalnum():
                    longer[k] = longer.get(full, full)
                    break
                # a headline's shortened wording of a project's or national programme's title: all its words in the
                # full title ('Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số' after its full name)
                # (a programme's wording that two of its periods hold says neither)
                if k.split(":", 1)[0] == full.split(":", 1)[0] in ("ĐA", "CTMTQG") and words[k] <= words[full] \
                        and (k.startswith("ĐA:") or len({longer.get(x, x) for x in named[:i] if x.startswith("CTMTQG:")
                                                          and words[k] <= words[x]}) == 1):
                    longer[k] = longer.get(full, full)
                    break
        for mn in self.mentions:
            if mn.key in longer:
                mn.key = longer[mn.key]
