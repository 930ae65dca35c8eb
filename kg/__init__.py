"""directive-kg: a knowledge graph of Vietnamese Party and State directives and of how they are
carried out.

The flow reads from the folder names: ``extract`` (text -> facts, see ``kg.facts``; files are read
by ``sources``, a saved page's markup made ready by ``saved_pages`` and its lines around its article read by ``page_lines``, a page a browser printed to PDF cut to its article by ``printed_pages``, Word files and office metadata by ``office_files``, and ``extracting`` and ``ingest`` run it over them, ``ingest_report`` saying what an ingest did, ``ingest_twins`` which files hold one article, ``ingest_pace`` when its process extracts beside its worker, ``ingest_texts`` the texts of a batch as they are built and validated), ``rdf`` (facts -> RDF, the one IRI
minter), ``validate`` (SHACL), ``store`` (the dataset on disk and its index), ``review`` (the facts an
analyst accepts, corrects or rejects), ``reason``, ``queries`` (named SPARQL), ``analytics``, and the
read models the CLI and the web both call: ``cards`` (what a document, a body, the home page and a
search show), ``changes`` (with ``changes_model``, its records and filters, ``changes_pairs``, the one rule of a change said before -> after, ``changes_facts``, the reviewed facts a change set's nodes are, and ``changes_text``, the words that say a change, and ``changes_undo``, what undoing one takes back), ``directory``, ``scoreboard`` and ``views``. ``cli`` (with ``cli_views``,
the commands that print those, ``cli_review``, the review commands, ``cli_upkeep``, the commands that keep a store, ``cli_store``, the store a command
opens, ``cli_usage``, click's own words, and ``client``, writes through a running server) and ``web``
are adapters over those. ``kg.text`` holds language knowledge shared by all of them, ``kg.i18n`` the
interface words.

The public surface::

    from kg import Store, validate_batch
    from kg.extract import extract
    from kg.validate import validate

``extract`` and ``validate`` are not names of this package: they are the names of its subpackages, which the import
system binds here once either is imported (by any module), so ``from kg import extract`` would give the function in
one session and the subpackage in another.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

__all__ = ["Store", "__version__", "validate_batch"]

# Loaded on first use, because importing the package must stay cheap: the extractor alone needs
# neither the store nor the SHACL engines.
_LAZY = {"Store": "kg.store", "validate_batch": "kg.validate"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
