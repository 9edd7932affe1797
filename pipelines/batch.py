"""What `roadmaps ingest` does once its files are known and the parser workers' server runs
(pipelines/cmd_ingest.py starts it first).

Files are hashed first and skipped when the same path with the same sha256 is stored (before
any parsing); the rest are parsed in a process pool and written by this process only, in
chunks of whole documents (one transaction per chunk; never part of a document). Failing files
are listed at the end and recorded in ingest_errors. `--prune` deletes the documents whose
files are gone from the walked folders.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ingest.errors import printable
from pipelines.batch_progress import progress
from pipelines.batch_walk import NOT_REGULAR, Walk, gone, sha256_file
from pipelines.ru import counted
from store.labels import label, reason_ru

if TYPE_CHECKING:
    from normalize.models import Record
    from normalize.themes import ThemeMatcher
    from store.themes import CatalogueRow


@dataclass
class Stats:
    """What a run did; the failures are (path, reason, error_type)."""

    files: int = 0
    loaded: int = 0
    replaced: int = 0
    unchanged: int = 0
    gone: int = 0  # stored documents whose files are gone from the walked folders
    pruned: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    formats: Counter[str] = field(default_factory=Counter)  # of the files loaded
    unrecognised: list[str] = field(default_factory=list)  # loaded with nothing recognisable

    def fail(self, path: Path | str, reason: str, error_type: str) -> None:
        self.failures.append((str(path), reason, error_type))


def _plan(files: list[Path], stored: set[tuple[str | None, str]], stats: Stats) -> list[Path]:
    """Files that need parsing: readable, and not stored with this path and these bytes (a
    path whose bytes changed is read again, whatever other path holds the same bytes)."""
    todo = []
    for f in files:
        if not f.is_file():  # a pipe named on the command line would block the hashing
            stats.fail(f, NOT_REGULAR, "io")
            continue
        try:
            digest = sha256_file(f)
        except OSError as exc:
            stats.fail(f, f"cannot read: {exc.strerror or exc}", "io")
            continue
        if (str(f), digest) in stored:
            stats.unchanged += 1
        else:
            todo.append(f)
    return todo


REFUSED = ("nothing recognisable: no activities, indicators, document kind or title "
           "(refused by --strict)")
# Records stored per transaction: DuckDB's per-statement overhead (~1.4 ms, 9 statements a
# document) is what storing costs, so a chunk of documents shares one set of statements
# (store/bulk.py, 291 sample records: 1.4 ms/doc in chunks of 20, 0.9 in chunks of 50, 0.7
# in chunks of 100). A slow file flushes a smaller chunk (IDLE_SECONDS), and a killed run
# re-parses at most one chunk.
CHUNK = 50


def _store(con: duckdb.DuckDBPyConnection, items: list[tuple[Record, str]],
           stats: Stats) -> None:
    """Store parsed files as one chunk (each alone if the chunk fails) and count them."""
    from normalize.models import nothing_recognised
    from store.load import load_records

    for (rec, path), res in zip(items, load_records(con, items), strict=True):
        if isinstance(res, Exception):  # rolled back; the other documents are stored
            stats.fail(path, f"not stored: {type(res).__name__}: {res}", "store")
        elif res.status == "unchanged":
            stats.unchanged += 1
        else:
            stats.loaded += 1
            stats.replaced += res.status == "replaced"
            stats.formats[rec.source.format] += 1
            if nothing_recognised(rec):
                stats.unrecognised.append(path)


def _import(con: duckdb.DuckDBPyConnection, todo: list[Path], args: argparse.Namespace,
            stats: Stats, matcher: ThemeMatcher | None = None) -> None:
    """Parse in the pool and store from here, CHUNK documents per transaction; what is
    parsed is stored as soon as the workers keep it waiting (a slow file) and at the end."""
    from ingest.limits import Limits
    from normalize.models import nothing_recognised
    from pipelines.batch_pool import parse_all
    from pipelines.themes_apply import retheme_record

    limits = Limits(ocr=not args.no_ocr)
    pending: list[tuple[Record, str]] = []

    def flush() -> None:
        if pending:
            _store(con, pending, stats)
            pending.clear()

    with progress(len(todo), lambda: len(stats.failures)) as prog:
        def idle() -> None:
            flush()
            prog.show()

        for out in parse_all([str(p) for p in todo], args.workers, args.timeout, limits,
                             on_idle=idle, on_start=prog.started):
            if out.record is not None and args.strict and nothing_recognised(out.record):
                stats.fail(out.path, REFUSED, "refused")
            elif out.record is not None:
                # a user's themes file: decided here, once per name, as extract would
                rec = retheme_record(out.record, matcher) if matcher else out.record
                pending.append((rec, out.path))
                if len(pending) >= CHUNK:
                    flush()
            else:
                stats.fail(out.path, out.reason or "?", out.error_type or "internal")
                if args.debug and out.detail:
                    print(out.detail, file=sys.stderr)
            prog.finished()
        flush()


def _files(n: int, case: str = "nom") -> str:
    forms = {"nom": ("файл", "файла", "файлов"), "loc": ("файле", "файлах", "файлах")}[case]
    return counted(n, *forms)


def _counted(counts: Counter[str] | dict[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items(), key=lambda x: -x[1]))


def _run_line(stats: Stats, db: Path) -> str:
    loaded = f"загружено: {stats.loaded}"
    if stats.formats:
        loaded += f" ({_counted(stats.formats)})"
    if stats.replaced:
        loaded += f", из них заменили прежнюю версию: {stats.replaced}"
    if stats.unrecognised:
        loaded += f", без распознанного содержимого: {len(stats.unrecognised)}"
    pruned = f", удалено (файлов больше нет): {stats.pruned}" if stats.pruned else ""
    return (f"найдено файлов: {stats.files}; {loaded}; без изменений: {stats.unchanged}{pruned}; "
            f"с ошибкой: {len(stats.failures)} → {printable(str(db))}")


_CONTENTS = """
SELECT count(*), count(DISTINCT municipality), sum(versions), count(*) FILTER (versions > 1),
       sum(activities), sum(indicators),
       (SELECT count(DISTINCT report_document_id) FROM plan_fact_indicators),
       (SELECT count(*) FROM plan_fact_indicators)
FROM v_overview
"""


def _summary(con: duckdb.DuckDBPyConnection, stats: Stats, db: Path) -> None:
    """What this run did, what the database now holds, and where to look next."""
    print(_run_line(stats, db))
    row = con.execute(_CONTENTS).fetchone()
    assert row is not None
    docs, towns, files, multi, acts, inds, reports, pf = row
    kinds = {label("kind", kind) or "вид не определён": n for kind, n in
             con.execute("SELECT kind, count(*) FROM v_overview GROUP BY ALL").fetchall()}
    print(f"в базе: {counted(docs, 'документ', 'документа', 'документов')} из "
          f"{counted(towns, 'муниципалитета', 'муниципалитетов', 'муниципалитетов')} "
          f"({_files(files or 0)}; документов в нескольких форматах: {multi}, каждый учтён "
          "один раз)")
    if docs:
        values = counted(pf, "значение показателя", "значения показателей",
                         "значений показателей")
        print(f"  {_counted(kinds)}; мероприятий: {acts}, показателей: {inds}; план-факт: "
              f"{values} из {counted(reports, 'отчёта', 'отчётов', 'отчётов')}")
        print(f"дальше: roadmaps compare overview --db {printable(str(db))}\n"
              f"        roadmaps compare plan-fact --db {printable(str(db))}")
    if stats.unrecognised:
        names = ", ".join(printable(Path(p).name) for p in stats.unrecognised[:5])
        more = f" и ещё {len(stats.unrecognised) - 5}" if len(stats.unrecognised) > 5 else ""
        print(f"ничего не распознано (нет мероприятий, показателей, вида или названия "
              f"документа; сохранены с предупреждением) в {_files(len(stats.unrecognised), 'loc')}"
              f": {names}{more}; `roadmaps ingest --strict` отклоняет такие файлы")
    if stats.gone and not stats.pruned:
        print(f"документов в базе, чьих файлов больше нет в этих папках: {stats.gone}; "
              "`roadmaps ingest --prune` удалит их")
    _print_failures(stats)


def _print_failures(stats: Stats) -> None:
    for path, reason, kind in stats.failures:
        print(f"не загружен: {printable(path)}: {printable(reason_ru(reason))}"
              + (" (внутренняя ошибка)" if kind == "internal" else ""), file=sys.stderr)


def _prune(con: duckdb.DuckDBPyConnection, walk: Walk, args: argparse.Namespace,
           stats: Stats) -> None:
    """Count (and with --prune delete, in one transaction) the stored documents of the walked
    folders whose files are gone."""
    from store.db import rollback
    from store.load import delete_document, stored_paths

    ids = gone(stored_paths(con), walk.folders) if walk.folders else []
    stats.gone = len(ids)
    if not ids or not args.prune:
        return
    con.begin()
    try:
        for doc_id in ids:
            delete_document(con, doc_id)
        con.commit()
    except BaseException:
        rollback(con)
        raise
    stats.pruned = len(ids)


def _ingest(con: duckdb.DuckDBPyConnection, walk: Walk, args: argparse.Namespace,
            stats: Stats, themes: tuple[ThemeMatcher | None, list[CatalogueRow]]) -> None:
    from store.link import ensure_fresh
    from store.load import stored_files
    from store.runs import finish_run, start_run

    run_id = start_run(con, stats.files)
    _prune(con, walk, args, stats)
    todo = _plan(walk.files, stored_files(con), stats)
    _import(con, todo, args, stats, themes[0])
    _save_catalogue(con, themes[1], with_user=args.themes is not None)
    ensure_fresh(con)  # rebuilt when documents changed, here or in a killed run
    finish_run(con, run_id, stats.loaded, stats.unchanged, stats.failures)
    # Merge the write-ahead log now: at close DuckDB would fail silently on a full disk.
    con.execute("CHECKPOINT")


def _themes(args: argparse.Namespace
            ) -> tuple[ThemeMatcher | None, list[CatalogueRow]] | None:
    """The user's matcher (None without --themes) and the catalogue rows; None after saying
    why the themes file cannot be used."""
    from normalize.theme_vocab import ThemeDataError
    from pipelines.themes_apply import catalogue, load_matcher

    try:
        return (load_matcher(args.themes) if args.themes else None), catalogue(args.themes)
    except ThemeDataError as exc:
        print(f"roadmaps: {exc}", file=sys.stderr)
        return None


def _save_catalogue(con: duckdb.DuckDBPyConnection, rows: list[CatalogueRow],
                    with_user: bool) -> None:
    from store.db import rollback
    from store.themes import save_catalogue

    con.begin()
    try:
        save_catalogue(con, rows, ("taxonomy", "user") if with_user else ("taxonomy",))
        con.commit()
    except BaseException:
        rollback(con)
        raise


def ingest(args: argparse.Namespace, walk: Walk) -> int:
    """Import the walked files into args.db; the exit code (see pipelines/cmd_ingest.py)."""
    from store.db import connect, write_failure

    themes = _themes(args)
    if themes is None:
        return 2
    stats = Stats(files=len(walk.files) + len(walk.missing) + len(walk.unreadable))
    for m in walk.missing:
        stats.fail(m, "no such file or folder", "io")
    for path, reason in walk.unreadable:
        stats.fail(path, reason, "io")
    db = printable(str(args.db))
    if not walk.files and not (args.prune and walk.folders):
        _print_failures(stats)
        shown = " ".join(printable(str(p)) for p in args.paths)
        print(f"roadmaps: нет файлов для загрузки в {shown}", file=sys.stderr)
        return 2
    try:
        con = connect(args.db)
    except (duckdb.Error, OSError, RuntimeError) as exc:
        print(f"roadmaps: {db}: не удалось открыть базу: {_first_line(exc)}", file=sys.stderr)
        return 2
    try:
        _ingest(con, walk, args, stats, themes)
        _summary(con, stats, args.db)
    except duckdb.Error as exc:
        failure = write_failure(exc)
        if failure is None:
            raise
        _print_failures(stats)
        print(f"roadmaps: {db}: не удалось записать в базу: {reason_ru(failure)} (диск заполнен?): "
              "сохранённое раньше цело; освободите место и снова выполните `roadmaps ingest`",
              file=sys.stderr)
        return 2
    finally:
        with suppress(duckdb.Error):  # after a failed write, closing may fail the same way
            con.close()
    return 1 if stats.failures else 0


def _first_line(exc: BaseException) -> str:
    """DuckDB's messages run over several lines; the CLI promises one."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
