"""A fact's own page (trang dữ kiện): ``/fact/{id}`` and its JSON twin ``/fact/{id}.json``.

One fact read from one ingested text (an assignment, a target, an outcome, a review event, a link, a document), at an
address an analyst can send a colleague: the fact's id is a digest of its source and of what says which fact it is
(``kg.review.model.fact_id``), so the address stays the same across reloads, restarts and the same text ingested
again. The page says what the fact says, the sentence of the article it was read from (the evidence marked), the
source, its confidence and review state with every decision about it, the documents it is about and the nodes it
became in the graph; the review page of its text is one link away, where it is decided. The article's words are
untrusted: they reach the page only through the template's autoescaping.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from kg.cards import Labels, fact_line, node_names
from kg.errors import NotFound
from kg.changes_text import fields_said
from kg.i18n import REVIEW, text_days_said
from kg.paths import doc_path, fact_path, review_path
from kg.review import show
from kg.review.model import is_fact_id
from kg.web.address import public_base
from kg.web.render import href, json_response, lang_of, page, split_suffix

router = APIRouter()


def fact_data(request: Request, fid: str) -> dict:
    """What ``kg.review.show`` says of the fact, with its line in the reader's words and the addresses of its pages."""
    if not is_fact_id(fid):
        raise NotFound(code="review-no-fact", details={"ids": repr(fid)})
    store = request.app.state.store
    lang = lang_of(request)
    d = show(store, fid, lang)
    labels = Labels(store, lang)
    # (the fact as the review page and `dkg review show` write it; as extracted too, where a reviewer corrected it)
    d["line"], d["extracted_line"] = (text_days_said(fact_line(d["kind"], d[k], labels), lang) if d.get(k) else None
                                      for k in ("fact", "extracted"))
    d["href"] = fact_path(fid)
    d["cite"] = public_base(request) + fact_path(fid)  # (the address to send: absolute, under --public-url where set)
    d["review_href"] = review_path(d["source"], fid)
    d["document_hrefs"] = {key: doc_path(key) for key in d["documents"]}
    # (the nodes by their kind and name, a document linked to its card: the page listed their addresses alone)
    d["node_names"] = node_names(store, d["nodes"], lang)
    for h in d["history"]:  # (what a correction changed, field by field: an undone one's values are its own)
        h["changed"] = corrected_fields(d["kind"], h.get("previous"), h.get("new"), lang) if h["state"] == "corrected" else []
    return d


def corrected_fields(kind: str, previous: dict | None, new: dict | None, lang: str) -> list[tuple[str, str, str]]:
    """The fields a correction of a fact of ``kind`` changed, with their values before and after, said as ``/changes``
    says them (:func:`kg.changes_text.fields_said`); the confidence, which no reviewer types, left out."""
    previous, new = previous or {}, new or {}
    return fields_said(kind, [(k, previous.get(k), new.get(k)) for k in new
                              if k not in ("confidence", "doubts") and previous.get(k) != new.get(k)], "en" if lang == "en" else "vi")


def evidence_pieces(d: dict) -> list[tuple[str, str]]:
    """The sentence around the fact as (piece, role) pairs: ``before`` and ``after`` (the text either side),
    ``sentence`` (the sentence itself), ``evidence`` (the words the fact was read from, inside the sentence)."""
    c, ev = d["context"], d["evidence"]
    a = c.get("start", 0)
    s = c["sentence"]
    i, j = max(0, ev["start"] - a), max(0, min(len(s), ev["end"] - a))
    pieces = [(c["before"], "before"), (s[:i], "sentence"), (s[i:j], "evidence"), (s[j:], "sentence"),
              (c["after"], "after")]
    return [(text, role) for text, role in pieces if text]


@router.get("/fact/{fid}", summary="One fact read from an ingested text: what it says, its sentence and source, its "
                                   "review (HTML, or JSON with .json)")
def fact_page(request: Request, fid: str):
    fid, twin = split_suffix(fid)
    d = fact_data(request, fid)
    if twin:
        return json_response(d)
    r = REVIEW[lang_of(request)]
    return page(request, "fact.html", title=f"{r[d['kind']]} · {fid}", json_href=href(request, fact_path(fid) + ".json"),
                r=r, f=d, pieces=evidence_pieces(d))
