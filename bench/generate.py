"""Deterministic generator of realistic directive-kg data, for tests and benchmarks.

    python bench/generate.py --triples 100000 --seed 7 --out bench/out/100k.nq [--defects 3]

It writes a directive cascade in the model of ``ontology/README.md``: central party documents
over the terms khóa IX..XIV (NQ, CT, KL, ``N-XX/TW``) and some state documents
(``N/YYYY/NĐ-CP``, ``N/QĐ-TTg``); provincial programmes implementing them (63 legacy provinces
before 1/7/2025, 34 units after); UBND plans; district plans (``KH/HU``, only before 1/7/2025);
commune plans (``KH/ĐU``); the bodies that issue and carry them out; tasks with lead,
coordinating and monitoring bodies; targets; outcomes over several years; review events (sơ kết,
tổng kết); sources, and provenance for every fact (``dkg:extractedFrom`` with a ``dkg:Evidence``
for the facts read from a news article, ``dkg:curatedFrom`` for the rest). The administrative
units the data refers to are written too, with the IRIs and labels of
``ontology/admin-units.ttl`` (``--no-places`` leaves provinces and districts to that file;
communes, which it does not list, are always written).

Output is streamed, one statement a line, as N-Quads (named graphs of ``kg/store.py``) or as
Turtle (every statement in the default graph); memory stays flat whatever ``--triples`` is.
The same arguments always give byte-identical output.

``--defects N`` injects N focus nodes of every defect kind in ``DEFECT_KINDS`` (what the SHACL
shapes of ``shapes/`` catch) and writes ``<out>.defects.json`` = ``{kind: [focus IRIs]}``.
Everything not listed there is meant to conform.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from kg.rdf import identity

BASE = "https://w3id.org/directive-kg/"
DKG = BASE + "ontology#"
ID = BASE + "id/"
VOCAB = BASE + "vocab/"
GRAPH = BASE + "graph/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
ORG = "http://www.w3.org/ns/org#"

G_ASSERTED = GRAPH + "asserted"

#: The day the two-tier local government started (63 -> 34 provinces, no more districts).
REFORM = date(2025, 7, 1)
#: The generated world ends here ("now" of the corpus).
NOW = date(2026, 10, 31)

DATA = Path(__file__).resolve().parent / "data"

DEFECT_KINDS = (
    "missing-required-field",  # a document without dkg:key
    "bad-symbol-pattern",  # dkg:key that is no party/state symbol
    "implements-earlier-document-date",  # implementing document dated before what it implements
    "implements-lower-level",  # a provincial programme implementing a district plan
    "target-without-unit",
    "target-non-numeric-value",
    "outcome-exceeds-denominator",
    "review-before-reviewed-document",
    "district-body-after-reform",  # a district plan dated after 30/6/2025
    "fact-without-provenance",  # a task with neither extractedFrom nor curatedFrom
)


# --------------------------------------------------------------------------------------------
# terms
# --------------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )


def iri(value: str) -> str:
    return "<" + value + ">"


def vi(text: str) -> str:
    return '"' + _esc(text) + '"@vi'


def lit(text: str) -> str:
    return '"' + _esc(text) + '"'


def typed(lexical: str, datatype: str) -> str:
    return '"' + _esc(lexical) + '"^^<' + XSD + datatype + ">"


def d(day: date) -> str:
    return typed(day.isoformat(), "date")


def dec(value: float) -> str:
    text = f"{value:.2f}".rstrip("0")
    if text.endswith("."):
        text += "0"
    return typed(text, "decimal")


def integer(value: int) -> str:
    return typed(str(value), "integer")


def p(local: str) -> str:
    return "<" + DKG + local + ">"


A = iri(RDF_TYPE)
LABEL = iri(RDFS_LABEL)


def h(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:20]


def slug(text: str) -> str:
    table = str.maketrans("đĐ", "dD")
    plain = unicodedata.normalize("NFD", text.translate(table))
    plain = "".join(c for c in plain if unicodedata.category(c) != "Mn").lower()
    out = []
    for c in plain:
        out.append(c if c.isalnum() else "-")
    return "-".join(filter(None, "".join(out).split("-")))


# --------------------------------------------------------------------------------------------
# the output sink
# --------------------------------------------------------------------------------------------


class Sink:
    """Writes statements as lines and counts them; ``graph=None`` is the default graph."""

    def __init__(self, stream: TextIO, fmt: str):
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        self._buf: list[str] = []
        if fmt == "turtle":
            stream.write("# directive-kg generated data (bench/generate.py)\n")

    def add(self, s: str, pred: str, o: str, graph: str | None = G_ASSERTED) -> None:
        if self.fmt == "nquads" and graph is not None:
            self._buf.append(f"{s} {pred} {o} <{graph}> .\n")
        else:
            self._buf.append(f"{s} {pred} {o} .\n")
        self.count += 1
        if len(self._buf) >= 4096:
            self.flush()

    def flush(self) -> None:
        if self._buf:
            self.stream.write("".join(self._buf))
            self._buf.clear()


# --------------------------------------------------------------------------------------------
# static tables: terms, administrative units, texts
# --------------------------------------------------------------------------------------------

PARTY_TERMS = (  # (khóa, start, end)
    ("IX", date(2001, 4, 22), date(2006, 4, 24)),
    ("X", date(2006, 4, 25), date(2011, 1, 18)),
    ("XI", date(2011, 1, 19), date(2016, 1, 27)),
    ("XII", date(2016, 1, 28), date(2021, 1, 31)),
    ("XIII", date(2021, 2, 1), date(2026, 1, 22)),
    ("XIV", date(2026, 1, 23), NOW),
)

#: local party terms (2015-2020, 2020-2025 ...) follow the identity module's rule
local_term = identity.local_term


SUBJECTS = (
    "tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
    "nông nghiệp, nông dân, nông thôn",
    "xây dựng và phát huy vai trò của giai cấp nông dân",
    "đổi mới, nâng cao chất lượng hoạt động của Mặt trận Tổ quốc Việt Nam",
    "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    "phát triển kinh tế tư nhân",
    "tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân",
    "đổi mới căn bản, toàn diện giáo dục và đào tạo",
    "công tác tôn giáo",
    "công tác dân tộc",
    "tiếp tục đổi mới chính sách, pháp luật về đất đai",
    "phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước",
    "tăng cường xây dựng, chỉnh đốn Đảng",
    "công tác cán bộ, tập trung xây dựng đội ngũ cán bộ các cấp",
    "tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên",
    "chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường",
    "phát triển kinh tế tập thể, hợp tác xã",
    "công tác người Việt Nam ở nước ngoài",
    "xây dựng nông thôn mới",
    "giảm nghèo bền vững",
    "tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí",
    "phát triển thanh niên",
    "công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước",
    "chiến lược bảo vệ Tổ quốc trong tình hình mới",
    "xây dựng đội ngũ trí thức",
    "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "hội nhập quốc tế",
    "phát triển nguồn nhân lực chất lượng cao",
    "bảo đảm an ninh lương thực quốc gia",
)

TASKS = (
    "tổ chức quán triệt, học tập, tuyên truyền sâu rộng nội dung {doc} đến cán bộ, đảng viên và nhân dân",
    "chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện {doc}",
    "xây dựng kế hoạch cụ thể hóa các nhiệm vụ, giải pháp của {doc} phù hợp với thực tiễn địa phương",
    "rà soát, sửa đổi, bổ sung các cơ chế, chính sách để thực hiện {doc}",
    "bố trí nguồn lực, kinh phí bảo đảm thực hiện các chỉ tiêu của {doc}",
    "tăng cường giám sát, phản biện xã hội đối với việc thực hiện {doc}",
    "đẩy mạnh phong trào thi đua gắn với thực hiện {doc}",
    "nâng cao chất lượng sinh hoạt chi bộ, gắn với thực hiện {doc}",
    "định kỳ sơ kết, đánh giá kết quả thực hiện {doc} và báo cáo cấp ủy",
    "nhân rộng các mô hình, điển hình tiên tiến trong thực hiện {doc}",
    "đào tạo, bồi dưỡng đội ngũ cán bộ làm công tác tham mưu thực hiện {doc}",
    "ứng dụng công nghệ thông tin, chuyển đổi số trong triển khai {doc}",
)

# (indicator slug, indicator label, target text template, unit, value range, comparator,
#  ratio denominator range or None)
TARGETS = (
    ("hoi-vien-moi", "hội viên mới kết nạp", "Kết nạp từ {v} hội viên mới trở lên", "hội viên", (200, 3000), ">=", None),
    ("dang-vien-moi", "đảng viên mới kết nạp", "Kết nạp {v} đảng viên mới", "đảng viên", (50, 1500), ">=", None),
    ("xa-nong-thon-moi", "xã đạt chuẩn nông thôn mới", "Có {v} xã đạt chuẩn nông thôn mới", "xã", (10, 120), ">=", (20, 150)),
    ("ty-le-ho-ngheo", "tỷ lệ hộ nghèo", "Giảm tỷ lệ hộ nghèo xuống dưới {v}%", "%", (1, 12), "<", None),
    ("ty-le-lao-dong-qua-dao-tao", "tỷ lệ lao động qua đào tạo", "Tỷ lệ lao động qua đào tạo đạt {v}%", "%", (50, 85), ">=", None),
    ("lop-boi-duong", "lớp bồi dưỡng, tập huấn", "Mở {v} lớp bồi dưỡng, tập huấn mỗi năm", "lớp", (5, 120), ">=", None),
    ("mo-hinh", "mô hình kinh tế hiệu quả", "Xây dựng {v} mô hình kinh tế tập thể hiệu quả", "mô hình", (3, 80), ">=", None),
    ("to-chuc-co-so-dang-tsvm", "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "{v}% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", (80, 95), ">=", None),
    ("ho-gia-dinh-van-hoa", "hộ gia đình văn hóa", "Có {v} hộ đạt danh hiệu gia đình văn hóa", "hộ", (2000, 90000), ">=", (5000, 120000)),
    ("duong-giao-thong", "đường giao thông nông thôn được cứng hóa", "Cứng hóa {v} km đường giao thông nông thôn", "km", (20, 600), ">=", None),
    ("von-dau-tu", "vốn huy động", "Huy động {v} tỷ đồng cho chương trình", "tỷ đồng", (50, 5000), "~", None),
    ("nguoi-tham-gia-bhyt", "tỷ lệ người dân tham gia bảo hiểm y tế", "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {v}%", "%", (88, 99), ">=", None),
    ("truong-dat-chuan", "trường đạt chuẩn quốc gia", "Có {v} trường đạt chuẩn quốc gia", "trường", (10, 400), ">=", (30, 600)),
)

PUBLISHERS = (
    ("Báo Nhân Dân", "https://nhandan.vn/"),
    ("Cổng thông tin điện tử tỉnh", "https://portal.{p}.gov.vn/"),
    ("Báo {P}", "https://bao{p}.vn/"),
    ("Đài Phát thanh và Truyền hình {P}", "https://{p}tv.vn/"),
    ("Trang thông tin Tỉnh ủy {P}", "https://tinhuy.{p}.gov.vn/"),
)

CENTRAL_STATE_TYPES = (  # (type code, issuer code, class, normative)
    ("NĐ", "CP", "Decree", True),
    ("QĐ", "TTg", "Decision", False),
    ("NQ", "CP", "Resolution", False),
)


class Unit:
    """What a province and a commune share: their IRI and scope, from their scheme and code."""

    code: str
    scheme: str

    @property
    def iri(self) -> str:
        return str(identity.place_iri(self.scheme, self.code))

    @property
    def scope(self) -> str:
        return identity.place_slug(self.scheme, self.code)


@dataclass
class Province(Unit):
    code: str
    name: str
    scheme: str  # "legacy" or "2025"
    city: bool
    successor: str | None = None  # code_2025 of the unit that absorbed it (legacy only)
    districts: list = field(default_factory=list)
    communes: list = field(default_factory=list)  # 2025 scheme only


@dataclass
class District:
    code: str
    name: str
    kind: str  # Huyện, Quận, Thị xã, Thành phố
    province: Province
    communes: list = field(default_factory=list)

    @property
    def iri(self) -> str:
        return str(identity.place_iri("legacy", self.code, self.province.code))

    @property
    def scope(self) -> str:
        return identity.place_slug("legacy", self.code)

    @property
    def committee(self) -> str:
        return {"Huyện": "Huyện ủy", "Quận": "Quận ủy", "Thị xã": "Thị ủy"}.get(self.kind, "Thành ủy")

    @property
    def issuer_code(self) -> str:
        return {"Huyện": "HU", "Quận": "QU"}.get(self.kind, "TU")


@dataclass
class Commune(Unit):
    code: str
    name: str
    kind: str
    parent_iri: str
    scheme: str
    province: Province


def load_admin_units() -> tuple[list[Province], dict[str, Province]]:
    """The 63 legacy provinces (with districts and communes) and the 34 units of 2025."""
    from vietnamadminunits.database import query

    table = list(csv.DictReader((DATA / "provinces.csv").open(encoding="utf-8")))
    new: dict[str, Province] = {}
    legacy: list[Province] = []
    for row in table:
        if row["code_2025"] not in new:
            new[row["code_2025"]] = Province(
                row["code_2025"], row["name_2025"], "2025", row["type_2025"].startswith("thành phố")
            )
    legacy_full = {
        r["provinceCode"]: r["province"]
        for r in query("SELECT DISTINCT province, provinceCode FROM admin_units_legacy")
    }
    by_code: dict[str, Province] = {}
    for row in table:
        prov = Province(
            row["legacy_code"],
            row["legacy_name"],
            "legacy",
            legacy_full[row["legacy_code"]].startswith("Thành phố"),
            successor=row["code_2025"],
        )
        legacy.append(prov)
        by_code[prov.code] = prov
    districts: dict[str, District] = {}
    rows = query(
        "SELECT provinceCode, districtCode, districtShort, districtType, wardCode, wardShort, wardType "
        "FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode"
    )
    for r in rows:
        prov = by_code[r["provinceCode"]]
        dist = districts.get(r["districtCode"])
        if dist is None:
            dist = District(r["districtCode"], r["districtShort"], r["districtType"], prov)
            districts[dist.code] = dist
            prov.districts.append(dist)
        if r["wardCode"]:
            dist.communes.append(
                Commune(r["wardCode"], r["wardShort"], r["wardType"], dist.iri, "legacy", prov)
            )
    rows = query(
        "SELECT provinceCode, wardCode, wardShort, wardType FROM admin_units ORDER BY provinceCode, wardCode"
    )
    for r in rows:
        prov = new[r["provinceCode"]]
        prov.communes.append(Commune(r["wardCode"], r["wardShort"], r["wardType"], prov.iri, "2025", prov))
    return legacy, new


# --------------------------------------------------------------------------------------------
# the generator
# --------------------------------------------------------------------------------------------


@dataclass
class Doc:
    iri: str
    key: str
    date: date | None
    level: str
    label: str


@dataclass
class Central:
    doc: Doc
    subject: str
    term: str
    kind: str  # NQ / CT / KL
    state: Doc | None = None


class Generator:
    def __init__(self, sink: Sink, seed: int, triples: int, defects: int, places: bool):
        self.sink = sink
        self.seed = seed
        self.target = triples
        self.places = places
        self.rng = random.Random(f"dkg-bench:{seed}")
        self.legacy, self.new = load_admin_units()
        self.written: set[str] = set()  # bodies, places, indicators, sources already written
        self.counters: dict[tuple, int] = {}
        self.district_plans: list[Doc] = []  # recent ones, for the implements-lower-level defect
        self.manifest: dict[str, list[str]] = {k: [] for k in DEFECT_KINDS}
        self.foci: set[str] = set()
        self.pending_defects: list[str] = [k for _ in range(defects) for k in DEFECT_KINDS]
        # shape of the cascade, growing with the size asked for: share of districts with a
        # plan and mean number of commune plans under a district plan
        scale = min(1.0, math.sqrt(triples / 1e7))
        self.p_district = max(0.08, scale)
        self.commune_mean = 0.6 + 3.4 * scale
        self.p_commune_2025 = 0.01 + 0.05 * scale  # share of a new province's communes with a plan

    # ---------------------------------------------------------------- helpers
    def add(self, s: str, pred: str, o: str, graph: str | None = G_ASSERTED) -> None:
        self.sink.add(s, pred, o, graph)

    def number(self, *scope) -> int:
        n = self.counters.get(scope, 0) + self.rng.randint(1, 9)
        self.counters[scope] = n
        return n

    def take_defect(self, *kinds: str) -> str | None:
        """Take a pending defect of one of ``kinds`` (spread over the run)."""
        if not self.pending_defects:
            return None
        if self.sink.count < 0.6 * self.target and self.rng.random() > 0.3:
            return None
        for k in kinds:
            if k in self.pending_defects:
                self.pending_defects.remove(k)
                return k
        return None

    def defect(self, kind: str, focus: str) -> None:
        self.manifest[kind].append(focus)
        self.foci.add(focus)

    def concept(self, scheme: str, code: str) -> str:
        return iri(f"{VOCAB}{scheme}/{code}")

    # ---------------------------------------------------------------- places
    def place(self, unit) -> str:
        ref = iri(unit.iri)
        if unit.iri in self.written:
            return ref
        if not self.places and not isinstance(unit, Commune):
            return ref  # provinces and districts are in ontology/admin-units.ttl
        self.written.add(unit.iri)
        # Generated places are data: graph/reference is the store's own (replaced whole when the
        # ontology changes), and a load refuses data for it.
        g = G_ASSERTED
        if isinstance(unit, Province):
            self.add(ref, A, p("Province"), g)
            self.add(ref, LABEL, vi(unit.name), g)  # short name, as ontology/admin-units.ttl
            self.add(ref, p("adminCode"), lit(unit.code), g)
            self.add(ref, p("codeScheme"), lit(unit.scheme), g)
            if unit.scheme == "legacy":
                self.add(ref, p("validTo"), d(REFORM - timedelta(days=1)), g)
                successor = self.new[unit.successor]
                self.add(ref, p("mergedInto"), self.place(successor), g)
            else:
                self.add(ref, p("validFrom"), d(REFORM), g)
        elif isinstance(unit, District):
            self.add(ref, A, p("District"), g)
            self.add(ref, LABEL, vi(f"{unit.kind} {unit.name}"), g)
            self.add(ref, p("adminCode"), lit(unit.code), g)
            self.add(ref, p("codeScheme"), lit("legacy"), g)
            self.add(ref, p("partOf"), self.place(unit.province), g)
            self.add(ref, p("validTo"), d(REFORM - timedelta(days=1)), g)
        else:
            self.add(ref, A, p("Commune"), g)
            self.add(ref, LABEL, vi(f"{unit.kind} {unit.name}"), g)
            self.add(ref, p("adminCode"), lit(unit.code), g)
            self.add(ref, p("codeScheme"), lit(unit.scheme), g)
            parent = self.place(unit.province) if unit.scheme == "2025" else iri(unit.parent_iri)
            self.add(ref, p("partOf"), parent, g)
            if unit.scheme == "legacy":
                self.add(ref, p("validTo"), d(REFORM - timedelta(days=1)), g)
            else:
                self.add(ref, p("validFrom"), d(REFORM), g)
        return ref

    # ---------------------------------------------------------------- bodies
    def body(
        self,
        scope: str,
        canonical: str,
        label: str,
        cls: str,
        kind: str,
        level: str,
        where: str | None,
        parent: str | None = None,
    ) -> str:
        b = str(identity.body_iri(canonical, None if scope == "central" else scope))
        ref = iri(b)
        if b in self.written:
            return ref
        self.written.add(b)
        self.add(ref, A, p(cls))
        self.add(ref, p("canonicalName"), vi(canonical))
        self.add(ref, LABEL, vi(label))
        self.add(ref, p("bodyKind"), self.concept("bodykind", kind))
        self.add(ref, p("level"), self.concept("level", level))
        if where is not None:
            self.add(ref, p("jurisdiction"), where)
        if parent is not None:
            self.add(ref, iri(ORG + "subOrganizationOf"), parent)
        return ref

    def central_bodies(self) -> dict[str, str]:
        c = "central"
        bch = self.body(c, "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng", "PartyLeadership", "party-leadership", c, None)
        return {
            "BCH": bch,
            "BCT": self.body(c, "Bộ Chính trị", "Bộ Chính trị", "PartyLeadership", "party-leadership", c, None, bch),
            "BBT": self.body(c, "Ban Bí thư", "Ban Bí thư", "PartyLeadership", "party-leadership", c, None, bch),
            "CP": self.body(c, "Chính phủ", "Chính phủ", "Government", "government", c, None),
            "TTg": self.body(c, "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "Government", "government", c, None),
        }

    def province_bodies(self, prov: Province) -> dict[str, str]:
        where = self.place(prov)
        s, lv = prov.scope, "province"
        tu_name = "Thành ủy" if prov.city else "Tỉnh ủy"
        tinh = "thành phố" if prov.city else "tỉnh"
        n = prov.name
        tu = self.body(s, tu_name, f"{tu_name} {n}", "PartyCommittee", "party-committee", lv, where)
        out = {
            "TU": tu,
            "BTV": self.body(s, f"Ban Thường vụ {tu_name}", f"Ban Thường vụ {tu_name} {n}", "StandingCommittee", "standing-committee", lv, where, tu),
            "BTC": self.body(s, f"Ban Tổ chức {tu_name}", f"Ban Tổ chức {tu_name} {n}", "PartyCommission", "party-commission", lv, where, tu),
            "UBKT": self.body(s, f"Ủy ban Kiểm tra {tu_name}", f"Ủy ban Kiểm tra {tu_name} {n}", "InspectionCommission", "inspection-commission", lv, where, tu),
            "UBND": self.body(s, f"Ủy ban nhân dân {tinh}", f"Ủy ban nhân dân {tinh} {n}", "PeoplesCommittee", "peoples-committee", lv, where),
            "HĐND": self.body(s, f"Hội đồng nhân dân {tinh}", f"Hội đồng nhân dân {tinh} {n}", "PeoplesCouncil", "peoples-council", lv, where),
            "MTTQ": self.body(s, f"Ủy ban Mặt trận Tổ quốc Việt Nam {tinh}", f"Ủy ban MTTQ Việt Nam {tinh} {n}", "FatherlandFront", "fatherland-front", lv, where),
            "HND": self.body(s, f"Hội Nông dân {tinh}", f"Hội Nông dân {tinh} {n}", "SocioPoliticalOrganisation", "socio-political-organisation", lv, where),
            "LHPN": self.body(s, f"Hội Liên hiệp Phụ nữ {tinh}", f"Hội LHPN {tinh} {n}", "SocioPoliticalOrganisation", "socio-political-organisation", lv, where),
            "ĐTN": self.body(s, "Tỉnh đoàn" if not prov.city else "Thành đoàn", f"{'Thành đoàn' if prov.city else 'Tỉnh đoàn'} {n}", "SocioPoliticalOrganisation", "socio-political-organisation", lv, where),
        }
        if prov.scheme == "legacy":
            out["BTG"] = self.body(s, f"Ban Tuyên giáo {tu_name}", f"Ban Tuyên giáo {tu_name} {n}", "PartyCommission", "party-commission", lv, where, tu)
            out["BDV"] = self.body(s, f"Ban Dân vận {tu_name}", f"Ban Dân vận {tu_name} {n}", "PartyCommission", "party-commission", lv, where, tu)
            depts = ("Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội")
        else:
            out["BTG"] = out["BDV"] = self.body(s, f"Ban Tuyên giáo và Dân vận {tu_name}", f"Ban Tuyên giáo và Dân vận {tu_name} {n}", "PartyCommission", "party-commission", lv, where, tu)
            depts = ("Sở Nội vụ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Khoa học và Công nghệ")
        out["depts"] = [
            self.body(s, dep, f"{dep} {n}", "Department", "department", lv, where, out["UBND"]) for dep in depts
        ]
        return out

    def district_bodies(self, dist: District) -> dict[str, str]:
        where = self.place(dist)
        s, lv = dist.scope, "district"
        name = f"{dist.committee} {dist.name}"
        hu = self.body(s, dist.committee, name, "PartyCommittee", "party-committee", lv, where)
        kind = dist.kind.lower()
        return {
            "HU": hu,
            "BTV": self.body(s, f"Ban Thường vụ {dist.committee}", f"Ban Thường vụ {name}", "StandingCommittee", "standing-committee", lv, where, hu),
            "UBND": self.body(s, f"Ủy ban nhân dân {kind}", f"Ủy ban nhân dân {kind} {dist.name}", "PeoplesCommittee", "peoples-committee", lv, where),
            "MTTQ": self.body(s, f"Ủy ban Mặt trận Tổ quốc Việt Nam {kind}", f"Ủy ban MTTQ Việt Nam {kind} {dist.name}", "FatherlandFront", "fatherland-front", lv, where),
            "HND": self.body(s, f"Hội Nông dân {kind}", f"Hội Nông dân {kind} {dist.name}", "SocioPoliticalOrganisation", "socio-political-organisation", lv, where),
            "PNV": self.body(s, "Phòng Nội vụ", f"Phòng Nội vụ {kind} {dist.name}", "Department", "department", lv, where),
        }

    def commune_bodies(self, com: Commune) -> dict[str, str]:
        where = self.place(com)
        s, lv = com.scope, "commune"
        kind = com.kind.lower()
        du = self.body(s, f"Đảng ủy {kind}", f"Đảng ủy {kind} {com.name}", "PartyCommittee", "party-committee", lv, where)
        return {
            "ĐU": du,
            "UBND": self.body(s, f"Ủy ban nhân dân {kind}", f"Ủy ban nhân dân {kind} {com.name}", "PeoplesCommittee", "peoples-committee", lv, where),
            "MTTQ": self.body(s, f"Ủy ban Mặt trận Tổ quốc Việt Nam {kind}", f"Ủy ban MTTQ Việt Nam {kind} {com.name}", "FatherlandFront", "fatherland-front", lv, where),
        }

    # ---------------------------------------------------------------- documents
    def document(
        self,
        *,
        system: str,
        jurisdiction: str | None,
        type_code: str,
        number: int,
        term: str | None = None,
        year: int | None = None,
        key: str,
        cls: str,
        issuer: str,
        issuer_code: str,
        level: str,
        issued: date,
        label: str,
        subject: str | None = None,
        where: str | None = None,
        party_term: str | None = None,
        schedule: tuple[int, ...] = (),
        defect_kinds: tuple[str, ...] = (),
    ) -> Doc:
        doc_iri = str(
            identity.DocumentIdentity(
                key=key, system=system, type=type_code, number=str(number), issuer_code=issuer_code,
                jurisdiction=jurisdiction, term=term, year=year,
            ).iri()
        )
        ref = iri(doc_iri)
        kind = self.take_defect(*defect_kinds) if defect_kinds else None
        self.add(ref, A, p(cls))
        if kind == "missing-required-field":  # no dkg:key (nor symbol)
            self.defect(kind, doc_iri)
        elif kind == "bad-symbol-pattern":
            bad = key.replace("-", " ").replace("/", " ")
            self.add(ref, p("key"), lit(bad))
            self.add(ref, p("symbol"), lit(bad))
            self.defect(kind, doc_iri)
        else:
            self.add(ref, p("key"), lit(key))
            self.add(ref, p("symbol"), lit(key))
        self.add(ref, p("documentNumber"), lit(str(number)))
        self.add(ref, p("typeCode"), lit(type_code))
        self.add(ref, p("documentType"), self.concept("doctype", type_code))
        self.add(ref, p("system"), self.concept("system", system))
        self.add(ref, p("issuer"), issuer)
        self.add(ref, p("issuerCode"), lit(issuer_code))
        self.add(ref, p("level"), self.concept("level", level))
        if where is not None:
            self.add(ref, p("jurisdiction"), where)
        self.add(ref, p("dateIssued"), d(issued))
        if party_term:
            self.add(ref, p("partyTerm"), lit(party_term))
        if subject:
            self.add(ref, p("subject"), vi(subject))
        for years in schedule:
            self.add(ref, p("reviewSchedule"), integer(years))
        self.add(ref, LABEL, vi(label))
        return Doc(doc_iri, key, issued, level, label)

    def link(self, a: Doc, rel: str, b: Doc) -> None:
        self.add(iri(a.iri), p(rel), iri(b.iri))

    # ---------------------------------------------------------------- central documents
    def central_documents(self, batch: int, count: int) -> list[Central]:
        rng = random.Random(f"{self.seed}:central:{batch}")
        bodies = self.central_bodies()
        out = []
        for i in range(count):
            term, start, end = PARTY_TERMS[(i + batch) % len(PARTY_TERMS)]
            kind = rng.choices(("NQ", "CT", "KL"), (5, 3, 2))[0]
            # keep the first ones of a term early enough to have a cascade and reviews
            span = (end - start).days
            issued = start + timedelta(days=int(span * rng.random() ** 1.4))
            number = self.number("TW", kind, term)
            key = f"{number}-{kind}/TW"
            subject = SUBJECTS[rng.randrange(len(SUBJECTS))]
            issuer = bodies["BCH"] if kind == "NQ" and rng.random() < 0.6 else bodies["BCT" if kind != "CT" or rng.random() < 0.5 else "BBT"]
            cls = {"NQ": "Resolution", "CT": "Directive", "KL": "Conclusion"}[kind]
            word = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận"}[kind]
            doc = self.document(
                system="party", jurisdiction=None, type_code=kind, number=number, term=term,
                key=key, cls=cls, issuer=issuer, issuer_code="TW", level="central", issued=issued,
                label=f"{word} {key}", subject=subject, party_term=term,
                schedule=(5, 10) if kind == "NQ" else (),
            )
            central = Central(doc, subject, term, kind)
            if kind == "KL" and out and rng.random() < 0.6:
                earlier = [c for c in out if c.doc.date and c.doc.date < issued and c.kind != "KL"]
                if earlier:
                    self.link(doc, "continues", rng.choice(earlier).doc)
            if kind == "NQ" and rng.random() < 0.4:
                code, icode, scls, normative = CENTRAL_STATE_TYPES[rng.randrange(3)]
                sdate = issued + timedelta(days=rng.randint(40, 240))
                if sdate <= NOW:
                    n = self.number("state", icode, code, sdate.year)
                    skey = f"{n}/{sdate.year}/{code}-{icode}" if normative else f"{n}/{code}-{icode}"
                    sword = {"NĐ": "Nghị định", "QĐ": "Quyết định", "NQ": "Nghị quyết"}[code]
                    state = self.document(
                        system="state", jurisdiction=None, type_code=code, number=n, year=sdate.year,
                        key=skey, cls=scls, issuer=bodies[icode], issuer_code=icode, level="central",
                        issued=sdate, label=f"{sword} {skey}", subject=subject,
                    )
                    self.link(state, "implements", doc)
                    central.state = state
            out.append(central)
        return out

    # ---------------------------------------------------------------- provenance
    def source(self, prov: Province, about: str, day: date, rng: random.Random) -> tuple[str, str]:
        pub, url = PUBLISHERS[rng.randrange(len(PUBLISHERS))]
        ps = slug(prov.name).replace("-", "")
        url = url.format(p=ps, P=prov.name) + f"tin-tuc/{slug(about)[:60]}-{rng.randrange(10**6)}.html"
        sid = identity.source_id(url)
        s = str(identity.source_iri(sid))
        if s not in self.written:
            self.written.add(s)
            ref = iri(s)
            self.add(ref, A, p("Source"))
            self.add(ref, iri(DCT + "title"), vi(about[:1].upper() + about[1:]))
            self.add(ref, p("publisher"), lit(pub.format(P=prov.name)))
            self.add(ref, p("sourceUrl"), typed(url, "anyURI"))
            self.add(ref, p("published"), d(min(day, NOW)))
        return s, GRAPH + "source/" + sid

    def official_source(self, doc: Doc) -> str:
        s = str(identity.source_iri(identity.source_id(doc.iri)))
        if s not in self.written:
            self.written.add(s)
            ref = iri(s)
            self.add(ref, A, p("Source"))
            self.add(ref, iri(DCT + "title"), vi(doc.label))
            self.add(ref, p("publisher"), lit("Cơ sở dữ liệu văn bản"))
            if doc.date:
                self.add(ref, p("published"), d(doc.date))
        return s

    def provenance(self, fact: str, text: str, doc: Doc, news: tuple[str, str] | None, rng: random.Random) -> str:
        """Attach provenance to ``fact``; return the graph its statements belong to."""
        if news is None:
            self.add(iri(fact), p("curatedFrom"), iri(self.official_source(doc)))
            return G_ASSERTED
        src, graph = news
        self.add(iri(fact), p("extractedFrom"), iri(src), graph)
        ev = str(identity.fact_iri("evidence", fact, src))
        e = iri(ev)
        self.add(e, A, p("Evidence"), graph)
        self.add(e, iri(OA + "hasBody"), iri(fact), graph)
        tgt = f"_:t{h(ev)}"
        self.add(e, iri(OA + "hasTarget"), tgt, graph)
        self.add(tgt, iri(OA + "hasSource"), iri(src), graph)
        q = f"_:q{h(ev)}"
        self.add(tgt, iri(OA + "hasSelector"), q, graph)
        self.add(q, A, iri(OA + "TextQuoteSelector"), graph)
        exact = text[:120]
        self.add(q, iri(OA + "exact"), lit(exact), graph)
        self.add(q, iri(OA + "prefix"), lit("Theo " + doc.key + ", "), graph)
        self.add(q, iri(OA + "suffix"), lit(". Đồng thời,"), graph)
        pos = f"_:s{h(ev)}"
        start = rng.randrange(80, 4000)
        self.add(tgt, iri(OA + "hasSelector"), pos, graph)
        self.add(pos, A, iri(OA + "TextPositionSelector"), graph)
        self.add(pos, iri(OA + "start"), integer(start), graph)
        self.add(pos, iri(OA + "end"), integer(start + len(exact)), graph)
        return graph

    # ---------------------------------------------------------------- tasks, targets, outcomes
    def tasks(self, doc: Doc, n: int, lead: list[str], others: list[str], news, rng: random.Random) -> None:
        for _ in range(n):
            text = rng.choice(TASKS).format(doc=doc.key)
            t = str(identity.fact_iri("task", doc.key, doc.iri, text, rng.random()))
            defect = self.take_defect("fact-without-provenance")
            graph = G_ASSERTED
            if defect:
                self.defect(defect, t)
            else:
                use_news = news if news is not None and rng.random() < 0.5 else None
                graph = self.provenance(t, text, doc, use_news, rng)
            ref = iri(t)
            self.add(ref, A, p("Task"), graph)
            self.add(ref, p("underDocument"), iri(doc.iri), graph)
            self.add(ref, p("description"), vi(text[:1].upper() + text[1:]), graph)
            self.add(ref, p("leadBody"), rng.choice(lead), graph)
            for b in rng.sample(others, k=min(len(others), rng.randint(1, 3))):
                self.add(ref, p("coordinatingBody"), b, graph)
            if rng.random() < 0.4:
                self.add(ref, p("monitoringBody"), rng.choice(others), graph)
            if doc.date and rng.random() < 0.6:
                self.add(ref, p("deadline"), d(date(doc.date.year + rng.randint(1, 5), 12, 31)), graph)

    def targets(self, doc: Doc, n: int, news, rng: random.Random, *, reports: Doc | None = None) -> None:
        for _ in range(n):
            slug_, label, template, unit, (lo, hi), comp, ratio = rng.choice(TARGETS)
            value = rng.randint(lo, hi)
            text = template.format(v=f"{value:,}".replace(",", "."))
            year = (doc.date.year if doc.date else 2020) + rng.choice((2, 3, 5))
            t = str(identity.fact_iri("target", doc.key, doc.iri, text, rng.random()))
            use_news = news if news is not None and rng.random() < 0.5 else None
            graph = self.provenance(t, text, doc, use_news, rng)
            ref = iri(t)
            self.add(ref, A, p("Target"), graph)
            self.add(ref, p("setBy"), iri(doc.iri), graph)
            self.add(ref, p("text"), vi(text), graph)
            defect = self.take_defect("target-without-unit", "target-non-numeric-value")
            if defect == "target-non-numeric-value":
                self.add(ref, p("value"), lit(f"khoảng {value}"), graph)
            else:
                self.add(ref, p("value"), dec(value), graph)
            if defect != "target-without-unit":
                self.add(ref, p("unit"), lit(unit), graph)
            if defect:
                self.defect(defect, t)
            self.add(ref, p("comparator"), lit(comp), graph)
            self.add(ref, p("period"), lit("annual" if "mỗi năm" in text else "term"), graph)
            self.add(ref, p("targetYear"), integer(year), graph)
            ind = f"{ID}indicator/{slug_}"
            self.add(ref, p("measures"), iri(ind), graph)
            if ind not in self.written:
                self.written.add(ind)
                self.add(iri(ind), A, p("Indicator"))
                self.add(iri(ind), LABEL, vi(label[:1].upper() + label[1:]))
            if doc.date:
                self.outcomes(t, reports or doc, doc, value, unit, comp, ratio, year, news, rng)

    def outcomes(self, target: str, about: Doc, setter: Doc, value: int, unit: str, comp: str, ratio, year: int, news, rng) -> None:
        first = setter.date.year + 1
        last = min(year + 1, NOW.year)
        years = list(range(first, last + 1))
        if not years:
            return
        denom = rng.randint(max(ratio[0], value), max(ratio[1], value + 1)) if ratio else None
        for y in rng.sample(years, k=min(len(years), rng.randint(1, 3))):
            as_of = date(y, rng.randint(6, 12), rng.randint(1, 28))
            if as_of > NOW:
                continue
            progress = (y - setter.date.year) / max(1, year - setter.date.year)
            factor = rng.uniform(0.5, 1.3) * min(1.0, 0.4 + progress)
            if comp == "<":
                got = round(value / max(0.3, factor), 2)
                achieved = got < value
            else:
                got = round(value * factor, 2)
                achieved = got >= value
            if denom is not None:
                got = float(min(int(got), denom))
                achieved = got >= value
            if achieved:
                status = "exceeded" if (comp != "<" and got > value * 1.05) or (comp == "<" and got < value * 0.95) else "met"
            else:
                status = "pending" if y < year else ("partly" if rng.random() < 0.7 else "not-met")
            o = str(identity.fact_iri("outcome", target, y, rng.random()))
            shown = f"{got:g}".replace(".", ",")
            text = f"{shown}/{denom} {unit} đạt chuẩn" if denom is not None else f"Đạt {shown} {unit}"
            use_news = news if news is not None and rng.random() < 0.6 else None
            graph = self.provenance(o, text, setter, use_news, rng)
            ref = iri(o)
            self.add(ref, A, p("Outcome"), graph)
            self.add(ref, p("reportsOn"), iri(about.iri), graph)
            self.add(ref, p("reportsTarget"), iri(target), graph)
            defect = self.take_defect("outcome-exceeds-denominator") if denom is not None else None
            if defect:
                self.add(ref, p("value"), dec(denom + rng.randint(1, 20)), graph)
                self.defect(defect, o)
            else:
                self.add(ref, p("value"), dec(got), graph)
            if denom is not None:
                self.add(ref, p("denominator"), dec(denom), graph)
            self.add(ref, p("unit"), lit(unit), graph)
            self.add(ref, p("asOf"), d(as_of), graph)
            self.add(ref, p("status"), self.concept("status", status), graph)
            self.add(ref, p("text"), vi(text), graph)

    def review(self, kind: str, day: date, organiser: str, docs: list[Doc], start: date, where: str, news, rng) -> None:
        cls, code = ("InterimReview", "interim-review") if kind == "so-ket" else ("FinalReview", "final-review")
        e = str(identity.fact_iri("event", docs[0].iri, kind, day.isoformat()))
        defect = self.take_defect("review-before-reviewed-document") if docs[0].date else None
        if defect:
            day = docs[0].date - timedelta(days=rng.randint(30, 400))
            self.defect(defect, e)
        word = "Sơ kết" if kind == "so-ket" else "Tổng kết"
        text = f"{word} {day.year - start.year} năm thực hiện {docs[0].key}"
        graph = self.provenance(e, text, docs[0], news, rng)
        ref = iri(e)
        self.add(ref, A, p(cls), graph)
        self.add(ref, p("eventKind"), self.concept("event", code), graph)
        self.add(ref, p("eventDate"), d(day), graph)
        self.add(ref, p("organiser"), organiser, graph)
        for doc in docs:
            self.add(ref, p("reviews"), iri(doc.iri), graph)
        self.add(ref, p("periodStart"), d(start), graph)
        self.add(ref, p("periodEnd"), d(day), graph)
        self.add(ref, p("place"), where, graph)
        self.add(ref, LABEL, vi(f"Hội nghị {text[:1].lower()}{text[1:]}"), graph)

    # ---------------------------------------------------------------- cascades
    def programme_unit(self, central: Central, prov: Province, continuation: Doc | None = None) -> Doc | None:
        """One province's response to one central document, with everything below it."""
        rng = random.Random(f"{self.seed}:unit:{central.doc.iri}:{prov.iri}")
        base = central.doc.date
        issued = base + timedelta(days=int(rng.lognormvariate(4.0, 0.6)))  # ~2 months, skewed
        if continuation is not None:
            issued = max(issued, REFORM + timedelta(days=rng.randint(20, 200)))
        if prov.scheme == "legacy" and issued >= REFORM:
            return None  # the legacy province no longer exists; handled by its successor
        if prov.scheme == "2025" and issued < REFORM:
            issued = REFORM + timedelta(days=rng.randint(10, 120))
        if issued > NOW:
            return None
        bodies = self.province_bodies(prov)
        where = self.place(prov)
        term = local_term(issued)
        tu_code = "TU"
        defects = ("missing-required-field", "bad-symbol-pattern", "implements-earlier-document-date")
        number = self.number(prov.scope, "CTr", term)
        key = f"{number}-CTr/{tu_code}"
        dk = self.take_defect("implements-earlier-document-date")
        if dk:
            issued = base - timedelta(days=rng.randint(10, 300))
        prog = self.document(
            system="party", jurisdiction=prov.scope, type_code="CTr", number=number, term=term,
            key=key, cls="Programme", issuer=bodies["BTV" if rng.random() < 0.7 else "TU"],
            issuer_code=tu_code, level="province", issued=issued,
            label=f"Chương trình hành động {key} của {'Thành ủy' if prov.city else 'Tỉnh ủy'} {prov.name} thực hiện {central.doc.key}",
            subject=central.subject, where=where, defect_kinds=() if dk else defects[:2],
        )
        if dk:
            self.defect(dk, prog.iri)
        self.link(prog, "implements", central.doc)
        if continuation is not None:
            self.link(prog, "continues", continuation)
        news = self.source(prov, f"{prov.name} triển khai {central.doc.label}", issued + timedelta(days=rng.randint(1, 20)), rng) if rng.random() < 0.7 else None
        party_side = [bodies[k] for k in ("BTC", "BTG", "BDV", "UBKT")]
        front = [bodies[k] for k in ("MTTQ", "HND", "LHPN", "ĐTN")]
        self.tasks(prog, rng.randint(3, 7), party_side + [bodies["UBND"]], party_side + front + bodies["depts"][:3], news, rng)
        self.targets(prog, rng.randint(2, 4), news, rng, reports=prog)
        # a second document in the same province: the UBND's plan (state side)
        if rng.random() < 0.35:
            pdate = issued + timedelta(days=rng.randint(15, 90))
            if (prov.scheme == "legacy" and pdate < REFORM) or (prov.scheme == "2025" and pdate <= NOW):
                n = self.number(prov.scope, "KH-UBND", pdate.year)
                pkey = f"{n}/KH-UBND"
                plan = self.document(
                    system="state", jurisdiction=prov.scope, type_code="KH", number=n, year=pdate.year,
                    key=pkey, cls="Plan", issuer=bodies["UBND"], issuer_code="UBND", level="province",
                    issued=pdate, label=f"Kế hoạch {pkey} của UBND {prov.name}", subject=central.subject, where=where,
                )
                self.link(plan, "implements", prog)
                if central.state is not None and central.state.date and central.state.date <= pdate:
                    self.link(plan, "basedOn", central.state)
                self.tasks(plan, rng.randint(2, 5), bodies["depts"], bodies["depts"] + front[:1], news, rng)
                self.targets(plan, rng.randint(1, 2), None, rng)
        # reviews: sơ kết ~5 years, tổng kết ~10 years after the central document
        for kind, years in (("so-ket", 5), ("tong-ket", 10)):
            day = base + timedelta(days=365 * years + rng.randint(-120, 150))
            if day > NOW or day <= issued:
                continue
            org_prov = prov if prov.scheme == "2025" or day < REFORM else self.new[prov.successor]
            org = self.province_bodies(org_prov)["BTV"]
            ev_news = self.source(org_prov, f"{org_prov.name} {'sơ kết' if years == 5 else 'tổng kết'} {central.doc.label}", day + timedelta(days=1), rng)
            self.review(kind, day, org, [prog, central.doc], issued, self.place(org_prov), ev_news, rng)
        # the long tail
        if prov.scheme == "legacy":
            for dist in prov.districts:
                if rng.random() < self.p_district:
                    self.district_plan(prog, central, prov, dist, rng)
        else:
            for com in prov.communes:
                if rng.random() < self.p_commune_2025:
                    self.commune_plan(prog, central, com, rng)
        self.injected_lower_level(prog, rng)
        return prog

    def district_plan(self, prog: Doc, central: Central, prov: Province, dist: District, rng) -> None:
        issued = prog.date + timedelta(days=rng.randint(10, 120)) if prog.date else None
        if issued is None:
            return
        defect = None
        if issued >= REFORM:
            defect = self.take_defect("district-body-after-reform")
            if not defect:
                return
        elif prog.date.year >= 2020 or self.sink.count > 0.6 * self.target:
            defect = self.take_defect("district-body-after-reform")
            if defect:
                issued = REFORM + timedelta(days=rng.randint(1, 90))
        if issued > NOW:
            return
        bodies = self.district_bodies(dist)
        where = self.place(dist)
        term = local_term(issued)
        number = self.number(dist.scope, "KH", term)
        key = f"{number}-KH/{dist.issuer_code}"
        plan = self.document(
            system="party", jurisdiction=dist.scope, type_code="KH", number=number, term=term, key=key,
            cls="Plan", issuer=bodies["BTV"], issuer_code=dist.issuer_code, level="district", issued=issued,
            label=f"Kế hoạch {key} của {dist.committee} {dist.name} thực hiện {prog.key}",
            subject=central.subject, where=where,
            defect_kinds=() if defect else ("missing-required-field", "bad-symbol-pattern"),
        )
        if defect:
            self.defect(defect, plan.iri)
        self.link(plan, "implements", prog)
        if plan.date is not None and not defect:
            self.district_plans.append(plan)
            del self.district_plans[:-50]
        news = self.source(prov, f"{dist.committee} {dist.name} triển khai {prog.key}", issued + timedelta(days=3), rng) if rng.random() < 0.3 else None
        lead = [bodies["BTV"], bodies["UBND"]]
        others = [bodies["MTTQ"], bodies["HND"], bodies["PNV"]]
        self.tasks(plan, rng.randint(2, 4), lead, others, news, rng)
        self.targets(plan, rng.randint(1, 2), news, rng, reports=plan)
        if plan.date and plan.date < REFORM:
            k = min(len(dist.communes), int(rng.expovariate(1 / self.commune_mean) + 0.5))
            for com in rng.sample(dist.communes, k=k):
                self.commune_plan(plan, central, com, rng)
        # a district-level sơ kết before the reform
        day = central.doc.date + timedelta(days=365 * 5 + rng.randint(-90, 90))
        if plan.date and plan.date < day < REFORM and rng.random() < 0.3:
            self.review("so-ket", day, bodies["BTV"], [plan], plan.date, where, None, rng)

    def commune_plan(self, parent: Doc, central: Central, com: Commune, rng) -> None:
        if parent.date is None:
            return
        issued = parent.date + timedelta(days=rng.randint(7, 90))
        if com.scheme == "legacy" and issued >= REFORM:
            return
        if issued > NOW:
            return
        bodies = self.commune_bodies(com)
        term = local_term(issued)
        number = self.number(com.scope, "KH", term)
        key = f"{number}-KH/ĐU"
        plan = self.document(
            system="party", jurisdiction=com.scope, type_code="KH", number=number, term=term, key=key,
            cls="Plan", issuer=bodies["ĐU"], issuer_code="ĐU", level="commune", issued=issued,
            label=f"Kế hoạch {key} của Đảng ủy {com.kind.lower()} {com.name}", subject=central.subject,
            where=self.place(com),
        )
        self.link(plan, "implements", parent)
        self.tasks(plan, rng.randint(1, 2), [bodies["ĐU"], bodies["UBND"]], [bodies["MTTQ"]], None, rng)
        if rng.random() < 0.6:
            self.targets(plan, 1, None, rng, reports=plan)

    def injected_lower_level(self, prog: Doc, rng) -> None:
        """Defect: a provincial programme that says it implements a district plan."""
        if prog.date is None or prog.iri in self.foci:
            return
        earlier = [plan for plan in self.district_plans if plan.date < prog.date]
        if not earlier or not self.take_defect("implements-lower-level"):
            return
        plan = earlier[rng.randrange(len(earlier))]
        self.link(prog, "implements", plan)
        self.defect("implements-lower-level", prog.iri)

    # ---------------------------------------------------------------- the run
    def pairs(self, centrals: list[Central], rng: random.Random) -> list[tuple[Central, Province, bool]]:
        out = []
        for c in centrals:
            if c.doc.date is None:
                continue
            provinces = self.legacy if c.doc.date < REFORM else list(self.new.values())
            for prov in provinces:
                if rng.random() < 0.1:
                    continue  # this province never issued a programme for it
                out.append((c, prov, False))
            # after the reform, merged provinces issue a new programme continuing the old one
            if c.doc.date < REFORM and c.doc.date.year >= 2021:
                for prov in self.new.values():
                    if rng.random() < 0.25:
                        out.append((c, prov, True))
        rng.shuffle(out)
        return out

    def run(self) -> None:
        # rough size of one province's cascade, to decide how many central documents a batch has
        per_unit = 350 + 11 * self.p_district * (180 + self.commune_mean * 70)
        units = self.target / per_unit
        batch_size = max(6, min(150, round(units / 45)))
        batch = 0
        made: dict[tuple[str, str], Doc] = {}
        while self.sink.count < self.target or (self.pending_defects and self.sink.count < 2 * self.target):
            centrals = self.central_documents(batch, batch_size)
            rng = random.Random(f"{self.seed}:pairs:{batch}")
            for central, prov, cont in self.pairs(centrals, rng):
                if self.sink.count >= self.target and not (self.pending_defects and self.sink.count < 2 * self.target):
                    break
                if cont:
                    old = [made.get((central.doc.iri, o.iri)) for o in self.legacy if o.successor == prov.code]
                    old = [o for o in old if o is not None]
                    if not old:
                        continue
                    prog = self.programme_unit(central, prov, continuation=old[0])
                else:
                    prog = self.programme_unit(central, prov)
                if prog is not None and prov.scheme == "legacy":
                    made[(central.doc.iri, prov.iri)] = prog
            batch += 1
        self.sink.flush()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=float, default=10_000, help="approximate number of statements")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--format", choices=("nquads", "turtle"), default=None, help="default: from the file suffix")
    ap.add_argument("--out", required=True, help="output file (.nq or .ttl); '-' for stdout")
    ap.add_argument("--defects", type=int, default=0, help="focus nodes to inject per defect kind")
    ap.add_argument("--no-places", action="store_true", help="do not write provinces and districts (use ontology/admin-units.ttl)")
    args = ap.parse_args(argv)
    fmt = args.format or ("turtle" if args.out.endswith(".ttl") else "nquads")
    out_path = None if args.out == "-" else Path(args.out)
    stream = sys.stdout if out_path is None else out_path.open("w", encoding="utf-8", newline="\n")
    try:
        sink = Sink(stream, fmt)
        gen = Generator(sink, args.seed, int(args.triples), args.defects, not args.no_places)
        gen.run()
    finally:
        if out_path is not None:
            stream.close()
    missing = {k: n for k in DEFECT_KINDS if (n := args.defects - len(gen.manifest[k])) > 0}
    if args.defects:
        manifest = Path(str(out_path) + ".defects.json") if out_path else None
        if manifest is not None:
            manifest.write_text(json.dumps(gen.manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        if missing:
            print(f"warning: could not inject {missing} (output too small?)", file=sys.stderr)
    print(f"{sink.count} statements written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
