"""A document card as plain text, for ``dkg show``: its days as the card's page writes them in the same language
(``kg.i18n.day_said``: ``20/12/2023`` in Vietnamese, ``2023-12-20`` in English); ``--format json`` keeps ISO."""

from __future__ import annotations

from typing import cast

from kg.cards.base import TASK_ROLES, local_name
from kg.cards.model import Ambiguous, DocumentCard, Outcome, role_bodies, shows_review_legend
from kg.i18n import TEXT, count_said, day_said, figure_said, format_number, tie_said
from kg.review.model import ReviewMark
from kg.text.dockeys import key_name, label_adds


def card_text(card: DocumentCard | Ambiguous, lang: str = "vi") -> str:
    """A document card (:func:`document_card`) as plain text, for ``dkg show``."""
    t = TEXT[lang]
    if "ambiguous" in card:
        choices = cast(Ambiguous, card)["ambiguous"]
        lines = [t["ambiguous"]]
        lines += [f"  {key_name(d['key'])}" + (f" · {d['place']}" if d.get("place") else "")
                  + (f" ({day_said(d['date'], lang)})" if d.get("date") else "") + f"  {d['iri']}" for d in choices]
        return "\n".join([*lines, t["ambiguous_hint"]]) + "\n"
    issuer = card["issuer"]
    # a document without a number is named as a reader names it ('Kế hoạch thực hiện ...', not 'KH:thực hiện ...'),
    # as the card's page does; its label, most often that name again, is not said twice
    lines = [key_name(card["key"]) + (f"  {card['label']}" if label_adds(card.get("label"), card["key"]) else "")
             + _mark(card.get("review"), t, lang)]
    fields = [("type", card.get("document_type") or ", ".join(x["label"] or x["iri"] for x in card.get("types", []))),
              ("issuer", issuer["label"] if issuer else None), ("level", card.get("level")),
              ("jurisdiction", card.get("jurisdiction")), ("date", card.get("date")),
              ("term", card.get("party_term")),
              ("subject", card.get("subject") if len(met := card.get("subjects") or []) < 2 else None), ("as_of", card.get("as_of"))]
    lines += [f"{t[name]}: {day_said(value, lang) if name in ('date', 'as_of') else value}" for name, value in fields
              if value]
    if len(met) > 1:  # (each wording the texts gave, with them: the page's list)
        lines.append(f"{t['subject']}: {t['subjects_differ']}")
        lines += [f"  - {m['subject']}" + "".join(f" · {s['title'] or s['iri']}" for s in m["sources"]) for m in met]
    if card.get("before_issue"):
        lines.append(t["not_issued_yet"])
    if card.get("sources"):  # (the texts that name the document, as the page lists them under its fields)
        lines.append(f"{t['sources']}:")
        lines += _source_lines(card, t, "  ", lang, named=False)
    for section, related in (("implements", card["implements"]), ("implemented_by", card["implemented_by"])):
        if related:
            lines.append(f"{t[section]}:")
            lines += [f"  {x['relation_label']} {key_name(x['key'])}" + (f" ({day_said(x['date'], lang)})" if x.get("date") else "")
                      + (f": {x['label']}" if label_adds(x.get("label"), x["key"]) else "")
                      + (f" · {x['place']}" if x.get("place") else "")
                      + (f" · {count_said(x['source_count'], t['link_source_noun'], lang)}" if x.get("source_count") else "")
                      + _mark(x.get("review"), t, lang) for x in related]
    if card["tasks"]:
        lines.append(f"{t['tasks']} ({len(card['tasks'])}):")
        for task in card["tasks"]:
            roles = "; ".join(f"{t[role.word]}: " + ", ".join(b["label"] or "" for b in role_bodies(task, role.name))
                              for role in TASK_ROLES if role_bodies(task, role.name))
            lines.append(f"  - {task['description'] or task['iri']}"
                         + (f" [{t['deadline']}: {day_said(task['deadline'], lang)}]" if task.get("deadline") else "")
                         + (f" ({roles})" if roles else "") + _mark(task.get("review"), t, lang))
    if card["targets"]:
        lines.append(f"{t['targets']} ({len(card['targets'])}):")
        for target in card["targets"]:
            lines.append(f"  - {target['text'] or target['iri']}" + _target_figure(target, lang)
                         + _mark(target.get("review"), t, lang))
            a = target.get("assessment")
            if a:
                lines.append(f"      {t['assessed']}: {t['assessed_' + a['status']]}" + (f" ({a['note']})" if a.get("note") else ""))
            for o in target["outcomes"]:
                lines.append(f"      {t['outcome']}: {_outcome_text(o, t, lang)}" + _mark(o.get("review"), t, lang))
                lines += _source_lines(o, t, "        ", lang)
    if card["outcomes"]:
        lines.append(f"{t['other_outcomes']}:")
        for o in card["outcomes"]:
            lines.append(f"  - {_outcome_text(o, t, lang)}" + _mark(o.get("review"), t, lang))
            lines += _source_lines(o, t, "      ", lang)
    if card["events"]:
        lines.append(f"{t['review_events']}:")
        lines += [f"  - {day_said(e['date'], lang) or '?'} {e['kind'] or ''}".rstrip()
                  + (f" ({t['organiser']}: {e['organiser']})" if e.get("organiser") else "")
                  + _mark(e.get("review"), t, lang) for e in card["events"]]
    if card.get("held"):
        lines.append(f"{t['held_title']} ({len(card['held'])}):")
        for h in card["held"]:
            lines.append(f"  - [{t['kind_' + h['kind']]}] {h['line']}" + (f": {h['reason']}" if h.get("reason") else ""))
            lines.append(f"      dkg review show {h['id']}")
    if shows_review_legend(card):
        lines.append(f"[✓] {t['review_legend']}")
    return "\n".join(lines) + "\n"


def _mark(review: ReviewMark | None, t: dict[str, str], lang: str) -> str:
    """`` [✓ đã chấp nhận: Lan, 05/12/2026]`` for a fact a reviewer accepted or corrected (who and on which day, as the
    card's mark says them), else nothing."""
    if not review or not review.get("reviewed"):
        return ""
    who = ", ".join(x for x in (review.get("reviewer"), day_said((review.get("at") or "")[:10], lang)) if x)
    return f" [✓ {t['review_' + review['state']]}" + (f": {who}" if who else "") + "]"


def _source_lines(item: Outcome | DocumentCard, t: dict[str, str], indent: str, lang: str, *,
                  named: bool = True) -> list[str]:
    """One line per source a fact (an outcome, the document itself) was read from: its title, publisher, day and
    address, as the card's page lists them (``sources.html``), so that a figure read in the terminal can be cited
    without opening the page, and under it the other sites that carry its article; for an ingested text, the ``dkg
    review show`` line that prints the sentence the fact came from. ``named``: each line opens on "Nguồn:" (not under a
    heading that says it)."""
    review = item.get("review")
    facts = review["facts"] if review else []
    lines = []
    for s in item.get("sources") or []:
        said = " · ".join(x for x in (s.get("title") or s["iri"], s.get("publisher"), day_said(s.get("published"), lang),
                                      s.get("url")) if x)
        ids = [f["id"] for f in facts if f.get("source") == local_name(s["iri"])]
        lines.append(f"{indent}{t['source'] + ': ' if named else ''}{said}" + "".join(f"  (dkg review show {i})" for i in ids))
        lines += [f"{indent}  {line}" for line in carriers_said(s.get("carriers"), lang)]
    return lines


def carriers_said(carriers: list[dict] | None, lang: str) -> list[str]:
    """The other sites that carry a source's article (``carriers``: ``kg.cards.sources.carriers_of``, a review
    record's), a line each as the pages say them: "Cũng đăng trên: Báo ... · 16/05/2025 · https://..."."""
    word = TEXT[lang]["also_published"]
    return [f"{word}: " + " · ".join(x for x in (c.get("publisher") or c.get("name"), day_said(c.get("published"), lang),
                                                   c.get("url")) if x) for c in carriers or ()]


def _target_figure(target, lang: str) -> str:
    """`` [≥ 95 %, 2025]``: the figure a target sets, as the card's page shows it beside its words (a
    corrected value is seen here, not only in the words quoted from the text); nothing without one."""
    if target.get("value") is None:
        return ""
    figure = figure_said(target["value"], target.get("unit"), target.get("comparator"), lang)
    return f" [{figure}" + (f", {target['year']}" if target.get("year") else "") + "]"


def _outcome_text(o: Outcome, t: dict[str, str], lang: str) -> str:
    figure = ""
    if o.get("value") is not None:
        figure = format_number(o["value"], lang) + (f"/{format_number(o['denominator'], lang)}"
                                                    if o.get("denominator") is not None else "")
        figure += f" {o['unit']}" if o.get("unit") else ""
    parts = [" · ".join(x for x in (figure, o.get("text") or "") if x)]
    if o.get("share"):
        parts.append(f"{t['achievement']}: {o['share']}")
    if o.get("met") is not None:
        parts.append(t["goal_met"] if o["met"] else t["goal_not_met"])
    if o.get("reported_on"):
        parts.append(f"{t['reported_on']} {key_name(o['reported_on'])}")
    if o.get("link") == "words" and o.get("similarity") is not None:
        parts.append(f"{t['matched_by_words']} {format_number(o['similarity'], lang)}/100")
    if o.get("link") == "confirmed":
        parts.append(tie_said(o.get("tie"), lang))
    if o.get("status"):
        parts.append(f"{t['status']}: {o['status']}")
    if o.get("as_of"):
        parts.append(f"{t['as_of']}: {day_said(o['as_of'], lang)}")
    return "; ".join(p for p in parts if p)
