"""``dkg review``: the review queue at the command line (accept, correct or reject the facts
extracted from ingested texts, assess targets, export the reviewed facts).

Each command imports what it uses, so that ``dkg --help`` starts fast.
"""

from __future__ import annotations

import json
from contextlib import contextmanager

import click

from kg.cli_store import command_language, command_store, store_location, write_server

REVIEWER_HELP = "Who decides (default: $DKG_REVIEWER, else the OS user)."


@contextmanager
def _opened(ctx: click.Context, *, write: bool = False):
    """The store, closed afterwards even when the command fails (RocksDB keeps a lock); read-only
    unless ``write``, so that reading the queue works while a server holds the store."""
    store = command_store(ctx, write=write, read_only=not write)
    try:
        yield store
    finally:
        store.close()


@click.group()
def review() -> None:
    """The review queue: accept, correct or reject the facts extracted from ingested texts."""


def _review_table(store, entries, lang: str) -> str:
    """One line a fact under a header in ``lang``, its kind, state, link type and role said in
    ``lang`` too, as the review page says them (the ids stay as the commands take them; ``--state``
    and ``--format json`` keep the English codes); a fact held out of the graph gets a second line
    saying why, in ``lang``, its days and confidence written as the review page writes them."""
    from kg.cards.base import Labels, fact_line
    from kg.i18n import REVIEW, format_number, text_days_said

    words = REVIEW[lang]
    labels = Labels(store, lang)
    sure = words["confidence"].lower()
    rows = [(e.to_json(lang), _word(e.item.kind, lang), _word(e.status.state, lang)) for e in entries]
    wide_kind = max([10, len(words["kind"])] + [len(k) for _, k, _ in rows])
    wide_state = max([10, len(words["state"])] + [len(st) for _, _, st in rows])
    lines = [f"{words['id']:<13}  {words['source'].lower():<16}  {words['kind']:<{wide_kind}} "
             f"{words['state']:<{wide_state}} {sure:<6} {words['fact']}"]
    for d, kind, state in rows:
        flag = "!" if d["violation"] else " "
        doubt = f"{format_number(round(d['confidence'], 2), lang)} {flag}"
        lines.append(f"{d['id']}  {d['source']}  {kind:<{wide_kind}} {state:<{wide_state}} "
                     f"{doubt:<{max(6, len(sure))}} {text_days_said(fact_line(d['kind'], d['fact'], labels), lang)}")
        if d["violation"]:
            lines.append(f"    ! {text_days_said(d['violation'], lang)}")
        if d["why"] and d["state"] == "pending":  # (why the extractor doubted it: what to look at first)
            lines.append(f"    ? {'; '.join(d['why'])}")
    return "\n".join(lines)


def _word(code: str, lang: str) -> str:
    """A kind (``target``) or a state (``pending``) as the review pages say it in ``lang``."""
    from kg.i18n import REVIEW

    return REVIEW[lang][code].lower() if lang != "en" else code


@review.command("list")
@click.option("--source", default=None, help="Only the facts of this source id.")
@click.option("--state", "states", multiple=True, type=click.Choice(["pending", "accepted", "corrected", "rejected"]),
              help="Only facts in this state (repeatable).")
@click.option("--held", is_flag=True, help="Only facts kept out of the graph by a violation (quarantined, marked '!').")
@click.option("--document", default=None, metavar="KEY", help="Only the facts about this document (its key, as `dkg show` takes it).")
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["document", "link", "assignment", "target", "outcome", "event"]),
              help="Only facts of this kind (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="At most N facts, the most doubtful first (how many more is said after them).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def review_list(ctx: click.Context, source: str | None, states: tuple[str, ...], held: bool, document: str | None,
                kinds: tuple[str, ...], limit: int | None, fmt: str) -> None:
    """The queue, most doubtful first: quarantined facts, then the least confident, each pending one with why it is
    doubtful ('?': its document inferred from the paragraph, its kind from its position, no cue word ...)."""
    from kg.i18n import ERRORS, REVIEW, format_number
    from kg.review import queue

    lang = command_language(ctx)
    with _opened(ctx) as store:
        entries = queue(store, source=source, states=states, held=held, document=document, kinds=kinds)
        more = len(entries) - limit if limit is not None and len(entries) > limit else 0
        entries = entries[:limit] if limit is not None else entries
        table = _review_table(store, entries, lang) if fmt == "table" and entries else None
    if fmt == "json":
        click.echo(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
    elif table is not None:
        click.echo(table)
    else:
        click.echo(f"{ERRORS[lang]['label.note']}: {REVIEW[lang]['empty']}", err=True)
    if more:  # (on stderr: the table, or the JSON list, stays what a program reads)
        said = REVIEW[lang]["list_more"].format(more=format_number(more, lang), shown=format_number(len(entries), lang))
        click.echo(f"{ERRORS[lang]['label.note']}: {said}", err=True)


@review.command("sources")
@click.option("--sort", "order", type=click.Choice(["pending", "name", "date"]), default="pending", show_default=True,
              help="Most pending first, by file name, or newest first.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True,
              help="Which page of texts (a page past the last shows the last).")
@click.option("--size", type=click.IntRange(1, 1000), default=100, show_default=True, help="Texts a page.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def review_sources(ctx: click.Context, order: str, page: int, size: int, fmt: str) -> None:
    """The ingested texts (what /review lists): id, date, file name, title, publisher, how many facts each
    gave and how many wait in review, a page at a time."""
    from kg.cards.text import carriers_said
    from kg.i18n import ERRORS, REVIEW, day_said, format_number
    from kg.review import sources_page

    with _opened(ctx) as store:
        listed = sources_page(store, order, page, size)
    if fmt == "json":
        click.echo(json.dumps(listed, ensure_ascii=False, indent=2))
        return
    found = listed["sources"]
    lang = command_language(ctx)
    w = REVIEW[lang]
    if listed["pages"] > 1:  # (on stderr: which page, and how to see the next)
        first = (listed["page"] - 1) * listed["size"] + 1
        said = w["page_shown"].format(first=format_number(first, lang), last=format_number(first + len(found) - 1, lang),
                                      total=format_number(listed["total"], lang))
        more = f" (--page {listed['page'] + 1})" if listed["page"] < listed["pages"] else ""
        click.echo(f"{ERRORS[lang]['label.note']}: {said}{more}", err=True)
    if not found:
        click.echo(f"{ERRORS[lang]['label.note']}: {w['none']}", err=True)
        return
    counts = ("facts", "pending", "violations", "accepted", "corrected", "rejected")
    widths = {c: max(len(w[c]), 3) for c in counts}
    click.echo(f"{w['id']:<16}  {w['published']:<10}  " + "  ".join(f"{w[c].lower():>{widths[c]}}" for c in counts)
               + f"  {w['source'].lower()}")
    for s in found:
        title = f" · {s['title']}" if s["title"] and s["title"] != s["name"] else ""
        publisher = f" · {s['publisher']}" if s.get("publisher") else ""
        publisher += "".join(f" · {line}" for line in carriers_said(s.get("carriers"), lang))  # (other sites carrying it)
        click.echo(f"{s['id']:<16}  {day_said(s['published'], lang) or '':<10}  " + "  ".join(f"{s[c]:>{widths[c]}}" for c in counts)
                   + f"  {s['name'] or ''}{title}{publisher}")


@review.command("show")
@click.argument("fact_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def review_show(ctx: click.Context, fact_id: str, fmt: str) -> None:
    """A fact with its sentence and the text around it."""
    from kg.cards.base import Labels, fact_line
    from kg.cards.text import carriers_said
    from kg.i18n import REVIEW, day_said, format_number, text_days_said
    from kg.paths import fact_path
    from kg.review import show
    from kg.store import holder

    lang = command_language(ctx)
    with _opened(ctx) as store:
        d = show(store, fact_id, lang if fmt == "text" else "en")
        # the fact as the review page and `review list` write it (its fields: --format json)
        labels = Labels(store, lang)
        lines = {k: text_days_said(fact_line(d["kind"], d[k], labels), lang)
                 for k in ("fact", "extracted") if fmt == "text" and d.get(k)}
    if fmt == "json":
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
        return
    w, c = REVIEW[lang], d["context"]
    click.echo(f"{d['id']}  {_word(d['kind'], lang)}  {_word(d['state'], lang)}  {w['confidence'].lower()} {format_number(round(d['confidence'], 2), lang)}  "
               f"{w['source'].lower()} {d['source']} ({d['source_name']})")
    for line in carriers_said((d.get("source_about") or {}).get("carriers"), lang):  # (other sites carrying its text)
        click.echo(f"  {line}")
    click.echo(f"{w['fact']}: {lines['fact']}")
    if d["state"] == "corrected":
        click.echo(f"{w['extracted']}: {lines['extracted']}")
    if d["violation"]:
        click.echo(f"{w['not_in_graph'].lower()}: {text_days_said(d['violation'], lang)}")
    if d["decision"] and d["decision"]["stale"]:
        was = w["was"].format(state=_word(d["decision"]["state"], lang), reviewer=d["decision"]["reviewer"])
        click.echo(f"{was}; {w['stale'][0].lower()}{w['stale'][1:]}")
    click.echo(f"{w['evidence']}: «{d['evidence']['exact']}»")
    click.echo(f"{w['in_text']}: …" + " ".join((c["before"] + "[[" + c["sentence"] + "]]" + c["after"]).split()) + "…")
    # (the fact's page on `dkg serve`, an address to send a colleague: whole where a server holds this store, else
    # its path, to put after the server's own address)
    served = holder.current(store_location(ctx))
    if served is not None and served.url:
        click.echo(f"{w['fact_page_served']}: {served.url}{fact_path(d['id'])}")
    else:
        click.echo(f"{w['fact_page']}: {fact_path(d['id'])}")
    for h in d["history"]:
        click.echo(f"  {day_said(h['at'][:16], lang)} UTC {h['reviewer']}: {_word(h['state'], lang)}" + (f" ({h['reason']})" if h["reason"] else ""))
        if h.get("overrides"):  # (the decision recorded as undoing another reviewer's)
            click.echo(f"    {h['overrides']['said']}")
        if u := h.get("undone"):  # (a decision an undo took back: kept in the history, said undone)
            click.echo(f"    {w['history_undone']} #{u['change']}, {w['history_undone_at']} #{u['id']}"
                       + (f" · {w['history_sent_by']}: {u['by']}" if u["by"] else "") + f" · {day_said(u['time'][:16], lang)} UTC")


def _reviewer(given: str | None) -> str:
    """Who decides a review sent to a server: this user, not the one running the server."""
    from kg.review import default_reviewer

    return given or default_reviewer()


def _decided(result, verb: str) -> None:
    """How many facts were decided, whose decision each replaced where another reviewer's, and why each held one
    stays out, in the command's language."""
    from kg.i18n import ERRORS, error_words, text_days_said

    from kg.review import replaced_json

    lang = command_language(click.get_current_context())
    click.echo(error_words(f"done.{verb}", {"facts": len(result.decided)}, lang)[0], err=True)
    for fid, earlier in result.replaced.items():  # (another reviewer's word undone: said, never silent)
        _replaced(fid, earlier if isinstance(earlier, dict) else replaced_json(earlier))
    for it in result.held:
        why = text_days_said(it.violation(lang) or it.violation_en or "", lang)
        said, hint = error_words("done.held", {"id": it.id, "why": why}, lang)
        click.echo(said, err=True)
        if hint and it is result.held[-1]:  # (what to do, once after the last of them)
            click.echo(f"{ERRORS[lang]['label.hint']}: {hint}", err=True)


def _replaced(fid: str, earlier: dict | None) -> None:
    """Say, in the command's language, whose word (``kg.review.replaced_json``'s fields) a decision replaced."""
    from kg.review import replaced_text

    if earlier:
        click.echo(f"{fid}: " + replaced_text(earlier, command_language(click.get_current_context())), err=True)


@review.command("accept")
@click.argument("fact_ids", nargs=-1, required=True)
@click.option("--reviewer", default=None, help=REVIEWER_HELP)
@click.pass_context
def review_accept(ctx: click.Context, fact_ids: tuple[str, ...], reviewer: str | None) -> None:
    """Accept facts as they stand: as extracted, or as corrected (the correction then stays)."""
    from kg.review import decide

    if (client := write_server(ctx)) is not None:
        _decided(client.review(list(fact_ids), "accepted", reviewer=_reviewer(reviewer)), "accepted")
        return
    with _opened(ctx, write=True) as store:
        _decided(decide(store, list(fact_ids), "accepted", reviewer=reviewer), "accepted")


@review.command("reject")
@click.argument("fact_ids", nargs=-1, required=True)
@click.option("--reason", default=None, help="Why, in a few words.")
@click.option("--reviewer", default=None, help=REVIEWER_HELP)
@click.pass_context
def review_reject(ctx: click.Context, fact_ids: tuple[str, ...], reason: str | None, reviewer: str | None) -> None:
    """Reject facts (as they stand, corrected or not): they leave the graph and do not come back when
    the text is ingested again."""
    from kg.review import decide

    if (client := write_server(ctx)) is not None:
        _decided(client.review(list(fact_ids), "rejected", reviewer=_reviewer(reviewer), reason=reason), "rejected")
        return
    with _opened(ctx, write=True) as store:
        _decided(decide(store, list(fact_ids), "rejected", reviewer=reviewer, reason=reason), "rejected")


@review.command("correct")
@click.argument("fact_id")
@click.option("--set", "changes", multiple=True, required=True,
              help="field=value (repeatable): body, role (lead, coordinate, participate, monitor, or as the "
                   "pages say them: chủ trì, phối hợp, tham gia, theo dõi, giám sát), document, task, text, value, unit, comparator, "
                   "period, of, date, organizer, reviews (comma-separated keys), type, from, to, issuer, "
                   "place (a document's: \"xã Bảo Thắng, Lào Cai\", the province last) ...")
@click.option("--reason", default=None, help="Why, in a few words.")
@click.option("--reviewer", default=None, help=REVIEWER_HELP)
@click.pass_context
def review_correct(ctx: click.Context, fact_id: str, changes: tuple[str, ...], reason: str | None,
                   reviewer: str | None) -> None:
    """Correct a fact; the correction holds when the text is ingested again."""
    from kg.review import decide
    from kg.review.corrections import parse_assignments

    parsed = parse_assignments(changes)
    if (client := write_server(ctx)) is not None:
        _decided(client.review([fact_id], "corrected", reviewer=_reviewer(reviewer), reason=reason, changes=parsed),
                 "corrected")
        return
    with _opened(ctx, write=True) as store:
        _decided(decide(store, [fact_id], "corrected", reviewer=reviewer, reason=reason, changes=parsed),
                 "corrected")


def _assessment(status: str) -> str:
    """The code of an assessment given in the review page's Vietnamese words (``đạt một phần``, ``dat mot phan``:
    mức đạt), else the status as given (the review's own reading takes the English words and says what it takes)."""
    from kg.i18n import ASSESSMENT, REVIEW
    from kg.text.symbols import fold

    return {fold(REVIEW["vi"][code]): code for code in ASSESSMENT}.get(fold(status), status)


@review.command("assess")
@click.argument("fact_id")
@click.option("--status", required=True,
              help="attained, partly, not attained or no data; or as the review page says them: đạt, đạt một phần, "
                   "không đạt, chưa có số liệu (diacritics optional).")
@click.option("--note", default=None, help="Why, in a few words (e.g. the figures compared).")
@click.option("--reviewer", default=None, help=REVIEWER_HELP)
@click.pass_context
def review_assess(ctx: click.Context, fact_id: str, status: str, note: str | None, reviewer: str | None) -> None:
    """Assess a target (attained, partly, not attained, no data), apart from the outcome as reported;
    `dkg query targets` shows both."""
    from kg.review import assess, replaced_json

    status = _assessment(status)
    if (client := write_server(ctx)) is not None:
        answer = client.assess(fact_id, status, note=note, reviewer=_reviewer(reviewer))
        node, replaces = str(answer["target"]), answer.get("replaces")
    else:
        with _opened(ctx, write=True) as store:
            done = assess(store, fact_id, status, note=note, reviewer=reviewer)
        node, replaces = done.node, replaced_json(done.replaced, what="assessment") if done.replaced else None
    from kg.i18n import error_words

    click.echo(error_words("done.assessed", {"id": fact_id, "node": node}, command_language(ctx))[0], err=True)
    _replaced(fact_id, replaces)


@review.command("tie")
@click.argument("outcome")
@click.argument("target")
@click.option("--reject", is_flag=True, help="The outcome does not answer the target: the pair is never matched again.")
@click.option("--reason", default=None, help="Why, in a few words.")
@click.option("--reviewer", default=None, help=REVIEWER_HELP)
@click.pass_context
def review_tie(ctx: click.Context, outcome: str, target: str, reject: bool, reason: str | None, reviewer: str | None) -> None:
    """Confirm that OUTCOME answers TARGET (their IRIs, as `dkg query targets` and `dkg show --format json` give
    a pair matched by its words), which ties them as a source would; with --reject, say it does not."""
    from kg.review import tie

    decision = "rejected" if reject else "accepted"
    if (client := write_server(ctx)) is not None:
        done = client.tie(outcome, target, decision, reason=reason, reviewer=_reviewer(reviewer))
    else:
        with _opened(ctx, write=True) as store:
            done = tie(store, outcome, target, decision, reviewer=reviewer, reason=reason)
    from kg.i18n import error_words

    click.echo(error_words(f"done.tie-{done['state']}", {"outcome": outcome, "target": target},
                           command_language(ctx))[0], err=True)
    _replaced(done["id"], done.get("replaces"))


@review.command("export")
@click.option("--format", "fmt", type=click.Choice(["facts"]), default="facts")
@click.option("--source", default=None, help="Only this source id.")
@click.pass_context
def review_export(ctx: click.Context, fmt: str, source: str | None) -> None:
    """The reviewed facts in the facts format: one object per source (an array for several, as
    `dkg extract` prints them)."""
    from kg.review import export_facts

    with _opened(ctx) as store:
        objs = export_facts(store, source)
    click.echo(json.dumps(objs[0] if len(objs) == 1 else objs, ensure_ascii=False, indent=2))


__all__ = ["review"]
