"""Why a fact is doubtful, in words (vì sao dữ kiện đáng ngờ): each code of a fact's ``doubts`` (the steps that cost it
confidence, ``kg.extract.confidence.DOUBTS``) as the review pages and ``dkg review list`` say it."""

from __future__ import annotations

DOUBT_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "unnumbered": "văn bản không có số: nhận ra từ tên loại và trích yếu",
        "symbol-built": "số ký hiệu không in trong bài: ghép từ số và cơ quan ban hành",
        "unnumbered-end": "một đầu của quan hệ là văn bản không có số",
        "no-cue": "câu không có từ chỉ dấu (như 'thực hiện', 'chủ trì', 'phối hợp'): suy từ động từ chung",
        "position": "là mục tiêu hay kết quả được suy từ vị trí (danh sách hoặc đoạn văn chứa nó), câu không có từ chỉ dấu",
        "scope": "câu không nêu văn bản: văn bản suy từ đoạn văn hoặc đề mục",
        "undated": "bài không nêu ngày diễn ra",
        "year-inferred": "năm lấy từ dòng ngày đăng hoặc tiêu đề, không có trong câu",
        "no-type-word": "câu không nêu loại sự kiện",
    },
    "en": {
        "unnumbered": "the document has no number: found by its type word and description",
        "symbol-built": "its symbol is not printed in the text: built from its number and issuer",
        "unnumbered-end": "one end of the link is a document without a number",
        "no-cue": "no cue word in its sentence (such as 'thực hiện', 'chủ trì', 'phối hợp'): read from a general verb",
        "position": "goal or result inferred from its position (the list or paragraph it stands in), no cue word",
        "scope": "its sentence does not name the document: inferred from the paragraph or heading",
        "undated": "the text does not say its day",
        "year-inferred": "its year comes from the page's date line or headline, not its sentence",
        "no-type-word": "its sentence does not name the kind of event",
    },
}


def doubts_said(codes: list[str] | tuple[str, ...], lang: str) -> list[str]:
    """The words of each code in ``codes`` in ``lang`` (a code this table does not know is said as itself)."""
    words = DOUBT_WORDS["en" if lang == "en" else "vi"]
    return [words.get(code, code) for code in codes]
