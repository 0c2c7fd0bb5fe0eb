"""The `claimgraph` command: parse arguments, call one library function, print."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .config import Settings, load_settings
from .errors import ClaimgraphError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news pages into a source-attributed evidence graph.")
err = Console(stderr=True)
out = Console()

DbOpt = Annotated[str | None, typer.Option("--db", help="SQLite store (default ./claimgraph.db)")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline to use")]


def _settings(db: str | None = None, model: str | None = None,
              workers: int | None = None) -> Settings:
    try:
        return load_settings(db=db, model=model, workers=workers)
    except ClaimgraphError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


def _open(settings: Settings, must_exist: bool = False):  # type: ignore[no-untyped-def]
    from .store.sqlite import SQLiteStore

    if must_exist and not Path(settings.db).exists():
        err.print(f"[red]error:[/] no database at {settings.db}: run `claimgraph ingest` first")
        raise typer.Exit(2)
    try:
        return SQLiteStore(settings.db)
    except ClaimgraphError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="files and folders (recursively)")],
           db: DbOpt = None, model: ModelOpt = None,
           workers: Annotated[int | None, typer.Option(
               "--workers", help="processes for parsing and extraction (0 = one per core)")] = None,
           quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False) -> None:
    """Ingest pages (text dumps, HTML, JSONL, WARC) into the store."""
    from .ingest.run import count_files, ingest_paths

    settings = _settings(db, model, workers)
    with _open(settings) as store:
        total = count_files(paths)
        show = not quiet and total > 1 and err.is_terminal
        with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, disable=not show) as bar:
            task = bar.add_task("files", total=total)
            try:
                report = ingest_paths(paths, store, settings,
                                      progress=lambda _e, n: bar.update(task, completed=n))
            except ClaimgraphError as exc:
                err.print(f"[red]error:[/] {exc}")
                raise typer.Exit(2) from exc
    for failure in report.failed:
        err.print(f"failed: {failure.source}: {failure.reason}", markup=False, highlight=False)
    if not quiet:
        err.print(f"ingested {report.ingested}, unchanged {report.unchanged}, "
                  f"near-duplicates {report.near_duplicates}, failed {len(report.failed)}")
    raise typer.Exit(report.exit_code)


@app.command()
def export(db: DbOpt = None,
           fmt: Annotated[str, typer.Option("--format", help="json")] = "json") -> None:
    """Export everything extracted, as JSON on stdout (the contract's shape)."""
    from .present.export import export_json

    if fmt != "json":
        err.print(f"[red]error:[/] unknown format {fmt!r} (known: json)")
        raise typer.Exit(2)
    with _open(_settings(db), must_exist=True) as store:
        data = export_json(store)
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


@app.command()
def ask(text: Annotated[str | None, typer.Argument(help="a proposition in plain English")] = None,
        db: DbOpt = None, model: ModelOpt = None,
        as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout")] = False,
        file: Annotated[Path | None, typer.Option("--file", help="one proposition a line")] = None,
        ) -> None:
    """Who asserts, denies or hedges a proposition, with the exact evidence span."""
    from .claims.ask import ask_store

    if (text is None) == (file is None):
        err.print("[red]error:[/] give one proposition, or --file with one a line")
        raise typer.Exit(2)
    settings = _settings(db, model)
    questions = [text] if text is not None else _lines(file)
    with _open(settings, must_exist=True) as store:
        answers = {q: ask_store(store, q, settings) for q in questions}
    if as_json:
        data = answers if file is not None else answers[questions[0]]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return
    for q, items in answers.items():
        table = Table(title=q, show_lines=False)
        for col in ("source", "holder", "stance", "score", "evidence"):
            table.add_column(col)
        for it in items:
            table.add_row(it["source"], it["holder"], it["stance"], f"{it['score']:.2f}",
                          it["text"])
        out.print(table if items else f"{q}: no claims found")


def _lines(file: Path | None) -> list[str]:
    assert file is not None
    try:
        return [ln.strip() for ln in file.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"[red]error:[/] {file}: cannot read ({exc})")
        raise typer.Exit(2) from exc


entities_app = typer.Typer(add_completion=False, help="Corpus entities: list, merge, split.")
app.add_typer(entities_app, name="entities")


@entities_app.callback(invoke_without_command=True)
def entities(ctx: typer.Context, db: DbOpt = None) -> None:
    """List entities with their aliases, roles (with years) and document counts."""
    from .present.export import export_entities

    if ctx.invoked_subcommand is not None:
        return
    with _open(_settings(db), must_exist=True) as store:
        rows = export_entities(store)
    table = Table()
    for col in ("id", "name", "type", "docs", "aliases", "roles"):
        table.add_column(col)
    for e in sorted(rows, key=lambda e: -e["documents"]):
        roles = "; ".join(f"{r['role']} ({r['year'] or '?'})" for r in e["roles"])
        table.add_row(e["id"], e["name"], e["type"], str(e["documents"]),
                      ", ".join(e["aliases"]), roles)
    out.print(table)


@entities_app.command("merge")
def entities_merge(a: Annotated[str, typer.Argument(help="entity id or name to keep")],
                   b: Annotated[str, typer.Argument(help="entity id or name to fold into A")],
                   db: DbOpt = None) -> None:
    """Record that A and B are one actor (kept in a log replayed on every resolution)."""
    from .resolve.judgements import merge

    kept = _judge(db, lambda store: merge(store, a, b))
    out.print(f"merged {b!r} into {kept}")


@entities_app.command("split")
def entities_split(a: Annotated[str, typer.Argument(help="entity id or name")],
                   alias: Annotated[str, typer.Argument(help="the alias that names someone else")],
                   db: DbOpt = None) -> None:
    """Record that ALIAS does not name A; its mentions move to an entity of their own."""
    from .resolve.judgements import split

    new = _judge(db, lambda store: split(store, a, alias))
    out.print(f"split {alias!r} out of {a!r} into {new}")


def _judge(db: str | None, record: Callable[[Any], str]) -> str:
    """Record one analyst judgement in the store; a refused one is a clear error (exit 2)."""
    with _open(_settings(db), must_exist=True) as store:
        try:
            return record(store)
        except ClaimgraphError as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc


@app.command()
def statements(db: DbOpt = None,
               speaker: Annotated[str | None, typer.Option(
                   "--speaker", help="only this speaker (a part of the name, any case)")] = None,
               as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout")] = False,
               ) -> None:
    """List who said what, document by document: when and where it was said, if the text says."""
    from .present.export import export_json

    with _open(_settings(db), must_exist=True) as store:
        data = export_json(store)
    rows = [dict(s, source=d["source"]) for d in data["documents"] for s in d["statements"]
            if speaker is None or speaker.lower() in (s["speaker"] or "").lower()]
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table()
    for col in ("source", "speaker", "cue", "said", "kind", "content"):
        table.add_column(col)
    for s in rows:
        said = " · ".join(x for x in (s.get("when"), s.get("medium")) if x)
        table.add_row(s["source"], s["speaker"] or "?", s["cue"] or "", said, s["kind"],
                      s["content"][:160])
    out.print(table if rows else "no statements" + (f" by {speaker!r}" if speaker else ""))


@app.command()
def claims(db: DbOpt = None,
           min_docs: Annotated[int, typer.Option("--min-docs", help="hide smaller clusters")] = 2,
           as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout")] = False) -> None:
    """Propositions across documents: who asserts, denies, hedges; contradictions; independence."""
    from .claims.independence import propositions

    with _open(_settings(db), must_exist=True) as store:
        props = propositions(store, min_docs)
    if as_json:
        sys.stdout.write(json.dumps(props, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table(show_lines=True)
    for col in ("proposition", "assert", "deny", "hedge", "first", "docs", "indep."):
        table.add_column(col)
    for p in props:
        h = p["holders"]
        flag = " [red](contradiction)[/]" if p["contradiction"] else ""
        table.add_row(p["label"][:120] + flag, ", ".join(h["assert"]), ", ".join(h["deny"]),
                      ", ".join(h["hedge"]),
                      f"{p['first']['source']} {p['first']['published'] or ''}",
                      str(p["documents"]), str(p["independent_sources"]))
    out.print(table if props else "no claim clusters yet")


@app.command()
def demo(db: DbOpt = None) -> None:
    """Ingest the built-in demo corpus and print what was found."""
    from .demo import run_demo

    try:
        run_demo(out, db)
    except ClaimgraphError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from exc


def main() -> None:
    """Entry point of the console script."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
