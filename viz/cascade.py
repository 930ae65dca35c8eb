"""The interactive cascade: a networkx graph in, HTML out (vis-network, offline).

Pure functions: nothing here reads settings, the store or any file other than the
packaged assets under ``viz/static/``. The graph is the one ``kg.analytics.cascade_graph``
returns: node attributes ``key, label, level, type, issuer, place, date`` (all optional,
plus an optional ``attainment`` text or number) and an edge attribute ``relation``.

Layout is computed here, not by vis-network's physics: x follows the issue date (all
levels share one time axis), y the administrative level (central on top, then province,
district, commune), and documents of one level that would overlap are put on extra lanes of
that level. vis-network then only draws (``physics: false``), which keeps a 2,000-10,000
node cascade responsive.

Untrusted text (labels and subjects come from news articles) never becomes HTML here:
the data travels as JSON inside a ``<script type="application/json">`` element with ``<``,
``>``, ``&``, U+2028 and U+2029 escaped, and the page script builds tooltips and panels
with ``textContent``.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import networkx as nx

STATIC = Path(__file__).resolve().parent / "static"
VIS_DIR = "vendor/vis-network-9.1.9"
#: Files a page needs, relative to ``STATIC`` (the app serves them; standalone inlines them).
SCRIPTS = (f"{VIS_DIR}/vis-network.min.js", "cascade.js")
STYLES = (f"{VIS_DIR}/vis-network.min.css", "cascade.css")

#: Levels top to bottom; anything else goes in a last band.
LEVELS = ("central", "province", "district", "commune")
LEVEL_COLOURS = {
    "central": "#b03a2e",
    "province": "#1f618d",
    "district": "#1e8449",
    "commune": "#b9770e",
    None: "#7f8c8d",
}
LEVEL_NAMES = {
    "vi": {"central": "Trung ương", "province": "Tỉnh", "district": "Huyện", "commune": "Xã", None: "Khác"},
    "en": {"central": "Central", "province": "Province", "district": "District", "commune": "Commune",
           None: "Other"},
}

#: Node shape by document type; the type may be a code (``NQ``) or a class name (``Resolution``).
TYPE_SHAPES = {
    "NQ": "dot", "Resolution": "dot",
    "CT": "diamond", "Directive": "diamond",
    "KL": "triangle", "Conclusion": "triangle",
    "CTr": "square", "Programme": "square",
    "KH": "triangleDown", "Plan": "triangleDown",
    "QĐ": "hexagon", "QD": "hexagon", "Decision": "hexagon",
    "CL": "star", "Strategy": "star",
}
FALLBACK_SHAPE = "dot"

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

X_STEP = 60.0  # between consecutive distinct dates
MIN_GAP = 50.0  # between two nodes on one lane
LABEL_MAX = 28  # characters of a key drawn under its node (the tooltip has all of it)
LANE_HEIGHT = 34.0
BAND_GAP = 90.0
MAX_LANES = 12

TEXT = {
    "vi": {"province": "Tỉnh", "all": "Tất cả", "nodes": "văn bản", "edges": "liên kết",
           "legend": "Chú giải", "issuer": "Cơ quan ban hành", "date": "Ngày", "place": "Địa bàn",
           "attainment": "Đạt chỉ tiêu", "type": "Loại", "open": "Mở thẻ văn bản", "hover": "Làm nổi vùng lân cận khi di chuột",
           "noscript": "Sơ đồ tương tác cần JavaScript.", "relation": "Quan hệ", "level": "Cấp",
           "title": "Sơ đồ triển khai"},
    "en": {"province": "Province", "all": "All", "nodes": "documents", "edges": "links",
           "legend": "Legend", "issuer": "Issuer", "date": "Date", "place": "Place",
           "attainment": "Target attainment", "type": "Type", "open": "Open the document card",
           "hover": "Highlight the neighbourhood on hover", "noscript": "The interactive view needs JavaScript.",
           "relation": "Relation", "level": "Level", "title": "Implementation cascade"},
}


# --------------------------------------------------------------------------- data


def _s(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    for n in (10, 7, 4):  # 2024-01-31, 2024-01, 2024
        try:
            part = text[:n]
            if n == 10:
                return _dt.date.fromisoformat(part)
            if n == 7:
                return _dt.date(int(part[:4]), int(part[5:7]), 1)
            return _dt.date(int(part), 1, 1)
        except (ValueError, IndexError):
            continue
    return None


def _level(value) -> str | None:
    text = _s(value)
    if text is None:
        return None
    text = text.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return text if text in LEVELS else None


def _shape(doc_type: str | None) -> str:
    if doc_type is None:
        return FALLBACK_SHAPE
    local = doc_type.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return TYPE_SHAPES.get(local, FALLBACK_SHAPE)


def _relation(value) -> str:
    text = _s(value) or "implements"
    return text.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def layout(graph: nx.DiGraph) -> dict:
    """Positions ``{node: (x, y)}``: x by date rank (one axis for all levels), y by level
    band, with overlapping nodes of a band spread over lanes. Deterministic."""
    dates = {n: _date(graph.nodes[n].get("date")) for n in graph.nodes}
    distinct = sorted({d for d in dates.values() if d is not None})
    rank = {d: i for i, d in enumerate(distinct)}
    undated_x = (len(distinct) + 1) * X_STEP
    by_band: dict[int, list] = {}
    for n in graph.nodes:
        lvl = _level(graph.nodes[n].get("level"))
        band = LEVELS.index(lvl) if lvl in LEVELS else len(LEVELS)
        by_band.setdefault(band, []).append(n)
    positions: dict = {}
    y0 = 0.0
    for band in sorted(by_band):
        nodes = by_band[band]
        nodes.sort(key=lambda n: (dates[n] is None, dates[n] or _dt.date.min, str(graph.nodes[n].get("key") or n)))
        lanes: list[float] = []  # last x used on each lane
        placed = []
        for n in nodes:
            x = rank[dates[n]] * X_STEP if dates[n] is not None else undated_x
            for i, last in enumerate(lanes):
                if last + MIN_GAP <= x:
                    lanes[i] = x
                    placed.append((n, x, i))
                    break
            else:
                if len(lanes) < MAX_LANES:
                    lanes.append(x)
                    placed.append((n, x, len(lanes) - 1))
                else:  # every lane is busy here: take the one free soonest and shift right
                    i = min(range(len(lanes)), key=lanes.__getitem__)
                    x = lanes[i] + MIN_GAP
                    lanes[i] = x
                    placed.append((n, x, i))
        for n, x, lane in placed:
            positions[n] = (round(x, 1), round(y0 + lane * LANE_HEIGHT, 1))
        y0 += max(len(lanes), 1) * LANE_HEIGHT + BAND_GAP
    return positions


def doc_href(link_base: str | None, key: str | None) -> str | None:
    """``link_base`` + the percent-encoded key (slashes kept), or None."""
    if link_base is None or not key:
        return None
    return link_base + quote(key, safe="/")


def cascade_data(graph: nx.DiGraph, *, link_base: str | None = None, lang: str = "vi") -> dict:
    """The JSON the page script draws: nodes with positions and styles, edges, legend,
    and the list of provinces for the filter."""
    lang = "en" if lang == "en" else "vi"
    pos = layout(graph)
    ids = {n: i for i, n in enumerate(graph.nodes)}
    nodes = []
    places: set[str] = set()
    types: dict[str, str] = {}
    levels: set[str | None] = set()
    for n, attrs in graph.nodes(data=True):
        key = _s(attrs.get("key")) or str(n)
        level = _level(attrs.get("level"))
        doc_type = _s(attrs.get("type"))
        place = _s(attrs.get("place"))
        if place and level not in ("central",):
            places.add(place)
        if doc_type:
            types.setdefault(doc_type, _shape(doc_type))
        levels.add(level)
        x, y = pos[n]
        date = _date(attrs.get("date"))
        nodes.append({
            "id": ids[n],
            "key": key,
            "label": key if len(key) <= LABEL_MAX else key[: LABEL_MAX - 1] + "…",
            "name": _s(attrs.get("label")),
            "level": level,
            "type": doc_type,
            "issuer": _s(attrs.get("issuer")),
            "place": place,
            "date": date.isoformat() if date else _s(attrs.get("date")),
            "attainment": _s(attrs.get("attainment")),
            "href": doc_href(link_base, key),
            "x": x,
            "y": y,
            "shape": _shape(doc_type),
            "color": LEVEL_COLOURS.get(level, LEVEL_COLOURS[None]),
        })
    edges = []
    relations: set[str] = set()
    for i, (u, v, attrs) in enumerate(graph.edges(data=True)):
        rel = _relation(attrs.get("relation"))
        relations.add(rel)
        style = RELATION_STYLES.get(rel, DEFAULT_EDGE)
        edges.append({"id": i, "from": ids[u], "to": ids[v], "relation": rel, **style})
    names = LEVEL_NAMES[lang]
    return {
        "nodes": nodes,
        "edges": edges,
        "provinces": sorted(places),
        "legend": {
            "levels": [{"level": lv, "name": names.get(lv, names[None]), "color": LEVEL_COLOURS.get(lv, LEVEL_COLOURS[None])}
                       for lv in (*LEVELS, None) if lv in levels],
            "types": [{"type": t, "shape": s} for t, s in sorted(types.items())],
            "relations": [{"relation": r, **RELATION_STYLES.get(r, DEFAULT_EDGE)} for r in sorted(relations)],
        },
        "text": TEXT[lang],
        "linked": link_base is not None,
    }


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
                     asset_base: str | None = None, element_id: str = "dkg-cascade") -> str:
    """The HTML of the cascade view, to put in a page's ``<body>``.

    ``asset_base`` is the URL under which the app serves :func:`static_dir` (e.g.
    ``/static/viz/``); ``None`` inlines the scripts and styles (standalone files).
    ``link_base`` prefixes document keys in node links (``/doc/`` in the app).
    """
    lang = "en" if lang == "en" else "vi"
    data = cascade_data(graph, link_base=link_base, lang=lang)
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
        f'<label>{html.escape(t["province"])} <select class="dkg-province"><option value="">'
        f'{html.escape(t["all"])}</option></select></label> '
        f'<label><input type="checkbox" class="dkg-hover" checked> {html.escape(t["hover"])}</label> '
        f'<span class="dkg-count"></span></div>'
        f'<div class="dkg-body"><div class="dkg-network" role="img" aria-label="{html.escape(t["title"], quote=True)}"></div>'
        f'<aside class="dkg-side"><div class="dkg-info"></div><div class="dkg-legend"></div></aside></div>'
        f'<noscript><p>{html.escape(t["noscript"])}</p></noscript>'
        f'<script type="application/json" class="dkg-data">{script_json(data)}</script>'
        f'</div>{scripts}'
        f'<script>dkgCascade(document.getElementById({script_json(element_id)}));</script>'
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
