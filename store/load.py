"""Loading records into the store and reading them back.

One document = one transaction: its old version (same path) is deleted and the new rows are
inserted together, so a crash leaves either the old or the new document, never half of one.
Child rows go in through Arrow tables (INSERT … SELECT), never row by row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import duckdb

from normalize.models import Record
from store.rows import SCHEMAS, arrow_tables, document_row, record_from_rows

# Tables that hang off documents.id, in the order they are deleted and written.
CHILD_TABLES: tuple[str, ...] = tuple(SCHEMAS)


@dataclass(frozen=True)
class LoadOutcome:
    """What load_record did: `loaded` (new), `replaced` (a changed file) or `unchanged`."""

    status: Literal["loaded", "replaced", "unchanged"]
    document_id: int
    replaced_ids: tuple[int, ...] = ()


def stored_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    """sha256 of every stored document (to skip unchanged files before parsing them)."""
    return {r[0] for r in con.execute("SELECT sha256 FROM documents").fetchall()}


def find_by_sha(con: duckdb.DuckDBPyConnection, sha256: str) -> int | None:
    """Id of the document with these bytes, if stored."""
    row = con.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    return int(row[0]) if row else None


def delete_document(con: duckdb.DuckDBPyConnection, document_id: int) -> None:
    """Delete a document and its rows. The caller owns the transaction."""
    for table in CHILD_TABLES:
        con.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
    con.execute("DELETE FROM documents WHERE id = ?", [document_id])


def _insert_document(con: duckdb.DuckDBPyConnection, rec: Record, path: str | None,
                     now: datetime) -> int:
    row: dict[str, Any] = document_row(rec)
    row["id"] = int(con.execute("SELECT nextval('document_id_seq')").fetchone()[0])  # type: ignore[index]
    row["path"] = path
    row["ingested_at"] = now
    row["record"] = rec.model_dump_json()
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    con.execute(f"INSERT INTO documents ({cols}) VALUES ({marks})", list(row.values()))
    return row["id"]


def _insert_children(con: duckdb.DuckDBPyConnection, rec: Record, document_id: int) -> None:
    for table, data in arrow_tables(rec).items():
        con.register("_rm_rows", data)
        try:
            con.execute(
                f"INSERT INTO {table} BY NAME "
                "SELECT ?::BIGINT AS document_id, * FROM _rm_rows", [document_id]
            )
        finally:
            con.unregister("_rm_rows")


def load_record(
    con: duckdb.DuckDBPyConnection,
    rec: Record,
    path: str | None = None,
    now: datetime | None = None,
) -> LoadOutcome:
    """Store one record in its own transaction.

    Same sha256 already stored → `unchanged` (nothing written). Otherwise documents previously
    loaded from the same `path` are deleted in the same transaction (`replaced`).
    """
    con.begin()
    try:
        existing = find_by_sha(con, rec.source.sha256)
        if existing is not None:
            con.rollback()
            return LoadOutcome("unchanged", existing)
        old: tuple[int, ...] = ()
        if path is not None:
            old = tuple(r[0] for r in con.execute(
                "SELECT id FROM documents WHERE path = ? ORDER BY id", [path]).fetchall())
        for doc_id in old:
            delete_document(con, doc_id)
        new_id = _insert_document(con, rec, path, now or datetime.now())
        _insert_children(con, rec, new_id)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return LoadOutcome("replaced" if old else "loaded", new_id, old)


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


_ORDER = {
    "document_texts": "kind, ordinal",
    "activity_responsibles": "activity_ordinal, ordinal",
    "indicator_values": "indicator_ordinal, ordinal",
}


def read_record(con: duckdb.DuckDBPyConnection, document_id: int) -> Record:
    """Rebuild a document's Record from its rows (not from the stored JSON).

    Raises KeyError when there is no such document.
    """
    docs = _dicts(con.execute("SELECT * EXCLUDE (record) FROM documents WHERE id = ?",
                              [document_id]))
    if not docs:
        raise KeyError(document_id)
    tables = {
        t: _dicts(con.execute(
            f"SELECT * FROM {t} WHERE document_id = ? ORDER BY {_ORDER.get(t, 'ordinal')}",
            [document_id]))
        for t in CHILD_TABLES
    }
    return record_from_rows(docs[0], tables)


def stored_record(con: duckdb.DuckDBPyConnection, document_id: int) -> Record:
    """The record JSON exactly as it was loaded (keeps fields newer than this schema)."""
    row = con.execute("SELECT record FROM documents WHERE id = ?", [document_id]).fetchone()
    if row is None:
        raise KeyError(document_id)
    return Record.model_validate_json(row[0])


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every base table (to show that a re-run changed nothing)."""
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1"
    ).fetchall()]
    return {n: int(con.execute(f"SELECT count(*) FROM {n}").fetchone()[0])  # type: ignore[index]
            for n in names}
