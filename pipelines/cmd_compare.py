"""`roadmaps compare VIEW [--db FILE] [--format table|csv|json]`: comparison views of the store."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

# name → (title, view in store/views.sql, further views shown with it in table format)
VIEWS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "overview": ("Documents per municipality", "v_overview", ()),
    "indicators": ("Indicators by municipality and year", "v_indicators", ()),
    "activity-types": ("Activity types per municipality", "v_activity_types", ()),
    "deadlines": ("Deadlines by quarter", "v_deadlines", ()),
    "organizations": ("Load of responsible organisations", "v_organizations", ()),
    "plan-fact": ("Plan vs fact: indicators", "v_plan_fact", ("plan-fact-activities",)),
    "plan-fact-activities": ("Plan vs fact: activities", "v_plan_fact_activities", ()),
}


MAX_CELL = 48  # characters of a cell in table format
SHORT_CELL = 14  # columns whose cells are all this short are never squeezed


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("view", choices=list(VIEWS), help="what to compare")
    p.add_argument("--db", type=Path, default=Path("roadmaps.duckdb"),
                   help="DuckDB file (default: roadmaps.duckdb)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--municipality", help="only this municipality (exact canonical name)")


def query(con: Any, view: str, municipality: str | None = None) -> tuple[list[str], list[tuple]]:
    """Column names and rows of a comparison view, optionally for one municipality."""
    sql = f"SELECT * FROM {VIEWS[view][1]}"
    params: list[Any] = []
    if municipality is not None:
        sql += " WHERE municipality = ?"
        params.append(municipality)
    cur = con.execute(sql, params)
    return [d[0] for d in cur.description], cur.fetchall()


def _cell(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.10g}"
    if isinstance(v, bool):
        return "да" if v else "нет"
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return str(v)


def _print_table(title: str, cols: list[str], rows: list[tuple]) -> None:
    from rich.console import Console
    from rich.table import Table

    # Piped output is not wrapped to 80 columns: people redirect tables into files.
    console = Console(width=None if sys.stdout.isatty() else 200)
    if not rows:
        console.print(f"[bold]{title}[/bold]: no rows")
        return
    cells = [[_cell(v) for v in r] for r in rows]
    table = Table(title=f"{title} ({len(rows)})", title_justify="left")
    for i, c in enumerate(cols):
        # One line per row: long texts are cut (csv/json give them whole); short columns such
        # as years and numbers keep their full width so only the texts shrink.
        longest = max(len(r[i]) for r in cells)
        short = longest <= SHORT_CELL
        table.add_column(c, no_wrap=True, overflow="ellipsis", max_width=MAX_CELL,
                         min_width=max(longest, len(c)) if short else None)
    for r in cells:
        table.add_row(*r)
    console.print(table)


def _json_default(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


def run(args: argparse.Namespace) -> int:
    import duckdb

    from store.db import connect

    try:
        con = connect(args.db, create=False)
    except FileNotFoundError:
        print(f"roadmaps: {args.db}: no such database (run `roadmaps ingest` first)",
              file=sys.stderr)
        return 2
    except (duckdb.Error, OSError, RuntimeError) as exc:
        print(f"roadmaps: {args.db}: cannot open the database: {_first_line(exc)}", file=sys.stderr)
        return 2
    with con:
        cols, rows = query(con, args.view, args.municipality)
        if args.format == "json":
            data = [dict(zip(cols, r, strict=True)) for r in rows]
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
            sys.stdout.write("\n")
        elif args.format == "csv":
            w = csv.writer(sys.stdout)
            w.writerow(cols)
            w.writerows(rows)
        else:
            _print_table(VIEWS[args.view][0], cols, rows)
            for extra in VIEWS[args.view][2]:
                _print_table(VIEWS[extra][0], *query(con, extra, args.municipality))
    return 0


def _first_line(exc: BaseException) -> str:
    """DuckDB's messages run over several lines; the CLI promises one."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
