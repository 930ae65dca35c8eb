"""Language knowledge, no RDF: how Vietnamese texts write document symbols (số hiệu văn bản),
issuers and places (đơn vị hành chính, before and after the 2025 reform).

Owns ``symbols`` (parsing and folding of symbols such as ``46-NQ/TW``) and ``places``
(provinces, districts and the old-to-new mapping). May import only the standard library,
third-party packages and ``kg.errors``/``kg.resources``; everything else imports it.
"""
