"""Body gazetteer built from the project's own vocabulary (kg/data/bodies.csv, issuers.csv).

Matching runs on the folded text (see text.fold_same_length), so 'Tỉnh uỷ', 'tỉnh ủy' and
'TỈNH ỦY' are one name. A body mention = a known name or head + optional trailing modifiers
('tỉnh', 'các cấp', 'cấp tỉnh', 'liên quan', 'trực thuộc Tỉnh ủy', 'trên địa bàn tỉnh' ...)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from kg.extract.alternation import grouped
from kg.extract.text import FOLDED_WORD, fold_same_length, norm_body, vi
from kg.text.doctypes import NUMBERED_TYPE_WORDS
from kg.text.symbols import UPPER

DATA = Path(__file__).resolve().parents[1] / "data"


def _f(s: str) -> str:
    return " ".join(fold_same_length(s).split())


@lru_cache(maxsize=1)
def body_rows() -> list[dict]:
    with open(DATA / "bodies.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def issuer_rows() -> list[dict]:
    with open(DATA / "issuers.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# the villages and wards under a commune, told to do something ('Chỉ đạo các thôn, bản ký cam kết ...', 'Các tổ dân
# phố vận động Nhân dân ...'): bodies like any other (point (x) of our conventions); 'các bản' alone is 'các ban' once
# folded, so a mountain village only after another kind, and 'các áp lực' no hamlet
VILLAGE_UNITS = (r"cac (?:thon|xom|ap(?! (?:luc|dung)(?![a-z]))|khom|to dan pho|khu pho)"
                 r"(?:, (?:thon|xom|ban|ap|khom|to dan pho|khu pho|khu dan cu|lang))*(?![a-z])")
# words after 'hội' that make it no association's unit: 'hội viên' (members), 'hội nhập', 'hội tụ', 'hội đủ', 'hội ý'
_NOT_ASSOCIATION = r"(?! (?:tu|du|nhap|dong|thao|nghi|vien|y)(?![a-z]))"
# the next kinds of a tier's units after the first (not where a kind goes on in words of its own: 'các bộ, cơ quan ngang
# bộ, cơ quan thuộc Chính phủ' is another head's)
_MORE_KINDS = r"(?:, (?:so|ban|nganh|phong|don vi|co quan|dia phuong|doan the|bo)(?! (?:ngang|thuoc)(?![a-z])))+"
# Generic heads that name bodies in assignment sentences, beyond the proper names of bodies.csv.
_GENERIC_HEADS = [
    r"cap uy(?: dang)?(?: co so(?: dang)?)?", r"cac cap uy(?: dang)?", r"to chuc (?:co so )?dang",
    r"chinh quyen", r"dang doan", r"ban can su dang", r"dang uy", r"huyen uy", r"thanh uy", r"quan uy",
    r"thi uy", r"tinh uy", r"chi bo", r"mat tran(?: to quoc)?(?: viet nam)?", r"ubmttq(?:vn)?", r"mttq",
    r"(?:cac )?to chuc chinh tri ?- ?xa hoi", r"(?:cac )?doan the(?: chinh tri ?- ?xa hoi)?",
    r"(?:cac )?hoi quan chung", r"hoi dong nhan dan", r"hdnd", r"uy ban nhan dan", r"ubnd",
    r"so, ban, nganh(?:, doan the)?(?:, co quan)?", r"ban, nganh(?:, doan the)?(?:, dia phuong)?", r"so ban nganh", r"(?:cac )?co quan(?:, don vi)?",
    r"(?:cac )?don vi", r"(?:cac )?dia phuong", r"doanh nghiep", r"xa(?:, phuong, thi tran)?", r"phong, ban",
    r"hoi nong dan", r"hoi lien hiep phu nu", r"hoi lhpn", r"hoi phu nu", r"doan thanh nien(?: cong san ho chi minh)?",
    r"tinh doan", r"huyen doan", r"hoi cuu chien binh", r"hoi ccb", r"lien doan lao dong", r"cong doan",
    # the Party committees of the armed forces and of the Party's own offices ('Đảng ủy Quân sự tỉnh', 'Đảng ủy Biên phòng
    # tỉnh', 'Đảng ủy các cơ quan Đảng tỉnh'): 'Quân sự' alone is a field, not a body
    r"dang uy (?:quan su|bien phong|cac co quan dang)",
    # the committee of the Front and the mass organisations since 2025: one body, its name holds a comma
    r"dang uy (?:mat tran to quoc|mttq)(?: viet nam)?,? (?:va )?cac doan the",
    r"cong an", r"ban chi huy quan su", r"bo chi huy quan su", r"ban chi dao", r"uy ban kiem tra",
    # the military command written short ('Ban CHQS các huyện', 'Bộ CHQS tỉnh'), and the commanders of the units, named
    # beside their Party committees ('yêu cầu cấp ủy, chỉ huy các cơ quan, đơn vị tiếp tục quán triệt ...')
    # (each branch opens on its words: the alternation stays grouped by them)
    r"ban chqs", r"bo chqs", r"chi huy(?= (?:cac )?(?:co quan|don vi)(?![a-z]))",
    r"van phong", r"ban (?:tuyen giao va dan van|to chuc|tuyen giao|dan van|noi chinh|xay dung dang)",
    # the boards of an organisation named after them: 'phối hợp với các ban Tỉnh đoàn', 'các ban Hội Nông dân tỉnh'
    r"cac ban(?= (?:tinh doan|thanh doan|hoi|tinh uy|dang uy|mat tran|mttq|hdnd|hoi dong nhan dan)(?![a-z]))",
    r"uy ban mat tran to quoc(?: viet nam)?", r"(?:cac )?so, nganh",
    # (not 'các huyện ủy', the committees, read whole below; 'các huyện, thành, thị': the kinds written short)
    r"cac (?:huyen(?! uy(?![a-z]))|xa|phuong)(?:, (?:thi xa|thanh pho|huyen|xa|phuong|thi tran|(?:thanh|thi)(?![a-z])))*",
    r"(?:cac )?co quan bao chi", r"dang bo(?: co so)?", r"(?:cac )?chi bo(?: truc thuoc)?",
    r"ban thuong vu", r"thuong truc", r"bch", r"btv", r"ngan hang chinh sach xa hoi", r"cac hoi",
    # the social policy bank's local board and branch, named before the bank ('Ban đại diện Hội đồng quản trị Ngân hàng
    # Chính sách xã hội huyện', 'Phòng giao dịch NHCSXH thành phố'): the bank's name is read as the name's second head
    r"ban dai dien (?:hoi dong quan tri|hdqt)(?= (?:ngan hang chinh sach xa hoi|nhcsxh)(?![a-z]))",
    r"phong giao dich(?= (?:ngan hang chinh sach xa hoi|nhcsxh)(?![a-z]))",
    # the community digital technology teams of the communes and villages ('các tổ công nghệ số cộng đồng hướng dẫn ...')
    r"(?:cac )?to cong nghe so cong dong",
    r"truong chinh tri", r"trung tam chinh tri", r"lien minh hop tac xa",
    r"thanh doan", r"thi doan", r"quan doan", r"doan (?:xa|phuong|co so|truc thuoc)", r"(?:cac )?co so doan",
    r"(?:cac )?chi, dang bo(?: co so)?",
    # the levels of a mass organisation: 'các cấp Hội Nông dân', 'các cấp bộ Đoàn', 'các cấp công đoàn'
    # (a bare 'các cấp Hội' reports the association's results, not a task of a body the text names)
    r"cac cap (?:bo doan|doan|cong doan|hoi (?:nong dan|lien hiep phu nu|phu nu|cuu chien binh|chu thap do|ccb|lhpn))",
    # an association's units by their level and kind: 'các cơ sở Hội', 'các chi hội', 'chi hội, tổ hội' (one body), 'các
    # huyện hội' (not 'hội viên', 'hội nhập', 'hội tụ'; each branch opens on its words, so that the alternation stays
    # grouped by them: a branch opening on a look-behind is tried at every place)
    r"(?:cac )?co so hoi" + _NOT_ASSOCIATION, r"(?:cac )?chi hoi(?:,? (?:va )?to hoi)?" + _NOT_ASSOCIATION,
    r"(?:cac )?chi, to hoi" + _NOT_ASSOCIATION, r"(?:cac )?to hoi" + _NOT_ASSOCIATION,
    r"huyen hoi(?<=cac huyen hoi)" + _NOT_ASSOCIATION, r"tinh hoi(?<=cac tinh hoi)" + _NOT_ASSOCIATION,
    # the units of one tier named by their kinds after one 'các', one addressee (point (w)): 'các phòng, ban, đơn vị', 'các
    # sở, ngành, địa phương', 'các cơ quan, đơn vị, địa phương', 'các phòng, ban, ngành, đoàn thể huyện'
    *(rf"{kind}(?<=cac {kind}){_MORE_KINDS}" for kind in ("so", "phong", "co quan", "bo", "don vi", "nganh", "ban")),
    # the State's executive in lists: 'các bộ, ngành, địa phương', 'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ'
    r"(?:cac )?bo(?:, (?:nganh|co quan ngang bo|co quan thuoc chinh phu|dia phuong))+", r"cac bo",
    r"co quan ngang bo", r"co quan thuoc chinh phu",
    r"(?:cac )?to chuc thanh vien", r"cac to chuc",
    # the council's own bodies that monitor its resolutions: 'các Ban HĐND tỉnh, các Tổ đại biểu và đại biểu HĐND tỉnh'
    r"(?:cac )?to dai bieu(?: (?:hdnd|hoi dong nhan dan))?", r"dai bieu (?:hdnd|hoi dong nhan dan)",
    r"(?:cac )?ban (?:cua )?(?:hdnd|hoi dong nhan dan)",
    # ... with the council named once, before its boards: 'Thường trực HĐND, các Ban, các Tổ đại biểu và đại biểu HĐND
    # huyện giám sát ...', 'các Ban và đại biểu HĐND tỉnh' (a bare 'các Ban' only right before the delegations or the
    # council's deputies)
    r"cac ban(?=,? (?:va )?(?:(?:cac )?to dai bieu|dai bieu (?:hdnd|hoi dong nhan dan))(?![a-z]))",
    # state agencies outside the sở list that plans name as partners: 'phối hợp với Sở Tài chính, Bảo hiểm xã hội tỉnh'
    r"bao hiem xa hoi", r"kho bac nha nuoc",
    # the social insurance office written short, only with its level ('BHXH tỉnh', 'BHXH cơ sở Bảo Lộc' since 2025):
    # 'tham gia BHXH bắt buộc' is the insurance, no office
    r"bhxh(?= (?:tinh|huyen|thanh pho|thi xa|co so|khu vuc|viet nam)(?![a-z]))", r"cuc thue", r"ngan hang nha nuoc", r"bo doi bien phong",
    r"bo chi huy bo doi bien phong",
    # the investors of public works, partners in disbursing ('phối hợp với các chủ đầu tư đẩy nhanh giải ngân')
    r"(?:cac )?chu dau tu",
    # a state corporation, which its Party committee's plans task (its boards are below; a company is a body by its
    # proper name, 'Công ty Điện lực ...', and 'công ty' in lower case a common noun)
    r"tong cong ty",
    # the cooperatives of a plan's places, partners of the farmers' union: 'phối hợp với các hợp tác xã nhân rộng mô hình'
    r"cac hop tac xa",
    # one cooperative named by its trade (and its place, in the original's capitals): 'phối hợp với Hợp tác xã dịch vụ
    # nông nghiệp Tân Hội ...'
    r"hop tac xa (?:dich vu nong nghiep|nong nghiep|dich vu)",
    # the addressees of a call: 'đề nghị các cấp, các ngành khẩn trương triển khai ...'
    r"cac (?:cap|nganh), cac (?:nganh|cap)(?:, cac dia phuong)?",
    # the Youth Union of the units: 'Đoàn các xã, phường tuyên truyền ...'
    r"doan cac (?:xa|phuong|thi tran)",
    # the bodies of the villages and wards under a commune: 'Ban điều hành các khóm, ấp', 'Ban Nhân dân các ấp', and the
    # people's inspection board of a commune, 'Ban Thanh tra nhân dân các xã, thị trấn'
    r"ban (?:dieu hanh|nhan dan)(?: cac)? (?:khu pho|khom|ap|thon|to dan pho|xom|khu dan cu)"
    r"(?:, (?:khu pho|khom|ap|thon|to dan pho|xom|khu dan cu))*",
    r"ban thanh tra nhan dan",
    VILLAGE_UNITS,
    # the units' committees or unions with their head written once after the levels: 'các huyện, thị, thành Đoàn',
    # 'các huyện, thị, thành ủy' (one addressee, not the districts and a task opening on 'thị, thành Đoàn')
    r"cac (?:huyen|thi|thanh|quan)(?:, (?:huyen|thi|thanh|quan))*,? (?:va )?(?:huyen|thi|thanh|quan) (?:doan|uy|hoi)",
    # the district committees named one by one after one 'các', alone or after their board: 'các huyện ủy, thị ủy, thành
    # ủy', 'Ủy ban kiểm tra các huyện ủy, thị ủy, thành ủy', 'Ban Dân vận các huyện ủy'; and the provinces' ('các tỉnh ủy,
    # thành ủy trực thuộc Trung ương', which a Politburo resolution tasks)
    r"cac (?:tinh|huyen|thi|thanh|quan) uy(?:,? (?:va )?(?:tinh|huyen|thi|thanh|quan) uy)*",
    # the border guard posts, partners of border communes: 'Đồn Biên phòng Bản Lầu', 'các đồn Biên phòng'
    r"(?:cac )?don bien phong",
    # the heads of the villages, the chain's last link (point (x)): 'Trưởng các thôn phối hợp với Công an xã rà soát ...'
    # ('Trưởng ban' is a board's head, no village's)
    r"truong (?:cac )?(?:thon|ap|xom|khom|khu pho|to dan pho)",
    # the heads of bodies, to whom a chair's chỉ thị writes its tasks: 'Chủ tịch UBND các xã, thị trấn khẩn trương ...',
    # 'Giám đốc Sở Nông nghiệp và Môi trường theo dõi ...', 'Thủ trưởng các cơ quan, đơn vị ...' (the title only with the
    # body after it, which the second head of the pattern reads; 'Chủ tịch UBND tỉnh' alone is the chair who issues the
    # text and speaks in it, so the chairs only of the units under him: 'Chủ tịch UBND các ...')
    r"chu tich(?= (?:ubnd|uy ban nhan dan) cac )", r"giam doc(?= (?:cac )?so )",
    # (and a Prime Minister's ministers: 'Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Chủ tịch UBND các tỉnh ...')
    r"bo truong(?= cac bo(?![a-z]))",
    # ... and the secretaries of the cells, answerable to the committee ('Bí thư các chi bộ chịu trách nhiệm trước Đảng
    # ủy về ...'; a secretary alone is a person)
    r"bi thu(?= cac (?:chi bo|dang uy|cap uy)(?![a-z]))", r"thu truong(?= cac (?:co quan|so|ban|nganh|don vi)(?![a-z]))",
    # a state-owned group's boards ('Hội đồng thành viên Tổng công ty chỉ đạo ...', 'Hội đồng quản trị Công ty ...')
    r"hoi dong (?:thanh vien|quan tri)",
    # the schools a letter to the provinces has them direct ('Chỉ đạo các cơ sở giáo dục phổ thông tổ chức ...') and a
    # school's own faculties ('phối hợp với các khoa chuyên môn'; not 'các khoa học', 'các khóa học')
    r"(?:cac )?co so giao duc(?: (?:pho thong|mam non|nghe nghiep|dai hoc))?", r"cac khoa(?! (?:hoc|ky)(?![a-z]))",
    # (the heads of a tier's units named by their kinds: 'Thủ trưởng các sở, ban, ngành', no second head of the list;
    # the departments' directors also by the one kind, as a list of heads names them: 'Giám đốc các sở, Thủ trưởng các
    # ban, ngành ...')
    r"thu truong cac (?:so|ban|co quan|don vi)" + _MORE_KINDS, r"giam doc cac so(?:" + _MORE_KINDS + ")?",
    # a commune's civil servants by their field, to whom its plans give tasks since the communes lost their district
    # ('Giao công chức Văn hóa - Xã hội chủ trì ...', 'Công chức Địa chính - Xây dựng xã ...'), its finance section and
    # the tax office of its area ('Thuế cơ sở 5')
    vi(r"công chức (?:địa chính|văn hóa|tư pháp|tài chính|văn phòng)(?: ?- ?(?:xây dựng|xã hội|hộ tịch|kế toán|thống kê"
       r"|nông nghiệp|đô thị|môi trường)(?:(?:,| và| ?- ?) ?(?:đô thị|môi trường|nông nghiệp|xây dựng))*)?"),
    vi(r"bộ phận tài chính ?- ?kế toán"), vi(r"thuế cơ sở(?: \d{1,2}(?![\d/.,]))?"),
    # an inspection commission's units by their number since 2025 ('Phòng Kiểm tra số 2', 'Phòng Kiểm tra, giám sát số 3',
    # 'Phòng Kiểm tra, giám sát địa bàn số 2')
    vi(r"phòng kiểm tra(?:, giám sát)?(?: địa bàn)?(?: số \d{1,2}(?![\d/.,]))?"),
    # the unions of the industrial zones ('Công đoàn các khu công nghiệp theo dõi ...')
    vi(r"công đoàn (?:các )?khu (?:công nghiệp|kinh tế|chế xuất)"),
    # the schools a commune's plan works with ('phối hợp với các trường rà soát ...'; not 'các trường hợp', cases, nor
    # the heads of villages or boards, 'các trưởng thôn', which fold alike)
    vi(r"các trường(?: học| mầm non| tiểu học| trung học cơ sở| thcs)?"
       r"(?! (?:hợp|phải|thôn|ấp|ban|xóm|khóm|khu|phòng|đoàn|ngành|trạm|tổ|bộ phận|đại diện|các)(?![a-z]))"),
]
# ('UBND các xã, phường, đặc khu:' heads the items under it, as the same bodies before their verbs do)
BODY_MODIFIERS = (r"(?: (?:xa|phuong|thi tran)(?:, (?:xa|phuong|thi tran|dac khu))+|(?<=xa|ng|an)(?:, (?:xa|phuong|thi tran|dac khu))+(?= [a-z]|[ \t]*:)"
         r"| (?:tinh|huyen|xa|phuong|thi tran|thanh pho|thi xa)(?= |$|[,;.:\n])"
         r"| cac cap| cap (?:tinh|huyen|xa|co so)| co so(?: dang)?| lien quan| chuc nang| dac thu(?: duoc phan cong phu trach)?"
         # 'các phòng, ban chuyên môn thuộc UBND huyện', 'cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh'
         # the associations that lend the bank's funds on its behalf: 'các tổ chức chính trị - xã hội nhận ủy thác'
         r"| nhan uy thac"
         # (the operational units of the police or an office: 'các đơn vị nghiệp vụ', 'các phòng nghiệp vụ')
         r"| chuyen mon| nghiep vu| chuc nang(?<=co quan chuc nang)| (?:thuoc|truc thuoc) (?:ubnd|uy ban nhan dan)(?= (?:tinh|huyen|xa|phuong|thanh pho|thi xa)(?![a-z]))"
         # a ministry's own units: 'Thủ trưởng các đơn vị thuộc Bộ', 'các cục, vụ thuộc Bộ'
         r"| thuoc bo(?![a-z])"
         # a central commission named by its head with the level after it: 'Ban Tuyên giáo và Dân vận Trung ương'
         r"|(?:(?<=dan van)|(?<=tuyen giao)|(?<=to chuc)|(?<=noi chinh)) trung uong(?![a-z])"
         r"| tu (?:trung uong|tinh|huyen|thanh pho) (?:den|xuong|toi) (?:dia phuong|co so|xa|huyen)"
         r"| cua (?:tinh|huyen|thanh pho)(?= |$|[,;.:\n])| ket nghia| trong (?:tinh|huyen)| tren dia ban(?: (?:tinh|huyen|xa))?| truc thuoc(?: [a-z]+){1,4}? uy| truc thuoc(?= (?:da|se|can|tiep tuc|to chuc|xay dung|chu dong)(?![a-z])|[,;.:])"
         r"| dang| khoa [ivxlc]+| cac (?:huyen|xa|phuong)(?:, (?:thi xa|thanh pho|huyen|phuong|thi tran))*"
         r"| cac tinh(?:, thanh pho)?(?: truc thuoc trung uong)?|(?<=uy) truc thuoc trung uong(?![a-z])"
         # the cells of the villages: 'Chi bộ các thôn, tổ dân phố' (the villages alone are places, not bodies, to the annotators)
         r"| cac (?:thon|to dan pho|ban|khu pho|khu dan cu)(?:, (?:thon|to dan pho|ban|lang|khu pho|khu dan cu|ap))*"
         # the cell of each village named without 'các': 'các chi bộ thôn, khu phố', 'Các chi bộ tổ dân phố', and the Youth
         # Union's or an association's ('Các chi đoàn thôn', 'các chi hội khu dân cư'); a city ward's areas have cells
         # too ('Chi bộ các khu vực')
         r"|(?:(?<=chi bo)|(?<=chi doan)|(?<=chi hoi)) (?:cac khu vuc|(?:thon|to dan pho|khu pho|khu dan cu|ap|khom|xom|ban)"
         r"(?:, (?:thon|to dan pho|khu pho|khu dan cu|ap|khom|xom|ban|lang))*)(?![a-z])"
         # the kind of place the units are: 'các phường, xã ven biển', 'các xã biên giới', 'các xã miền núi'
         r"| (?:ven bien|bien gioi|vung cao|mien nui|trong diem)(?![a-z])"
         # ... or what they hold: 'các xã, phường có rừng', 'các đảng ủy xã có biển', 'các tỉnh có đường biên giới đất
         # liền' (not 'có trách nhiệm', the verb of the body before it)
         r"| co (?:rung|bien|duong bien gioi(?: dat lien)?)(?![a-z])"
         # the units a plan has not reached yet ('chỉ đạo các thôn còn lại hoàn thành ...') and the units as they stand
         # since the 2025 merger ('UBND các xã, phường sau sắp xếp kiện toàn ...'): the same bodies, told apart
         r"| con lai(?![a-z])| sau (?:sap xep|sap nhap|hop nhat)(?![a-z])"
         # ... or the area of the project they lie in: 'UBND các xã trong vùng Đề án', 'các xã thuộc vùng dự án'
         r"| (?:trong|thuoc) vung (?:de an|du an|chuong trinh|quy hoach)(?![a-z])"
         # the State's regional offices since 2025, by their number: 'Ngân hàng Nhà nước khu vực 5', 'Kho bạc Nhà nước khu
         # vực XI', 'Thống kê khu vực 3'
         r"| khu vuc (?:\d{1,2}(?![\d/.,])|[ivx]{1,5}(?![a-z]))"
         # the state-owned group or corporation a body belongs to: 'Công đoàn Tổng công ty', 'Ủy ban Kiểm tra Đảng ủy Tập
         # đoàn' (its proper name after it, if any, read as a place's)
         r"| (?:tong cong ty|tap doan)(?![a-z])"
         # the member units of a group or a corporation: 'các đơn vị thành viên'
         r"|(?<=don vi) thanh vien(?![a-z])"
         # a steering committee named by its number: 'Ban Chỉ đạo 389 tỉnh', 'Ban Chỉ đạo 138'
         r"|(?<=ban chi dao) \d{2,3}(?![\d/.,])(?= |$|[,;.:\n])"
         r")")


@lru_cache(maxsize=1)
def body_regex() -> re.Pattern:
    names: set[str] = set()
    for r in body_rows():
        if r["kind"] == "role":
            continue
        for n in [r["canonical"]] + [v for v in r["variants"].split("|") if v]:
            fn = _f(re.sub(r"\(.*?\)", "", n)).strip()
            # very short or ambiguous variants are not used to find bodies in running text
            if len(fn) < 4 or fn in {"dang", "dang ta", "trung uong", "bo", "so", "doan", "mat tran", "tw", "tu"}:
                continue
            names.add(re.escape(fn).replace(r"\ ", " "))
    alts = sorted(list(names) + _GENERIC_HEADS, key=lambda x: (len(re.sub(r"[()?:|\\\[\]*+{}0-9,]", "", x)), x),
                  reverse=True)  # (the name itself breaks ties: a set's order changes with the hash seed)
    head = grouped(alts)        # the same matches as "|".join(alts), tested far faster
    # optional leading quantity / plural marker (a number that is not the tail of a date or a larger number:
    # 'ngày 17/3/2017 Tỉnh ủy ...' names the committee, not 2017 of them), then the head, then up to 4 modifiers, then an
    # optional place name in the original's capitalisation (checked by the caller)
    return re.compile(rf"(?:(?:cac|nhung|(?<![\d/.,-])\d{{1,4}}) )?(?:{head})(?![a-z])(?: (?:{head})(?![a-z]))?{BODY_MODIFIERS}{{0,4}}")


_CAP_WORDS = re.compile(r"(?:[ \t][{U}][^\W\d_]{0,10}){1,3}".replace("{U}", UPPER))


# a document type's first word, capitalised, with its second: 'Ban Chỉ đạo Đề án 06' names the đề án after the body,
# whose capitalised 'Đề' is no word of a proper name ('Ban Chỉ đạo Đề' would end the name inside a word pair)
_TYPE_AFTER = re.compile("[ \t](?:" + "|".join(w[0].upper() + w[1:].replace(" ", "[ \t]+") for w in NUMBERED_TYPE_WORDS + ("dự án",))
                         + ")(?![^\\W\\d_])")


def extend_name(text: str, end: int, limit: int | None = None) -> int:
    """Extend a body mention over a following proper name ('Huyện ủy' + ' Ninh Phước'); a document's type word after
    it is no part of the name ('Ban Chỉ đạo Đề án 06')."""
    m = _CAP_WORDS.match(text, end, min(len(text), limit if limit is not None else end + 40))
    if m is None:
        return end
    for w in re.finditer(r"[ \t]", text[end:m.end()]):
        if _TYPE_AFTER.match(text, end + w.start()):
            return end + w.start()
    return m.end()


@lru_cache(maxsize=1)
def body_first_words() -> frozenset[str]:
    """First (folded) words a body mention can start with: a cheap pre-check before the regex."""
    words = {"cac", "nhung"}
    for r in body_rows():
        for n in [r["canonical"]] + [v for v in r["variants"].split("|") if v]:
            fn = _f(re.sub(r"\(.*?\)", "", n)).strip()
            if fn:
                words.add(fn.split(" ")[0])
    for g in _GENERIC_HEADS:
        g = re.sub(r"^\(\?:cac \)\?", "", g)
        m = re.match(r"[a-z]+", g)
        if m:
            words.add(m.group(0))
    return frozenset(words)


# the whole folded word at a place is one of body_first_words, or a number: one pattern, asked at many places of each
# text, where a match of the word, its text and a look-up in the set were three steps (made at the first ask)
_BODY_START: re.Pattern | None = None


def _body_start() -> re.Pattern:
    global _BODY_START
    # (a first word with other characters, 'ct-xh', is never a whole word of letters and digits)
    words = sorted(w for w in body_first_words() if FOLDED_WORD.fullmatch(w))
    _BODY_START = re.compile("(?:" + grouped(words) + r"|[0-9]+)(?![a-z0-9])")
    return _BODY_START


def may_start_body(folded: str, pos: int) -> bool:
    """The folded word at ``pos`` (all of it) may open a body's name: a first word of one, or a number."""
    return (_BODY_START or _body_start()).match(folded, pos) is not None


@lru_cache(maxsize=1)
def _issuer_rules() -> list[tuple[re.Pattern, str, str, str]]:
    rules = []
    for r in issuer_rows():
        for m in r["match"].split("|"):
            m = m.strip()
            if m:
                rules.append((m, r["code"], r["level"], r["system"]))
    rules.sort(key=lambda x: len(x[0]), reverse=True)
    return [(re.compile(rf"(?<![a-z]){re.escape(m)}(?![a-z])"), c, lv, sy) for m, c, lv, sy in rules]


_LEVEL_WORDS = [("xa", "commune"), ("phuong", "commune"), ("huyen", "district"), ("quan", "district"),
                ("thi xa", "district"), ("tinh", "province"), ("thanh pho", "province")]


_LEVEL_RANK = {"commune": 0, "district": 1, "province": 2, "central": 3}


def all_above(t: str, spans: list[tuple[int, int]], own: str) -> bool:
    """Is every body named at ``spans`` of ``t`` at a level above ``own`` (an official text's request to them asks, and
    assigns nothing)?"""
    for a, b in spans:
        level = issuer_info(norm_body(t[a:b]))[1]
        if not (level in _LEVEL_RANK and own in _LEVEL_RANK and _LEVEL_RANK[level] > _LEVEL_RANK[own]):
            return False
    return True


@lru_cache(maxsize=4096)
def issuer_info(name: str) -> tuple[str | None, str | None, str | None]:
    """(issuer_code, level, system) for an issuing body's name as written."""
    if not name:
        return None, None, None
    f = _f(name)
    # 'TƯ' is the Centre written short ('Ban Bí thư TƯ'); 'Tư' of 'Sở Tư pháp' or 'Đầu tư' is a word of a name (a line in
    # capitals says nothing of which)
    if re.search(r"(?<!\w)TƯ(?!\w)", name) and not name.isupper():
        return "TW", "central", "party"
    if f.startswith("dai hoi"):
        lv = "central" if ("toan quoc" in f or not _level_from_words(f)) else _level_from_words(f)
        return "ĐH", lv, "party"
    for rx, code, level, system in _issuer_rules():
        if rx.search(f):
            if level in ("province",) and code in ("HĐND", "UBND", "MTTQ", "ĐH"):
                level = _level_from_words(f) or level
            if code == "ĐH":
                level = "central" if ("toan quoc" in f or "dang lan thu" in f) else (_level_from_words(f) or "province")
            if code == "ĐU":
                level = _level_from_words(f) or "commune"
            return code, level, system
    return None, _level_from_words(f), None


def _level_from_words(f: str) -> str | None:
    for w, lv in _LEVEL_WORDS:
        if re.search(rf"(?<![a-z]){w}(?![a-z])", f):
            return lv
    return None


def level_of_code(code: str | None) -> str | None:
    if not code:
        return None
    for r in issuer_rows():
        if r["code"] == code:
            return r["level"] if r["level"] != "any" else None
    if code.endswith("TW") or code in ("CP", "TTg", "QH", "CTN") or re.fullmatch(r"(UBTV)?QH\d\d", code):
        return "central"
    if code.endswith("TU") or code.startswith("TĐTN"):
        return "province"
    if code.endswith("HU"):
        return "district"
    if code.startswith("B") and len(code) >= 3:
        return "central"
    if code.startswith("S") and len(code) >= 3:
        return "province"
    return None


PARTY_CODES = {"TW", "TU", "HU", "QU", "ĐU", "ĐH", "CB", "ĐUK", "BCSĐ", "ĐĐ", "BCĐ"}


def is_party_code(code: str | None) -> bool:
    if not code:
        return False
    return code in PARTY_CODES or code.endswith("TW") or code.endswith("TU") or code.endswith("HU")


# who asks, right before the verb: a body, or a place's level by its word alone ('Huyện đề nghị UBND tỉnh ...', 'tỉnh kiến
# nghị Trung ương ...'); the words between that only set the pace ('cũng', 'đã', 'tiếp tục')
_ASK_VERB = re.compile(vi(r"(?<![a-z])(?:đề nghị|kiến nghị)(?![a-z])"))
_PACE_BEFORE = re.compile(vi(r"[ \t]*(?:(?:cũng|đã|tiếp tục|vẫn|đồng thời|còn)[ \t]+)*$"))
_LEVEL_WORD_BEFORE = re.compile(vi(r"(?<![a-z])(?P<w>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
                                   r"[ \t]+(?:(?:cũng|đã|tiếp tục|vẫn|đồng thời|còn)[ \t]+)*$"))
# (as written, with its marks: 'cơ quan', 'quản' and 'xa' fold as 'quận' and 'xã' do)
_LEVEL_OF_WORD = {"tỉnh": "province", "thành phố": "province", "huyện": "district", "quận": "district",
                  "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune"}


def asker_level(t: str, f: str, start: int, at: int) -> str | None:
    """The level of who asks with the request at ``at`` (its sentence opening at ``start``): the body or the place's word
    right before its verb, or, for a request that goes on after a semicolon with no asker of its own ('tỉnh kiến nghị
    Trung ương ...; đề nghị Bộ Tài chính ...'), the asker of the request before it in the sentence; else None."""
    asks = [m.start() for m in _ASK_VERB.finditer(f, start, at + 10) if m.start() <= at]
    for v in reversed(asks):
        lo = max(start, v - 90)
        word = _LEVEL_WORD_BEFORE.search(f, max(lo, v - 30), v)
        said = t[word.start("w"):word.end("w")].lower() if word is not None else ""
        if said in _LEVEL_OF_WORD and (word.start() == lo or f[word.start() - 1] in " \t,;(") \
                and not body_regex().match(f, max(lo, word.start() - 12)):
            # (a place's bare word, not the end of a body's name: 'UBND tỉnh đề nghị ...' is read as a body below)
            return _LEVEL_OF_WORD[said]
        named = None
        for bm in body_regex().finditer(f, lo, v):
            end = extend_name(t, bm.end(), v)
            if _PACE_BEFORE.fullmatch(f, end, v):
                named = norm_body(t[bm.start():end])
        code, level, _ = issuer_info(named) if named is not None else (None, None, None)
        if code is not None:
            return level        # (only a body whose code says its level: 'Hội đồng quản trị' names none)
        if v != at and f.find(";", v, at) < 0:
            break               # (only across a semicolon: a later clause of the same request)
    return None


def asks_above(t: str, f: str, objs: list[tuple[int, int]], own_level: str | None, start: int, at: int) -> bool:
    """The request whose verb ('đề nghị', 'kiến nghị') opens or ends at ``at`` asks only bodies (``objs``) of a level
    above the asker's (an official text's own level ``own_level``, else who asks in the sentence opening at ``start``,
    ``asker_level``): it gives them no task of the text's ('UBND huyện kiến nghị UBND tỉnh sớm phân bổ vốn')."""
    m = next((x for x in reversed(list(_ASK_VERB.finditer(f, start, at + 10))) if x.start() <= at), None)
    if m is None or (m.start() != at and f[m.end():at].strip(" \t:,")):
        return False
    level = own_level or asker_level(t, f, start, m.start())
    return level is not None and all_above(t, objs, level)


# a body asking another to do something ('yêu cầu Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng ...'); 'chỉ đạo' is
# also what a body directs its own work with ('lãnh đạo, chỉ đạo xây dựng Kế hoạch ...')
_ASKS = re.compile(vi(r"(?<![a-z])(?:yêu cầu|đề nghị|giao|chỉ đạo)[ \t]+"))
_LEADS = re.compile(vi(r"chỉ đạo[ \t]+"))
_ADVISED = re.compile(r"(?:tham muu(?:[ \t]+cho)?|cho)[ \t]+(.{3,80}?)[ \t]+ban hanh[ \t]+$")


def drafting_body(t: str, f: str, clause_start: int, at: int, *, planned: bool) -> str | None:
    """The body that issues the document named at ``at`` by its clause (from ``clause_start``; ``t`` the text,
    ``f`` its folded copy): the one advised to issue it ('tham mưu cho Ban Thường vụ Tỉnh ủy ban hành Kết luận ...'),
    else, for a document still to be drafted (``planned``), the one asked to draft it, not the one asking ('... yêu
    cầu Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng chương trình ...'), else, where nobody is told to, the one that
    directs the drafting ('Đảng đoàn Hội Nông dân tỉnh lãnh đạo, chỉ đạo xây dựng Kế hoạch ...'; the body named
    last before 'chỉ đạo': 'Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo xây dựng ...' is UBND tỉnh's)."""
    m = _ADVISED.search(f, clause_start, at)
    bm = body_regex().match(f, m.start(1)) if m else None
    if bm is None and planned:
        asked = list(_ASKS.finditer(f, clause_start, at))
        bm = body_regex().search(f, asked[-1].end() if asked else clause_start, at)
        if bm is None and asked and _LEADS.fullmatch(f, asked[-1].start(), asked[-1].end()):
            bm = next(reversed(list(body_regex().finditer(
                f, asked[-2].end() if len(asked) > 1 else clause_start, asked[-1].start()))), None)
    return norm_body(t[bm.start():bm.end()]) if bm else None


def department_named(line: str) -> str | None:
    """The department a letterhead's line names in capitals ('SỞ NỘI VỤ' under 'UBND TỈNH ...'), as the gazetteer
    spells it; None for any other line (the bare words 'Sở' and 'Phòng' name no department)."""
    f = _f(line)
    return next((r["canonical"] for r in body_rows()
                 if r["kind"] == "state-department" and " " in r["canonical"] and _f(r["canonical"]) == f), None)
