"""Language knowledge, no RDF: how Vietnamese texts write document symbols (số hiệu văn bản),
issuers and places (đơn vị hành chính, before and after the 2025 reform).

Owns ``symbols`` (parsing and folding of symbols such as ``46-NQ/TW``), ``places``
(the map: provinces, districts, communes and the old-to-new mapping), ``place_mentions`` (the places a running
text names, looked up in that map), ``typed_place`` (the one grammar of a place a person types: ``--place`` and a
reviewer's place), ``doctypes`` (document types and their codes)
``dockeys`` (the keys of documents without a number), ``names`` (one spelling of a name: the tone
placement, and the place a name is scoped to left out), ``bodykinds`` (the kind of a body from
the words its name starts with) ``matching`` (the outcomes that answer a target, by unit and words) and ``twin_keys`` (a text's words with
their spacing normalised, and the digests that find the files that may hold one article) and ``same_article`` (whether
two texts are one article, on their words' alignment) and ``surface`` (one surface for a text however its file was saved:
NFC, plain line breaks, no invisible characters). May import only the standard library,
third-party packages and ``kg.errors``/``kg.resources``; everything else imports it.
"""
