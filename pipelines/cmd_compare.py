"""`roadmaps compare VIEW [--db FILE] [--format table|csv|json]`: comparison views of the store.

Table format is for reading (pipelines/compare_table.py: chosen columns, plan vs fact grouped by
report, at most --limit rows per table); csv and json give every row and column of the view.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pipelines.ru import DB_HELP

# name → (title, view in store/views.sql, further views shown with it in table format)
VIEWS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "overview": ("Документы по муниципалитетам", "v_overview", ()),
    "indicators": ("Показатели по муниципалитетам и годам", "v_indicators", ()),
    "activity-types": ("Типы мероприятий по муниципалитетам", "v_activity_types", ()),
    "deadlines": ("Сроки по кварталам", "v_deadlines", ()),
    "organizations": ("Нагрузка ответственных организаций", "v_organizations", ()),
    "plan-fact": ("План и факт: показатели", "v_plan_fact", ("plan-fact-activities",)),
    "plan-fact-activities": ("План и факт: мероприятия", "v_plan_fact_activities", ()),
    "themes": ("Сравнение показателей по темам", "v_themes", ()),
}


DEFAULT_LIMIT = 30  # rows of a table in table format; csv and json are never cut


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("view", choices=list(VIEWS), help="что сравнивать")
    p.add_argument("--db", type=Path, default=Path("roadmaps.duckdb"),
                   help=DB_HELP)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="формат вывода (по умолчанию table)")
    p.add_argument("--municipality", metavar="NAME",
                   help="только этот муниципалитет: в любом регистре и падеже, со словом "
                        "«город» или без него («северского района» = Северский район)")
    p.add_argument("--theme", metavar="CODE",
                   help="для themes: только эта тема (код, например mentoring_young; "
                        "ege_mean включает и ege_mean.russian …)")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                   help=f"для table: не больше N строк в таблице (по умолчанию {DEFAULT_LIMIT}; "
                        "0 — все)")


def query(con: Any, view: str, municipality: str | Sequence[str] | None = None,
          theme: str | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of a comparison view, optionally for some municipalities (stored
    names) and, for the themes view, one theme with its faceted codes."""
    where: list[str] = []
    params: list[Any] = []
    if municipality is not None:
        towns = [municipality] if isinstance(municipality, str) else list(municipality)
        where.append(f"municipality IN ({', '.join('?' * len(towns))})")
        params += towns
    if theme is not None and view == "themes":
        where.append("(theme_code = ? OR starts_with(theme_code, ? || '.'))")
        params += [theme, theme]
    sql = f"SELECT * FROM {VIEWS[view][1]}" + (" WHERE " + " AND ".join(where) if where else "")
    cur = con.execute(sql, params)
    return [d[0] for d in cur.description], cur.fetchall()


def _dicts(cols: list[str], rows: list[tuple]) -> list[dict[str, Any]]:
    return [dict(zip(cols, r, strict=True)) for r in rows]


def _print_tables(con: Any, args: argparse.Namespace) -> None:
    from pipelines import compare_table as ct

    out = ct.console()
    limit = max(args.limit, 0)
    for name in (args.view, *VIEWS[args.view][2]):
        title = VIEWS[name][0]
        cols, rows = query(con, name, args.municipality, args.theme)
        if name == "themes":
            from pipelines.compare_themes import print_themes

            print_themes(out, title, _dicts(cols, rows), limit, one_theme=args.theme is not None)
        elif name == "plan-fact":
            ct.print_plan_fact(out, title, _dicts(cols, rows), limit)
        elif name == "plan-fact-activities" and args.view == "plan-fact":
            ct.print_activity_summary(out, title, _dicts(cols, rows))
            out.print("(по каждому мероприятию: roadmaps compare plan-fact-activities)")
        elif name == "plan-fact-activities":
            ct.print_plan_fact_activities(out, title, _dicts(cols, rows), limit)
        else:
            ct.print_view(out, name, title, cols, rows, limit)


def _json_default(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


def run(args: argparse.Namespace) -> int:
    from pipelines.store_open import open_store

    con = open_store(args.db)
    if con is None:
        return 2
    with con:
        if args.municipality is not None:
            from pipelines.municipality import select

            towns = select(con, [args.municipality])
            if towns is None:
                return 2
            args.municipality = towns
        if args.format == "table":
            _print_tables(con, args)
            return 0
        cols, rows = query(con, args.view, args.municipality, args.theme)
        if args.format == "json":
            json.dump(_dicts(cols, rows), sys.stdout, ensure_ascii=False, indent=2,
                      default=_json_default)
            sys.stdout.write("\n")
        else:
            from store.export import csv_value

            w = csv.writer(sys.stdout)
            w.writerow(cols)
            w.writerows([csv_value(v) for v in r] for r in rows)
    return 0
