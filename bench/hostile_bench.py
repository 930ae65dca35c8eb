"""Does extraction stay linear on hostile text? Each pattern of ``tests/test_extract_robust.py``'s
kind is extracted at two sizes, N and 2N repetitions; a cost that doubles is linear, one that
quadruples is quadratic. Also the symbol finder on 11,000 and 22,000 symbols.

    .venv/bin/python bench/hostile_bench.py [--scale 1.0]

Prints one row a pattern: CPU seconds at N and at 2N and their ratio (about 2 where linear).
The unit tests check only that the facts are well formed; speed is measured here.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.text.symbols import find_symbols  # noqa: E402

PATTERNS = [
    ("long words after a type", "Chiến lược ", "a ", 50_000),
    ("law name run-on", "Luật Hợp ", "Tác ", 20_000),
    ("repeated symbols", "", "46-NQ/TW ", 11_000),
    ("repeated dates", "", "ngày 12/3/2021 ", 7_000),
    ("repeated assignments", "", "giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với ", 2_000),
    ("list markers", "", "(1) ", 25_000),
    ("percent signs", "", "%", 100_000),
    ("body name run-on", "Sở ", "Văn ", 30_000),
    ("repeated events", "", "Hội nghị sơ kết ", 6_000),
    ("yearly resolutions, no year", "", "Thực hiện Nghị quyết Tỉnh ủy, đạt kết quả.\n", 4_000),
    ("term resolutions", "", "Thực hiện Nghị quyết nhiệm kỳ 2020-2025, đạt kết quả.\n", 4_000),
    ("wrapped lines", "", "dòng này vẫn tiếp tục\n", 20_000),
    ("figures in one sentence", "", "đạt 12,5% kế hoạch, ", 4_000),
    ("chains made concrete", "", "Chương trình số 15-CTr/TU thực hiện Nghị quyết số 05-NQ/TW và Nghị quyết số 07-NQ/TW. "
                                 "Để cụ thể hóa, Huyện ủy ban hành Kế hoạch số 12-KH/HU. ", 600),
    ("congresses that set goals", "", "Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ I. Đại hội xác định mục tiêu. ", 2_000),
    ("a place's name run-on", "Ở ", "x", 20_000),
    ("a speaker's province run-on", "Tại hội nghị, đại biểu tỉnh ", "x", 20_000),
]


def cpu(fn, arg) -> float:
    t = time.process_time()
    fn(arg)
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every repetition count")
    a = ap.parse_args()
    extract("Nghị quyết số 46-NQ/TW")  # warm the caches
    print(f"{'pattern':28} {'N':>8} {'cpu N':>8} {'cpu 2N':>8} {'ratio':>6}")
    rows = [(name, lambda k, h=head, u=unit: extract(h + u * k), n) for name, head, unit, n in PATTERNS]
    rows.append(("symbol finder", lambda k: find_symbols("46-NQ/TW " * k), 11_000))
    # one word of k letters as the first line, above a line with a figure (a page's date line is looked for there)
    rows.append(("long first word", lambda k: extract("a" * k + "\nNăm 2025, toàn huyện đạt 21/24 chỉ tiêu."), 2_000))
    for name, run, n in rows:
        n = max(1, int(n * a.scale))
        one, two = cpu(run, n), cpu(run, 2 * n)
        print(f"{name:28} {n:8d} {one:8.2f} {two:8.2f} {two / max(one, 1e-6):6.2f}")


if __name__ == "__main__":
    main()
