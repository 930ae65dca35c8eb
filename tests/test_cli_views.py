"""kg.cli_views: ``dkg stats`` of a store of many texts sums their graphs by kind (one line for the texts' graphs,
one for their review queues) instead of a line per text; ``--each`` and the JSON list every graph."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg import cli_views
from kg.cli import main

TEXTS = {
    "ke-hoach.txt": "Ngày 3/3/2024, Ủy ban nhân dân huyện Tràng Định ban hành Kế hoạch số 41/KH-UBND về phát triển cây "
                    "hồi. Kế hoạch giao Phòng Nông nghiệp huyện chủ trì trồng mới 200 ha hồi.\n",
    "bao-cao.txt": "Ngày 9/9/2024, Ủy ban nhân dân huyện Văn Quan báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND về "
                   "chăn nuôi. Toàn huyện đã xây dựng được 15 trang trại chăn nuôi tập trung.\n",
}


def dkg(*args: str, lang: str = "en"):
    return CliRunner().invoke(main, ["--lang", lang, *args], catch_exceptions=False)


def test_the_texts_graphs_are_summed_beyond_a_few_texts(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    for name, text in TEXTS.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    store = str(tmp_path / "store")
    assert dkg("--store", store, "ingest", str(tmp_path / "in")).exit_code == 0
    each = [line for line in dkg("--store", store, "stats").output.splitlines() if "/source/" in line]
    assert len(each) == 4 and sorted(line.rsplit("(", 1)[1] for line in each) == ["bao-cao.txt)"] * 2 + ["ke-hoach.txt)"] * 2
    monkeypatch.setattr(cli_views, "STATS_EACH", 1)  # (a store of more texts than that)
    out = dkg("--store", store, "stats").output
    summed = [line for line in out.splitlines() if "/source/" in line]
    assert [line.split()[1] for line in summed] == ["https://w3id.org/directive-kg/graph/review/source/*",
                                                    "https://w3id.org/directive-kg/graph/source/*"]
    assert all(line.endswith("(2 texts, a graph each)") for line in summed) and "dkg stats --each" in out
    graphs = json.loads(dkg("--store", store, "stats", "--format", "json").output)["graphs"]
    for line in summed:  # (each sum is that of the graphs the JSON lists)
        prefix = line.split()[1].rstrip("*")
        assert int(line.split()[0].replace(",", "")) == sum(n for g, n in graphs.items() if g.startswith(prefix))
    assert "(2 văn bản, mỗi văn bản một đồ thị)" in dkg("--store", store, "stats", lang="vi").output
    # the near miss: asked for each, each is listed
    listed = [line for line in dkg("--store", store, "stats", "--each").output.splitlines() if "/source/" in line]
    assert listed == each
