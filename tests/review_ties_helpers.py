"""Two texts of our own and their facts as an extractor would read them, for the tests of a reviewer's word on a
matched pair across new versions of a text (``tests/test_review_ties*.py``), written once for the modules that share them."""
from __future__ import annotations

import datetime as dt

from kg import ingest
from kg.cards import document_card
from kg.facts import DocumentRef, Facts, Outcome, Place, Target


PROGRAMME = ("Ban Thường vụ Tỉnh ủy ban hành Chương trình số 7-CTr/TU ngày 01/3/2024. "
             "Phấn đấu hằng năm kết nạp từ 1.500 hội viên nông dân mới trở lên.")
REVIEW = ("Báo cáo sơ kết Chương trình số 7-CTr/TU. Năm 2025 các cấp Hội kết nạp được 1.720 hội viên mới. ")


def span(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def facts_of(name: str, text: str) -> Facts:
    doc = DocumentRef(key="7-CTr/TU", type="CTr", number="7", issuer="Ban Thường vụ Tỉnh ủy", issuer_code="TU",
                      level="province", date=dt.date(2024, 3, 1), span=span(text, "Chương trình số 7-CTr/TU"))
    if name.endswith("programme.txt"):
        return Facts(source=name, place=Place(province="Lạng Sơn"), text=text, documents=[doc], targets=[Target(
            document="7-CTr/TU", text="Phấn đấu hằng năm kết nạp từ 1.500 hội viên nông dân mới trở lên", value=1500,
            unit="hội viên nông dân mới", comparator=">=", period="annual",
            span=span(text, "kết nạp từ 1.500 hội viên nông dân mới trở lên"))])
    return Facts(source=name, place=Place(province="Lạng Sơn"), text=text, date=dt.date(2025, 12, 31), documents=[doc],
                 outcomes=[Outcome(document="7-CTr/TU", text="Năm 2025 các cấp Hội kết nạp được 1.720 hội viên mới",
                                   value=1720, unit="hội viên", span=span(text, "kết nạp được 1.720 hội viên mới"))])


def ingested(store, monkeypatch, tmp_path, read, review: str = REVIEW) -> tuple[dict, dict]:
    """The programme and the review ingested, their facts as ``read`` gives them: the card's one target and its one
    outcome."""
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: read(name, text))
    for name, text in (("programme.txt", PROGRAMME), ("review.txt", review)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert ingest.ingest_paths(store, [str(tmp_path / "programme.txt"), str(tmp_path / "review.txt")]).ok
    (target,) = document_card(store, "7-CTr/TU")["targets"]
    (outcome,) = target["outcomes"]
    return target, outcome


#: a review of several lines (a corrected version keeps most of them: it replaces the first, kg.review.ledger)
LINES = ("Báo cáo sơ kết Chương trình số 7-CTr/TU của Ban Thường vụ Tỉnh ủy.\n"
         "Năm 2025 các cấp Hội kết nạp được 1.720 hội viên mới.\n"
         "Các chỉ tiêu khác đang được các cấp Hội tiếp tục thực hiện trong năm.\n")


def with_figure(figure: str, unit: str = "hội viên"):
    """The facts of our two texts; a review that says ``figure`` (a corrected version) read with that figure and
    ``unit`` (the first version, 1.720 hội viên, as ``facts_of`` reads it)."""
    def read(name: str, text: str):
        facts = facts_of(name, text.replace(figure, "1.720"))
        facts.text = text
        if name.endswith("review.txt") and figure in text:
            words = f"Năm 2025 các cấp Hội kết nạp được {figure} hội viên mới"
            facts.outcomes = [Outcome(document="7-CTr/TU", text=words, value=float(figure.replace(".", "")), unit=unit,
                                      span=span(text, f"kết nạp được {figure} hội viên mới"))]
        return facts
    return read
