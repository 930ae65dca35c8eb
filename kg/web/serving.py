"""Running the app under uvicorn (phục vụ), with a word once it listens.

``dkg serve`` used to say where it serves before uvicorn had even started the app: a large store's snapshot for the
query workers (``kg.web.workers``) then took its time after that line, and a reader who opened the address meanwhile
was refused. :func:`run` calls ``ready`` once the app has started and the socket is bound, so the address is said
when it answers; a port taken (uvicorn's bind fails) never calls it.
"""
from __future__ import annotations

import socket
import sys
from collections.abc import Callable

import uvicorn
from uvicorn.main import STARTUP_FAILURE


class _Announcing(uvicorn.Server):
    """A uvicorn server that calls ``ready`` once its startup (the app's lifespan, then the bind) succeeded."""

    def __init__(self, config: uvicorn.Config, ready: Callable[[], None]) -> None:
        super().__init__(config)
        self.ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and not self.should_exit:
            self.ready()


def run(app, *, host: str, port: int, ready: Callable[[], None]) -> None:
    """Serve ``app`` on ``host``:``port`` until stopped, as ``uvicorn.run`` does (its log at the level ``info``; exit
    with uvicorn's startup failure where it could not start), calling ``ready`` once it listens."""
    server = _Announcing(uvicorn.Config(app, host=host, port=port, log_level="info"), ready)
    try:
        server.run()
    except KeyboardInterrupt:  # (Ctrl+C before uvicorn took over the signal)
        pass
    if not server.started:
        sys.exit(STARTUP_FAILURE)


__all__ = ["run"]
