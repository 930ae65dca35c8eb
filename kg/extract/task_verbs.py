"""The cue verbs of a task and the role they give (Vietnamese: động từ giao việc): lead (chủ trì, lãnh đạo, chỉ đạo,
tham mưu, phụ trách) > monitor (kiểm tra, giám sát, theo dõi, đôn đốc, thanh tra) > participate (tuyên truyền, vận
động, tham gia ...); a chain that opens on 'phối hợp' coordinates. Split from kg.extract.assignments, which reads who
is given what."""
from __future__ import annotations

import re

from kg.extract.alternation import grouped
from kg.extract.assignment_cues import REPORTING
from kg.extract.text import vi
from kg.text.symbols import fold

LEAD_VERBS = {"chu tri", "lanh dao", "chi dao", "tham muu", "phu trach", "chiu trach nhiem chinh", "xay dung ke hoach",
         "xay dung chuong trinh hanh dong",
         "tham muu cho", "dinh huong", "to chuc thuc hien", "to chuc trien khai", "cong bo",
         "ra quyet dinh"}
MONITOR_VERBS = {"kiem tra", "giam sat", "theo doi", "don doc", "thanh tra", "tuan tra"}
# organising a study of a document is studying it, the body's part (point (ai) of our conventions: 'các chi bộ tổ chức
# quán triệt Nghị quyết'); a lead cue in the chain ('lãnh đạo, chỉ đạo tổ chức quán triệt') still leads it. Supporting
# people ('hỗ trợ người dân cài đặt ứng dụng', 'hỗ trợ doanh nghiệp xúc tiến thương mại') is no cue: it is the body's own
# work where a text asks for it (point (af)), and what a review says a body supported ('đã hỗ trợ xây mới 1.126 căn nhà')
# is a result, no task
PARTICIPATE_VERBS = {"tuyen truyen", "van dong", "dong vien", "tham gia", "pho bien", "huong dan", "ket nghia",
                "giup", "phoi hop", "to chuc quan triet", "to chuc hoc tap",
                # holding a view ('phải coi giáo dục là quốc sách hàng đầu'): an attitude to keep (point (af))
                "coi"}
# words of a chain that name no act, also fillers inside a chain: 'công tác Hội ...' opens on a noun; 'quan tâm thực
# hiện tốt công tác phối hợp với ...', 'ngày càng phát huy vai trò', 'sớm ban hành kế hoạch ...';
# 'phát huy vai trò giám sát': the role named after 'vai trò' is the body's
FILLERS = {"cong tac", "ngay cang", "luon", "som", "vai tro"}
VERBS = sorted({
    "chu tri", "phoi hop voi", "phoi hop cung", "phoi hop chat che voi", "phoi hop", "tham muu cho", "tham muu", "lanh dao", "chi dao", "huong dan", "to chuc",
    "tuyen truyen", "van dong", "tham gia", "kiem tra", "giam sat", "theo doi", "don doc", "thanh tra",
    "quan triet", "trien khai", "thuc hien", "cu the hoa", "xay dung", "tang cuong", "thuong xuyen", "kip thoi",
    "chu dong", "tich cuc", "quan tam", "tiep tuc", "nghien cuu", "day manh", "pho bien", "danh gia", "bo tri",
    "ho tro", "khuyen khich", "tao dieu kien", "giu", "dinh ky", "bao cao", "so ket", "tong ket", "hoc tap",
    "phu trach", "ket nghia", "da", "se", "can", "phai", "co trach nhiem", "nang cao", "doi moi", "cham lo",
    "ra soat", "hoan thien", "ban hanh", "giup", "dam bao", "bao dam", "quan ly", "tap trung", "uu tien",
    "chiu trach nhiem chinh", "chiu trach nhiem", "yeu cau", "de nghi", "kien nghi", "giao", "sau sat", "kien quyet",
    "nghiem tuc", "co hieu qua", "hieu qua", "tiep tuc thuc hien", "lanh dao, chi dao", "cung", "ket hop",
    # 'lãnh, chỉ đạo': 'lãnh đạo, chỉ đạo' with the shared word written once
    "lanh, chi dao",
    # 'trực tiếp theo dõi một số trường': how the body acts, a filler before its verb
    "truc tiep", "coi",
    "xu ly", "phat huy", "duy tri", "thuc hien tot", "quyet liet", "khan truong", "tham dinh", "phe duyet",
    "bo sung", "kien toan", "cung co", "van hanh", "tuyen truyen, van dong", "xay dung ke hoach", "de xuat",
    "xay dung chuong trinh hanh dong",
    "tong hop", "rut kinh nghiem", "to chuc thuc hien", "to chuc trien khai", "dinh huong", "to chuc quan triet",
    "to chuc hoc tap",
    # announcing and deciding are acts of the lead body ('HĐND tỉnh công bố các nghị quyết ...')
    "cong bo", "ra quyet dinh",
} | FILLERS | {fold(v) for v in (
    # task verbs of plans and conclusions that carry no role of their own ('Thị đoàn làm tốt công tác giới thiệu ...',
    # 'UBND thị trấn chỉnh trang đô thị'): in a directive they default to taking part
    "làm tốt", "chỉnh trang", "giải quyết", "khắc phục", "chuẩn bị", "huy động", "lồng ghép", "kiểm soát",
    "hoàn thành", "phát triển", "cân đối", "rà soát, bổ sung", "thành lập", "đẩy nhanh", "kết nối", "lập", "làm điểm",
    # ('chỉ đạo UBND phường sắp xếp lại các tổ dân phố', 'giao Trung tâm Khuyến nông tập huấn cho nông dân')
    "sắp xếp", "tập huấn", "cập nhật", "cung cấp",
    # ('Trung tâm Phục vụ hành chính công xã tiếp nhận, giải quyết hồ sơ ...')
    "tiếp nhận",
    # patrolling is watching over ('Công an xã tăng cường tuần tra, kiểm tra ...', 'phối hợp với các đồn Biên phòng
    # tuần tra bảo vệ rừng')
    "tuần tra",
    # rallying members is outreach, as 'vận động' is ('... và các tổ chức chính trị - xã hội động viên đoàn viên, hội viên')
    "động viên",
    # pledging is a task a plan sets its bodies ('chỉ đạo các thôn, bản ký cam kết không đốt nương'); 'ký' alone signs
    # a text, an act its issuer reports
    "ký cam kết",
    # more task verbs of conclusions and plans with no role of their own ('các huyện ủy nhân rộng mô hình ...', 'Công an
    # xã ra quân bảo đảm an ninh ...', 'các chủ đầu tư giải ngân 100% kế hoạch vốn ...')
    "nhân rộng", "xem xét", "giải ngân", "đơn giản hóa", "ra quân", "bám sát", "chuyển giao", "rút ngắn",
    # what a supervision asks a body to put right ('thu hồi số tiền đã chi không đúng đối tượng')
    "thu hồi",
    # launching a campaign of one's own ('Công đoàn Tổng công ty phát động phong trào thi đua tiết kiệm điện')
    "phát động",
    # taking in the views on a draft ('Đề nghị UBND tỉnh chỉ đạo Sở Y tế tiếp thu ý kiến, đánh giá tác động ...')
    "tiếp thu",
    # setting money aside ('UBND huyện mỗi năm dành 500 triệu đồng cho quỹ khuyến học')
    "dành",
    # clearing obstacles ('các bộ, ngành tháo gỡ vướng mắc về mặt bằng'): its own work leads, another's helps (regold22)
    "tháo gỡ",
    # amending a mechanism or a rule of one's own ('lãnh đạo UBND tỉnh sửa đổi cơ chế hỗ trợ đầu tư ...')
    "sửa đổi",
    # opening a column, a course or a campaign ('chỉ đạo các cơ quan báo chí mở chuyên mục ...', 'mở các đợt cao điểm
    # ...'), widening what is done ('mở rộng vùng trồng'); 'mở' alone folds as 'mô' of 'mô hình'
    "mở chuyên trang", "mở chuyên mục", "mở lớp", "mở các lớp", "mở đợt", "mở các đợt", "mở rộng",
    # staffing, writing, sharing out and upgrading ('phối hợp với Sở Nội vụ tuyển dụng đủ 370 biên chế ...': without the
    # verb the partner's name ran on over it)
    "tuyển dụng", "biên soạn", "phân bổ", "cắt giảm", "nâng cấp", "số hóa", "chuẩn hóa",
    # advising, training, surveying, promoting, making public and the other works a plan hands out with no role of their
    # own ('giao Liên minh Hợp tác xã tư vấn thành lập hợp tác xã', 'Trung tâm Giáo dục nghề nghiệp đào tạo nghề ...',
    # 'UBND các xã công khai danh sách ...'): without the verb the name ran on over it, or nothing was read. (Not
    # rewarding, which a review reports as a result, 'khen thưởng 46 tập thể'; nor 'điều tra', a word of the police's
    # names, 'Cơ quan Cảnh sát điều tra')
    "tư vấn", "đào tạo", "bồi dưỡng", "khảo sát", "sửa chữa", "duy tu", "công khai", "niêm yết", "kêu gọi", "xúc tiến",
    "quảng bá", "giới thiệu", "ký kết", "thí điểm", "bàn giao", "ngăn chặn", "cảnh báo", "ứng dụng", "quyết toán",
    "thanh toán",
    # building a work ('phối hợp với Sở Tài chính thi công công trình': without the verb the partner's name ran on over it)
    "thi công")},
    key=lambda v: (len(v), v), reverse=True)
# issuing an unnamed plan of one's own to carry a document out is leading it ('UBND tỉnh ban hành kế hoạch và chỉ đạo
# các sở, ngành triển khai'); a named document ('ban hành Kế hoạch số 90-KH/TU') is the text's own issue, not a task
ISSUE_PLAN = r"ban hanh (?:cac |mot so )?(?:ke hoach|van ban)(?: (?:chi dao|huong dan|trien khai|thuc hien))?(?![a-z])(?![ \t]*(?:so|\d))"
# putting a content into a body's own resolution, programme or meetings is a task of its own (points (aa) and (ai) of our
# conventions: 'đưa chỉ tiêu cán bộ nữ vào nghị quyết đại hội', 'đưa việc học tập ... thành nội dung sinh hoạt thường
# xuyên'); taking a content to people ('đưa nội dung Chỉ thị đến cán bộ') is spreading it, and no verb here
PUTS_INTO = vi(r"đưa (?:[a-z0-9/.-]+ ){1,12}?(?:vào|thành) (?:nội dung )?(?:các |trong )?"
                r"(?:nghị quyết|chương trình|kế hoạch|sinh hoạt)")
VERB_RE = re.compile(r"(?:" + grouped([ISSUE_PLAN, PUTS_INTO] + [re.escape(v) for v in VERBS]) + r")(?![a-z])")

# words before a chain's first real verb: 'tiếp tục hướng dẫn', 'chủ động hướng dẫn'
CHAIN_FILLER = {fold(w) for w in ("tiếp tục", "tăng cường", "chủ động", "thường xuyên", "kịp thời", "đã", "sẽ",
                                   "có trách nhiệm", "tập trung", "cần", "phải", "định kỳ", "sớm",
                                   "trực tiếp")}


def acts(verbs: list[str]) -> list[str]:
    """The acts of a chain in order, a pair read as one verb split ('lanh dao, chi dao'), its fillers left out."""
    return [x for v in verbs for x in (y.strip() for y in v.split(",")) if x not in CHAIN_FILLER]


# the words of working with others, which open a chain whose body coordinates
COORDINATES = {"phoi hop", "phoi hop voi", "phoi hop cung", "phoi hop chat che voi"}


def role_of(verbs: list[str]) -> str | None:
    vs: set[str] = set()
    for v in verbs:
        vs.update(x.strip() for x in v.split(","))
    # a body that opens its chain by working with others coordinates what follows, lead verbs included, unless it leads
    # ('Ban Tổ chức và Ban Nội chính phối hợp định hướng việc sắp xếp cán bộ', point (l) of our conventions); 'chủ trì,
    # phối hợp ...' and 'lãnh đạo, chỉ đạo, phối hợp ...' open on a lead verb
    steps = acts(verbs)
    if steps and steps[0] in COORDINATES and "chu tri" not in vs:
        return "coordinate"
    if vs & LEAD_VERBS or any(v.startswith("ban hanh ") for v in vs):
        return "lead"
    # a body that opens its task by guiding others leads it ('Ban Tuyên giáo Tỉnh ủy hướng dẫn việc học tập ...');
    # 'tuyên truyền, vận động, hướng dẫn hội viên' is outreach, where guiding follows the outreach verbs
    # (after acts of no role of their own too: 'rà soát, hướng dẫn giải thể các hợp tác xã' is the body's guiding)
    first = next((v for v in acts(verbs) if v in LEAD_VERBS or v in MONITOR_VERBS or v in PARTICIPATE_VERBS), None)
    if first == "huong dan":
        # guiding and watching others' work in one clause is watching it ('hướng dẫn, theo dõi việc thực hiện', point
        # (aa)); with 'chủ trì' before it the body leads it (read before the chain's role)
        return "monitor" if vs & MONITOR_VERBS else "lead"
    if vs & MONITOR_VERBS:
        return "monitor"
    if vs & PARTICIPATE_VERBS:
        return "participate"
    return None


# studying and carrying out a document, which a body another leads or directs does as its part (point (aa) of our
# conventions: 'lãnh đạo các chi bộ quán triệt, thực hiện nghiêm Kết luận' gives them participate, a task of their own
# lead)
CARRIES_OUT = {"quan triet", "hoc tap", "thuc hien", "thuc hien tot", "tiep tuc thuc hien", "tham gia", "trien khai",
               "to chuc quan triet", "to chuc hoc tap", "lam diem"}


def own_task(verbs: list[str]) -> bool:
    """Do a directed body's verbs give it a task of its own ('chỉ đạo UBND xã lập danh sách ...', 'lãnh đạo Mặt trận
    đổi mới ...'), not only studying or carrying out a document ('quán triệt, thực hiện nghiêm Kết luận') or reporting?"""
    core = set(verbs) - REPORTING - CHAIN_FILLER
    return bool(core - CARRIES_OUT) if core else bool(set(verbs) - REPORTING)


# keeping up, taking care of or making room for work, which a body asked to do it does as its part (point (af) of our
# conventions: 'duy trì', 'phát huy vai trò', 'quan tâm', 'tạo điều kiện cho', 'làm tốt', 'quản lý tốt'); a chain that
# opens on one of them is about that work ('quan tâm quản lý tốt các nguồn quỹ'). Words that set the pace give no role
# of their own: the work after them does ('đẩy mạnh đối thoại' is a task of the body's own, regold22)
KEEPS_UP = {"duy tri", "phat huy", "quan tam", "tao dieu kien", "lam tot", "thuc hien tot", "giu", "khuyen khich",
            "quan ly"}
PACE = {"tang cuong", "day manh", "khan truong", "quyet liet", "tich cuc", "chu dong", "nghiem tuc", "sau sat",
        "kien quyet", "hieu qua", "co hieu qua", "cung", "uu tien", "nang cao"} | FILLERS
# a body told to reach the goals set ('tập trung hoàn thành các chỉ tiêu còn lại') or to finish studying a document
# ('hoàn thành việc học tập, quán triệt') carries the document out; a cell's meetings it holds are its part too (ai);
# clearing others' obstacles helps them ('tháo gỡ khó khăn cho doanh nghiệp', 'hỗ trợ phường tháo gỡ vướng mắc',
# regold22), its own is its task
REACHES_GOALS = re.compile(vi(r"(?:hoàn thành|đạt)(?: tốt)?(?: các| những)? (?:chỉ tiêu|mục tiêu|nhiệm vụ)(?![a-z])"
                              r"|hoàn thành việc (?:học tập|quán triệt|triển khai|thực hiện)|tổ chức[ \t]+sinh hoạt(?![a-z])"
                              r"|tháo gỡ(?: các)? (?:khó khăn|vướng mắc)(?:,? (?:khó khăn|vướng mắc))? (?:cho|giúp)(?![a-z])"
                              r"|hỗ trợ(?: [a-z]+){1,4}? tháo gỡ(?![a-z])"))

# a campaign or movement that goes on ('tiếp tục đẩy mạnh cuộc vận động "Toàn dân đoàn kết ..."', 'tiếp tục đẩy mạnh
# phong trào thi đua ...'): a body asked to keep it up takes part in it (point (af)); 'đẩy mạnh phong trào' reported
# without 'tiếp tục' is left to the other rules
CAMPAIGN = re.compile(vi(r"[ \t]+(?:các[ \t]+)?(?:cuộc vận động|phong trào)(?![a-z])"))


def own_work(verbs: list[str], f: str, start: int, end: int) -> bool:
    """Does a chain with no cue give the body work of its own ('bố trí quỹ đất', 'đẩy mạnh đối thoại', 'tiếp tục tháo gỡ
    vướng mắc'), not keeping up or carrying out work ('tiếp tục quan tâm, tạo điều kiện', 'thực hiện tốt Kết luận')?
    ``f`` is the folded text, the chain runs from ``start`` to ``end``, where its task's own words begin."""
    steps = [v for v in verbs if v not in REPORTING and v not in CHAIN_FILLER and v not in PACE]
    if REACHES_GOALS.search(f, start, end + 40) or (steps and steps[0] in KEEPS_UP) \
            or (steps and not set(steps) - KEEPS_UP - CARRIES_OUT) or ("tiep tuc" in verbs and CAMPAIGN.match(f, end)):
        return False
    # (a chain of pace words alone names the work by the word after it: 'tiếp tục tháo gỡ vướng mắc', 'đẩy mạnh đối thoại')
    return bool(steps) or (bool(verbs) and re.match(r"[ \t]+[a-z]", f[end:end + 2]) is not None)


# carrying out a document: the chain's acts ('quán triệt, tổ chức thực hiện', 'tổ chức triển khai') and the document
# named right after them ('Nghị quyết', 'Kế hoạch này', 'các chỉ thị'; not 'tổ chức thực hiện việc rà soát ...')
CARRY_OUT_ACTS = CARRIES_OUT | {"to chuc thuc hien", "to chuc trien khai"}
STUDIES = {"quan triet", "hoc tap"}
# ... or, for a body another directs, nothing after them: the document the directing sentence hands on ('giao UBND tỉnh
# chỉ đạo các sở, ngành và UBND các xã tổ chức thực hiện; ...', point (ae) of our conventions)
ENDS_HERE = re.compile(r"[ \t]*(?:[;.\n]|$)")
DOCUMENT_NEXT = re.compile(vi(r"[ \t]+(?:thực hiện[ \t]+)?(?:nghiêm[ \t]+)?(?:các[ \t]+)?(?:nghị quyết|chỉ thị|kết luận"
                              r"|kế hoạch|quyết định|chương trình|quy định|đề án|thông báo)(?![a-z])"))


def carries_out_document(verbs: list[str], f: str, end: int, directed: bool, asked: bool) -> bool:
    """Is a chain only the carrying out of a document, by a body another directs ('chỉ đạo các sở, ngành tổ chức thực
    hiện Nghị quyết') or one that studies it first ('Các đảng ủy xã quán triệt, tổ chức thực hiện Chỉ thị')? Such a
    body takes part (points (aa) and (ae) of our conventions), the lead cue 'tổ chức thực hiện' notwithstanding; the
    body handed the document as a whole ('Giao UBND tỉnh tổ chức thực hiện Nghị quyết') leads it, as the caller reads.
    ``f`` is the folded text, ``end`` where the chain ends, ``asked`` whether the text asks for the task."""
    steps = acts(verbs)
    if not steps or set(steps) - CARRY_OUT_ACTS or not (DOCUMENT_NEXT.match(f, end) or directed and ENDS_HERE.match(f, end)):
        return False
    # (studying is a task where the text asks for it or the chain goes on to carrying the document out: 'Các cấp ủy
    # tiếp tục quán triệt, thực hiện nghiêm Quy định'; a headline's 'Xã Giao Hải quán triệt các nghị quyết' is an event,
    # and 'đã quán triệt, thực hiện' a report of one)
    return directed or steps[0] in STUDIES and "da" not in verbs and (asked or bool(set(steps) - STUDIES))
