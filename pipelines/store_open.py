"""Opening the store for `roadmaps compare` and `roadmaps export`: one-line errors, and derived
tables (plan vs fact, organisations) brought up to date first when an ingest was killed before
it could rebuild them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def first_line(exc: BaseException) -> str:
    """DuckDB's messages run over several lines; the CLI promises one."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def open_store(db: Path) -> Any | None:
    """The connection, or None after printing why the store cannot be used (exit 2)."""
    import duckdb

    from store.db import connect
    from store.link import ensure_fresh

    try:
        con = connect(db, create=False)
    except FileNotFoundError:
        print(f"roadmaps: {db}: no such database (run `roadmaps ingest` first)", file=sys.stderr)
        return None
    except (duckdb.Error, OSError, RuntimeError) as exc:
        print(f"roadmaps: {db}: cannot open the database: {first_line(exc)}", file=sys.stderr)
        return None
    try:
        if ensure_fresh(con):
            print(f"roadmaps: {db}: plan-fact and organisation tables were out of date "
                  "(an interrupted ingest?): rebuilt", file=sys.stderr)
    except duckdb.Error as exc:  # e.g. a read-only file: show what is there, say so
        print(f"roadmaps: warning: {db}: plan-fact tables may be out of date and could not be "
              f"rebuilt: {first_line(exc)}", file=sys.stderr)
    return con
