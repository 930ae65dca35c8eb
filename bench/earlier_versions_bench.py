"""What looking for earlier versions costs an ingest's batch (``kg.review.ledger.earlier_versions``,
which reads the ``dkg:sourceMeta`` of every review queue in the store once a batch), one process a
run, timed from outside, one mode against the other:

    python bench/earlier_versions_bench.py make STORE N   # a folder store of N review queues
    python bench/earlier_versions_bench.py look STORE     # open it, look up a batch of 1,000 new texts
    python bench/earlier_versions_bench.py open STORE     # open it, make the batch, look nothing up

Half the stored queues have an address and half are plain texts, under 50 names; the batch of 1,000
new texts has an address each, and half of them are new versions of a stored one. ``look`` minus
``open`` is the lookup's cost for a batch; ``look`` prints how many earlier versions it found, so
that a wrong answer shows.
"""

from __future__ import annotations

import datetime as dt
import sys

from kg.rdf.build import SourceInfo
from kg.review import ledger
from kg.review.model import Item
from kg.store import Store

TEXT = "Huyện ủy ban hành kế hoạch thực hiện nghị quyết về phát triển kinh tế tập thể đến năm 2025.\n" * 30
BATCH = 1000


def _url(k: int) -> str | None:
    return f"https://example.org/bai/{k}.html" if k % 2 else None


def make(path: str, n: int) -> str:
    items = [Item(id=f"f{i:012x}", source="x", kind="target", fact={"document": "KH:x", "value": 6, "text": "6 hợp tác xã"},
                  start=0, end=10, position=i) for i in range(30)]
    store = Store.open(path)
    quads = []
    for k in range(n):
        info = SourceInfo(id=f"s{k:06d}", name=f"bai-{k}.html" if _url(k) else f"van-ban-{k % 50}.txt",
                          title=f"Tiêu đề {k}", url=_url(k), published=dt.date(2024, 1, 1))
        quads += ledger.record_quads(info, TEXT + str(k), items)
    store.main.bulk_extend(quads)
    store.close()
    return f"{n} queues written"


def batch() -> tuple[list[SourceInfo], dict[str, str]]:
    infos = [SourceInfo(id=f"n{k:06d}", name=f"bai-{k}.html", title=f"Tiêu đề {k}", url=f"https://example.org/bai/{k}.html")
             for k in range(BATCH)]
    return infos, {i.id: TEXT for i in infos}


def look(path: str, lookup: bool) -> str:
    store = Store.open(path, read_only=True)
    infos, texts = batch()
    found = ledger.earlier_versions(store, infos, texts) if lookup else {}
    store.close()
    return f"{len(found)} of {len(infos)} texts have an earlier version"


if __name__ == "__main__":
    mode, where = sys.argv[1], sys.argv[2]
    print(make(where, int(sys.argv[3])) if mode == "make" else look(where, mode == "look"))
