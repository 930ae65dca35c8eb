"""Recovery after a killed ``dkg serve`` that was mid-write: the first CLI command's time to answer on the same store.

    python bench/recovery_bench.py [--triples 100000,1000000] [--phase update-written] [--reason] [--keep DIR]

For each size a folder store is made (generated data, ``dkg load``; with ``--reason``, ``dkg reason`` too, so that
the write leaves a redraw of the inferences owed), then ``dkg serve`` is started on it with ``DKG_FAULT_AT=PHASE``, a
SPARQL update is sent to it, and the server dies at that phase (as a kill would). Then, one after the other, each
command of ``--then`` is run on the store as a user would, and its wall and CPU time and the first line it said on
stderr are printed: the first one finds the store marked and finishes the write. Report the machine's load beside
them: it is shared.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from faults_run import ROOT, TOKEN, answering, copy, dkg_env, free_port, run  # noqa: E402

#: 50 labels in a graph of its own (what the fault suite's served update writes): it validates, and its kill leaves
#: the store marked (its index and counts to bring up, and where the store held inferences, their redraw owed)
UPDATE = ("INSERT DATA { GRAPH <https://example.org/recovery/graph> { "
          + " ".join(f'<https://example.org/recovery/n{i}> <http://www.w3.org/2000/01/rdf-schema#label> "nút {i}" .'
                     for i in range(50)) + " } }")


def seeded(folder: Path, triples: int, reason: bool) -> Path:
    data, store = folder / f"{triples}.nq", folder / f"store-{triples}"
    if store.exists():  # (kept from an earlier run with --keep, never written since: each trial works on a copy)
        return store
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", str(triples), "--seed", "7",
                    "--out", str(data)], check=True, stdout=subprocess.DEVNULL)
    for args in (("load", str(data)), *((("reason",),) if reason else ())):
        done = run(store, *args, limit_s=3600)
        print(f"  seed: dkg {args[0]} {done.seconds:.1f} s (exit {done.code})", flush=True)
    return store


def killed_server(store: Path, phase: str) -> float:
    """``dkg serve`` on ``store`` dying at ``phase`` of an update sent to it; the seconds from the request to its end."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--host", "127.0.0.1", "--port", str(port),
                               "--update-token", TOKEN], env=dkg_env(store, phase),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while server.poll() is None and time.monotonic() < deadline and not answering(port):
        time.sleep(0.2)
    started = time.monotonic()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/sparql", headers={"Authorization": f"Bearer {TOKEN}"},
                                     data=urllib.parse.urlencode({"update": UPDATE}).encode())
    try:
        answer = f"answered {urllib.request.urlopen(request, timeout=600).status}"
    except urllib.error.HTTPError as exc:
        answer = f"answered {exc.code}: {exc.read()[:300]!r}"
    except OSError:
        answer = "died"  # (the server died with the request: what this measures)
    try:  # (a connection dropped as the server exits: its end may not be seen at once)
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        raise SystemExit(f"the server did not die at the phase ({answer})") from None
    return time.monotonic() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", default="100000,1000000")
    ap.add_argument("--phase", default="update-written")
    ap.add_argument("--reason", action="store_true")
    ap.add_argument("--then", default="stats;stats;reindex", help="the commands after the kill, ';' between them")
    ap.add_argument("--keep", help="a folder to keep the stores in (default: a temporary one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for triples in (int(n) for n in args.triples.split(",")):
            print(f"{triples} triples, server killed at {args.phase} (load average {os.getloadavg()[0]:.1f})", flush=True)
            store = copy(seeded(folder, triples, args.reason), folder / f"trial-{triples}")
            print(f"  server: died {killed_server(store, args.phase):.1f} s after the request", flush=True)
            for command in args.then.split(";"):
                done = run(store, *command.split(), limit_s=3600)
                first = next((line for line in done.stderr.splitlines() if line.strip()), "")
                print(f"  dkg {command}: {done.seconds:.2f} s wall, {done.cpu_s:.2f} s CPU, exit {done.code}; "
                      f"said: {first[:160]!r} (load average {os.getloadavg()[0]:.1f})", flush=True)


if __name__ == "__main__":
    main()
