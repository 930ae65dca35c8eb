"""The quarantine page (khu cách ly): ``/quarantine`` and its JSON twin ``/quarantine.json``.

The facts of every ingested text that a shape violation keeps out of the graph and that no reviewer has rejected, the
documents first (a document held back holds the facts said of it with it), then the most doubtful first (``kg.review.queue``,
as ``dkg review list --held`` lists them): each with why it is held in the
reader's words, its sentence (linked to the fact's page), its text (linked to the text's review page, at the fact) and
the documents it is about. Where the server takes writes, each has the review page's plain forms
(``fact_forms.html``, posted to ``/review/{source}/decide`` with the update token as the form's field): correct it, and
it enters the graph once it validates, or reject it. Each decision is a change set on ``/changes``, undone from there.
The page runs no script. The article's words reach it only through the template's autoescaping.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from kg.cards import Labels
from kg.i18n import REVIEW
from kg.paths import QUARANTINE_PAGE, fact_path, review_path
from kg.review import ledger, queue
from kg.review.model import sentence_around
from kg.web.render import href, json_response, lang_of, page
from kg.web.review import fact_entry, form_words

router = APIRouter()

#: the held facts a page shows (the most doubtful first); the rest are counted, and `dkg review list --held` lists all
SHOWN = 200


def quarantine_data(request: Request) -> dict:
    """The held facts not rejected (the first :data:`SHOWN`), each as the review page shows a fact, with its sentence,
    its text's title, publisher and day, and the addresses of its page and of its text's review page; ``more``: how
    many are not shown."""
    store = request.app.state.store
    lang = lang_of(request)
    labels = Labels(store, lang)
    # (a held document first: the facts it holds back with it wait for its correction, and say so)
    held = sorted((e for e in queue(store, held=True) if e.status.state != "rejected"), key=lambda e: e.item.kind != "document")
    records: dict[str, tuple | None] = {}
    facts = []
    for entry in held[:SHOWN]:
        source = entry.item.source
        if source not in records:
            records[source] = ledger.read_record(store, source)
        found = records[source]
        e = fact_entry(store, entry, labels, lang)
        e["source_about"] = found[0].summary() if found else None
        e["sentence"] = sentence_around(found[1], entry.item.start, entry.item.end, margin=0)["sentence"] if found else None
        e["href"], e["review_href"] = fact_path(entry.item.id), review_path(source, entry.item.id)
        e["form_href"] = f"/review/{source}/decide"
        facts.append(e)
    return {"facts": facts, "total": len(held), "more": max(0, len(held) - SHOWN),
            "can_write": request.app.state.settings.takes_writes}


@router.get(QUARANTINE_PAGE, summary="The quarantine: facts a violation keeps out of the graph, with why, to correct or reject")
def quarantine_page(request: Request):
    data = quarantine_data(request)
    r = REVIEW[lang_of(request)]
    return page(request, "quarantine.html", title=r["quarantine"], json_href=href(request, QUARANTINE_PAGE + ".json"),
                r=r, **form_words(request), **data)


@router.get(QUARANTINE_PAGE + ".json", summary="The quarantine (JSON)")
def quarantine_json(request: Request):
    return json_response(quarantine_data(request))
