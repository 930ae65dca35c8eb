"""Temporary runner: python -m kg.extract FILE... [--format json] [--date YYYY-MM-DD] [--place NAME]"""
import argparse
import datetime
import json
import sys
from pathlib import Path

from kg.extract import extract


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.extract")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--format", default="json", choices=["json"])
    ap.add_argument("--date", type=datetime.date.fromisoformat)
    ap.add_argument("--place")
    ap.add_argument("--evidence", action="store_true", help="add an 'evidence' selector to every item")
    a = ap.parse_args(argv)
    out = []
    for fn in a.files:
        text = Path(fn).read_text(encoding="utf-8", errors="replace")
        out.append(extract(text, source=Path(fn).name, date=a.date, place=a.place).to_dict(evidence=a.evidence))
    json.dump(out[0] if len(out) == 1 else out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
