"""kg.store.allocator: `dkg serve` starts itself again with jemalloc where it is installed."""

from __future__ import annotations

from kg.store.allocator import jemalloc_environment


def test_jemalloc_is_preloaded_once_and_only_when_found():
    env = {"PATH": "/bin", "LD_PRELOAD": "libother.so"}
    out = jemalloc_environment(env, "libjemalloc.so.2")
    assert out["LD_PRELOAD"] == "libjemalloc.so.2 libother.so" and out["DKG_MALLOC"] == "jemalloc"
    assert out["PATH"] == "/bin" and env["LD_PRELOAD"] == "libother.so"  # the caller's mapping is kept
    assert jemalloc_environment(out, "libjemalloc.so.2") is None  # already running with it: no loop
    assert jemalloc_environment({"PATH": "/bin"}, None) is None  # not installed
    assert jemalloc_environment({"DKG_MALLOC": "system"}, "libjemalloc.so.2") is None  # asked for glibc
