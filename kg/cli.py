"""``dkg``: the command line. It parses input, calls the library, formats output.

Results go to stdout, diagnostics to stderr. Exit codes: 0 success, 1 the data does not
conform (or a command found failures), 2 usage or input errors, 3 store errors.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from kg.errors import DkgError, UsageError

STORE_HELP = "Store folder (default: $DKG_STORE, else ~/.local/share/directive-kg/store; " \
             "where none exists yet, read-only commands use the bundled dataset)."


class DkgGroup(click.Group):
    """Turns library errors into one line on stderr and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DkgError as exc:
            click.echo(f"error: {exc.message}", err=True)
            if getattr(exc, "report", None) is not None:
                click.echo(exc.report.to_text(), err=True)
            if exc.hint:
                click.echo(f"hint: {exc.hint}", err=True)
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


def _store(ctx: click.Context, *, write: bool = False, memory: bool = False, read_only: bool = False):
    from kg.store import Store

    store = Store.from_cli(ctx.obj.get("store"), write=write, memory=memory, read_only=read_only)
    store.agent = f"dkg {ctx.info_name}"  # how the change log names this command's writes
    if store.repaired:
        click.echo(f"note: {store.repaired}", err=True)
    if store.is_bundled:
        click.echo(f"note: no store at {_location(ctx)} yet: answering from the bundled dataset "
                   "(`dkg load` or `dkg ingest` creates one)", err=True)
    return store


def _location(ctx: click.Context) -> Path | None:
    """The folder the command's store lives in (None for a store on a SPARQL server)."""
    from kg.store.store import ENV_VAR, default_location

    loc = ctx.obj.get("store") or os.environ.get(ENV_VAR)
    if loc and "://" in loc:
        return None
    return Path(loc) if loc else default_location()


def _existing_store(ctx: click.Context, action: str):
    """The store for a command that changes derived data only (reason, reindex): it must exist."""
    path = _location(ctx)
    if path is not None and not (path / "main").exists():
        raise UsageError(f"no store at {path} to {action}",
                         hint="the bundled dataset is answered from memory and cannot be changed; create a store "
                              "with `dkg load FILE` or `dkg ingest PATH` first")
    return _store(ctx, write=True)


@contextlib.contextmanager
def _writing_store(ctx: click.Context) -> Iterator:
    """The store a load or an ingest writes to. Where none exists yet it is built in a folder
    beside the final one and moved into place only once the write succeeded, so that a refused
    load leaves nothing behind."""
    from kg.store import Store

    path = _location(ctx)
    if path is None or (path / "main").exists():
        store = _store(ctx, write=True)
        try:
            yield store
        finally:
            store.close()
        return
    staging = path.parent / f".{path.name}.new-{os.getpid()}"
    store = Store.open(staging)
    store.agent = f"dkg {ctx.info_name}"
    try:
        yield store
    except BaseException:
        store.close()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    store.close()
    staging.rename(path)
    click.echo(f"created a store at {path}", err=True)


@click.group(cls=DkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store", envvar="DKG_STORE", default=None, help=STORE_HELP)
@click.version_option(package_name="directive-kg")
@click.pass_context
def main(ctx: click.Context, store: str | None) -> None:
    """directive-kg: a knowledge graph of Vietnamese Party and State directives."""
    ctx.ensure_object(dict)
    ctx.obj["store"] = store


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
@click.argument("files", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Load non-conforming data into the review quarantine instead of refusing it.")
@click.pass_context
def load(ctx: click.Context, files: tuple[str, ...], force: bool) -> None:
    """Validate FILES (Turtle, N-Triples, N-Quads, JSON-LD; - for stdin) and load them as one atomic batch."""
    names, data = _read_inputs(files)
    with _writing_store(ctx) as store:
        result = store.load_files(names, force=force, data=data)
    if result.quarantined:
        click.echo(result.report.to_text(), err=True)
        click.echo(f"quarantined {result.triples} triples from {len(names)} file(s) for review", err=True)
        ctx.exit(1)
    click.echo(f"loaded {result.triples} triples from {len(names)} file(s) into {result.graph}", err=True)


@main.command()
@click.argument("files", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", help="Language of the messages.")
@click.pass_context
def validate(ctx: click.Context, files: tuple[str, ...], fmt: str, lang: str) -> None:
    """Validate FILES against the shapes, or the whole store when none are given.

    Exit 0 when the data conforms, 1 when it does not, 2 on a usage error."""
    from kg.store import Store
    from kg.rdf.files import parse_file
    from kg.rdf.terms import triples_to_graph
    from kg.validate import validate as run_validation

    if files:
        names, data = _read_inputs(files)
        quads = []
        for name in names:
            quads.extend(parse_file(name, data.get(name)))
        graph = triples_to_graph(quads)
        store = Store.from_cli(ctx.obj.get("store"), read_only=True) if ctx.obj.get("store") else None
        report = run_validation(graph, context=store.context_for(graph) if store else None,
                                report_context=False)
    else:
        report = run_validation(_store(ctx, read_only=True).data_graph())
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    elif fmt == "turtle":
        click.echo(report.to_graph().serialize(format="turtle"))
    else:
        click.echo(report.to_text(lang=lang))
    ctx.exit(0 if report.conforms else 1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def stats(ctx: click.Context, fmt: str) -> None:
    """Triples per named graph and instances per class."""
    store = _store(ctx, read_only=True)
    graphs, classes = store.graph_counts(), store.class_counts()
    if fmt == "json":
        click.echo(json.dumps({"store": str(store.location or "bundled"), "graphs": graphs, "classes": classes},
                              ensure_ascii=False, indent=2))
        return
    click.echo(f"store: {store.location or 'bundled dataset (in memory)'}")
    click.echo("triples per graph:")
    for g, n in sorted(graphs.items()):
        click.echo(f"  {n:>9}  {g}")
    click.echo("instances per class:")
    for c, n in classes.items():
        click.echo(f"  {n:>9}  {c}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld"]), default="ttl")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None)
@click.pass_context
def export(ctx: click.Context, fmt: str, output: str | None) -> None:
    """Write the store's data (without reference data or inferences)."""
    store = _store(ctx, read_only=True)
    if output:
        with open(output, "wb") as out:
            store.export(fmt, out)
    else:
        store.export(fmt, sys.stdout.buffer)


# --- queries --------------------------------------------------------------------------

def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"parameter {pair!r} is not name=value", hint="e.g. -p doc=46-NQ/TW")
        out[name.strip()] = value
    return out


@main.command("queries")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def list_queries(fmt: str) -> None:
    """List the named queries and their parameters."""
    from kg.queries import catalog

    entries = catalog()
    if fmt == "json":
        click.echo(json.dumps([q.to_json() for q in entries], ensure_ascii=False, indent=2))
        return
    for q in entries:
        params = ", ".join(p.signature() for p in q.parameters)
        click.echo(f"{q.name:<14} {q.title_en} / {q.title_vi}")
        if params:
            click.echo(f"{'':<14} parameters: {params}")


@main.command()
@click.argument("query")
@click.option("-p", "--param", "params", multiple=True, help="A parameter as name=value (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table")
@click.pass_context
def query(ctx: click.Context, query: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a named query, a .rq FILE, or SPARQL text."""
    from kg.queries import run

    table = run(_store(ctx, read_only=True), query, _params(params))
    click.echo(table.render(fmt), nl=False)


@main.command()
@click.option("--engine", type=click.Choice(["auto", "rules", "reasonable", "owlrl"]), default="auto",
              show_default=True, help="auto: the rules engine when the ontology needs nothing more, else reasonable or owlrl")
@click.pass_context
def reason(ctx: click.Context, engine: str) -> None:
    """Materialise the OWL 2 RL entailments the queries use into graph/inferred."""
    from kg.reason import materialize

    store = _existing_store(ctx, "reason over")
    result = materialize(store, engine)
    store.close()
    click.echo(str(result), err=True)


@main.command()
@click.pass_context
def reindex(ctx: click.Context) -> None:
    """Rebuild the index graph (graph/index: search words, place keys, bodies' task counts) from
    the data; loads keep it up to date, so this is only needed after writing to the store with
    another tool or with a SPARQL update."""
    store = _existing_store(ctx, "reindex")
    docs, names = store.rebuild_index()
    store.close()
    click.echo(f"search index rebuilt: {docs} documents, {names} place names", err=True)


@main.command()
@click.argument("doc")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def analyze(ctx: click.Context, doc: str, fmt: str) -> None:
    """Cascade analytics of a document: depth, breadth, critical path, central bodies, orphans."""
    from kg.analytics import analyze as run_analysis

    result = run_analysis(_store(ctx, read_only=True), doc)
    click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2) if fmt == "json" else result.to_text())


# --- history ------------------------------------------------------------------------------

@main.command("history")
@click.option("--since", default=None, help="Only the change sets made on or after this date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def history_cmd(ctx: click.Context, since: str | None, fmt: str) -> None:
    """List the store's change sets (every load, ingest, reasoning, reindex, update, rollback), oldest first."""
    from kg.store import history

    day = _date_option(since, "--since")
    sets = history.change_sets(_store(ctx, read_only=True), since=day)
    if fmt == "json":
        click.echo(json.dumps([c.to_json() for c in sets], ensure_ascii=False, indent=2))
        return
    click.echo(f"{'id':>5}  {'time (UTC)':<19}  {'added':>8}  {'removed':>8}  command / sources")
    for c in sets:
        what = c.command + (f" ({', '.join(c.sources)})" if c.sources else "")
        if c.undoes:
            what += f" undoing {', '.join(map(str, c.undoes))}"
        if c.derived_only:
            what += f" [derived: {', '.join(g.rsplit('/', 1)[-1] for g in c.graphs)}]"
        click.echo(f"{c.number:>5}  {c.time[:19].replace('T', ' '):<19}  {c.added:>8}  {c.removed:>8}  {what}")


@main.command()
@click.argument("change", type=int)
@click.option("--cascade", is_flag=True, help="Also undo every change set made after CHANGE.")
@click.pass_context
def rollback(ctx: click.Context, change: int, cascade: bool) -> None:
    """Undo change set CHANGE (see `dkg history`); the rollback is itself a change set. The
    inferences are dropped (run `dkg reason` again) and the search index rebuilt."""
    from kg.store import history

    store = _existing_store(ctx, "roll back")
    try:
        done = history.rollback(store, change, cascade=cascade)
    finally:
        store.close()
    click.echo(f"change set {done.number}: undid {', '.join(map(str, done.undoes))} "
               f"({done.removed} quads removed, {done.added} restored)", err=True)


def _date_option(value: str | None, name: str):
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} {value!r} is not a date", hint="write it as YYYY-MM-DD") from None


# --- extraction -------------------------------------------------------------------------

@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "ttl"]), default="json")
@click.option("--date", "on", default=None, help="Publication date of the text(s), YYYY-MM-DD.")
@click.option("--place", default=None, help="The publisher's province, when the text does not say.")
def extract(files: tuple[str, ...], fmt: str, on: str | None, place: str | None) -> None:
    """Extract facts from Vietnamese text FILES (- for stdin)."""
    from kg.ingest import extract_files

    out = extract_files(files, fmt=fmt, on=on, place=place)
    click.echo(out, nl=not out.endswith("\n"))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "on", default=None, help="Publication date of the text(s), YYYY-MM-DD.")
@click.option("--place", default=None, help="The publisher's province, when the text does not say.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], on: str | None, place: str | None) -> None:
    """Extract, validate and load text files or folders (violating facts go to quarantine)."""
    from kg.ingest import ingest_paths

    with _writing_store(ctx) as store:
        summary = ingest_paths(store, paths, on=on, place=place, progress=sys.stderr.isatty())
    click.echo(summary.to_text(), err=True)
    ctx.exit(0 if summary.ok else 1)


# --- web and views ------------------------------------------------------------------------

@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--update-token", envvar="DKG_UPDATE_TOKEN", default=None,
              help="Allow SPARQL Update for requests carrying this bearer token.")
@click.option("--memory", is_flag=True, envvar="DKG_SERVE_MEMORY",
              help="Hold a copy of the folder store in memory and answer from it (queries several "
                   "times faster; start-up reads the whole store, about 10 s and 1.2 GiB per 1M triples). "
                   "Writes still go to the folder first.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, update_token: str | None, memory: bool) -> None:
    """Serve the SPARQL endpoint, the validation service and the pages.

    Where jemalloc is installed, the command first starts itself again with it as the allocator
    (queries with large hash joins run two to four times faster; ``DKG_MALLOC=system`` keeps the
    system's): see :mod:`kg.store.allocator`."""
    import uvicorn

    from kg.store.allocator import restart_with_jemalloc
    from kg.web import create_app

    if "serve" in sys.argv[1:]:  # (the real command, not a test runner calling it in-process)
        restart_with_jemalloc()

    app = create_app(_store(ctx, memory=memory), update_token=update_token)
    uvicorn.run(app, host=host, port=port, log_level="info")


@main.command()
@click.argument("key")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True))
@click.pass_context
def viz(ctx: click.Context, key: str, output: str) -> None:
    """Write the interactive cascade of document KEY as a standalone HTML file."""
    from kg.views import cascade_page

    Path(output).write_text(cascade_page(_store(ctx, read_only=True), key), encoding="utf-8")
    click.echo(f"wrote {output}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
