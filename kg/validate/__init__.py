"""Validation: SHACL shapes (``shapes/*.ttl``) checked against a batch of data and the part of
the store it refers to, with a report people and programs can read.

Owns ``batch`` (the one ``validate_batch`` that the CLI, the web and loads call, and ``Apart``: a large load's
validation in a child process), ``validation`` (the
report, the shapes and the choice of engine), ``fastshacl`` (the fast engine: the ``shacl`` package
plus set-wise SHACL-SPARQL on Oxigraph), ``fastdata`` (the data graph as that engine reads it) and ``shapes``
(the shapes and ontology files, parsed once). May import
``kg.rdf``, ``kg.resources`` and ``kg.errors``; never the store, queries or adapters (the store calls it).
"""
from kg.validate.batch import Batch, ContextSource, read_batch, validate_batch
from kg.validate.validation import SHAPES_NS, Report, Violation, engine_plan, ontology_graph, shapes_graph, validate

__all__ = ["SHAPES_NS", "Batch", "ContextSource", "Report", "Violation", "engine_plan", "ontology_graph",
           "read_batch", "shapes_graph", "validate", "validate_batch"]
