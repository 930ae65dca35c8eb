"""``dkg``: the command line. It parses input, calls the library, formats output.

Results go to stdout, diagnostics to stderr. Exit codes: 0 success, 1 the data does not
conform (or a command found failures), 2 usage or input errors, 3 store errors.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sys
from collections.abc import Iterator

import click

from kg.asof import DAY_FORMS, parse_day
from kg import cli_upkeep, cli_views
from kg.cli_review import review
from kg.cli_store import (FOLLOWS, LANG_VAR, command_agent, command_language, command_store, language,
                          merged_place_note, note, said_done, serve_starting, shown_language, store_location,
                          write_server)
from kg.cli_usage import context_language, said_usage_error, use_language
from kg.errors import DkgError, UsageError
from kg.text.dockeys import key_name


def _set_language(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """``--lang`` must say vi or en; ``$DKG_LANG`` set to anything else (``fr``) means English, so
    that one setting of the shell does not stop every command."""
    if value is None:
        return language(os.environ.get(LANG_VAR))
    if not value.strip().lower().startswith(("vi", "en")):
        raise click.BadParameter(f"{value!r}: say vi (tiếng Việt) or en (English)")
    return language(value)


STORE_HELP = "Store folder (default: $DKG_STORE, else ~/.local/share/directive-kg/store; " \
             "where none exists yet, read-only commands use the bundled dataset)."


def _set_store(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(dict)["store"] = value


def _with_store_option(command: click.Command) -> None:
    """``--store`` after the subcommand too (``dkg query --store S ...``), on every command and
    the commands of its groups; it overrides one given before the subcommand."""
    if not any(p.name == "store" for p in command.params):
        command.params.append(click.Option(["--store"], expose_value=False, callback=_set_store,
                                           help=STORE_HELP))
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _with_store_option(sub)


class DkgGroup(click.Group):
    """Turns library errors into one line on stderr and an exit code."""

    def add_store_options(self) -> None:
        """``--store`` after every command's name too (also on commands added by other modules after import)."""
        for command in self.commands.values():
            _with_store_option(command)

    def main(self, *args, **kwargs):
        self.add_store_options()
        use_language(self)
        # an ill-typed literal ("2024-13-45"^^xsd:date) is reported by the shapes with its node and value;
        # rdflib's own warning, a traceback for each such literal, reached the terminal (and the server's log)
        logging.getLogger("rdflib.term").setLevel(logging.ERROR)
        return super().main(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        args, given_args = list(args), list(args)  # (click's parser consumes the list it is given)
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:  # the root's own options (`dkg --lang vi --bogus`): not parsed yet
            given = [value for name, value in zip(given_args, given_args[1:]) if name == "--lang"]
            given += [arg.partition("=")[2] for arg in given_args if arg.startswith("--lang=")]
            lang = language(given[0]) if given else context_language(ctx)
            raise said_usage_error(exc, lang) from None

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:  # a command's options and arguments, or no such command
            raise said_usage_error(exc, context_language(ctx)) from None
        except DkgError as exc:
            from kg.i18n import ERRORS

            lang = command_language(ctx)
            message, hint = exc.said(lang)
            click.echo(f"{ERRORS[lang]['label.error']}: {message}", err=True)
            report = getattr(exc, "report", None)
            if report is not None:
                click.echo(report.to_text(lang=lang, name=key_name), err=True)
            if hint:
                click.echo(f"{ERRORS[lang]['label.hint']}: {hint}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:  # `dkg export | head`: the reader has all it wanted
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except ModuleNotFoundError as exc:  # a dependency missing, e.g. `python3 -m kg` in a checkout
            if (exc.name or "").split(".")[0] in ("kg", "viz"):
                raise  # our own module: a bug, not an installation problem
            click.echo(f"error: this Python lacks {exc.name!r}, a dependency of directive-kg", err=True)
            click.echo("hint: install them with `pip install .`, or run the `dkg` of the environment "
                       "they are installed in", err=True)
            ctx.exit(2)


@contextlib.contextmanager
def _writing_store(ctx: click.Context) -> Iterator:
    """The store a load or an ingest writes to. Where none exists yet it is built in a folder
    beside the final one and moved into place only once the write succeeded, so that a refused
    load leaves nothing behind."""
    from kg.store import Store

    path = store_location(ctx)
    if path is None or (path / "main").exists():
        store = command_store(ctx, write=True)
        try:
            yield store
        except BaseException:
            with contextlib.suppress(DkgError):  # the first error is the one to report
                store.close()
            raise
        store.close()
        return
    staging = path.parent / f".{path.name}.new-{os.getpid()}"
    store = Store.open(staging)
    store.agent = command_agent(ctx)
    try:
        yield store
        wrote = _holds_data(store)
    except BaseException:
        store.close()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    store.close()
    if not wrote:  # every input was refused: there is nothing to keep
        shutil.rmtree(staging, ignore_errors=True)
        return
    staging.rename(path)
    # (`dkg load --bundled` has just put the sample in: the usual hint to add it would say the opposite)
    said_done(ctx, "done.created-store-sampled" if ctx.params.get("bundled") else "done.created-store", store=str(path))


def _holds_data(store) -> bool:
    """Does a new store hold anything beyond what the store derives or owns itself?"""
    from kg.rdf.graphs import CHANGES, INDEX, INFERRED, REFERENCE

    owned = {REFERENCE, INFERRED, INDEX, CHANGES}
    return any(g not in owned for g in store.main.named_graphs()) or len(store.quarantine_store) > 0


@click.group(cls=DkgGroup, context_settings={"help_option_names": ["-h", "--help"], "show_default": True})
@click.option("--store", "store", envvar="DKG_STORE", default=None, help=STORE_HELP)
@click.option("--lang", "lang", default=None, callback=_set_language, metavar="vi|en", is_eager=True,
              help="Language of what dkg shows and says (tables, reports, errors, hints): vi (tiếng Việt) or "
                   "en (default: $DKG_LANG, else vi). A command's own --lang sets only what it shows.")
@click.version_option(package_name="directive-kg")
@click.pass_context
def main(ctx: click.Context, store: str | None, lang: str) -> None:
    """directive-kg: a knowledge graph of Vietnamese Party and State directives."""
    ctx.ensure_object(dict)
    ctx.obj["store"] = store
    ctx.obj["lang"] = lang


# --- load / validate / stats / export ------------------------------------------------

def _read_inputs(files: tuple[str, ...]) -> tuple[list[str], dict[str, bytes]]:
    """File names, with ``-`` read from stdin as Turtle."""
    names, data = [], {}
    for f in files:
        if f == "-":
            names.append("<stdin>.ttl")
            data["<stdin>.ttl"] = sys.stdin.buffer.read()
        else:
            names.append(f)
    return names, data


@main.command()
@click.argument("files", nargs=-1)
@click.option("--force", is_flag=True, help="Load non-conforming data into the review quarantine instead of refusing it.")
@click.option("--bundled", is_flag=True, help="Also load the bundled sample dataset (what commands show before a store exists).")
@click.pass_context
def load(ctx: click.Context, files: tuple[str, ...], force: bool, bundled: bool) -> None:
    """Validate FILES (Turtle, N-Triples, N-Quads, JSON-LD; - for stdin) and load them as one atomic batch."""
    if not files and not bundled:
        raise UsageError(code="nothing-to-load")
    # (the allocator for a large load was chosen by kg.cli_launch from the parsed command line)
    names, data = _read_inputs(files)
    if bundled:  # named "bundled/corpus.ttl" in the change log and on /changes, not by where it is installed
        from kg.resources import package_data

        sample = {f"bundled/{p.name}": p.read_bytes() for p in sorted(package_data("bundled").glob("*.ttl"))}
        names, data = [*sample, *names], {**sample, **data}
    client = write_server(ctx)
    if client is not None:
        result = client.load(names, data, force=force)
    else:
        from kg.store.loading import load_ahead, parsed_ahead  # (a large batch parsed before the store opens)
        with parsed_ahead(names, data) as ahead, _writing_store(ctx) as store:
            result = load_ahead(store, ahead, names, data, force=force)
    if result.quarantined:
        click.echo(result.report.to_text(lang=command_language(ctx), name=key_name), err=True)
        said_done(ctx, "done.quarantined-load", triples=result.triples, files=len(names))
        ctx.exit(1)
    said_done(ctx, "done.loaded", triples=result.triples, files=len(names), graph=str(result.graph))


@main.command()
@click.argument("files", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text")
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None,
              help="Language of the messages" + FOLLOWS)
@click.pass_context
def validate(ctx: click.Context, files: tuple[str, ...], fmt: str, lang: str | None) -> None:
    """Validate FILES against the shapes with the store they would load into, or the whole store
    when none are given.

    Exit 0 when the data conforms, 1 when it does not, 2 on a usage error."""
    from kg.validate import read_batch, validate_batch
    from kg.validate import validate as run_validation

    # the store a load would write to (--store, $DKG_STORE or the default; the bundled data where
    # none exists yet), so that a file gets the report its load would give
    store = command_store(ctx, read_only=True)
    if files:
        names, data = _read_inputs(files)
        report = validate_batch(read_batch(names, data), store=store).report
    else:
        report = run_validation(store.data_graph())
    store.close()  # (releases the folder's lock for the next command of the same process)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    elif fmt == "turtle":
        click.echo(report.to_graph().serialize(format="turtle"))
    else:
        click.echo(report.to_text(lang=shown_language(ctx, lang), name=key_name))
    ctx.exit(0 if report.conforms else 1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld"]), default="ttl")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="The file to write (default: standard output).")
@click.option("--province", default=None, help="Only the documents whose jurisdiction lies in this province or "
              "district (name with or without diacritics, GSO code or IRI), with what is stated about them.")
@click.option("--level", default=None, help="Only the documents of this level: central, province, district or commune.")
@click.option("--doc", default=None, metavar="KEY", help="Only document KEY and the documents that link to it.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: str | None, province: str | None, level: str | None,
           doc: str | None) -> None:
    """Write the store's data (without reference data or inferences), or with --province, --level or --doc the
    documents they choose (as `dkg changes` does), everything stated about them with its evidence and sources,
    and the documents they carry out as bare nodes (type, label, key): a file another store loads and validates."""
    from kg import exporting
    from kg.changes_model import Filters

    filters = Filters.of(province, level, doc)
    store = command_store(ctx, read_only=True)
    write, chosen = exporting.writer(store, fmt, filters)
    if chosen is not None and not chosen:
        # an empty file and exit 0 said nothing: a newcomer asking for an old province's name took it for a bug
        for words in exporting.nothing_chosen(filters, lambda name, value: f"--{name} '{value}'"):
            note(ctx, words.key, **words.details)
    if output:
        with open(output, "wb") as out:
            write(out)
    else:
        write(sys.stdout.buffer)


# --- queries --------------------------------------------------------------------------

def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(code="parameter-pair", details={"pair": repr(pair)})
        out[name.strip()] = value
    return out


@main.command("queries")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def list_queries(ctx: click.Context, fmt: str) -> None:
    """List the named queries and their parameters."""
    from kg.i18n import CLI_TEXT
    from kg.queries import catalog

    entries = catalog()
    if fmt == "json":
        click.echo(json.dumps([q.to_json() for q in entries], ensure_ascii=False, indent=2))
        return
    from kg.queries.cells import parameter_said

    lang = command_language(ctx)
    for q in entries:  # (in the command's language alone, as /queries says them; --format json keeps the types)
        params = "; ".join(parameter_said(p, lang) for p in q.parameters)
        click.echo(f"{q.name:<14} {q.title_vi if lang == 'vi' else q.title_en}")
        if params:
            click.echo(f"{'':<14} {CLI_TEXT[lang]['queries.parameters']}: {params}")


@main.command()
@click.argument("query")
@click.option("-p", "--param", "params", multiple=True,
              help="A parameter as name=value (repeatable); `dkg queries` lists each query's parameters.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              help="table: for reading here, in the command's language; csv, tsv, json: the columns' names "
                   "and codes, for scripts and spreadsheets (write them to a file with > FILE).")
@click.option("--excel", is_flag=True,
              help="With csv or tsv: start with a UTF-8 byte-order mark, so that Excel shows Vietnamese "
                   "letters rightly (without it, Excel reads the file in the system's old code page).")
@click.pass_context
def query(ctx: click.Context, query: str, params: tuple[str, ...], fmt: str, excel: bool) -> None:
    """Run a named query, a .rq FILE, or SPARQL text (- reads it from stdin).

    `dkg queries` lists the named queries and their parameters, e.g.
    `dkg query coverage -p doc=46-NQ/TW -p place="Lạng Sơn"`. SPARQL text declares the prefixes it
    uses (the /sparql page of `dkg serve` lists this data's PREFIX lines). For a report's spreadsheet:
    `dkg query cascade -p doc=46-NQ/TW --format csv --excel > cascade.csv`."""
    from kg.queries import run

    if excel and fmt not in ("csv", "tsv"):  # (refused before the query runs)
        raise UsageError(code="excel-format")
    if query == "-":
        query = sys.stdin.read()
    given = _params(params)
    table = run(command_store(ctx, read_only=True), query, given)
    if not table.rows and given.get("place"):
        on = given.get("as_of") or given.get("date")
        merged_place_note(ctx, given["place"], "-p place", parse_day(on, "as_of") if on else None)
    width = shutil.get_terminal_size().columns if fmt == "table" and sys.stdout.isatty() else None
    click.echo(table.render(fmt, width=width, lang=command_language(ctx), excel=excel), nl=False)


# --- extraction -------------------------------------------------------------------------

MAX_CHARS_HELP = ("Refuse texts longer than this many characters (default: $DKG_MAX_TEXT_CHARS, else 400000); "
                  "split longer ones into one file per article or report.")


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "ttl"]), default="json")
@click.option("--date", "on", default=None, help="Publication date of the text(s), " + DAY_FORMS + " (default: the page's own).")
@click.option("--place", default=None, help="The publisher's province, when the text does not say.")
@click.option("--max-chars", default=None, type=int, help=MAX_CHARS_HELP)
def extract(files: tuple[str, ...], fmt: str, on: str | None, place: str | None, max_chars: int | None) -> None:
    """Extract facts from FILES (- for stdin): UTF-8 text, saved web pages (.html), PDFs with a
    text layer, Word .docx."""
    from kg.extracting import extract_files

    out = extract_files(files, fmt=fmt, on=on, place=place, max_chars=max_chars)
    click.echo(out, nl=not out.endswith("\n"))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "on", default=None, help="Publication date of the text(s), " + DAY_FORMS + " (default: the page's own).")
@click.option("--place", default=None, help="The publisher's province, when the text does not say.")
@click.option("--max-chars", default=None, type=int, help=MAX_CHARS_HELP)
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], on: str | None, place: str | None,
           max_chars: int | None) -> None:
    """Extract, validate and load files or folders (.txt, .html, .pdf, .docx); violating facts go to
    quarantine. Exit 2 when an input was refused (the others are loaded), 1 when a text's facts
    were all held back."""
    if "ingest" in sys.argv[1:]:  # (the real command, not a test runner calling it in-process)
        from kg.allocator import restart_for_ingest
        restart_for_ingest(paths)
    from kg.ingest import Reading, ingest_paths
    from kg.ingest_folder import folder_inputs
    from kg.sources import max_text

    limit = max_text(max_chars)  # a bad setting is a usage error before the store is opened
    day = parse_day(on, "--date")
    on = day.isoformat() if day else None  # (a server is sent the day in one form)
    client = write_server(ctx)
    if client is not None:
        from tqdm import tqdm  # (only here: an ingest into a store of this process shows its bar with kg.ingest)

        inputs = folder_inputs(paths)
        with tqdm(total=len(inputs.files), desc="ingest", unit="text", disable=not sys.stderr.isatty()) as bar:
            summary = client.ingest(inputs.files, on=on, place=place, max_chars=max_chars, progress=bar.update)
        summary.skipped += inputs.skipped
    else:
        # the texts' extraction starts first: the worker extracts while the store opens
        reading = Reading(paths, on=on, place=place, max_chars=limit)
        try:
            with _writing_store(ctx) as store:
                summary = ingest_paths(store, paths, progress=sys.stderr.isatty(), reading=reading)
        finally:
            reading.close()
    click.echo(summary.to_text(command_language(ctx)), err=True)
    if summary.loaded:  # a newcomer's ingest ended on a count of triples, with no word of where the facts wait
        note(ctx, "note.review-next")
    ctx.exit(summary.exit_code)


main.add_command(review)  # (kg/cli_review.py)
for _command in cli_views.COMMANDS:  # (show, history, changes ...: kg/cli_views.py)
    main.add_command(_command)
for _command in cli_upkeep.COMMANDS:  # (reason, reindex, backup, rollback: kg/cli_upkeep.py)
    main.add_command(_command)


# --- web and views ------------------------------------------------------------------------

@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on (0.0.0.0: every interface, reachable from other machines).")
@click.option("--port", default=8000, show_default=True, type=int, help="The port to listen on.")
@click.option("--update-token", envvar="DKG_UPDATE_TOKEN", default=None,
              help="Allow writes (SPARQL Update, review decisions, and the loads, ingests and other "
                   "writes CLI commands send while the server holds the store) for requests carrying "
                   "this bearer token.")
@click.option("--tokens-file", envvar="DKG_TOKENS_FILE", default=None, metavar="FILE",
              help="Allow writes for each analyst named in FILE (lines `name token`, readable by no other user: "
                   "chmod 600), recorded under their name: review decisions, `dkg history`, /changes. "
                   "--update-token may be given too (a shared token, whose writes carry no analyst's name).")
@click.option("--memory", is_flag=True, envvar="DKG_SERVE_MEMORY",
              help="Hold a copy of the folder store in memory and answer from it (queries several "
                   "times faster; start-up reads the whole store, so it takes longer and needs memory "
                   "for all of it). Writes still go to the folder first.")
@click.option("--public-url", envvar="DKG_PUBLIC_URL", default=None, metavar="URL",
              help="The address the analysts open (https://dkg.example.vn, with the path a proxy mounts it at): every "
                   "absolute link the server writes (the feed of /changes, /sparql's base IRI) begins with it. "
                   "Without it, each request's own Host header, refused unless a well-formed host[:port].")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, update_token: str | None, tokens_file: str | None,
          memory: bool, public_url: str | None) -> None:
    """Serve the SPARQL endpoint, the validation service and the pages.

    While it runs, it holds a folder store for writing: write commands on that store (load,
    ingest, review, reason, reindex, rollback) send their writes to it, with the update token
    ($DKG_UPDATE_TOKEN).

    Where jemalloc is installed, it starts itself again with it as the allocator (queries with
    large joins run faster); DKG_MALLOC=system keeps the system's.
    \f
    (Below the form feed, for readers of the code only: the writes are sent by :mod:`kg.client`,
    the allocator is :mod:`kg.allocator`, its figures in bench/RESULTS-notes.md.)"""
    # (the allocator was chosen by kg.cli_launch from the parsed command line, before this module was imported: a
    # second decision here, from a word of sys.argv, restarted a test runner whose own arguments held "serve")
    serve_starting(ctx, memory=memory, writes=bool(update_token or tokens_file))  # (before the seconds below)

    from kg.store import holder
    from kg.web import create_app, serving
    from kg.web.address import check_port, parse_public_url
    from kg.web.auth import TokensFile

    public = parse_public_url(public_url) if public_url else None  # (refused before the store is opened too)
    check_port(host, port, holder.client_url(host, port))
    # (a bad file refused before the store is opened; read again whenever it changes while the server runs)
    tokens = TokensFile(tokens_file, update_token) if tokens_file else None
    writes = bool(update_token or tokens)

    # A server that takes writes makes the store where there is none yet, as a write command does: it answered
    # from the bundled dataset in memory, held no folder, and a `dkg ingest` run beside it made the store and
    # wrote there, unseen by the server (its pages still showed the bundled sample and an empty review queue)
    path = store_location(ctx)
    fresh = writes and path is not None and not (path / "main").exists()
    store = command_store(ctx, memory=memory, write=fresh)
    if fresh:
        said_done(ctx, "done.created-store", store=str(path))
    # (advertise: a CLI write on this store is sent here while the server runs, see kg.client)
    app = create_app(store, update_token=update_token, tokens_file=tokens,
                     advertise=holder.client_url(host, port), public_url=public)
    if app.state.query_pool is not None:  # (its snapshot is made as uvicorn starts the app)
        note(ctx, "note.serve-preparing")

    def ready() -> None:  # (once it listens: uvicorn's own lines say nothing of the store's writes)
        note(ctx, "note.serving-writes" if writes else "note.serving-read-only", url=holder.client_url(host, port))
        if tokens is not None:  # (a file missing a colleague's line, or one too many, is seen before anyone writes)
            count = len(tokens.analysts())
            note(ctx, "note.serving-analyst" if count == 1 else "note.serving-analysts", file=str(tokens.path),
                 count=count)
            if readers := len(tokens.readers()):
                note(ctx, "note.serving-readers", count=readers)
        if not (host.startswith("127.") or host in ("localhost", "::1")):
            # (the address above is the one this machine's CLI uses: a colleague needs this machine's own)
            import socket

            note(ctx, "note.serving-network", url=f"http://{socket.gethostname()}:{port}", port=str(port))
    serving.run(app, host=host, port=port, ready=ready)


if __name__ == "__main__":  # pragma: no cover
    main()
