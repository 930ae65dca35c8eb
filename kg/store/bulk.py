"""Large batches: Python's collector held back while one is worked on (:func:`few_collections`),
for a ``dkg load`` of a million statements and for an ingest of many texts alike."""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: A threshold of the oldest generation that the middle collections of one batch never reach.
NO_FULL_COLLECTION = 1 << 30


@contextlib.contextmanager
def few_collections() -> Iterator[None]:
    """Python's full garbage collections put off while a large batch is worked on; the young ones go on.

    A batch holds millions of objects the collector tracks (pyoxigraph terms and quads, rdflib
    triples, an ingest's facts) until it is written, and each full collection walks them all again
    without freeing any. The young collections still find the short-lived cycles a batch makes, so
    that memory cannot run away; what is older waits for the first full collection after the batch.
    The oldest generation's threshold is given back on the way out, unless another batch (in another
    thread) or someone else has changed it meanwhile."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, NO_FULL_COLLECTION)
    try:
        yield
    finally:
        now = gc.get_threshold()
        if old != NO_FULL_COLLECTION and now[2] == NO_FULL_COLLECTION:
            gc.set_threshold(now[0], now[1], old)
