"""Opening the DuckDB store: migrations from schema.sql, comparison views from views.sql."""

from __future__ import annotations

import os
import re
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


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration (0 for a new database)."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, title VARCHAR, applied_at TIMESTAMP DEFAULT now())"
    )
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the pending migrations, each in its own transaction; return the new version."""
    current = schema_version(con)
    latest = migrations()[-1].version
    if current > latest:
        raise RuntimeError(f"database schema {current} is newer than this program's {latest}")
    for step in migrations()[current:]:
        con.begin()
        try:
            con.execute(step.sql)
            con.execute("INSERT INTO schema_version (version, title) VALUES (?, ?)",
                        [step.version, step.title])
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return latest


def fill_doc_keys(con: duckdb.DuckDBPyConnection) -> int:
    """Compute the doc_key of rows that have none (stored before migration 2, or reset by a
    later migration that changes the key rules); return how many were filled."""
    import pyarrow as pa

    from store.identity import KEY_COLUMNS, doc_key

    cur = con.execute(f"SELECT id, {', '.join(KEY_COLUMNS)} FROM documents "
                      "WHERE doc_key IS NULL")
    names = [d[0] for d in cur.description or []]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    if not rows:
        return 0
    keys = pa.Table.from_pylist([{"id": r["id"], "doc_key": doc_key(r)} for r in rows])
    con.register("_rm_keys", keys)
    try:
        con.execute("UPDATE documents SET doc_key = k.doc_key FROM _rm_keys k "
                    "WHERE documents.id = k.id")
    finally:
        con.unregister("_rm_keys")
    return len(rows)


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the comparison views; they hold no data, so this is always safe."""
    from store.labels import create_label_views

    con.execute(_sql_file("views.sql"))
    create_label_views(con)


# DuckDB caches as much as 80 % of RAM by default; the importer's main process grew with the
# database (609 MB at 10,000 documents). A cap keeps a batch import's memory flat; queries that
# need more spill to disk.
MEMORY_LIMIT = os.environ.get("ROADMAPS_DB_MEMORY", "512MB")


def connect(path: Path | str = ":memory:", *, create: bool = True) -> duckdb.DuckDBPyConnection:
    """Open (or create) the store at `path`, bring its schema up to date, return the connection.

    With create=False a missing file raises FileNotFoundError instead of making an empty store.
    Raises duckdb.Error when the file is not a DuckDB database or is locked by another process.
    """
    if str(path) != ":memory:":
        path = Path(path)
        if not create and not path.exists():
            raise FileNotFoundError(str(path))
    con = duckdb.connect(str(path), config={"memory_limit": MEMORY_LIMIT})
    try:
        migrate(con)
        fill_doc_keys(con)
        create_views(con)
    except BaseException:
        con.close()
        raise
    return con
