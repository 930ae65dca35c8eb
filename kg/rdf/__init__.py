"""Facts become RDF here: the vocabulary, the one IRI minter and the graph builder.

Owns ``vocab`` (namespaces), ``identity`` (the only place that mints IRIs), ``graphs`` (the
dataset's named graphs), ``terms`` (conversions between pyoxigraph and rdflib, and the store's
terms such as ``OX_DKG.key``, and the datatypes the engine keeps as written), ``sparqllex`` (the one SPARQL tokenizer), ``sparqlpredicates`` (the
predicates a query's patterns can match, read from its tokens), ``files`` (RDF files
in, quads out, within the limits of ``kg.limits``), ``build`` (facts -> RDF graph, with ``build_terms``: the vocabulary and terms it writes), ``resolve``
(a document named without its date resolved to a node already known) and ``held`` (what a violation
holds back of one text's triples), ``quotes`` (a quote's context, made from its source's text where
a reader shows it). May import
``kg.text``, ``kg.facts``, ``kg.limits`` and ``kg.errors``; never the store, validation, queries or adapters.
"""
