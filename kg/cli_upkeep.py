"""The commands that keep a store (``dkg reason``, ``dkg reindex``, ``dkg backup``, ``dkg rollback``): the
inferences drawn again, the index rebuilt, a copy made, a change set undone, here or through the server that holds
the store. ``kg.cli`` adds them to ``dkg`` (``COMMANDS``).

Each command imports what it uses when called, so that ``dkg --help`` starts fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli_store import (command_language, existing_store, held_by_command, said_done, store_location, store_when_free,
                          write_server)
from kg.errors import UsageError


@click.command()
@click.option("--engine", type=click.Choice(["auto", "rules", "reasonable", "owlrl"]), default="auto",
              show_default=True, help="auto: the rules engine when the ontology needs nothing more, else reasonable or owlrl")
@click.pass_context
def reason(ctx: click.Context, engine: str) -> None:
    """Materialise the OWL 2 RL entailments the queries use into graph/inferred."""
    from kg.reason import materialize

    client = write_server(ctx)
    if client is not None:
        click.echo(client.reason(engine).to_text(command_language(ctx)), err=True)
        return
    store = existing_store(ctx, "reason", redraw=False)  # (drawn once, below: its write ends any redraw owed)
    result = materialize(store, engine)
    store.close()
    click.echo(result.to_text(command_language(ctx)), err=True)


@click.command()
@click.pass_context
def reindex(ctx: click.Context) -> None:
    """Rebuild the index graph (graph/index: search words, place keys, bodies' task counts) from
    the data; loads keep it up to date, so this is only needed after writing to the store with
    another tool or with a SPARQL update."""
    client = write_server(ctx)
    if client is not None:
        docs, names = client.reindex()
    else:
        store = existing_store(ctx, "reindex")
        docs, names = store.rebuild_index()
        store.close()
    said_done(ctx, "done.reindexed", documents=docs, names=names)


@click.command()
@click.argument("target", type=click.Path(file_okay=False))
@click.pass_context
def backup(ctx: click.Context, target: str) -> None:
    """Copy the store into TARGET (a new folder), whole while `dkg serve` holds it (the server makes the copy between
    two writes: kg/store/backup.py); the copy is a store."""
    from kg.store.backup import backup as copy_store, check_target

    path = store_location(ctx)
    if path is None:
        raise UsageError(code="backup-remote")
    if not (path / "main").exists():
        raise UsageError(code="no-store", details={"path": str(path)})
    check_target(path, Path(target))
    client = None if held_by_command(ctx) else write_server(ctx, backup=True)  # (a load or an ingest under way: waited for)
    if client is not None:
        quads = client.backup(str(Path(target).resolve()))
    else:
        store = store_when_free(ctx)
        try:
            quads = copy_store(store, Path(target)).quads
        finally:
            store.close()
    said_done(ctx, "done.backup", store=str(path), target=target, quads=quads)


# --- history ------------------------------------------------------------------------------


@click.command()
@click.argument("change", type=int)
@click.option("--cascade", is_flag=True, help="Also undo every change set made after CHANGE.")
@click.pass_context
def rollback(ctx: click.Context, change: int, cascade: bool) -> None:
    """Undo change set CHANGE (see `dkg history`); the rollback is itself a change set. The
    inferences are drawn again over the data it leaves (an undo of `dkg reason` alone drops them) and the search
    index rebuilt."""
    from kg.store import history, undo

    client = write_server(ctx)
    if client is not None:
        done = history.ChangeSet.from_json(client.rollback(change, cascade=cascade))
    else:
        store = existing_store(ctx, "rollback")
        try:
            done = undo.rollback(store, change, cascade=cascade)
        finally:
            store.close()
    said_done(ctx, "done.rolled-back", number=str(done.number), undoes=", ".join(map(str, done.undoes)),
          removed=done.removed, added=done.added)


COMMANDS = [reason, reindex, backup, rollback]
