"""Saved pages read by ``kg.sources.parse_source``: how often each is parsed, what reading them costs, and whether a
baseline reads the same from them.

    .venv/bin/python bench/pages_bench.py [--against main] [--pages 200] [--passes 3]

The pages are made here around the texts of the development sets (``../shared/corpus/texts``, then those of
``tests/corpus``, ``tests/devtexts*``, ``tests/blind*`` and ``tests/heldout``, up to ``--pages``): each text's first line is the headline, the rest its paragraphs, set in one of six
layouts news sites use (an article between a menu and a footer; an older site's layout table; a lead set apart over
the body; a date line under the body and a site named only in the title; a box of links under a label and markup
comments; a portal named only in its logo and footer), with or without metadata. Each checkout (this one, and the
baseline unpacked from ``git archive REF``, ``bench/baseline.py``) reads them in a process of its own, in turn, a
warm-up first: the parses of the markup that ``kg`` asks for (``lxml.html.document_fromstring`` called from a ``kg``
module, or ``trafilatura.load_html``; the library's own fallback parses are not counted), the CPU time of the passes
(user + sys; best of the passes) and a digest of every field of every page read. Report the machine's load beside the
times: they are shared machines."""
from __future__ import annotations

import argparse
import html
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from baseline import baseline_code  # noqa: E402

LAYOUTS = 6
#: The development sets under ``tests/`` whose texts the pages are made around.
DEVELOPMENT_SETS = ("corpus", "devtexts", "blind", "heldout")


def page(title: str, body: list[str], i: int) -> str:
    """One page around a text, in layout ``i % LAYOUTS``."""
    esc = html.escape
    rnd = random.Random(i)
    kind = i % LAYOUTS
    day = f"Thứ Hai, {rnd.randint(1, 28)}/{rnd.randint(1, 12)}/20{rnd.randint(15, 25)} 08:30"
    paras = "".join(f"<p>{esc(p)}</p>" for p in body)
    related = ("<div class='box'><b>Tin cùng chuyên mục:</b><ul>"
               + "".join(f"<li><a href='/t{j}'>Hội nghị số {j} ngày {j}/3/2024</a></li>" for j in range(5)) + "</ul></div>")
    meta = "" if kind in (1, 3, 5) else (f"<meta property='og:site_name' content='Báo Thử {i}'><meta property="
                                        f"'article:published_time' content='2024-0{1 + i % 9}-1{i % 9}T08:00:00+07:00'>")
    head = (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{esc(title)}"
            f"{' - Báo Thử Tỉnh' if kind == 3 else ''}</title>{meta}</head><body>")
    nav = "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/ts'>Thời sự</a></li></ul></nav>"
    foot = ("<footer>Cổng Thông tin điện tử tỉnh Thử Nghiệm. Địa chỉ: số 1 đường Thử. <!-- cuối --></footer>" if kind == 5
            else "<footer>Bản quyền thuộc Báo Thử. Giấy phép số 12/GP-BTTTT.</footer>")
    if kind == 0:
        inner = f"{nav}<article><h1>{esc(title)}</h1><div class='date'>{day}</div>{paras}</article>{related}{foot}"
    elif kind == 1:
        inner = (f"<table width='100%'><tr><td><div>Logo</div><div>Menu</div></td></tr><tr><td><h1>{esc(title)}</h1>"
                 f"<p>{day}</p>{paras}</td><td><ul><li><a href='/x'>Tin khác</a></li></ul></td></tr>"
                 f"<tr><td>{foot}</td></tr></table>")
    elif kind == 2:
        lead = body[0] if len(body[0].split()) >= 12 and body[0].endswith(".") else None
        rest = "".join(f"<p>{esc(p)}</p>" for p in (body[1:] if lead else body))
        inner = (f"{nav}<div class='detail'><h1>{esc(title)}</h1><span>{day}</span>"
                 f"{f'<div class=sapo>{esc(lead)}</div>' if lead else ''}<div class='content'>{rest}</div></div>"
                 f"{related}{foot}")
    elif kind == 3:
        inner = f"{nav}<main><h1>{esc(title)}</h1>{paras}<p class='time'>Cập nhật ngày {day[10:]}</p></main><aside>{related}</aside>{foot}"
    elif kind == 4:
        inner = (f"<!-- đầu --><div id='wrap'><h1>{esc(title)}</h1><!-- ngày --><div>{day}</div><div class='body'>{paras}"
                 f"</div><div><b>Các tin khác:</b><a href='/1'>Tin một</a> <a href='/2'>Tin hai hôm nay</a></div></div>{foot}")
    else:
        inner = (f"<div class='logo'><img alt='CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỬ NGHIỆM' src='l.png'></div>{nav}"
                 f"<div class='news'><h1>{esc(title)}</h1><p>Ngày đăng: {day[10:]}</p>{paras}</div>{foot}")
    return head + inner + "</body></html>"


def make_pages(folder: Path, most: int) -> int:
    dirs = [ROOT.parent / "shared" / "corpus" / "texts",
            *sorted(d / "texts" for d in (ROOT / "tests").iterdir() if d.name.startswith(DEVELOPMENT_SETS))]
    files = [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.txt"))]
    made = 0
    for f in files:
        lines = [x.strip() for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        if len(lines) < 3:
            continue
        (folder / f"p{made:04d}.html").write_text(page(lines[0], lines[1:], made), encoding="utf-8")
        made += 1
        if made == most:
            break
    return made


MEASURE = r"""
import dataclasses, hashlib, json, resource, sys, time
root, folder, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, root)
import lxml.html, trafilatura
from pathlib import Path
from kg.errors import DkgError
from kg.sources import parse_source
parses = [0]
markup = lxml.html.document_fromstring
def counted(*a, **k):
    if sys._getframe(1).f_globals.get("__name__", "").startswith("kg."):
        parses[0] += 1
    return markup(*a, **k)
lxml.html.document_fromstring = counted
load = trafilatura.load_html
def loaded(*a, **k):
    parses[0] += 1
    return load(*a, **k)
trafilatura.load_html = loaded
# (the baseline hands trafilatura markup, which its own load parses: counted where bare_extraction gets a string)
bare = trafilatura.bare_extraction
def extraction(content, *a, **k):
    if isinstance(content, str):
        parses[0] += 1
    return bare(content, *a, **k)
trafilatura.bare_extraction = extraction
pages = sorted(Path(folder).glob("*.html"))
data = [(p.name, p.read_bytes()) for p in pages]
def one_pass():
    out = []
    for name, raw in data:
        try:
            src = parse_source(name, raw)
            out.append(json.dumps({k: str(v) for k, v in dataclasses.asdict(src).items()}, ensure_ascii=False, sort_keys=True))
        except DkgError as exc:
            out.append("refused: " + exc.message)
    return out
read = one_pass()  # (warm-up: imports, compiled patterns)
parses[0] = 0
times = []
for _ in range(passes):
    before = resource.getrusage(resource.RUSAGE_SELF)
    one_pass()
    after = resource.getrusage(resource.RUSAGE_SELF)
    times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
print(json.dumps({"pages": len(data), "parses": parses[0] / passes / len(data), "cpu": min(times),
                  "digest": hashlib.sha256("\n".join(read).encode()).hexdigest()}))
"""


def measure(root: Path, folder: Path, passes: int) -> dict:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", MEASURE, str(root), str(folder), str(passes)], env=env,
                          capture_output=True, text=True, check=True, cwd=folder)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", default="main", help="the baseline's git ref (default main)")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "pages"
        folder.mkdir()
        made = make_pages(folder, args.pages)
        base = baseline_code(args.against, Path(scratch) / "base")
        ours, theirs = measure(ROOT, folder, args.passes), measure(base, folder, args.passes)
    print(f"{made} pages, {args.passes} passes, load average {os.getloadavg()[0]:.1f}")
    for name, got in (("this checkout", ours), (args.against, theirs)):
        print(f"  {name:>14}: {got['parses']:.2f} parses a page, {got['cpu']:.3f} s CPU a pass")
    print(f"  CPU ratio {ours['cpu'] / theirs['cpu']:.3f}; the same read from every page: {ours['digest'] == theirs['digest']}")


if __name__ == "__main__":
    main()
