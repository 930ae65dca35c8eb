"""The commands that read the store's views and print them: ``dkg show`` (a document's card),
``dkg history`` and ``dkg changes`` (what the change sets did), ``dkg scoreboard``, ``dkg bodies``,
``dkg analyze`` and ``dkg viz`` (the cascade as a page). Each prints what a web page shows, as text
or JSON; none writes to the store. ``kg.cli`` adds them to ``dkg`` (``COMMANDS``).

Each command imports what it uses when called, so that ``dkg --help`` starts fast.
"""

from __future__ import annotations

import json
import shutil
from typing import cast
from pathlib import Path

import click

from kg.asof import DAY_FORMS, parse_day
from kg.cli_store import FOLLOWS, command_language, command_store, merged_place_note, served_by, shown_language


@click.command()
@click.argument("doc")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def analyze(ctx: click.Context, doc: str, fmt: str) -> None:
    """Cascade analytics of a document: depth, breadth, critical path, central bodies, orphans."""
    from kg.analytics import analyze as run_analysis

    result = run_analysis(command_store(ctx, read_only=True), doc)
    click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2) if fmt == "json"
               else result.to_text(command_language(ctx)))


@click.command()
@click.argument("key")
@click.option("--iri", default=None, help="The document's IRI, where several documents share KEY.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None,
              help="Language of the labels" + FOLLOWS)
@click.option("--as-of", "as_of", default=None, metavar="DATE",
              help="The card as it stood on this day, " + DAY_FORMS + " (default: everything the store holds).")
@click.pass_context
def show(ctx: click.Context, key: str, iri: str | None, fmt: str, lang: str | None, as_of: str | None) -> None:
    """The card of document KEY: what it is, its links, tasks, targets, outcomes and reviews
    (what the web page /doc/KEY shows)."""
    from kg.cards import card_text, document_card

    lang = shown_language(ctx, lang)
    card = document_card(command_store(ctx, read_only=True), key, lang, iri=iri, as_of=parse_day(as_of, "--as-of"))
    click.echo(json.dumps(card, ensure_ascii=False, indent=2) if fmt == "json" else card_text(card, lang), nl=fmt == "json")


@click.command("history")
@click.option("--since", default=None, help="Only the change sets made on or after this day (" + DAY_FORMS + ").")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def history_cmd(ctx: click.Context, since: str | None, fmt: str) -> None:
    """List the store's change sets (every load, ingest, reasoning, reindex, update, rollback), oldest first."""
    from kg.changes import source_texts
    from kg.changes_text import command_text
    from kg.i18n import CLI_TEXT, day_said, files_said, format_number
    from kg.review import ledger
    from kg.store import history

    day = parse_day(since, "--since")
    store = command_store(ctx, read_only=True)
    sets = history.change_sets(store, since=day)
    if fmt == "json":
        click.echo(json.dumps([c.to_json() for c in sets], ensure_ascii=False, indent=2))
        return
    # an ingested text by its file's name (its two graphs once), other sources as recorded
    known = {m["id"]: m for m in ledger.sources(store)} if any(c.sources for c in sets) else {}
    named = history.text_files(store)  # (a text no longer in the store: the file a change set read it from)
    lang = command_language(ctx)
    words = CLI_TEXT[lang]
    click.echo(f"{words['history.id']:>5}  {words['history.time']:<19}  {words['history.added']:>8}  "
               f"{words['history.removed']:>8}  {words['history.what']}")
    for c in sets:
        # (each text by the file the change set was made from: a later file with its words may have taken its place)
        names = [c.files.get(t["id"] or "") or (known[t["id"]].get("name") or t["title"] if t["id"] in known else t["title"])
                 for t in source_texts(c.sources, known, named=named)]
        files = set(c.files.values())  # (the files in their names' order, after what the change set names otherwise)
        names = sorted(dict.fromkeys(names), key=lambda name: (name in files, name if name in files else ""))
        what = command_text(c.command, lang) + (f" ({files_said(names, lang)})" if names else "")
        if c.by:  # (the analyst a server knew by their own token)
            what += f" [{words['history.by']}: {c.by}]"
        if c.undoes:
            what += f" {words['history.undoing']} {', '.join(map(str, c.undoes))}"
        if c.derived_only:
            what += f" [{words['history.derived']}: {', '.join(g.rsplit('/', 1)[-1] for g in c.graphs)}]"
        click.echo(f"{c.number:>5}  {day_said(c.time[:19], lang):<19}  {format_number(c.added, lang):>8}  "
                   f"{format_number(c.removed, lang):>8}  {what}")


@click.command("changes")
@click.option("--province", default=None, help="Only the items of documents whose jurisdiction lies in this "
              "province or district (name with or without diacritics, GSO code or IRI).")
@click.option("--level", default=None, help="Only the items of documents of this level: central, province, district or commune.")
@click.option("--doc", default=None, metavar="KEY", help="Only the items of document KEY (links to it included).")
@click.option("--limit", default=50, show_default=True, type=int, help="At most this many change sets (1 to 1000).")
@click.option("--before", default=None, type=int, metavar="N", help="The next page: the change sets numbered below N "
              "(the number `older` gives in JSON, the last one a page shows).")
@click.option("--since", default=None, metavar="DATE", help="Only the change sets made on or after this day, "
              + DAY_FORMS + " (a week's report: --since 2026-11-30).")
@click.option("--items", "listed", is_flag=True, help="Each item on a line, also in a change set of more than "
              "ten (an ingest's), which is otherwise said as its counts by kind.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None,
              help="Language of the labels" + FOLLOWS)
@click.pass_context
def changes_cmd(ctx: click.Context, province: str | None, level: str | None, doc: str | None, limit: int,
                before: int | None, since: str | None, listed: bool, fmt: str, lang: str | None) -> None:
    """What changed, newest first: the documents, implementation links, targets, outcomes and
    review events each change set added or removed (what the web page /changes shows); a change set
    of many items as their counts, unless --items (--format json lists them all)."""
    from kg import changes, changes_text
    from kg.changes_model import check_before

    lang = shown_language(ctx, lang)
    day = parse_day(since, "--since")
    filters = changes.Filters.of(province, level, doc, limit)
    before = check_before(before)
    data: changes.Changes
    if (server := served_by(ctx)) is not None:  # (a change set's quads are kept beside the server's store: it reads them)
        from kg.client import read

        data = cast(changes.Changes, read(server, "/changes.json", {**filters.params(), "limit": str(filters.limit),
                                              **({"since": day.isoformat()} if day else {}),
                                              **({"before": str(before)} if before else {})}, lang=command_language(ctx)))
    else:
        data = changes.changes(command_store(ctx, read_only=True), filters, day, before=before)
    if not data["change_sets"]:
        merged_place_note(ctx, province)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if fmt == "json"
               else changes_text.to_text(data, lang, since=day is not None, items=listed), nl=fmt == "json")


@click.command()
@click.argument("key")
@click.option("--as-of", "as_of", default=None, metavar="DATE", help="The day of reckoning, " + DAY_FORMS + " (default today).")
@click.option("--late-after", default=None, type=click.IntRange(min=0), metavar="DAYS",
              help="A province is late when its first document came more than DAYS after (default 90).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None,
              help="Language of the text" + FOLLOWS)
@click.pass_context
def scoreboard(ctx: click.Context, key: str, as_of: str | None, late_after: int | None, fmt: str,
               lang: str | None) -> None:
    """How document KEY is carried out across the provinces: coverage and lag, targets, reviews, timeline."""
    from kg import scoreboard as board

    data = board.scoreboard(command_store(ctx, read_only=True), key, parse_day(as_of, "--as-of"),
                            late_after=board.LATE_AFTER_DAYS if late_after is None else late_after)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(board.to_text(data, width=max(60, shutil.get_terminal_size((100, 24)).columns), lang=shown_language(ctx, lang)), nl=False)


@click.command()
@click.argument("name", required=False)
@click.option("--kind", default=None, help="Only bodies of this kind (e.g. party-committee; see `--format json`'s kinds).")
@click.option("--level", default=None, help="Only bodies of this level: central, province, district or commune.")
@click.option("--place", default=None, help="Only bodies of this province or district (and the units under it).")
@click.option("--page", "page_no", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None,
              help="Language of the labels" + FOLLOWS)
@click.pass_context
def bodies(ctx: click.Context, name: str | None, kind: str | None, level: str | None, place: str | None,
           page_no: int, fmt: str, lang: str | None) -> None:
    """The directory of bodies whose name matches NAME (diacritics optional; all without it),
    busiest first, with their task and document counts (what the web page /bodies shows)."""
    from kg import directory

    lang = shown_language(ctx, lang)
    data = directory.directory(command_store(ctx, read_only=True), q=name, kind=kind, level=level, place=place,
                               lang=lang, page_no=page_no)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if fmt == "json" else directory.to_text(data, lang),
               nl=fmt == "json")


@click.command()
@click.argument("key")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The HTML file to write (one page, readable offline).")
@click.option("--as-of", "as_of", default=None, metavar="DATE", help="The cascade as known on this day, " + DAY_FORMS + ".")
@click.pass_context
def viz(ctx: click.Context, key: str, output: str, as_of: str | None) -> None:
    """Write the interactive cascade of document KEY as a standalone HTML file."""
    from kg.views import cascade_page

    given = parse_day(as_of, "--as-of")
    day = given.isoformat() if given else None
    Path(output).write_text(cascade_page(command_store(ctx, read_only=True), key, as_of=day), encoding="utf-8")
    click.echo(f"wrote {output}", err=True)



#: The commands of this module, in the order ``kg.cli`` adds them.
#: A store of more texts than this says their graphs as two lines in ``dkg stats`` (``--each`` lists them all).
STATS_EACH = 10


@click.command()
@click.option("--each", is_flag=True, help="List every text's graphs, however many texts the store holds.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def stats(ctx: click.Context, each: bool, fmt: str) -> None:
    """Triples per named graph and instances per class."""
    store = command_store(ctx, read_only=True)
    graphs, classes = store.stats()
    if fmt == "json":
        click.echo(json.dumps({"store": str(store.location or store.url or "bundled"), "graphs": graphs, "classes": classes},
                              ensure_ascii=False, indent=2))
        return
    from kg.i18n import CLI_TEXT, format_number
    from kg.rdf.graphs import SOURCE_PREFIX
    from kg.review import ledger

    lang = command_language(ctx)
    words = CLI_TEXT[lang]
    click.echo(words["stats.store"].format(where=store.location or store.url or words["stats.bundled"]))
    click.echo(words["stats.graphs"])
    texts = {g: g.rpartition("/source/")[2] for g in graphs if g.startswith((SOURCE_PREFIX, ledger.RECORD_PREFIX))}
    if len(set(texts.values())) > STATS_EACH and not each:  # (a year's texts: their graphs summed, by kind)
        for prefix in (ledger.RECORD_PREFIX, SOURCE_PREFIX):
            mine = [n for g, n in graphs.items() if g in texts and g.startswith(prefix)]
            graphs = {g: n for g, n in graphs.items() if not (g in texts and g.startswith(prefix))}
            if mine:
                graphs[prefix + "*"] = sum(mine)
                texts[prefix + "*"] = words["stats.texts"].format(count=format_number(len(mine), lang))
        names = {g: name for g, name in texts.items() if g.endswith("*")}
    else:  # (a text's graphs are named by a digest: say which text, by its file, as `dkg review sources` names it)
        files = {s["id"]: s["name"] for s in ledger.sources(store) if s.get("name")} if texts else {}
        names = {g: files[sid] for g, sid in texts.items() if sid in files}
    for g, n in sorted(graphs.items()):
        # (counts as the language writes numbers, "4.240" in Vietnamese: the one rule, kg.i18n.format_number)
        click.echo(f"  {format_number(n, lang):>9}  {g}" + (f"  ({names[g]})" if g in names else ""))
    if any(g.endswith("*") for g in names):
        click.echo(f"  {words['stats.each']}")
    click.echo(words["stats.classes"])
    for c, n in classes.items():
        click.echo(f"  {format_number(n, lang):>9}  {c}")


COMMANDS = [analyze, show, history_cmd, changes_cmd, scoreboard, bodies, viz, stats]
