"""The interactive cascade: a networkx graph in, HTML out (vis-network, offline).

Pure functions: nothing here reads settings, the store or any file other than the
packaged assets under ``viz/static/``. The graph is the one ``kg.analytics.cascade_graph``
returns: node attributes ``key, key_name, label, level, type, issuer, place, date`` (all optional;
``key_name`` is the key as a reader names it, drawn in its place: 'Kế hoạch thực hiện ...' for 'KH:thực hiện ...',
plus an optional ``attainment`` text or number and ``review``, the review state of a document an
ingested text stated) and edge attributes ``relation`` and ``review`` (optional). Documents and
links a reviewer accepted or corrected are drawn with a check mark, explained in the legend.

Layout is computed here (``viz.layout``), not by vis-network's physics: x follows the issue
date, y the administrative level, and documents whose label boxes would overlap go on extra lanes
of their level; a cascade of several provinces shown whole sets each province's documents beside the
others', each on a time axis of its own. vis-network then only draws (``physics: false``). A cascade of more than
:data:`GROUP_ABOVE` documents opens grouped by province (one node per province, opened by a
click); each province's own view has a layout of its own, so it is as compact as a small cascade.
The page script finds itself (``.dkg-cascade``): no inline script, so a strict
Content-Security-Policy allows the served page.

Untrusted text (labels and subjects come from news articles) never becomes HTML here:
the data travels as JSON inside a ``<script type="application/json">`` element with ``<``,
``>``, ``&``, U+2028 and U+2029 escaped, and the page script builds tooltips and panels
with ``textContent``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import networkx as nx

from kg.i18n import TEXT
from viz.layout import BAND_GAP, LANE_HEIGHT, LEVELS, date_ranks, grid, place, short_labels, side_by_side, to_date

STATIC = Path(__file__).resolve().parent / "static"
VIS_DIR = "vendor/vis-network-9.1.9"
#: Files a page needs, relative to ``STATIC`` (the app serves them; standalone inlines them).
SCRIPTS = (f"{VIS_DIR}/vis-network.min.js", "cascade.js")
STYLES = (f"{VIS_DIR}/vis-network.min.css", "cascade.css")

#: Levels top to bottom (see ``viz.layout``).
LEVEL_COLOURS = {
    "central": "#b03a2e",
    "province": "#1f618d",
    "district": "#1e8449",
    "commune": "#b9770e",
    None: "#7f8c8d",
}
#: Each level's name on the bands (the pages' words for it), and the last band's, in each language
#: (a document without a level is one whose level is not known: the query tables say it so too).
LEVEL_NAMES: dict[str, dict[str | None, str]] = {
    lang: {**{level: TEXT[lang]["level_" + level] for level in LEVELS}, None: other}
    for lang, other in (("vi", "Chưa rõ cấp"), ("en", "Unknown level"))
}

#: Document type codes of the data's class names (``dkg:Resolution`` ...).
TYPE_CODES = {"Resolution": "NQ", "Directive": "CT", "Conclusion": "KL", "Programme": "CTr", "Plan": "KH",
              "Decision": "QĐ", "QD": "QĐ", "Strategy": "CL", "Guidance": "HD", "Report": "BC",
              "OfficialLetter": "CV", "Notice": "TB"}
#: Node shape by type code (vis-network's shape names; the legend draws them).
TYPE_SHAPES = {"NQ": "dot", "CT": "diamond", "KL": "triangle", "CTr": "square", "KH": "triangleDown",
               "QĐ": "hexagon", "CL": "star"}
FALLBACK_SHAPE = "dot"
TYPE_NAMES = {
    "vi": {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "CTr": "Chương trình", "KH": "Kế hoạch",
           "QĐ": "Quyết định, quy định", "CL": "Chiến lược", "HD": "Hướng dẫn", "BC": "Báo cáo", "CV": "Công văn",
           "TB": "Thông báo", None: "Loại khác"},
    "en": {"NQ": "Resolution", "CT": "Directive", "KL": "Conclusion", "CTr": "Programme", "KH": "Plan",
           "QĐ": "Decision or regulation", "CL": "Strategy", "HD": "Guidance", "BC": "Report", "CV": "Official letter",
           "TB": "Notice", None: "Other type"},
}

#: Edge style by relation (a dkg property local name); unknown relations are drawn grey.
RELATION_STYLES: dict[str, dict] = {
    "implements": {"color": "#34495e", "dashes": False, "width": 1.5},
    "guides": {"color": "#8e44ad", "dashes": [8, 4], "width": 1},
    "continues": {"color": "#16a085", "dashes": [2, 3], "width": 1.5},
    "amends": {"color": "#d35400", "dashes": [6, 3, 2, 3], "width": 1},
    "replaces": {"color": "#c0392b", "dashes": [10, 3], "width": 1.5},
    "basedOn": {"color": "#7f8c8d", "dashes": [3, 3], "width": 1},
    "cites": {"color": "#aab7b8", "dashes": [1, 4], "width": 1},
}
DEFAULT_EDGE = {"color": "#aab7b8", "dashes": [4, 4], "width": 1}
RELATION_NAMES = {
    "vi": {"implements": "triển khai thực hiện", "guides": "hướng dẫn", "continues": "tiếp tục thực hiện",
           "amends": "sửa đổi, bổ sung", "replaces": "thay thế", "basedOn": "căn cứ", "cites": "dẫn chiếu"},
    "en": {"implements": "implements", "guides": "guides", "continues": "continues", "amends": "amends",
           "replaces": "replaces", "basedOn": "based on", "cites": "cites"},
}

#: The review states a document or link of the cascade can show (``kg.review.review_marks``).
REVIEW_NAMES = {
    "vi": {"accepted": "đã duyệt", "corrected": "đã duyệt, có sửa", "pending": "chờ duyệt"},
    "en": {"accepted": "reviewed", "corrected": "reviewed, corrected", "pending": "pending review"},
}
#: The states drawn with a check mark.
REVIEWED = ("accepted", "corrected")

#: A cascade of more documents than this opens grouped by province (a click on a group opens it).
GROUP_ABOVE = 300

TEXT = {
    "vi": {"province": "Xem", "all": "Tất cả văn bản", "groups": "Nhóm theo tỉnh", "nodes": "văn bản", "edges": "liên kết", "node": "văn bản", "edge": "liên kết",
           "legend": "Chú giải", "issuer": "Cơ quan ban hành", "date": "Ngày", "place": "Địa bàn",
           "attainment": "Đạt chỉ tiêu", "type": "Loại", "open": "Mở thẻ văn bản", "hover": "Làm nổi vùng lân cận khi di chuột",
           "noscript": "Sơ đồ tương tác cần JavaScript.", "relation": "Quan hệ", "level": "Cấp",
           "title": "Sơ đồ triển khai", "search": "Tìm văn bản", "search_hint": "số hiệu hoặc tên (không cần dấu)",
           "not_found": "Không tìm thấy", "fit": "Vừa khung", "png": "Lưu ảnh (PNG)", "group": "nhóm", "unknown_place": "Không rõ địa bàn",
           "click": "Bấm một văn bản để xem thẻ; bấm đúp để mở trang của nó. Bấm một nhóm để mở nhóm.",
           "subject": "Trích yếu", "tasks": "Nhiệm vụ", "targets": "Chỉ tiêu", "implemented_by": "Được triển khai bởi",
           "levels": "Cấp (màu)", "types": "Loại văn bản (hình)", "relations": "Quan hệ (nét)",
           "review": "Duyệt", "reviews": "Duyệt dữ kiện (✓)", "facts": "Dữ kiện đọc từ bài", "fact": "¶ dữ kiện"},
    "en": {"province": "Show", "all": "All documents", "groups": "Grouped by province", "nodes": "documents", "edges": "links",
           "node": "document", "edge": "link",  # (one of each: "1 link", not "1 links")
           "legend": "Legend", "issuer": "Issuer", "date": "Date", "place": "Place",
           "attainment": "Target attainment", "type": "Type", "open": "Open the document card",
           "hover": "Highlight the neighbourhood on hover", "noscript": "The interactive view needs JavaScript.",
           "relation": "Relation", "level": "Level", "title": "Implementation cascade", "search": "Find a document",
           "search_hint": "symbol or name (diacritics optional)", "not_found": "Not found", "fit": "Fit to window", "png": "Save as image (PNG)",
           "group": "group", "unknown_place": "Place unknown",
           "click": "Click a document to see its card; double-click to open its page. Click a group to open it.",
           "subject": "Subject", "tasks": "Tasks", "targets": "Targets", "implemented_by": "Implemented by",
           "levels": "Level (colour)", "types": "Document type (shape)", "relations": "Relation (line)",
           "review": "Review", "reviews": "Fact review (✓)", "facts": "Facts read from articles", "fact": "¶ fact"},
}


# --------------------------------------------------------------------------- data


def _s(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _local(value: str) -> str:
    return value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _level(value) -> str | None:
    text = _s(value)
    if text is None:
        return None
    text = _local(text)
    return text if text in LEVELS else None


def type_code(doc_type) -> str | None:
    """A type code (``NQ``) for a code or a class name (``Resolution``, an IRI)."""
    text = _s(doc_type)
    if text is None:
        return None
    local = _local(text)
    return TYPE_CODES.get(local, local)


def _shape(doc_type: str | None) -> str:
    code = type_code(doc_type)
    return TYPE_SHAPES.get(code, FALLBACK_SHAPE) if code is not None else FALLBACK_SHAPE


def _relation(value) -> str:
    return _local(_s(value) or "implements")


def _items(graph: nx.DiGraph, labels: dict) -> list[dict]:
    items = []
    for i, (n, attrs) in enumerate(graph.nodes(data=True)):
        items.append({"id": n, "level": _level(attrs.get("level")), "date": to_date(attrs.get("date")),
                      "label": labels[n], "order": (str(attrs.get("key") or n), i)})
    return items


def _labels(graph: nx.DiGraph) -> dict:
    return short_labels({n: _s(attrs.get("key_name")) or _s(attrs.get("key")) or str(n)
                         for n, attrs in graph.nodes(data=True)})


def layout(graph: nx.DiGraph) -> dict:
    """Positions ``{node: (x, y)}`` of every document (see ``viz.layout``). Deterministic."""
    labels = _labels(graph)
    items = _items(graph, labels)
    return place(items, date_ranks(it["date"] for it in items))


def doc_href(link_base: str | None, key: str | None) -> str | None:
    """``link_base`` + the percent-encoded key (slashes kept), or None."""
    if link_base is None or not key:
        return None
    return link_base + quote(key, safe="/")


def _fact_hrefs(fact_base: str | None, ids) -> list[str]:
    """The links to the pages of the facts ``ids`` (percent-encoded), none without ``fact_base``."""
    return [fact_base + quote(str(i), safe="") for i in ids or ()] if fact_base is not None else []


def cascade_data(graph: nx.DiGraph, *, link_base: str | None = None, lang: str = "vi",
                 group_above: int = GROUP_ABOVE, fact_base: str | None = None) -> dict:
    """The JSON the page script draws: documents with their positions (``x, y`` with every
    document shown, ``px, py`` in the view of their own province), edges, the province groups
    (with their own positions and edges) used when the cascade has more than ``group_above``
    documents, the legend and the page's words. ``fact_base`` prefixes the ids of a node's or an edge's ``facts``
    attribute in their links (``facts``: the pages of the facts of texts that stated it; none without it)."""
    lang = "en" if lang == "en" else "vi"
    t = TEXT[lang]
    labels = _labels(graph)
    items = _items(graph, labels)
    ranks = date_ranks(it["date"] for it in items)
    pos = place(items, ranks)
    ids = {n: i for i, n in enumerate(graph.nodes)}
    central = [it for it in items if it["level"] == "central"]
    group_of: dict = {}
    for n, attrs in graph.nodes(data=True):
        if _level(attrs.get("level")) != "central":
            group_of[n] = _s(attrs.get("place")) or t["unknown_place"]
    members: dict[str, list] = {}
    for n, g in group_of.items():
        members.setdefault(g, []).append(n)
    by_id = {it["id"]: it for it in items}
    own: dict = {}
    views: dict = {it["id"]: {} for it in central}  # where a central document sits in each view
    for g, ns in members.items():
        # each province's view (the central documents and its own) on a time axis of its own dates,
        # so that it is as compact as a small cascade
        view = central + [by_id[n] for n in ns]
        for n, p in place(view, date_ranks(it["date"] for it in view)).items():
            if n in group_of:
                own[n] = p
            else:
                views[n]["p:" + g] = p
    nodes = []
    types: dict[str | None, str] = {}
    levels: set[str | None] = set()
    reviews: set[str] = set()
    for n, attrs in graph.nodes(data=True):
        key = _s(attrs.get("key")) or str(n)
        level = _level(attrs.get("level"))
        code = type_code(attrs.get("type"))
        types.setdefault(code, _shape(code))
        levels.add(level)
        x, y = pos[n]
        px, py = own.get(n, (x, y))
        date = to_date(attrs.get("date"))
        review = _s(attrs.get("review"))
        if review:
            reviews.add(review)
        nodes.append({
            "id": ids[n], "key": key, "label": labels[n], "name": _s(attrs.get("label")),
            "level": level, "type": code, "type_name": TYPE_NAMES[lang].get(code) if code else None,
            "issuer": _s(attrs.get("issuer")), "place": _s(attrs.get("place")),
            "group": group_of.get(n), "date": date.isoformat() if date else _s(attrs.get("date")),
            "attainment": _s(attrs.get("attainment")), "href": doc_href(link_base, key),
            "x": x, "y": y, "px": px, "py": py, "views": views.get(n), "shape": _shape(code),
            "color": LEVEL_COLOURS.get(level, LEVEL_COLOURS[None]),
            "review": review, "review_name": REVIEW_NAMES[lang].get(review or ""), "reviewed": review in REVIEWED,
            "facts": _fact_hrefs(fact_base, attrs.get("facts")),
        })
    edges = []
    relations: set[str] = set()
    for i, (u, v, attrs) in enumerate(graph.edges(data=True)):
        rel = _relation(attrs.get("relation"))
        relations.add(rel)
        style = RELATION_STYLES.get(rel, DEFAULT_EDGE)
        review = _s(attrs.get("review"))
        if review:
            reviews.add(review)
        edges.append({"id": i, "from": ids[u], "to": ids[v], "relation": rel, **style,
                      "review": review, "reviewed": review in REVIEWED, "facts": _fact_hrefs(fact_base, attrs.get("facts"))})
    groups, group_edges, overview = _groups(graph, members, central, ids, len(nodes), len(edges))
    for node in nodes:
        if node["views"] is not None:
            node["views"]["groups"] = overview[node["id"]]
    if 1 < len(members) and len(nodes) <= group_above:
        # a cascade shown whole and of several provinces: each province's documents side by side under the central
        # ones, so that each province's cascade is seen apart (the grouped view's order: the earliest first)
        for node, (x, y) in _beside(members, central, by_id).items():
            node_data = nodes[ids[node]]
            node_data["x"], node_data["y"] = x, y
    names = LEVEL_NAMES[lang]
    return {
        "nodes": nodes,
        "edges": edges,
        "groups": groups,
        "group_edges": group_edges,
        "grouped": len(nodes) > group_above,
        "provinces": sorted(members),
        "legend": {
            "levels": [{"level": lv, "name": names.get(lv, names[None]), "color": LEVEL_COLOURS.get(lv, LEVEL_COLOURS[None])}
                       for lv in (*LEVELS, None) if lv in levels],
            "types": [{"type": c, "name": TYPE_NAMES[lang].get(c) or c or TYPE_NAMES[lang][None], "shape": s}
                      for c, s in sorted(types.items(), key=lambda x: (x[0] is None, x[0] or ""))],
            "relations": [{"relation": r, "name": RELATION_NAMES[lang].get(r, r), **RELATION_STYLES.get(r, DEFAULT_EDGE)}
                          for r in sorted(relations)],
            # only what the cascade shows: a cascade of curated documents has no review legend
            "reviews": [{"review": r, "name": REVIEW_NAMES[lang][r], "reviewed": r in REVIEWED}
                        for r in ("accepted", "corrected", "pending") if r in reviews],
        },
        "text": t,
        "linked": link_base is not None,
    }


def _beside(members: dict, central: list, by_id: dict) -> dict:
    """Positions of every document with each province's set beside the others (``viz.layout.side_by_side``), the
    earliest to implement on the left, and the central documents on their time axis centred above them."""
    pos = place(central, date_ranks(it["date"] for it in central))
    top = max((y for _, y in pos.values()), default=-LANE_HEIGHT) + LANE_HEIGHT + BAND_GAP

    def first_date(group: str) -> tuple:
        dates = [by_id[n]["date"] for n in members[group] if by_id[n]["date"] is not None]
        return (not dates, min(dates) if dates else None, group)

    blocks = [[by_id[n] for n in members[g]] for g in sorted(members, key=first_date)]
    out, width = side_by_side(blocks, top=top)
    xs = [x for x, _ in pos.values()] or [0.0]
    shift = width / 2 - (min(xs) + max(xs)) / 2
    out.update({n: (round(x + shift, 1), y) for n, (x, y) in pos.items()})
    return out


def _groups(graph, members: dict, central: list, ids: dict, first_id: int,
            first_edge: int) -> tuple[list[dict], list[dict], dict]:
    """One node per province (all the documents of the cascade issued there, at any level below
    central) in a grid under the central documents, the links between them, and where the central
    documents sit in that view (by their ids in the data)."""
    items, info = [], {}
    for j, (g, ns) in enumerate(sorted(members.items())):
        dates = [d for d in (to_date(graph.nodes[n].get("date")) for n in ns) if d]
        gid = first_id + j
        label = short_labels({0: g})[0] + f" ({len(ns)})"
        items.append({"id": gid, "level": "province", "date": min(dates) if dates else None, "label": label,
                      "order": (g, j)})
        info[g] = {"id": gid, "group": g, "label": label, "count": len(ns)}
    # the central documents on their time axis, the provinces under them in a grid, the earliest
    # to implement first
    pos = place(central, date_ranks(it["date"] for it in central))
    xs = [x for x, _ in pos.values()] or [0.0]
    top = max((y for _, y in pos.values()), default=-LANE_HEIGHT) + LANE_HEIGHT + BAND_GAP
    items.sort(key=lambda it: (it["date"] is None, it["date"] or 0, it["order"]))
    pos.update(grid(items, top=top, centre=(min(xs) + max(xs)) / 2))
    groups = []
    for gi in info.values():
        x, y = pos[gi["id"]]
        groups.append({**gi, "x": x, "y": y, "color": LEVEL_COLOURS["province"], "shape": "box"})
    where = {n: info[g]["id"] for g, ns in members.items() for n in ns}
    seen: set[tuple] = set()
    edges: list[dict] = []
    for u, v in graph.edges():
        a, b = where.get(u, ids[u]), where.get(v, ids[v])
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            edges.append({"id": first_edge + len(edges), "from": a, "to": b, **RELATION_STYLES["implements"]})
    return groups, edges, {ids[it["id"]]: pos[it["id"]] for it in central}


# --------------------------------------------------------------------------- HTML


def script_json(data: object) -> str:
    """JSON safe to put inside a ``<script>`` element: no ``<``, ``>``, ``&``, U+2028/9."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=None)
def asset_text(name: str) -> str:
    """One packaged static asset (``name`` relative to ``viz/static``)."""
    path = (STATIC / name).resolve()
    if STATIC.resolve() not in path.parents:
        raise ValueError(f"not a packaged asset: {name}")
    return path.read_text(encoding="utf-8")


def static_dir() -> Path:
    """The folder a web app should serve (read-only) for ``asset_base``."""
    return STATIC


def _inline_script(text: str) -> str:
    # a vendored script never contains "</script", but make sure of it
    return "<script>" + text.replace("</script", "<\\/script") + "</script>"


def _inline_style(text: str) -> str:
    return "<style>" + text.replace("</style", "<\\/style") + "</style>"


def cascade_fragment(graph: nx.DiGraph, *, link_base: str | None = None, lang: str = "vi",
                     asset_base: str | None = None, element_id: str = "dkg-cascade", fact_base: str | None = None) -> str:
    """The HTML of the cascade view, to put in a page's ``<body>``.

    ``asset_base`` is the URL under which the app serves :func:`static_dir` (e.g.
    ``/static/viz/``); ``None`` inlines the scripts and styles (standalone files).
    ``link_base`` prefixes document keys in node links (``/doc/`` in the app), ``fact_base`` the ids of the facts
    behind a document or a link (``/fact/``).
    """
    lang = "en" if lang == "en" else "vi"
    data = cascade_data(graph, link_base=link_base, lang=lang, fact_base=fact_base)
    t = TEXT[lang]
    eid = html.escape(element_id, quote=True)
    if asset_base is None:
        head = "".join(_inline_style(asset_text(s)) for s in STYLES)
        scripts = "".join(_inline_script(asset_text(s)) for s in SCRIPTS)
    else:
        base = html.escape(asset_base, quote=True)
        head = "".join(f'<link rel="stylesheet" href="{base}{s}">' for s in STYLES)
        scripts = "".join(f'<script src="{base}{s}"></script>' for s in SCRIPTS)
    return (
        f'{head}<div class="dkg-cascade" id="{eid}" data-lang="{lang}">'
        f'<div class="dkg-controls">'
        f'<form class="dkg-find" role="search"><label>{html.escape(t["search"])} '
        f'<input type="search" class="dkg-search" placeholder="{html.escape(t["search_hint"], quote=True)}"></label> '
        f'<button type="submit">{html.escape(t["search"])}</button> <span class="dkg-found" aria-live="polite"></span></form>'
        f'<label>{html.escape(t["province"])} <select class="dkg-province"></select></label> '
        f'<button type="button" class="dkg-fit">{html.escape(t["fit"])}</button> '
        # (what the window shows, for a report or a message: the drawing as a picture, made in the browser)
        f'<a class="dkg-png" href="#" download="cascade.png">{html.escape(t["png"])}</a> '
        f'<label><input type="checkbox" class="dkg-hover" checked> {html.escape(t["hover"])}</label> '
        f'<span class="dkg-count"></span></div>'
        f'<div class="dkg-body"><div class="dkg-network" role="img" aria-label="{html.escape(t["title"], quote=True)}"></div>'
        f'<aside class="dkg-side"><p class="dkg-hint">{html.escape(t["click"])}</p><div class="dkg-info" aria-live="polite"></div>'
        f'<div class="dkg-legend"></div></aside></div>'
        f'<noscript><p>{html.escape(t["noscript"])}</p></noscript>'
        f'<script type="application/json" class="dkg-data">{script_json(data)}</script>'
        f'</div>{scripts}'
    )


def render_cascade(graph: nx.DiGraph, *, title: str = "", link_base: str | None = None,
                   lang: str = "vi", asset_base: str | None = None) -> str:
    """A complete HTML document; with ``asset_base=None`` it works from a file, offline."""
    lang = "en" if lang == "en" else "vi"
    t = TEXT[lang]
    heading = html.escape(title or t["title"])
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{heading}</title></head><body class=\"dkg-standalone\"><h1>{heading}</h1>"
        f"{cascade_fragment(graph, link_base=link_base, lang=lang, asset_base=asset_base)}</body></html>"
    )


def summary(graph: nx.DiGraph) -> Mapping[str, int]:
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
