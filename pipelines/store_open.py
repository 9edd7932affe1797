"""Opening the store for `roadmaps compare` and `roadmaps export`: read-only (they work on a
read-only file or mount, and beside other readers), one-line errors, and derived tables (plan
vs fact, organisations) computed in memory when an ingest was killed before it could rebuild
them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ingest.errors import printable


def first_line(exc: BaseException) -> str:
    """DuckDB's messages run over several lines; the CLI promises one."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def write_error(exc: BaseException) -> str:
    """Why writing an output failed, in Russian: the system's reason without its number and
    path (the caller names the file), else the first line of the message."""
    from store.labels import reason_ru

    if isinstance(exc, FileExistsError) and exc.filename:  # making a folder where a file is
        return f"{printable(str(exc.filename))} — файл, а не папка"
    if isinstance(exc, OSError) and exc.strerror:
        return reason_ru(exc.strerror)
    return reason_ru(first_line(exc))


def open_store(db: Path) -> Any | None:
    """A read-only connection, or None after printing why the store cannot be used (exit 2)."""
    import duckdb

    from store.db import connect
    from store.link import is_fresh, refresh_in_memory

    shown = printable(str(db))
    try:
        con = connect(db, create=False, read_only=True)
    except FileNotFoundError:
        print(f"roadmaps: {shown}: нет такой базы (сначала выполните `roadmaps ingest`)",
              file=sys.stderr)
        return None
    except (duckdb.Error, OSError, RuntimeError) as exc:
        print(f"roadmaps: {shown}: не удалось открыть базу: {first_line(exc)}", file=sys.stderr)
        return None
    if not is_fresh(con):
        refresh_in_memory(con)
        print(f"roadmaps: {shown}: таблицы план-факт и организаций устарели (прерванная "
              "загрузка?): вычислены только для этого запуска; `roadmaps ingest` сохранит их",
              file=sys.stderr)
    return con
