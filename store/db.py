"""Opening the DuckDB store: migrations from schema.sql, comparison views from views.sql."""

from __future__ import annotations

import hashlib
import os
import re
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb

_MIGRATION = re.compile(r"^-- migration (\d+):(.*)$", re.MULTILINE)


@dataclass(frozen=True)
class Migration:
    """One ordered schema step."""

    version: int
    title: str
    sql: str


def _sql_file(name: str) -> str:
    return resources.files("store").joinpath(name).read_text(encoding="utf-8")


@cache
def migrations() -> tuple[Migration, ...]:
    """The steps of schema.sql in order; their numbers must be 1, 2, 3 … without gaps."""
    text = _sql_file("schema.sql")
    marks = list(_MIGRATION.finditer(text))
    steps = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        steps.append(Migration(int(m.group(1)), m.group(2).strip(), text[m.end():end]))
    numbers = [s.version for s in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise RuntimeError(f"schema.sql migrations out of order: {numbers}")
    return tuple(steps)


class StoreError(RuntimeError):
    """The file at --db cannot be used as our store (another program's database, an older
    schema opened read-only …); the message is one line, for the user."""


def _objects(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables and views of the main schema (excluding DuckDB's own)."""
    rows = con.execute("SELECT table_name FROM information_schema.tables WHERE "
                       "table_schema = 'main' AND table_catalog = current_database() "
                       "ORDER BY 1").fetchall()
    return [r[0] for r in rows]


def stored_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration: 0 for an empty database. A database holding tables but
    no schema_version of ours belongs to another program: StoreError, nothing written."""
    names = _objects(con)
    version = 0
    if "schema_version" in names:
        row = con.execute("SELECT max(version) FROM schema_version").fetchone()
        version = int(row[0]) if row and row[0] is not None else 0
    others = [n for n in names if n != "schema_version"]
    if version == 0 and others:  # (an empty schema_version: added by older versions of this)
        shown = ", ".join(others[:5]) + (" …" if len(others) > 5 else "")
        raise StoreError(f"база DuckDB другой программы (таблицы: {shown}), а не хранилище "
                         "roadmaps: отказано, ничего не записано")
    return version


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration (0 for a new database, then given its schema_version)."""
    version = stored_version(con)
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, title VARCHAR, applied_at TIMESTAMP DEFAULT now())"
    )
    return version


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction. A COMMIT that failed (a full disk) has already ended
    it: DuckDB's "no transaction is active" must not hide the error that matters."""
    with suppress(duckdb.TransactionException):
        con.rollback()


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the pending migrations, each in its own transaction; return the new version."""
    current = schema_version(con)
    latest = migrations()[-1].version
    if current > latest:
        raise StoreError(f"схема базы {current} новее схемы этой программы ({latest})")
    for step in migrations()[current:]:
        con.begin()
        try:
            con.execute(step.sql)
            con.execute("INSERT INTO schema_version (version, title) VALUES (?, ?)",
                        [step.version, step.title])
            con.commit()
        except BaseException:
            rollback(con)
            raise
    return latest


def fill_doc_keys(con: duckdb.DuckDBPyConnection) -> int:
    """Compute the doc_key of rows that have none (stored before migration 2, or reset by a
    later migration that changes the key rules); return how many were filled."""
    from store.bulk import column_params, unnest_select
    from store.identity import KEY_COLUMNS, doc_key

    cur = con.execute(f"SELECT id, {', '.join(KEY_COLUMNS)} FROM documents "
                      "WHERE doc_key IS NULL")
    names = [d[0] for d in cur.description or []]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    if not rows:
        return 0
    cols = [("id", "BIGINT"), ("doc_key", "VARCHAR")]
    keys = [{"id": r["id"], "doc_key": doc_key(r)} for r in rows]
    con.execute(f"UPDATE documents SET doc_key = k.doc_key FROM ({unnest_select(cols)}) k "
                "WHERE documents.id = k.id", column_params(cols, keys))
    return len(rows)


def temporary_sql(sql: str) -> str:
    """`sql` making views and macros that live in memory for one connection (they shadow the
    stored ones): how a store opened read-only gets this program's views."""
    return (sql.replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TEMP VIEW")
            .replace("CREATE OR REPLACE MACRO", "CREATE OR REPLACE TEMP MACRO"))


def views_sql() -> str:
    """views.sql, then the label views made from the YAML files (store/labels.py)."""
    from store.labels import label_views_sql

    return _sql_file("views.sql") + label_views_sql()


def create_views(con: duckdb.DuckDBPyConnection, temporary: bool = False) -> None:
    """(Re)create the comparison views; they hold no data, so this is always safe. Temporary
    ones (a read-only store) live in memory for this connection and shadow the stored ones."""
    sql = views_sql()
    con.execute(temporary_sql(sql) if temporary else sql)


# The stored views were made by this SQL at this schema version: a stamp kept as the comment of
# schema_version. Recreating them costs ~0.04 CPU-s and a catalogue write (~0.1 s wall) at
# every writing connect; a changed views.sql, label YAML or migration changes the stamp.
_STAMP_SQL = ("SELECT comment FROM duckdb_tables() WHERE database_name = current_database() "
              "AND schema_name = 'main' AND table_name = 'schema_version'")


def refresh_views(con: duckdb.DuckDBPyConnection, version: int) -> bool:
    """Create the stored views unless its stamp says they are current; True if created."""
    sql = views_sql()
    stamp = f"views {version} " + hashlib.sha256(sql.encode()).hexdigest()
    row = con.execute(_STAMP_SQL).fetchone()
    if row is not None and row[0] == stamp:
        return False
    con.execute(sql)
    con.execute(f"COMMENT ON TABLE schema_version IS '{stamp}'")
    return True


# DuckDB caches as much as 80 % of RAM by default; the importer's main process grew with the
# database (609 MB at 10,000 documents). A cap keeps a batch import's memory flat; queries that
# need more spill to disk.
MEMORY_LIMIT = os.environ.get("ROADMAPS_DB_MEMORY", "512MB")
# Never fetch or load DuckDB extensions: a --db pointing at a SQLite file made DuckDB download
# the sqlite extension (DNS queries seen). The store needs none.
CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "memory_limit": MEMORY_LIMIT, "autoload_known_extensions": False,
    "autoinstall_known_extensions": False}
_DUCKDB_MAGIC = b"DUCK"  # bytes 8..11 of a DuckDB file
_OTHER_FORMATS = ((b"SQLite format 3\0", "база SQLite"),
                  (b"PAR1", "файл Parquet"), (b"PK\x03\x04", "zip-архив"))


def check_file(path: Path) -> None:
    """Refuse, before DuckDB opens it, a non-empty file that is not a DuckDB database."""
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return
    if not head or head[8:12] == _DUCKDB_MAGIC:
        return
    what = next((f"{name}, а не хранилище roadmaps (DuckDB)" for magic, name in _OTHER_FORMATS
                 if head.startswith(magic)), "не база DuckDB")
    raise StoreError(f"{what}: отказано, ничего не записано")


def _prepare(con: duckdb.DuckDBPyConnection, read_only: bool) -> None:
    if not read_only:
        from store.place_keys import fill_municipality_keys, join_places

        version = migrate(con)
        fill_doc_keys(con)
        if fill_municipality_keys(con):
            join_places(con)
        refresh_views(con, version)
        return
    current, latest = stored_version(con), migrations()[-1].version
    if current == 0:
        raise StoreError("пустая база, а не хранилище roadmaps (выполните `roadmaps ingest`)")
    if current > latest:
        raise StoreError(f"схема базы {current} новее схемы этой программы ({latest})")
    if current < latest:
        raise StoreError(f"схема базы {current} старше схемы этой программы ({latest}): "
                         "выполните `roadmaps ingest` один раз, чтобы обновить её")
    create_views(con, temporary=True)


def connect(path: Path | str = ":memory:", *, create: bool = True,
            read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (or create) the store at `path`, bring its schema up to date, return the connection.

    With create=False a missing file raises FileNotFoundError instead of making an empty store.
    read_only=True writes nothing to the file (a read-only mount, other readers at the same
    time): the schema must be current, the views are made in memory. Raises StoreError for a
    file that is not our store (checked before anything is written to it), duckdb.Error when
    DuckDB cannot open it (e.g. locked by a writing process).
    """
    if str(path) != ":memory:":
        path = Path(path)
        if (not create or read_only) and not path.exists():
            raise FileNotFoundError(str(path))
        check_file(path)
    con = duckdb.connect(str(path), read_only=read_only, config=CONFIG)
    try:
        _prepare(con, read_only)
    except BaseException:
        con.close()
        raise
    return con


# What DuckDB says when the file system refused a write (its own wording around the OS's).
_WRITE_FAILURES = ("No space left on device", "File too large", "Disk quota exceeded",
                   "Read-only file system", "Input/output error")


def write_failure(exc: BaseException) -> str | None:
    """The reason when `exc` is the file system refusing to write the database (a full disk):
    such an error is not a record's fault and ends the run; None for any other error."""
    text = str(exc)
    found = next((r for r in _WRITE_FAILURES if r in text), None)
    if found is not None:
        return found
    if isinstance(exc, duckdb.IOException | duckdb.FatalException):
        lines = text.strip().splitlines()
        return lines[0] if lines else type(exc).__name__
    return None
