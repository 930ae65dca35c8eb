"""Where the cascade's nodes go, and what their labels say (pure functions).

x follows the issue date (one time axis for every level), y the administrative level (central
on top, then province, district, commune, others). Inside a level, documents whose *label boxes*
would overlap go on further lanes of that level (a label is drawn under its node and is usually
wider than it): each node is given the first lane where its box, as wide as its label, clears the
previous one; when every lane is busy, the one free soonest takes it, shifted right (the order of
dates is kept, their spacing is not). A subset of a layout never overlaps either, which is why
the views of one province reuse the same x for a date (:func:`date_ranks`) and the same bands.
Several provinces' cascades may instead be set side by side (:func:`side_by_side`), each on a time
axis of its own: two provinces' plans a few days apart then no longer sit one above the other with
their links to their own communes crossing the other's documents.

Label widths are estimated from the number of characters at the drawing's font size, on the
safe side (:data:`CHAR_WIDTH`); the browser tests measure the drawn boxes.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable, Mapping

# levels top to bottom (the facts format's, one list); anything else goes in a last band
from kg.facts import LEVELS


X_STEP = 16.0      # between consecutive distinct dates (labels that need more room take another lane)
GAP = 14.0         # between two label boxes on one lane
NODE = 20.0        # a node's own width (size 10: radius 10)
FONT = 11          # label font size, px
CHAR_WIDTH = 0.68 * FONT  # px per character, a wide estimate for system-ui
LANE_HEIGHT = 46.0  # node (20) + label under it (about 16) + room
BAND_GAP = 70.0
MAX_LANES = 14
BLOCK_GAP = 60.0   # between two provinces' cascades set side by side (:func:`side_by_side`)
LABEL_MAX = 24     # characters of a key drawn under its node (the tooltip and panel have all of it)

_NUMBERED = re.compile(r"\d")


def to_date(value) -> _dt.date | None:
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


def band_of(level: str | None) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


def label_width(label: str) -> float:
    return max(NODE, len(label) * CHAR_WIDTH)


def date_ranks(dates: Iterable[_dt.date | None]) -> dict[_dt.date, int]:
    """Each distinct date's rank on the time axis."""
    return {d: i for i, d in enumerate(sorted({d for d in dates if d is not None}))}


def place(items: list[dict], ranks: Mapping[_dt.date, int]) -> dict:
    """Positions ``{id: (x, y)}`` of ``items`` (dicts with ``id``, ``level``, ``date`` (a date or
    None), ``label`` and ``order`` (a tie-breaker)), laid out as the module doc says."""
    undated_x = (len(ranks) + 1) * X_STEP
    bands: dict[int, list[dict]] = {}
    for it in items:
        bands.setdefault(band_of(it.get("level")), []).append(it)
    positions: dict = {}
    y0 = 0.0
    for band in sorted(bands):
        nodes = sorted(bands[band], key=lambda it: (it["date"] is None, it["date"] or _dt.date.min, it["order"]))
        lanes: list[float] = []  # the right edge of the last box on each lane
        for it in nodes:
            half = label_width(it["label"]) / 2
            x = ranks[it["date"]] * X_STEP if it["date"] is not None else undated_x
            lane = next((i for i, right in enumerate(lanes) if right + GAP <= x - half), None)
            if lane is None and len(lanes) < MAX_LANES:
                lanes.append(float("-inf"))
                lane = len(lanes) - 1
            if lane is None:  # every lane busy here: the one free soonest, shifted right
                lane = min(range(len(lanes)), key=lanes.__getitem__)
                x = lanes[lane] + GAP + half
            lanes[lane] = x + half
            positions[it["id"]] = (round(x, 1), round(y0 + lane * LANE_HEIGHT, 1))
        y0 += max(len(lanes), 1) * LANE_HEIGHT + BAND_GAP
    return positions


def side_by_side(blocks: list[list[dict]], *, top: float = 0.0) -> tuple[dict, float]:
    """Positions ``{id: (x, y)}`` of several cascades' documents (``blocks``: the items of each, as
    :func:`place` takes them), each laid out on a time axis of its own and set beside the previous one, left to right
    in the order given, from ``top`` down; a level's band is as high as its highest block needs, so a level is
    at one height in every block. Also the width the blocks take. No two blocks' label boxes overlap: each
    begins :data:`BLOCK_GAP` right of the widest label of the one before."""
    laid = [place(items, date_ranks(it["date"] for it in items)) for items in blocks]
    height: dict[int, float] = {}
    first: list[dict[int, float]] = []  # the y of each band's first lane, in each block's own layout
    for items, pos in zip(blocks, laid):
        ys: dict[int, list[float]] = {}
        for it in items:
            ys.setdefault(band_of(it.get("level")), []).append(pos[it["id"]][1])
        first.append({b: min(v) for b, v in ys.items()})
        for b, v in ys.items():
            height[b] = max(height.get(b, 0.0), max(v) - min(v) + LANE_HEIGHT)
    band_top, y = {}, top
    for b in sorted(height):
        band_top[b] = y
        y += height[b] + BAND_GAP
    out: dict = {}
    left = 0.0
    for items, pos, firsts in zip(blocks, laid, first):
        if not items:
            continue
        lo = min(pos[it["id"]][0] - label_width(it["label"]) / 2 for it in items)
        hi = max(pos[it["id"]][0] + label_width(it["label"]) / 2 for it in items)
        for it in items:
            x, y = pos[it["id"]]
            b = band_of(it.get("level"))
            out[it["id"]] = (round(x - lo + left, 1), round(band_top[b] + y - firsts[b], 1))
        left += hi - lo + BLOCK_GAP
    return out, max(left - BLOCK_GAP, 0.0)


def short_labels(keys: Mapping[object, str], *, limit: int = LABEL_MAX) -> dict[object, str]:
    """A drawn label for each key, at most ``limit`` characters, all distinct where the keys are.

    A key that fits is drawn whole. A longer one (an unnumbered document's key is its type and
    title: "KH:Đảng đoàn Hội Nông dân tỉnh thực hiện Nghị quyết số 46-NQ/TW và Chương trình
    115-CTr/TU") keeps its head and its tail around an ellipsis, since two such titles usually
    differ at one end; labels still alike get a number (``#2``)."""
    out: dict[object, str] = {}
    for node, key in keys.items():
        key = " ".join(str(key).split())
        if len(key) <= limit:
            out[node] = key
        else:
            head = (limit - 1) * 3 // 5
            tail = limit - 1 - head
            out[node] = key[:head].rstrip() + "…" + key[-tail:].lstrip()
    seen: dict[str, list] = {}
    for node, label in out.items():
        seen.setdefault(label, []).append(node)
    for label, nodes in seen.items():
        distinct_keys = {keys[n] for n in nodes}
        if len(nodes) > 1 and len(distinct_keys) > 1:
            for i, node in enumerate(sorted(nodes, key=lambda n: str(keys[n]))[1:], 2):
                suffix = f" #{i}"
                out[node] = label[: limit - len(suffix)] + suffix
    return out


def grid(items: list[dict], *, top: float = 0.0, centre: float = 0.0) -> dict:
    """Positions ``{id: (x, y)}`` of ``items`` (dicts with ``id`` and ``label``) in rows under
    ``top``, in their order, centred on x = ``centre``; every cell as wide as the widest label,
    about one and a half times as many columns as rows (a screen is wider than tall)."""
    if not items:
        return {}
    columns = max(1, math.ceil(math.sqrt(len(items) * 1.5)))
    cell = max(label_width(it["label"]) for it in items) + GAP
    left = centre - (min(columns, len(items)) - 1) * cell / 2
    return {it["id"]: (round(left + (i % columns) * cell, 1), round(top + (i // columns) * LANE_HEIGHT, 1))
            for i, it in enumerate(items)}
