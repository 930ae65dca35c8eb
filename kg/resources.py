"""Finds the project's data folders: ``ontology/``, ``shapes/`` and ``queries/``.

In a checkout they sit at the top of the repository; in an installed wheel they are
packed under ``kg/_data/`` (see ``[tool.hatch.build.targets.wheel.force-include]`` in
pyproject.toml). This module is the only place that knows either location. Adding a
file to one of the folders is how the ontology, the shapes or the named queries are
extended; every ``*.ttl`` (or ``*.rq``) file found is used.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


@lru_cache(maxsize=None)
def data_dir(name: str) -> Path:
    """The folder ``name`` (``ontology``, ``shapes`` or ``queries``)."""
    for base in (_PACKAGE / "_data", _CHECKOUT):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"directive-kg data folder {name!r} not found (broken install?)")


def ontology_files() -> list[Path]:
    return sorted(data_dir("ontology").glob("*.ttl"))


def shapes_files() -> list[Path]:
    return sorted(data_dir("shapes").glob("*.ttl"))


def query_files() -> list[Path]:
    return sorted(data_dir("queries").glob("*.rq"))


@lru_cache(maxsize=1)
def ontology_labels() -> dict[tuple[str, str], str]:
    """The labels (``rdfs:label``) the ontology's own file gives its classes and properties, by (IRI, language): how
    a reader's language names a link's type ("căn cứ", "based on") where no store is at hand. Read once (a few ms)."""
    import pyoxigraph as ox  # noqa: PLC0415  (only the words of a link's type need it)

    label = "http://www.w3.org/2000/01/rdf-schema#label"
    return {(t.subject.value, t.object.language or ""): t.object.value
            for path in ontology_files() if path.name == "directive-kg.ttl"
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            if t.predicate.value == label and isinstance(t.object, ox.Literal)}


def package_data(*parts: str) -> Path:
    """A file shipped inside the ``kg`` package (``kg/data/...``)."""
    return _PACKAGE.joinpath("data", *parts)
