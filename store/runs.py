"""Bookkeeping of ingest runs: ingest_runs and ingest_errors."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import duckdb

from store.bulk import column_params, unnest_select
from store.db import rollback
from store.paths import path_columns

ERRORS_COLUMNS = [("path", "VARCHAR"), ("path_bytes", "BLOB"), ("reason", "VARCHAR"),
                  ("error_type", "VARCHAR")]


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
            rows = [dict(zip(("path", "path_bytes"), path_columns(p), strict=True),
                         reason=r, error_type=t) for p, r, t in failures]
            con.execute("INSERT INTO ingest_errors BY NAME SELECT ?::BIGINT AS run_id, * "
                        f"FROM ({unnest_select(ERRORS_COLUMNS)})",
                        [run_id, *column_params(ERRORS_COLUMNS, rows)])
        con.commit()
    except BaseException:
        rollback(con)
        raise
