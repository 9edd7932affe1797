"""Exports of the store: CSV and Parquet through DuckDB COPY, XLSX through openpyxl.

One file (or sheet) per table and comparison view. The `record` column of documents (the whole
CONTRACT JSON, what `roadmaps extract` prints) is left out: it is the raw copy, too big for a
spreadsheet cell, and every field of it is in the other tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import yaml

# Tables first (in the order a reader needs them), then the comparison views.
EXPORTED: tuple[str, ...] = (
    "documents", "documents_all", "document_texts", "signatories", "activities",
    "activity_responsibles", "indicators", "indicator_values", "warnings", "organizations",
    "plan_fact_indicators", "plan_fact_activities", "themes", "indicator_clusters",
    "ingest_runs", "ingest_errors",
    "v_overview", "v_indicators", "v_activity_types", "v_deadlines", "v_organizations",
    "v_plan_fact", "v_plan_fact_activities", "v_themes",
)
LEFT_OUT = {"documents": ("record",)}
XLSX_MAX_ROWS = 1_048_575  # sheet rows below the header
XLSX_MAX_CELL = 32_767
WIDTH_MIN, WIDTH_MAX, WIDTH_SAMPLE = 8, 60, 2000


@cache
def headers() -> dict[str, Any]:
    """The Russian sheet names and column headers (store/headers_ru.yaml)."""
    text = resources.files("store").joinpath("headers_ru.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def header(table: str, column: str) -> str:
    """Russian header of `column` in `table` (the column name itself if none is known)."""
    h = headers()
    override = h.get("tables", {}).get(table, {}).get("columns", {})
    return override.get(column) or h["columns"].get(column) or column


def sheet_name(table: str) -> str:
    return str(headers()["sheets"].get(table, table))[:31]


def select_sql(table: str) -> str:
    """SELECT of an exported table without its left-out columns."""
    skip = LEFT_OUT.get(table)
    if not skip:
        return f"SELECT * FROM {table}"
    return f"SELECT * EXCLUDE ({', '.join(skip)}) FROM {table}"


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export_copy(con: duckdb.DuckDBPyConnection, out: Path, fmt: str,
                tables: Sequence[str] = EXPORTED) -> list[Path]:
    """One CSV (header, UTF-8, comma) or Parquet file per table; returns the files written."""
    options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}[fmt]
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for table in tables:
        path = out / f"{table}.{fmt}"
        con.execute(f"COPY ({select_sql(table)}) TO {_sql_path(path)} ({options})")
        files.append(path)
    return files


def _excel_value(v: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(v, list):
        v = ", ".join(map(str, v))
    if isinstance(v, str):
        return ILLEGAL_CHARACTERS_RE.sub("", v)[:XLSX_MAX_CELL]
    if isinstance(v, date | datetime | int | float | bool) or v is None:
        return v
    return str(v)


def _width(values: Sequence[Any]) -> float:
    longest = max((len(line) for v in values if v is not None
                   for line in str(v).splitlines() or [""]), default=0)
    return float(min(max(longest + 2, WIDTH_MIN), WIDTH_MAX))


def _write_sheet(wb: Any, table: str, cols: list[str], rows: list[tuple]) -> None:
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(sheet_name(table))
    names = [header(table, c) for c in cols]
    sample = rows[:WIDTH_SAMPLE]
    for i, name in enumerate(names):
        values = [name, *(r[i] for r in sample)]
        ws.column_dimensions[get_column_letter(i + 1)].width = _width(values)
    ws.freeze_panes = "A2"
    last = get_column_letter(max(len(cols), 1))
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    ws.append(names)
    for r in rows:
        ws.append([_excel_value(v) for v in r])


def export_xlsx(con: duckdb.DuckDBPyConnection, path: Path,
                tables: Sequence[str] = EXPORTED) -> tuple[Path, list[str]]:
    """One sheet per table with Russian headers, frozen header row, autofilter, fitted widths.

    Returns the file and warnings (tables cut at the sheet row limit)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    notes = []
    for table in tables:
        cur = con.execute(select_sql(table))
        cols = [d[0] for d in cur.description]
        rows = cur.fetchmany(XLSX_MAX_ROWS + 1)
        if len(rows) > XLSX_MAX_ROWS:
            rows = rows[:XLSX_MAX_ROWS]
            notes.append(f"{table}: cut at {XLSX_MAX_ROWS} rows (use csv or parquet)")
        _write_sheet(wb, table, cols, rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path, notes
