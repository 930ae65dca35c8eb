"""viz: networkx graph in, self-contained HTML out."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

import viz
from viz.cascade import LEVELS, script_json
from viz.layout import LABEL_MAX

EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'


def small_graph() -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_node("c", key="46-NQ/TW", label="Nghị quyết 46-NQ/TW", level="central", type="NQ",
               issuer="Bộ Chính trị", date="2023-12-20")
    g.add_node("p", key="115-CTr/TU", label=EVIL, level="province", type="CTr",
               issuer=EVIL, place="Lạng Sơn", date="2024-03-01", attainment="80%")
    g.add_node("d", key="140/2017/NĐ-CP", label="Nghị định", level="district", type="QĐ",
               issuer="UBND", place="Lạng Sơn", date="2024-05-02")
    g.add_node("x", key="KH:không số", label="kế hoạch", level="commune", type="KH", place="Hà Giang")
    g.add_edge("p", "c", relation="implements")
    g.add_edge("d", "p", relation="https://w3id.org/directive-kg/ontology#guides")
    g.add_edge("x", "p", relation="cites")
    return g


def big_graph(n: int) -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_node(0, key="1-NQ/TW", level="central", type="NQ", date="2020-01-01")
    for i in range(1, n):
        level = LEVELS[1 + i % 3]
        g.add_node(i, key=f"{i}-KH/X", level=level, type="KH", place=f"P{i % 63}",
                   date=f"202{i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}")
        g.add_edge(i, (i - 1) // 3, relation="implements")
    return g


def _data(html: str) -> dict:
    m = re.search(r'<script type="application/json" class="dkg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_script_json_escapes_everything_that_could_end_a_script():
    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_data_has_every_node_edge_and_the_styles():
    data = viz.cascade_data(small_graph(), link_base="/doc/")
    assert len(data["nodes"]) == 4 and len(data["edges"]) == 3
    by_key = {n["key"]: n for n in data["nodes"]}
    assert by_key["46-NQ/TW"]["href"] == "/doc/46-NQ/TW"
    assert by_key["140/2017/NĐ-CP"]["href"] == "/doc/140/2017/N%C4%90-CP"
    assert by_key["KH:không số"]["href"].startswith("/doc/KH%3Akh")
    assert by_key["46-NQ/TW"]["color"] != by_key["115-CTr/TU"]["color"]  # colour by level
    assert by_key["46-NQ/TW"]["shape"] != by_key["115-CTr/TU"]["shape"]  # shape by type
    assert by_key["115-CTr/TU"]["attainment"] == "80%"
    rels = {e["relation"]: e for e in data["edges"]}
    assert set(rels) == {"implements", "guides", "cites"}
    assert rels["implements"]["dashes"] is False and rels["guides"]["dashes"]
    assert data["provinces"] == ["Hà Giang", "Lạng Sơn"]


def test_layout_puts_levels_in_bands_and_dates_in_order():
    g = small_graph()
    pos = viz.layout(g)
    assert pos["c"][1] < pos["p"][1] < pos["d"][1] < pos["x"][1]
    assert pos["c"][0] < pos["p"][0] < pos["d"][0]  # one time axis for all levels
    big = big_graph(3000)
    pos = viz.layout(big)
    assert len(set(pos.values())) == 3000  # no two nodes on one spot


def test_standalone_file_is_offline_and_inlines_vis_network():
    page = viz.render_cascade(small_graph(), title="46-NQ/TW")
    assert "vis.Network" in page and "dkgCascade" in page
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["\']?(https?:)?//', page, re.I)
    assert "unpkg" not in page and "jsdelivr" not in page


def test_served_fragment_links_assets_under_the_given_base():
    frag = viz.cascade_fragment(small_graph(), link_base="/doc/", asset_base="/static/viz/")
    assert '<script src="/static/viz/vendor/vis-network-9.1.9/vis-network.min.js"></script>' in frag
    assert "vis.Network" not in frag  # not inlined


def test_untrusted_text_never_becomes_markup():
    page = viz.render_cascade(small_graph(), title=EVIL)
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the title, escaped
    data = _data(page)
    assert any(n["issuer"] == EVIL for n in data["nodes"])  # the data survives as text
    js = viz.cascade.asset_text("cascade.js")
    assert "innerHTML" not in js  # tooltips and panels are built with textContent


def test_a_document_s_label_keeps_its_ground_where_an_arrow_crosses_it():
    """At 400 px the arrows into a document cross its label: the label is drawn on a white ground, readable;
    a link's own check mark keeps its green (the near miss: only the documents' labels changed)."""
    js = viz.cascade.asset_text("cascade.js")
    assert 'font: { size: 11, color: "#222", background: "rgba(255,255,255,0.85)" }' in js
    assert 'font: { size: 10, color: "#1e8449", strokeWidth: 2 }' in js


def test_no_link_base_means_no_links():
    data = viz.cascade_data(small_graph())
    assert all(n["href"] is None for n in data["nodes"]) and data["linked"] is False


def test_the_facts_behind_a_document_or_a_link_are_linked_under_the_fact_base():
    g = small_graph()
    a, b = next(iter(g.edges))
    g.nodes[a]["facts"] = ["f0123456789ab", "f<b>"]
    g.edges[a, b]["facts"] = ["fba9876543210"]
    data = viz.cascade_data(g, fact_base="/app/fact/")
    nodes = {n["key"]: n for n in data["nodes"]}
    assert nodes[g.nodes[a]["key"]]["facts"] == ["/app/fact/f0123456789ab", "/app/fact/f%3Cb%3E"]
    assert nodes[g.nodes[b]["key"]]["facts"] == []
    assert [e["facts"] for e in data["edges"] if e["facts"]] == [["/app/fact/fba9876543210"]]
    # without a base (a file saved by `dkg viz`, which no server answers for) nothing links to a fact's page
    assert all(n["facts"] == [] for n in viz.cascade_data(g)["nodes"])


@pytest.mark.slow
@pytest.mark.parametrize("n", [2000, 10000])
def test_big_cascades_render_whole(n):
    """Every node of a big cascade reaches the page (its speed is measured in bench/, not here)."""
    page = viz.render_cascade(big_graph(n))
    assert len(_data(page)["nodes"]) == n


def test_views_cascade_page_is_a_standalone_offline_file():
    import importlib.util

    if importlib.util.find_spec("kg.analytics") is None:
        pytest.skip("kg.analytics (cascade_graph) has not landed yet")
    from kg.store import Store
    from kg.views import cascade_page

    page = cascade_page(Store.bundled(), "46-NQ/TW", link_base="http://127.0.0.1:8000/doc/")
    data = _data(page)
    assert "46-NQ/TW" in [n["key"] for n in data["nodes"]]
    assert all(n["href"].startswith("http://127.0.0.1:8000/doc/") for n in data["nodes"])
    assert "vis.Network" in page
    assert not re.search(r'<(script|link)[^>]+(src|href)\s*=', page)


def test_long_keys_are_shortened_in_the_drawing_only():
    g = nx.DiGraph()
    g.add_node(1, key="KH:" + "x" * 100, level="province")
    node = viz.cascade_data(g)["nodes"][0]
    assert len(node["label"]) <= 28 and node["key"] == "KH:" + "x" * 100


# --- readable cascades ---------------------------------------------------------------------------

PROVINCES = ["Lạng Sơn", "Cao Bằng", "Hà Giang", "Bắc Kạn", "Thái Nguyên", "Nghệ An", "Hà Tĩnh", "Huế", "Đà Nẵng",
             "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Đồng Nai", "Cần Thơ", "An Giang", "Cà Mau"]


def realistic_cascade(n: int, provinces: int = 63) -> nx.DiGraph:
    """A central resolution, a programme per province, district plans under each programme and
    commune plans under the districts, ``n`` documents in all; some keys are long unnumbered
    titles that differ only at the end, as extracted keys are."""
    import datetime as dt

    g = nx.DiGraph()
    g.add_node(0, key="46-NQ/TW", label="Nghị quyết 46-NQ/TW", level="central", type="NQ", date="2023-12-20")
    names = [PROVINCES[i] if i < len(PROVINCES) else f"Tỉnh {i + 1}" for i in range(provinces)]
    start = dt.date(2023, 12, 20)
    parents = {"province": [], "district": [], "commune": []}
    for i in range(1, n):
        level = "province" if i <= min(provinces, n - 1) else ("district" if i % 3 else "commune")
        if level == "commune" and not parents["district"]:
            level = "district"
        up = {"province": "central", "district": "province", "commune": "district"}[level]
        pool = parents[up] if up != "central" else [0]
        parent = pool[(i // 3) % len(pool)]
        place = names[(i - 1) % provinces] if level == "province" else g.nodes[parent]["place"]
        day = start + dt.timedelta(days=20 + (i * 37) % 400)
        if i % 11 == 0:
            key = f"KH:Đảng ủy {place} thực hiện Nghị quyết số 46-NQ/TW và Chương trình số {i}"
        else:
            key = f"{i}-{'CTr' if level == 'province' else 'KH'}/{'TU' if level == 'province' else 'HU'}"
        g.add_node(i, key=key, level=level, type="CTr" if level == "province" else "KH", place=place,
                   date=day.isoformat(), issuer=f"Ban Thường vụ ({place})")
        g.add_edge(i, parent, relation="implements")
        parents[level].append(i)
    return g


def label_boxes(data: dict, view: str) -> list[tuple[float, float, float, float]]:
    """Estimated boxes (node and the label under it) of the nodes shown in ``view``, at the
    positions the page script gives them."""
    from viz.layout import LANE_HEIGHT, label_width

    boxes = []
    for n in data["nodes"]:
        if view == "groups":
            if n["level"] != "central":
                continue
            x, y = n["views"]["groups"]
        elif view == "all":
            x, y = n["x"], n["y"]
        elif n["level"] == "central":
            x, y = n["views"][view]
        elif "p:" + (n["group"] or "") == view:
            x, y = n["px"], n["py"]
        else:
            continue
        half = label_width(n["label"]) / 2
        boxes.append((x - half, y - 10, x + half, y + LANE_HEIGHT - 10))
    if view == "groups":
        for gr in data["groups"]:
            half = label_width(gr["label"]) / 2
            boxes.append((gr["x"] - half, gr["y"] - 10, gr["x"] + half, gr["y"] + LANE_HEIGHT - 10))
    return boxes


def overlapping(boxes) -> list:
    boxes = sorted(boxes)
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[0] >= a[2]:
                break
            if b[1] < a[3] and a[1] < b[3]:
                out.append((a, b))
    return out


@pytest.mark.parametrize("n", [4, 50, 2000])
def test_no_two_label_boxes_overlap_in_any_view(n):
    data = viz.cascade_data(realistic_cascade(n))
    views = ["all", "groups"] + ["p:" + p for p in data["provinces"]]
    for view in views:
        assert overlapping(label_boxes(data, view)) == [], view
    assert data["grouped"] == (n > viz.cascade.GROUP_ABOVE)


def test_seven_siblings_of_one_day_do_not_run_together():
    g = nx.DiGraph()
    g.add_node("c", key="46-NQ/TW", level="central", date="2023-12-20")
    for i in range(7):
        g.add_node(i, key=f"{100 + i}-KH/TU", level="province", date="2024-03-01", place="Lạng Sơn")
        g.add_edge(i, "c")
    data = viz.cascade_data(g)
    assert overlapping(label_boxes(data, "all")) == []


def test_long_unnumbered_keys_stay_distinguishable():
    g = nx.DiGraph()
    a = "KH:Đảng đoàn Hội Nông dân tỉnh thực hiện Nghị quyết số 46-NQ/TW"
    b = "KH:Đảng đoàn Hội Nông dân tỉnh thực hiện Nghị quyết số 46-NQ/TW và Chương trình 115-CTr/TU"
    c = "KH:Đảng đoàn Hội Nông dân tỉnh thực hiện Nghị quyết số 46-NQ/TW (bản 2)"
    for i, key in enumerate((a, b, c)):
        g.add_node(i, key=key, level="province")
    nodes = viz.cascade_data(g)["nodes"]
    labels = [x["label"] for x in nodes]
    assert len(set(labels)) == 3 and all(len(x) <= LABEL_MAX for x in labels)
    assert [x["key"] for x in nodes] == [a, b, c]  # the full key for the tooltip and the panel
    assert labels[1].endswith("115-CTr/TU")


def test_legend_names_shapes_in_the_page_language():
    vi = viz.cascade_data(small_graph(), lang="vi")["legend"]
    en = viz.cascade_data(small_graph(), lang="en")["legend"]
    assert {t["name"] for t in vi["types"]} >= {"Nghị quyết", "Chương trình", "Kế hoạch"}
    assert {t["name"] for t in en["types"]} >= {"Resolution", "Programme", "Plan"}
    assert {r["name"] for r in vi["relations"]} == {"triển khai thực hiện", "hướng dẫn", "dẫn chiếu"}
    for legend in (vi, en):
        names = " ".join(x["name"] for part in legend.values() for x in part)
        assert "triangleDown" not in names and "dot" not in names.split()


def test_the_legend_says_a_document_s_level_is_unknown_not_other():
    g = small_graph()
    g.add_node("u", key="KH:thực hiện 46-NQ/TW", label="thực hiện 46-NQ/TW", type="KH", place="Lạng Sơn")
    g.add_edge("u", "c", relation="implements")
    for lang, word in (("vi", "Chưa rõ cấp"), ("en", "Unknown level")):
        levels = viz.cascade_data(g, lang=lang)["legend"]["levels"]
        assert levels[-1] == {"level": None, "name": word, "color": "#7f8c8d"}
    # near miss: a cascade whose documents all have a level has no such entry
    assert all(x["level"] for x in viz.cascade_data(small_graph(), lang="vi")["legend"]["levels"])


def test_groups_cover_every_document_below_central():
    g = realistic_cascade(2000)
    data = viz.cascade_data(g)
    assert data["grouped"] and len(data["groups"]) == 63
    assert sum(gr["count"] for gr in data["groups"]) == 1999
    central = {n["id"] for n in data["nodes"] if n["level"] == "central"}
    group_ids = {gr["id"] for gr in data["groups"]}
    assert {(e["from"] in group_ids, e["to"] in central) for e in data["group_edges"]} == {(True, True)}
    assert len(data["group_edges"]) == 63  # each province's documents reach the resolution through one link


def test_served_fragment_has_no_inline_script():
    frag = viz.cascade_fragment(small_graph(), link_base="/doc/", asset_base="/static/viz/")
    scripts = re.findall(r"<script([^>]*)>", frag)
    assert all('src="' in attrs or 'type="application/json"' in attrs for attrs in scripts), scripts
    assert "style=" not in frag


def test_reviewed_documents_and_links_are_marked_and_explained_in_the_legend():
    g = small_graph()
    a, b = next(iter(g.edges))
    g.nodes[a]["review"] = "accepted"
    g.nodes[b]["review"] = "pending"
    g.edges[a, b]["review"] = "corrected"
    data = viz.cascade_data(g, lang="en")
    nodes = {n["key"]: n for n in data["nodes"]}
    assert nodes[g.nodes[a]["key"]]["reviewed"] and nodes[g.nodes[a]["key"]]["review_name"] == "reviewed"
    assert not nodes[g.nodes[b]["key"]]["reviewed"]
    assert sum(n["reviewed"] for n in data["nodes"]) == 1
    assert [e["reviewed"] for e in data["edges"]].count(True) == 1
    assert [r["review"] for r in data["legend"]["reviews"]] == ["accepted", "corrected", "pending"]
    assert viz.cascade_data(small_graph())["legend"]["reviews"] == []  # curated data: no review legend


def test_the_bands_are_the_levels_of_the_facts_format():
    # one list of levels: the cascade's bands top to bottom are the facts format's, and a level it
    # does not know goes in the last band
    from kg.facts import LEVELS
    from viz.layout import LEVELS as DRAWN
    from viz.layout import band_of

    assert DRAWN is LEVELS
    assert [band_of(lv) for lv in (*LEVELS, "other")] == [0, 1, 2, 3, 4]


def _crosses(segment, box) -> bool:
    """Whether the straight segment passes through the box (x0, y0, x1, y1), sampled finely."""
    (ax, ay), (bx, by) = segment
    return any(box[0] < ax + (bx - ax) * t / 200 < box[2] and box[1] < ay + (by - ay) * t / 200 < box[3]
               for t in range(1, 200))


def test_two_provinces_cascades_are_set_apart_and_no_link_crosses_the_other_s_documents():
    g = nx.DiGraph()
    g.add_node("c", key="68-NQ/TW", level="central", type="NQ", date="2025-05-04")
    for p, (place, day) in enumerate((("Ninh Bình", 20), ("Gia Lai", 25))):
        g.add_node(f"p{p}", key=f"{15 + p}-KH/TU", level="province", type="KH", place=place, date=f"2025-08-{day}")
        g.add_node(f"x{p}", key=f"0{5 + p}-KH/ĐU", level="commune", type="KH", place=place, date=f"2025-09-{day - 10}")
        g.add_edge(f"p{p}", "c", relation="implements")
        g.add_edge(f"x{p}", f"p{p}", relation="implements")
    data = viz.cascade_data(g)
    at = {n["key"]: (n["x"], n["y"]) for n in data["nodes"]}
    assert at["68-NQ/TW"][1] < at["15-KH/TU"][1] == at["16-KH/TU"][1] < at["05-KH/ĐU"][1] == at["06-KH/ĐU"][1]
    assert max(at["15-KH/TU"][0], at["05-KH/ĐU"][0]) < min(at["16-KH/TU"][0], at["06-KH/ĐU"][0])  # the earliest left
    assert overlapping(label_boxes(data, "all")) == []
    province = {n["id"]: n["group"] for n in data["nodes"]}
    where = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    for e in data["edges"]:
        others = [n for n in data["nodes"] if n["group"] not in (None, province[e["from"]]) and n["level"] != "central"]
        for n in others:
            box = (n["x"] - 10, n["y"] - 10, n["x"] + 10, n["y"] + 10)
            assert not _crosses((where[e["from"]], where[e["to"]]), box), (e, n["key"])
    # near miss: one province's cascade keeps one time axis for every level, as before
    single = nx.DiGraph(g.subgraph(["c", "p0", "x0"]))
    pos = {n["key"]: (n["x"], n["y"]) for n in viz.cascade_data(single)["nodes"]}
    assert pos["68-NQ/TW"][0] < pos["15-KH/TU"][0] < pos["05-KH/ĐU"][0]
