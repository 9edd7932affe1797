"""Bookkeeping of ingest runs: ingest_runs and ingest_errors."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import duckdb
import pyarrow as pa

from store.db import rollback
from store.paths import path_columns

ERRORS_SCHEMA = pa.schema([("path", pa.string()), ("path_bytes", pa.binary()),
                           ("reason", pa.string()), ("error_type", pa.string())])


def start_run(con: duckdb.DuckDBPyConnection, files: int, now: datetime | None = None) -> int:
    """Record the start of a run; return its id."""
    row = con.execute(
        "INSERT INTO ingest_runs (id, started_at, files) "
        "VALUES (nextval('ingest_run_id_seq'), ?, ?) RETURNING id",
        [now or datetime.now(), files],
    ).fetchone()
    assert row is not None
    return int(row[0])


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    loaded: int,
    skipped: int,
    failures: Sequence[tuple[str, str, str]],
    now: datetime | None = None,
) -> None:
    """Record the end of a run and its failures (path, reason, error_type), in one transaction."""
    con.begin()
    try:
        con.execute(
            "UPDATE ingest_runs SET finished_at = ?, loaded = ?, skipped = ?, failed = ? "
            "WHERE id = ?",
            [now or datetime.now(), loaded, skipped, len(failures), run_id],
        )
        if failures:
            rows = pa.Table.from_pylist(
                [dict(zip(("path", "path_bytes"), path_columns(p), strict=True),
                      reason=r, error_type=t) for p, r, t in failures],
                schema=ERRORS_SCHEMA,
            )
            con.register("_rm_errors", rows)
            try:
                con.execute("INSERT INTO ingest_errors BY NAME "
                            "SELECT ?::BIGINT AS run_id, * FROM _rm_errors", [run_id])
            finally:
                con.unregister("_rm_errors")
        con.commit()
    except BaseException:
        rollback(con)
        raise
