"""Where the title of a document named by its title ends (tên văn bản không số): at punctuation, at the decision that
carries or approved it, at the next document of a list, or at a word that begins the rest of the clause. Read by
kg.extract.unnumbered and kg.extract.documents."""
from __future__ import annotations

import re

from kg.extract.text import folded_pattern


# where such a title ends: punctuation, or a word that begins the rest of the clause
# (matched on the text itself, not the folded copy: 'dược liệu' must not read as 'được')
_TITLE_STOP = re.compile((
    r"[;()\n“”\"]|\.(?!\d)|:"
    # (the decision that carries or approved it: '... ban hành kèm theo Quyết định', 'phê duyệt tại Quyết định')
    r"|[ \t]+(?:(?:được[ \t]+)?(?:ban hành|phê duyệt)[ \t]+)?(?:kèm theo|theo|tại)[ \t]+(?:quyết định|nghị quyết)(?![^\W\d_])"
    # (the next document of a list: 'Đề án ... và Kế hoạch số 56/KH-UBND', '... và kế hoạch số 12'; a title may join
    # words such as 'và kế hoạch đầu tư' in lower case)
    r"|[ \t]+và[ \t]+(?:các[ \t]+)?(?:(?-i:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Quy định|Chương trình|Kế hoạch|Đề án|Hướng dẫn"
    r"|Công văn|Thông báo|Nghị định|Thông tư|Luật|Tờ trình|Báo cáo)(?![^\W\d_])|(?:nghị quyết|chỉ thị|kết luận|quyết định"
    r"|chương trình|kế hoạch|đề án|công văn)[ \t]+số(?![^\W\d_]))"
    # ('... đã xây dựng Đề án phát triển du lịch cộng đồng và lãnh đạo các xã ...': a second act of the body that drew it up;
    # '... thông qua Nghị quyết về dự toán ngân sách năm 2025 và giao UBND huyện ...': of the one that adopted it, not
    # 'và giao thông', 'và giao ban')
    r"|[ \t]+(?:được|đã|đang|sẽ|là|tại|theo|gồm|góp phần|cũng|do|với|cho biết|cho thấy"
    r"|và (?:các|những|lãnh đạo|chỉ đạo|đề nghị|yêu cầu|giao(?:[ \t]+cho)?[ \t]+(?:các|(?-i:UBND|Ủy ban|Sở|Ban|Phòng|Bộ"
    r"|Thường trực|Chủ tịch|Công an)))|đạt (?:kết quả|được|nhiều)|đạt và vượt|hoàn thành và vượt|của (?:ubnd|hđnd|tỉnh ủy|huyện ủy|ban))(?![^\W\d_])"
    # (and the goals a clause sets after it, '... giai đoạn 2026 - 2030, phấn đấu đến năm 2030 có 50 cơ sở ...', where a
    # title may itself strive: 'Đề án đẩy mạnh phát triển kinh tế - xã hội, phấn đấu giảm nghèo nhanh ...')
    r"|,[ \t]*(?:ban hành|được|đã|góp phần|đồng thời|trong đó|qua đó|tạo|giúp|bảo đảm|đảm bảo|với|là|các|những|nhằm|để|sau|khi"
    r"|phấn đấu(?=[ \t]+(?:đến|tới|trong|năm|có|đạt|hoàn thành)(?![^\W\d_]))"
    # a new clause whose subject is the place: '... giai đoạn 2021-2025, toàn xã đã trồng mới 320 ha'
    r"|toàn (?:xã|huyện|tỉnh|thị xã|thành phố|quận|phường|ngành)|đến nay|tính đến|hiện nay|bước đầu|nhờ đó)(?![^\W\d_])"),
    re.IGNORECASE)
_TITLE_REACH = 220

# a figure after the type word, not a title: 'kinh phí thực hiện Đề án khoảng 186 tỷ đồng', 'Đề án dự kiến hơn 40 tỷ
# đồng' (the words that qualify an amount, then its number); a title that names a number past its first words is one
# ('Đề án phát triển 1 triệu ha lúa'), and so is one opening on 'tổng' as a word of its name ('Đề án tổng thể ...')
_FIGURE_OPENS = folded_pattern(r"[ \t]+(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|chừng|ước|ước tính|dự kiến|tổng|tổng cộng|"
                               r"lên|lên đến|lên tới|đến|tới|từ|tối thiểu|tối đa|ít nhất|là|mất|hết|cần)[ \t]+){1,3}\d")


def figure_opening(f: str, e: int) -> bool:
    """Whether the words after a type word that ends at ``e`` (folded text) are an amount, not the document's title
    (tên văn bản): a descriptive key is never a figure phrase."""
    return _FIGURE_OPENS.match(f, e) is not None


def title_end(t: str, f: str, a: int) -> int:
    """Where the title of a named document that starts at ``a`` ends (also at a comma followed by
    a capital letter, which starts a new clause with its own subject)."""
    lim = min(len(f), a + _TITLE_REACH)
    m = _TITLE_STOP.search(t, a, lim)
    b = m.start() if m else lim
    k = t.find(",", a, b)
    while k != -1:
        nxt = t[k + 1:k + 3].strip()
        if nxt[:1].isupper():
            return k
        k = t.find(",", k + 1, b)
    return b


# a campaign's name is a short slogan written as a name, a capital past its first word ('Chương trình "Tết Sum vầy"',
# 'Chương trình "Mái ấm Công đoàn"'): what a body does each year, issued by no one; a programme's title says in
# sentence case what it is about, often for how long ('Chương trình "Sức khỏe học đường"', 'Đề án "Hỗ trợ phụ nữ khởi
# nghiệp"'); the country's name is no slogan's mark ('Chương trình "Sức khỏe Việt Nam"')
_CAMPAIGN_WORDS = 4
_COUNTRY = frozenset(("Việt", "Nam"))


def campaign_name(name: str) -> bool:
    """Whether a quoted programme name is a campaign's (phong trào, cuộc vận động): a few words, no figure, and a capital
    past the first word."""
    words = name.split()
    return len(words) <= _CAMPAIGN_WORDS and not any(c.isdigit() for c in name) \
        and any(w[:1].isupper() and w not in _COUNTRY for w in words[1:])
