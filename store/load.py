"""Loading records into the store and reading them back.

Records go in as chunks of whole documents: one transaction per chunk (`load_chunk`), so a
crash leaves every document of the chunk stored or none of them — never part of a document.
A file is stored once per (path, sha256): the same bytes from the same path are unchanged; a
changed file's old version (same path) is deleted in the transaction that stores the new
one, whatever other path holds the same bytes. `load_records` falls back to one transaction
per document when a chunk fails, so one bad record does not cost the others. Rows go in
as column lists (store/bulk.py), one statement per table per chunk, never row by row:
DuckDB's per-statement overhead (~1.4 ms) is the cost of storing, not the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

import duckdb

from normalize.models import Record
from store.bulk import insert_rows
from store.db import rollback, write_failure
from store.paths import path_columns, stored_path
from store.place_keys import PlaceKey, default_place_key, join_places
from store.rows import SCHEMAS, child_rows, document_row, record_from_rows

# Tables that hang off documents.id, in the order they are deleted and written.
CHILD_TABLES: tuple[str, ...] = tuple(SCHEMAS)
# What a record that cannot be stored raises (a bad date, a value DuckDB refuses): the
# transaction is rolled back and the caller may go on with the next record.
STORE_ERRORS: tuple[type[Exception], ...] = (duckdb.Error, ValueError)

_S = "VARCHAR"
_DOCUMENT_COLUMNS = [
    ("id", "BIGINT"), ("file", _S), ("path", _S), ("sha256", _S), ("format", _S), ("kind", _S),
    ("title", _S), ("municipality", _S), ("region", _S), ("issuer", _S), ("order_number", _S),
    ("order_date", "DATE"), ("period_start", "INTEGER"), ("period_end", "INTEGER"),
    ("pages", "INTEGER"), ("has_order", "BOOLEAN"), ("has_period", "BOOLEAN"),
    ("schema_version", _S), ("ingested_at", "TIMESTAMP"), ("record", _S), ("doc_key", _S),
    ("path_bytes", "BLOB"), ("order_act_type", _S), ("municipality_key", _S),
]
_CHILD_COLUMNS = {t: [("document_id", "BIGINT"), *cols] for t, cols in SCHEMAS.items()}


@dataclass(frozen=True)
class LoadOutcome:
    """What loading a record did: `loaded` (new), `replaced` (a changed file) or `unchanged`."""

    status: Literal["loaded", "replaced", "unchanged"]
    document_id: int
    replaced_ids: tuple[int, ...] = ()


def stored_files(con: duckdb.DuckDBPyConnection) -> set[tuple[str | None, str]]:
    """(path, sha256) of every stored document: a file whose path and bytes are stored is
    unchanged and skipped before parsing."""
    rows = con.execute("SELECT path, path_bytes, sha256 FROM documents").fetchall()
    return {(stored_path(p, raw), sha) for p, raw, sha in rows}


def stored_paths(con: duckdb.DuckDBPyConnection) -> dict[int, str]:
    """id → path of every document loaded from a file."""
    rows = con.execute("SELECT id, path, path_bytes FROM documents WHERE path IS NOT NULL"
                       ).fetchall()
    return {doc_id: stored_path(p, raw) or "" for doc_id, p, raw in rows}


def delete_document(con: duckdb.DuckDBPyConnection, document_id: int) -> None:
    """Delete a document and its rows. The caller owns the transaction."""
    _delete_documents(con, [document_id])


def _delete_documents(con: duckdb.DuckDBPyConnection, ids: list[int]) -> None:
    for table in (*CHILD_TABLES, "documents"):
        key = "id" if table == "documents" else "document_id"
        con.execute(f"DELETE FROM {table} WHERE list_contains(?::BIGINT[], {key})", [ids])


Item = tuple[Record, str | None]  # a record and the path it was loaded from (None: no file)


@dataclass
class _Plan:
    """What a chunk does, decided as if its records were loaded one after the other."""

    outcomes: list[LoadOutcome] = field(default_factory=list)
    inserts: dict[int, Item] = field(default_factory=dict)  # provisional id (< 0) → item
    deletes: list[int] = field(default_factory=list)  # stored documents to delete
    created: int = 0  # provisional ids handed out (replaced ones within the chunk included)


def _stored_matches(con: duckdb.DuckDBPyConnection, items: Sequence[Item]
                    ) -> list[tuple[int, str, str | None]]:
    """(id, sha256, path) of stored documents a chunk may meet: those loaded from one of its
    paths, and those without a path sharing a sha256 with its records."""
    shas = [rec.source.sha256 for rec, _ in items]
    paths = [path_columns(p)[0] for _, p in items if p is not None]
    rows = con.execute(
        "SELECT id, sha256, path, path_bytes FROM documents WHERE list_contains(?::VARCHAR[], "
        "path) OR (path IS NULL AND list_contains(?::VARCHAR[], sha256)) ORDER BY id",
        [paths, shas]).fetchall()
    return [(doc_id, sha, stored_path(p, raw)) for doc_id, sha, p, raw in rows]


def _plan(items: Sequence[Item], stored: list[tuple[int, str, str | None]]) -> _Plan:
    """Same path and sha256 as a stored or earlier record → unchanged; otherwise the documents
    loaded from the same path (stored or earlier in the chunk) are replaced. New documents get
    provisional ids -1, -2, … in order (real ids are drawn once the count is known)."""
    plan = _Plan()
    key_of = {doc_id: (path, sha) for doc_id, sha, path in stored}
    by_key = {key: doc_id for doc_id, key in key_of.items()}
    by_path: dict[str, list[int]] = {}
    for doc_id, _, path in stored:
        if path is not None:
            by_path.setdefault(path, []).append(doc_id)
    for rec, path in items:
        key = (path, rec.source.sha256)
        if key in by_key:
            plan.outcomes.append(LoadOutcome("unchanged", by_key[key]))
            continue
        old = tuple(by_path.pop(path, ())) if path is not None else ()
        for doc_id in old:
            del by_key[key_of[doc_id]]
            if plan.inserts.pop(doc_id, None) is None:
                plan.deletes.append(doc_id)
        new_id = -1 - plan.created
        plan.created += 1
        key_of[new_id], by_key[key] = key, new_id
        if path is not None:
            by_path[path] = [new_id]
        plan.inserts[new_id] = (rec, path)
        plan.outcomes.append(LoadOutcome("replaced" if old else "loaded", new_id, old))
    return plan


def _real_ids(con: duckdb.DuckDBPyConnection, n: int) -> list[int]:
    """n ids from the sequence, as n single loads would have drawn them."""
    rows = con.execute("SELECT nextval('document_id_seq') FROM range(?)", [n]).fetchall()
    return sorted(int(r[0]) for r in rows)


def _insert_documents(con: duckdb.DuckDBPyConnection, docs: list[tuple[int, Item]],
                      now: datetime, place_key: PlaceKey) -> None:
    rows = []
    for doc_id, (rec, path) in docs:
        row: dict[str, Any] = document_row(rec)
        text, raw = path_columns(path)
        town = rec.document.municipality
        row.update(id=doc_id, path=text, path_bytes=raw, ingested_at=now,
                   record=rec.model_dump_json(),
                   municipality_key=place_key(town, rec.document.region) if town else None)
        rows.append(row)
    insert_rows(con, "documents", rows, _DOCUMENT_COLUMNS)


def _insert_children(con: duckdb.DuckDBPyConnection, docs: list[tuple[int, Item]]) -> None:
    """Every child row of the chunk: one INSERT per table."""
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in CHILD_TABLES}
    for doc_id, (rec, _) in docs:
        for table, rows in child_rows(rec).items():
            tables[table] += [{"document_id": doc_id, **r} for r in rows]
    for table, rows in tables.items():
        insert_rows(con, table, rows, _CHILD_COLUMNS[table])


def _real(outcome: LoadOutcome, ids: list[int]) -> LoadOutcome:
    def real(doc_id: int) -> int:
        return ids[-1 - doc_id] if doc_id < 0 else doc_id

    return LoadOutcome(outcome.status, real(outcome.document_id),
                       tuple(real(i) for i in outcome.replaced_ids))


def load_chunk(con: duckdb.DuckDBPyConnection, items: Sequence[Item],
               now: datetime | None = None,
               place_key: PlaceKey | None = None) -> list[LoadOutcome]:
    """Store records (each with the path it came from, or None) in ONE transaction: all of
    them or, if anything fails, none (the error is raised after the rollback).

    The outcome of each record, and the database, are as if they had been loaded one after
    the other with `load_record`: same path and sha256 as a stored or earlier record →
    `unchanged` (nothing written); otherwise the documents previously loaded from the same
    path are deleted (`replaced`). `place_key` gives each document's municipality_key
    (store/place_keys.py; the default one when None).
    """
    if not items:
        return []
    con.begin()
    try:
        plan = _plan(items, _stored_matches(con, items))
        ids = _real_ids(con, plan.created) if plan.created else []
        if plan.deletes:
            _delete_documents(con, plan.deletes)
        docs = [(ids[-1 - doc_id], item) for doc_id, item in plan.inserts.items()]
        if docs:
            _insert_documents(con, docs, now or datetime.now(),
                              place_key or default_place_key())
            _insert_children(con, docs)
        if docs or plan.deletes:
            join_places(con)
        con.commit()
    except BaseException:
        rollback(con)
        raise
    return [_real(o, ids) for o in plan.outcomes]


def load_record(con: duckdb.DuckDBPyConnection, rec: Record, path: str | None = None,
                now: datetime | None = None, place_key: PlaceKey | None = None) -> LoadOutcome:
    """Store one record in its own transaction (`load_chunk` of one)."""
    return load_chunk(con, [(rec, path)], now, place_key)[0]


def load_records(con: duckdb.DuckDBPyConnection, items: Sequence[Item],
                 now: datetime | None = None,
                 place_key: PlaceKey | None = None) -> list[LoadOutcome | Exception]:
    """`load_chunk`, and when the chunk fails, each record in its own transaction: a record
    that cannot be stored costs only itself. Per record: its outcome, or the error (one of
    STORE_ERRORS) it was refused with. A failure to write the file (store.db.write_failure:
    a full disk) is raised: it is no record's fault."""
    try:
        return list(load_chunk(con, items, now, place_key))
    except STORE_ERRORS as exc:
        if write_failure(exc):
            raise  # the disk, not a record: nothing more can be stored
        if len(items) == 1:
            return [exc]
    out: list[LoadOutcome | Exception] = []
    for rec, path in items:
        try:
            out.append(load_record(con, rec, path, now, place_key))
        except STORE_ERRORS as exc:
            if write_failure(exc):
                raise
            out.append(exc)
    return out


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
