"""Exports of the store: CSV and Parquet through DuckDB COPY, XLSX through openpyxl.

One file (or sheet) per table and comparison view. The `record` column of documents (the whole
CONTRACT JSON, what `roadmaps extract` prints) is left out: it is the raw copy, too big for a
spreadsheet cell, and every field of it is in the other tables.

Documents are untrusted: a cell reading `=HYPERLINK(…)` or `+1+cmd|…` would be a live formula
in a spreadsheet (CSV injection). Text cells starting with = + - @, a tab or a CR are written as
text in XLSX and behind an apostrophe in CSV; numbers stay numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ingest.yaml_data import load_yaml

# Summaries first (what a reader opens the workbook for), then the tables in the order a
# reader needs them.
EXPORTED: tuple[str, ...] = (
    "v_overview", "v_plan_fact", "v_plan_fact_activities", "v_themes", "v_indicators",
    "v_activity_types",
    "v_deadlines", "v_organizations", "v_warnings",
    "documents", "documents_all", "document_texts", "signatories", "activities",
    "activity_responsibles", "indicators", "indicator_values", "warnings", "organizations",
    "plan_fact_indicators", "plan_fact_activities", "themes", "indicator_clusters",
    "ingest_runs", "ingest_errors",
)
LEFT_OUT = {"documents": ("record",)}
# Sheets of items that name their document only by id: people see its municipality and title.
WITH_DOCUMENT = frozenset({"activities", "activity_responsibles", "indicators",
                           "indicator_values", "document_texts", "signatories", "warnings"})
XLSX_MAX_ROWS = 1_048_575  # sheet rows below the header
XLSX_MAX_CELL = 32_767
WIDTH_MIN, WIDTH_MAX, WIDTH_SAMPLE = 8, 60, 2000


@cache
def headers() -> dict[str, Any]:
    """The Russian sheet names and column headers (store/headers_ru.yaml)."""
    text = resources.files("store").joinpath("headers_ru.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


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


def people_sql(table: str) -> str:
    """The SELECT of a sheet for people: item tables led by their document's municipality as
    printed, the municipality the comparisons group it under (one place written two ways is
    one: views.sql municipality_groups; a researcher filters by it) and the title."""
    if table not in WITH_DOCUMENT:
        return select_sql(table)
    return ("SELECT d.municipality, coalesce(g.municipality, d.municipality) AS "
            f"municipality_group, d.title AS document_title, t.* FROM ({select_sql(table)}) t"
            " LEFT JOIN documents d ON d.id = t.document_id LEFT JOIN municipality_groups g"
            " ON g.stored_key = coalesce(d.municipality_key, lower(d.municipality) || '|')")


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


# What a spreadsheet takes for the start of a formula (OWASP "CSV injection"); a text that is
# just a number ("-5") is no formula and keeps its look.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = r"[+-]?[0-9]+([.,][0-9]+)?"
_IS_NUMBER = re.compile(_PLAIN_NUMBER)


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would read `text` as a formula."""
    return text.startswith(FORMULA_START) and _IS_NUMBER.fullmatch(text) is None


def csv_value(v: Any) -> Any:
    """A value for a CSV cell: formula-like text behind an apostrophe, the rest as it is."""
    return "'" + v if isinstance(v, str) and is_formula_like(v) else v


def csv_sql(con: duckdb.DuckDBPyConnection, select: str) -> str:
    """`select` with its text (VARCHAR) columns made as csv_value makes them."""
    cur = con.execute(f"SELECT * FROM ({select}) LIMIT 0")
    cols = []
    for name, kind, *_ in cur.description or []:
        q = '"' + name.replace('"', '""') + '"'
        if str(kind) == "VARCHAR":
            cols.append(rf"CASE WHEN regexp_matches({q}, '^[-=+@\t\r]') AND NOT "
                        f"regexp_full_match({q}, '{_PLAIN_NUMBER}') THEN concat(chr(39), {q}) "
                        f"ELSE {q} END AS {q}")
        else:
            cols.append(q)
    return f"SELECT {', '.join(cols)} FROM ({select})"


def export_copy(con: duckdb.DuckDBPyConnection, out: Path, fmt: str,
                tables: Sequence[str] = EXPORTED) -> list[Path]:
    """One CSV (header, UTF-8, comma) or Parquet file per table; returns the files written."""
    options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}[fmt]
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for table in tables:
        path = out / f"{table}.{fmt}"
        select = csv_sql(con, select_sql(table)) if fmt == "csv" else select_sql(table)
        con.execute(f"COPY ({select}) TO {_sql_path(path)} ({options})")
        files.append(path)
    return files


def _excel_value(v: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(v, list):
        v = ", ".join(map(str, v))
    if isinstance(v, bytes):  # a file name that is not UTF-8 (path_bytes), shown escaped
        v = v.decode("utf-8", "backslashreplace")
    if isinstance(v, str):
        return ILLEGAL_CHARACTERS_RE.sub("", v)[:XLSX_MAX_CELL]
    if isinstance(v, date | datetime | int | float | bool) or v is None:
        return v
    return str(v)


def _text_cell(ws: Any, v: Any) -> Any:
    """Text that openpyxl would write as a formula (it starts with =) written as text."""
    if not (isinstance(v, str) and v.startswith("=")):
        return v
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=v)
    cell.data_type = "s"
    return cell


def _width(values: Sequence[Any]) -> float:
    longest = max((len(line) for v in values if v is not None
                   for line in str(v).splitlines() or [""]), default=0)
    return float(min(max(longest + 2, WIDTH_MIN), WIDTH_MAX))


def people_rows(table: str, cols: list[str], rows: list[tuple]) -> list[tuple]:
    """Coded values (kind, match, recurrence …) as their Russian labels."""
    from store.labels import column_domain, label

    domains = [column_domain(table, c) for c in cols]
    if not any(domains):
        return rows
    return [tuple(label(d, v) if d else v for d, v in zip(domains, r, strict=True))
            for r in rows]


def _page_setup(ws: Any) -> None:
    """Landscape, fit to one page wide, header row repeated on every printed page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def _write_sheet(wb: Any, table: str, cols: list[str], rows: list[tuple]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(sheet_name(table))
    _page_setup(ws)
    rows = people_rows(table, cols, rows)
    names = [header(table, c) for c in cols]
    sample = rows[:WIDTH_SAMPLE]
    for i, name in enumerate(names):
        values = [name, *(r[i] for r in sample)]
        ws.column_dimensions[get_column_letter(i + 1)].width = _width(values)
    ws.freeze_panes = "A2"
    last = get_column_letter(max(len(cols), 1))
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    head = []
    for name in names:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = Font(bold=True)
        head.append(cell)
    ws.append(head)
    for r in rows:
        ws.append([_text_cell(ws, _excel_value(v)) for v in r])


# The workbook shows warnings once, in Russian with their code (v_warnings), not the raw table.
XLSX_TABLES = tuple(t for t in EXPORTED if t != "warnings")


def export_xlsx(con: duckdb.DuckDBPyConnection, path: Path,
                tables: Sequence[str] = XLSX_TABLES) -> tuple[Path, list[str]]:
    """One sheet per table with Russian headers, frozen header row, autofilter, fitted widths.

    Returns the file and warnings (tables cut at the sheet row limit)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    notes = []
    for table in tables:
        cur = con.execute(people_sql(table))
        cols = [d[0] for d in cur.description]
        rows = cur.fetchmany(XLSX_MAX_ROWS + 1)
        if len(rows) > XLSX_MAX_ROWS:
            rows = rows[:XLSX_MAX_ROWS]
            notes.append(f"{table}: обрезано до {XLSX_MAX_ROWS} строк (полностью — в csv "
                         "или parquet)")
        _write_sheet(wb, table, cols, rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path, notes


def export_csv_excel(con: duckdb.DuckDBPyConnection, out: Path,
                     tables: Sequence[str] = EXPORTED) -> list[Path]:
    """CSV files for Excel: UTF-8 with BOM (Excel then reads Cyrillic right), ';' between
    fields (the list separator of Russian locales), Russian headers and values."""
    import csv

    out.mkdir(parents=True, exist_ok=True)
    files = []
    for table in tables:
        cur = con.execute(people_sql(table))
        cols = [d[0] for d in cur.description]
        path = out / f"{table}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, delimiter=";")
            w.writerow([header(table, c) for c in cols])
            while chunk := cur.fetchmany(10_000):
                w.writerows([csv_value(v) for v in r] for r in people_rows(table, cols, chunk))
        files.append(path)
    return files
