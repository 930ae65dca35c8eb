"""Writes through a running `dkg serve` (kg.client, kg.web.writes): the real commands on 127.0.0.1.

While the server holds the store, `dkg load`, `ingest`, `review`, `reason` and `reindex` send their
writes to it and print the same report; what they write is in the server's answers at once; a
query during a write sees all of it or none; without the token nothing changes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kg.ingest_folder import SUFFIXES
from kg.store import holder
from test_web_support import http
from loopback import free_port

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "store" / "good.ttl"
BUNDLED = ROOT / "kg" / "data" / "bundled" / "corpus.ttl"
TEXTS = ROOT / "tests" / "texts"
TOKEN = "server-writes-t0ken"
EX = "http://example.org/written/"


def dkg(store: Path | str, *args: str, token: str | None = TOKEN, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DKG_UPDATE_TOKEN", "DKG_STORE")}
    env["DKG_STORE"] = str(store)
    if token is not None:
        env["DKG_UPDATE_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "kg", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def started(command: list[str], **popen) -> tuple[subprocess.Popen, str]:
    """``command`` (a `dkg serve` without its address) on a free port, once it answers: (process, base URL)."""
    port = free_port()
    popen = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, **popen}  # (a caller may read the log)
    proc = subprocess.Popen([*command, "--host", "127.0.0.1", "--port", str(port)], **popen)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            if http.get(base + "/store.json", timeout=5).status_code == 200:
                return proc, base
        except httpx.TransportError:
            pass
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "dkg serve ended"
        assert time.monotonic() < deadline, "dkg serve did not start"
        time.sleep(0.2)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A store made by `dkg load`, held by `dkg serve` with an update token: (folder, base URL)."""
    folder = tmp_path_factory.mktemp("served") / "store"
    assert dkg(folder, "load", str(GOOD)).returncode == 0
    env = {**os.environ, "DKG_STORE": str(folder), "DKG_UPDATE_TOKEN": TOKEN}
    proc, base = started([sys.executable, "-m", "kg", "serve"], env=env)
    try:
        yield folder, base
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert not (folder / holder.RECORD).exists(), "the server removed its holder record at shutdown"


def count(base: str, sparql: str) -> int:
    resp = http.get(base + "/sparql", params={"query": sparql},
                     headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert resp.status_code == 200, resp.text
    return int(resp.json()["results"]["bindings"][0]["n"]["value"])


def written(base: str) -> int:
    return count(base, f'SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), "{EX}")) }}')


def test_the_server_records_where_it_listens(served):
    folder, base = served
    record = json.loads((folder / holder.RECORD).read_text())
    assert record["url"] == base and record["writes"] is True and record["command"] == "dkg serve"


def test_without_the_token_a_write_is_refused_and_nothing_changes(served, tmp_path):
    folder, base = served
    data = tmp_path / "x.nt"
    data.write_text(f'<{EX}no-token> <{EX}p> "x" .\n')
    before = written(base)
    missing = dkg(folder, "load", str(data), token=None)
    assert missing.returncode == 2
    assert "held by `dkg serve`" in missing.stderr and "DKG_UPDATE_TOKEN" in missing.stderr
    wrong = dkg(folder, "load", str(data), token="guess")
    assert wrong.returncode == 2 and "refused the update token in $DKG_UPDATE_TOKEN" in wrong.stderr
    vi = dkg(folder, "--lang", "vi", "load", str(data), token="guess")
    assert vi.returncode == 2 and "từ chối mã cập nhật trong $DKG_UPDATE_TOKEN" in vi.stderr
    assert "lỗi: lỗi" not in vi.stderr and "refused" not in vi.stderr and "hint:" not in vi.stderr
    assert written(base) == before


def test_cli_load_goes_through_the_server_and_shows_in_its_answers(served):
    folder, base = served
    result = dkg(folder, "load", str(BUNDLED))
    assert result.returncode == 0, result.stderr
    assert "sending the write to `dkg serve`" in result.stderr
    assert "loaded " in result.stderr and "from 1 file into" in result.stderr
    cascade = http.get(base + "/queries/cascade.json", params={"doc": "46-NQ/TW"}, timeout=30).json()
    assert any(row["key"] == "115-CTr/TU" for row in cascade["rows"])
    # a non-conforming load: the same refusal and report as a local one, exit 1
    bad = ROOT / "tests" / "fixtures" / "store" / "nonconforming.ttl"
    refused = dkg(folder, "load", str(bad))
    assert refused.returncode == 1 and "does not conform" in refused.stderr and "9-CTr/TU" in refused.stderr


def test_a_refusal_through_the_server_is_said_in_the_commands_language_as_a_local_one(served, tmp_path):
    folder, base = served
    broken = tmp_path / "broken.ttl"
    broken.write_text(f'<{EX}a> <{EX}p> "x"\n<{EX}b> <{EX}p> "y" .\n', encoding="utf-8")
    local = dkg(tmp_path / "local-store", "--lang", "vi", "load", str(broken))
    sent = dkg(folder, "--lang", "vi", "load", str(broken))
    assert local.returncode == sent.returncode == 2
    said = [line for line in sent.stderr.splitlines() if line.startswith(("lỗi:", "gợi ý:"))]
    assert said == [line for line in local.stderr.splitlines() if line.startswith(("lỗi:", "gợi ý:"))]
    assert len(said) == 2 and "lỗi cú pháp" in said[0], sent.stderr  # near miss: English words after "lỗi:"
    assert "hint:" not in sent.stderr and "syntax error" not in sent.stderr
    shapes = dkg(folder, "--lang", "vi", "load", str(ROOT / "tests" / "fixtures" / "store" / "nonconforming.ttl"))
    assert shapes.returncode == 1 and "does not conform" not in shapes.stderr and "vi phạm" in shapes.stderr


def test_a_query_during_a_write_sees_all_of_it_or_none(served, tmp_path):
    folder, base = served
    n = 20_000
    data = tmp_path / "many.nt"
    data.write_text("".join(f'<{EX}node{i}> <{EX}value> "{i}" .\n' for i in range(n)))
    before = written(base)
    load = subprocess.Popen([sys.executable, "-m", "kg", "load", str(data)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "DKG_STORE": str(folder), "DKG_UPDATE_TOKEN": TOKEN})
    seen = []
    deadline = time.monotonic() + 240
    while load.poll() is None and len(seen) < 500 and time.monotonic() < deadline:
        seen.append(written(base))
    _, err = load.communicate(timeout=240)
    assert load.returncode == 0, err
    seen.append(written(base))
    assert set(seen) <= {before, before + n}, sorted(set(seen))
    assert seen[-1] == before + n


def test_cli_ingest_and_review_go_through_the_server(served):
    folder, base = served
    result = dkg(folder, "ingest", str(TEXTS), str(TEXTS / "missing.txt"))
    assert result.returncode == 2, result.stderr  # (the missing file is refused, the rest ingested)
    # every file an ingest of the folder takes (a PDF among the texts since round 14), not the .txt alone
    texts = len([p for p in TEXTS.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES])
    assert f"ingested {texts + 1} files: {texts} texts written" in result.stderr
    assert "refused: " in result.stderr and "missing.txt: no such file" in result.stderr
    sources = http.get(base + "/review.json", timeout=30).json()["sources"]
    assert len(sources) == texts
    # the queue is read from the store itself (read-only, while the server holds it)
    queue = dkg(folder, "review", "list", "--format", "json")
    assert queue.returncode == 0, queue.stderr
    first = json.loads(queue.stdout)[0]
    accepted = dkg(folder, "review", "accept", first["id"], "--reviewer", "Nguyễn Văn Bình")
    assert accepted.returncode == 0 and "accepted 1 fact" in accepted.stderr, accepted.stderr
    page = http.get(f"{base}/review/{first['source']}.json", timeout=30).json()
    fact = next(f for f in page["facts"] if f["id"] == first["id"])
    assert fact["state"] == "accepted" and fact["decision"]["reviewer"] == "Nguyễn Văn Bình"
    unknown = dkg(folder, "review", "reject", "nosuch")
    assert unknown.returncode == 2 and "no fact with id nosuch" in unknown.stderr


def test_reason_and_reindex_go_through_the_server_and_store_url_names_it(served):
    folder, base = served
    reasoned = dkg(folder, "reason")
    assert reasoned.returncode == 0 and reasoned.stderr.count("reasoned with") == 1, reasoned.stderr
    inferred = count(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/directive-kg/graph/inferred> "
                           "{ ?s ?p ?o } }")
    assert inferred > 0
    by_url = dkg(base, "reindex")
    assert by_url.returncode == 0 and "search index rebuilt" in by_url.stderr, by_url.stderr
    history = dkg(folder, "history", "--format", "json")
    commands = [c["command"] for c in json.loads(history.stdout)]
    assert commands[-2:] == ["dkg reason (through dkg serve)", "dkg reindex (through dkg serve)"]


def test_a_read_of_the_server_s_url_asks_its_sparql_and_names_the_server(served):
    """`--store http://HOST:PORT` naming a dkg server: writes went through it, but a read asked the
    Oxigraph layout's /query and was answered 404 with the server's JSON; `dkg stats` of a store on a
    server said "bundled dataset (in memory)"."""
    folder, base = served
    local = json.loads(dkg(folder, "stats", "--format", "json", token=None).stdout)
    for url in (base, base + "/sparql"):
        shown = dkg(url, "stats", token=None)
        assert shown.returncode == 0, shown.stderr
        assert shown.stdout.startswith(f"store: {url}\n") and "bundled" not in shown.stdout
        remote = json.loads(dkg(url, "stats", "--format", "json", token=None).stdout)
        assert remote["store"] == url and remote["graphs"] == local["graphs"]
        listed = dkg(url, "review", "list", "--format", "json", token=None)
        assert listed.returncode == 0 and listed.stdout == dkg(folder, "review", "list", "--format", "json",
                                                               token=None).stdout


OTHER_INSTALLATION = ("import sys, kg.store.store as s; s.reference_version = lambda: 'another-installation'; "
                      "sys.argv[0] = 'dkg'; from kg.cli import main; main()")


def test_a_reader_of_another_installation_never_writes_the_server_s_reference_data(served):
    """A CLI whose ontology files differ from the server's (another install, another checkout) read
    `dkg stats` of the server's URL by first rewriting the server's reference graph: POST /update,
    answered 404, and the read failed. The server keeps its own reference data; a reader only reads."""
    folder, base = served
    before = written(base), count(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    env = {k: v for k, v in os.environ.items() if k not in ("DKG_UPDATE_TOKEN", "DKG_STORE")}
    for args in (["stats", "--format", "json"], ["review", "list", "--format", "json"]):
        shown = subprocess.run([sys.executable, "-c", OTHER_INSTALLATION, "--store", base, *args], env=env,
                               capture_output=True, text=True, timeout=300)
        assert shown.returncode == 0, shown.stderr
        assert "/update" not in shown.stderr and json.loads(shown.stdout) is not None
    assert (written(base), count(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")) == before


def test_a_reader_of_any_sparql_server_never_writes_and_says_what_is_behind(served, monkeypatch):
    """The near miss with upkeep on (any SPARQL server, not known to be a dkg server): a reader whose
    installation differs does not rewrite the reference data (two installations reading one server would
    rewrite it back and forth); it answers from what is there and says the derived data is behind. A
    writer still brings it up to date (here refused: the dkg server takes no /update)."""
    from kg.errors import StoreError
    from kg.store import Store
    import kg.store.store as store_module

    folder, base = served
    current = Store.remote(base, layout="dkg", read_only=True)
    assert current.repaired is None
    monkeypatch.setattr(store_module, "reference_version", lambda: "another-installation")
    reader = Store.remote(base, layout="dkg", read_only=True)
    assert reader.repaired is not None and reader.repaired.key == "note.stale"
    assert reader.repaired.details["why"].key == "why.reader"
    assert reader.graph_counts() == Store.remote(base, layout="dkg", read_only=True, upkeep=False).graph_counts()
    with pytest.raises(StoreError, match="404"):
        Store.remote(base)  # (the Oxigraph layout: the dkg server has no /update)


def test_the_cli_reads_a_dkg_server_through_its_sparql_and_writes_through_its_routes_leaving_the_environment(
        served, monkeypatch):
    """The CLI told its remote store to read a dkg server's /sparql by setting DKG_QUERY_URL in its own
    process's environment (for every store that process opened afterwards, another server's too); it names
    the store's layout instead. In this process: every request of a read goes to /sparql, a write by the URL
    goes to the server's write routes (not through the remote store), and the environment is as it was."""
    from click.testing import CliRunner

    from kg.cli import main
    from kg.store.remote import RemoteDataset

    folder, base = served
    for name in ("DKG_QUERY_URL", "DKG_UPDATE_URL", "DKG_STORE_LAYOUT", "DKG_STORE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DKG_UPDATE_TOKEN", TOKEN)
    asked: list[str] = []
    post = RemoteDataset._post

    def recorded(self, url, *args, **kwargs):
        asked.append(url)
        return post(self, url, *args, **kwargs)

    monkeypatch.setattr(RemoteDataset, "_post", recorded)
    before = dict(os.environ)
    for url in (base, base + "/sparql"):
        shown = CliRunner().invoke(main, ["--store", url, "stats", "--format", "json"])
        assert shown.exit_code == 0, shown.output
        assert json.loads(shown.stdout)["store"] == url
        assert asked and set(asked) == {base + "/sparql"}, asked
        assert dict(os.environ) == before
        asked.clear()
    changes = len(json.loads(dkg(folder, "history", "--format", "json").stdout))
    reindexed = CliRunner().invoke(main, ["--store", base, "reindex"])
    assert reindexed.exit_code == 0 and "search index rebuilt" in reindexed.stderr, reindexed.output
    assert asked == [] and dict(os.environ) == before
    history = json.loads(dkg(folder, "history", "--format", "json").stdout)
    assert len(history) == changes + 1 and history[-1]["command"] == "dkg reindex (through dkg serve)"


@pytest.mark.slow
def test_the_query_workers_run_this_installation_whatever_folder_the_server_starts_in(tmp_path):
    """`dkg serve` started in a folder that holds another `kg` package (a checkout of another version)
    answered /sparql from that package's code in its workers: the fork server put the working folder first
    on its path."""
    (tmp_path / "kg" / "web").mkdir(parents=True)
    (tmp_path / "kg" / "__init__.py").write_text("")
    (tmp_path / "kg" / "web" / "__init__.py").write_text("raise ImportError('the other kg')\n")
    store = tmp_path / "store"
    assert dkg(store, "load", str(GOOD)).returncode == 0
    # the installed command (`python -m kg` would itself put the folder first)
    proc, base = started([str(Path(sys.executable).with_name("dkg")), "--store", str(store), "serve"], cwd=tmp_path)
    try:
        answer = http.get(base + "/sparql", params={"query": "SELECT * WHERE { ?s a dkg:X }"},
                          headers={"Accept": "application/sparql-results+json"}, timeout=60)
        assert answer.status_code == 400 and "without declaring it" in answer.json()["message"], answer.text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
