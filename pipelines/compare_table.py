"""The table format of `roadmaps compare`: readable columns, plan vs fact grouped by report,
and a row cap so a terminal is not flooded (csv/json always give every row and column)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

MAX_CELL = 48  # characters of a cell in table format
WIDE_CELL = 90  # the one column a reader must see whole (indicator names) wraps at this width
SHORT_CELL = 14  # columns whose cells are all this short are never squeezed

Row = dict[str, Any]


@dataclass(frozen=True)
class Col:
    """A column of a printed table: its header, how to get the value, whether it wraps."""

    header: str
    value: Callable[[Row], Any]
    wrap: bool = False


def field(name: str, header: str | None = None, wrap: bool = False) -> Col:
    """A column showing `name` under its Russian header, coded values as Russian labels."""
    from store.export import header as ru_header
    from store.labels import column_label

    return Col(header or ru_header("", name), lambda r: column_label("", name, r.get(name)), wrap)


def _period(r: Row) -> str | None:
    start, end = r.get("period_start"), r.get("period_end")
    if start is None and end is None:
        return None
    return str(start) if end in (None, start) else f"{start}–{end}"


# Views whose table shows chosen columns; the others show all but internal ids.
TABLE_COLUMNS: dict[str, tuple[Col, ...]] = {
    "overview": (
        field("municipality"), field("kind"), Col("Период", _period), field("activities"),
        field("indicators"), field("warnings"), field("formats"), field("title"),
    ),
}
HIDDEN = frozenset({"document_id", "doc_key"})

INDICATOR_COLS = (
    field("name", "Показатель", wrap=True), field("unit", "Ед."), field("year"),
    field("plan_value"), field("fact_value"), field("fulfilment_pct", "%"),
    field("match", "Сопоставление"),
)
ACTIVITY_COLS = (
    field("municipality"), field("number", "№"), field("title", "Мероприятие"),
    field("deadline_text", "Срок"), field("status_text", "Отметка"), field("status_done"),
    field("match", "Сопоставление"),
)


def cell(v: Any) -> str:
    """A value as shown in a table (— for NULL, да/нет for booleans)."""
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "да" if v else "нет"
    if isinstance(v, float):
        return f"{v:.10g}"
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return str(v)


def console() -> Any:
    from rich.console import Console

    # Piped output is not wrapped to 80 columns: people redirect tables into files.
    return Console(width=None if sys.stdout.isatty() else 200)


def more_line(shown: int, total: int) -> str | None:
    """The note under a capped table, or None when every row was shown."""
    if shown >= total:
        return None
    return f"… ещё строк: {total - shown} (все: --format csv или --limit 0)"


def print_rows(out: Any, title: str | None, cols: Sequence[Col], rows: Sequence[Row],
               limit: int = 0) -> int:
    """Print `rows` (at most `limit`, 0 = all) as one table; return how many were printed."""
    from rich.table import Table

    if not rows:
        out.print(f"[bold]{title}[/bold]: нет строк")
        return 0
    shown = list(rows[:limit] if limit else rows)
    cells = [[cell(c.value(r)) for c in cols] for r in shown]
    table = Table(title=title, title_justify="left")
    for i, c in enumerate(cols):
        # One line per row: long texts are cut (csv/json give them whole); short columns such
        # as years and numbers keep their full width so only the texts shrink.
        longest = max(len(line) for r in cells for line in r[i].splitlines() or [""])
        short = longest <= SHORT_CELL
        table.add_column(c.header, no_wrap=not c.wrap, overflow="fold" if c.wrap else "ellipsis",
                         max_width=WIDE_CELL if c.wrap else MAX_CELL,
                         min_width=max(longest, len(c.header)) if short else None)
    for r in cells:
        table.add_row(*r)
    out.print(table)
    return len(shown)


def view_columns(view: str, cols: Sequence[str]) -> tuple[Col, ...]:
    """What a view's table shows: its chosen columns, else every column but internal ids."""
    return TABLE_COLUMNS.get(view) or tuple(field(c) for c in cols if c not in HIDDEN)


def print_view(out: Any, view: str, title: str, cols: list[str], rows: list[tuple],
               limit: int) -> None:
    dicts = [dict(zip(cols, r, strict=True)) for r in rows]
    shown = print_rows(out, f"{title} ({len(rows)})", view_columns(view, cols), dicts, limit)
    note = more_line(shown, len(rows))
    if note:
        out.print(note)


def _groups(rows: list[Row], key: Callable[[Row], Any]) -> dict[Any, list[Row]]:
    out: dict[Any, list[Row]] = {}
    for r in rows:
        out.setdefault(key(r), []).append(r)
    return out


def _files(rows: list[Row], column: str) -> str:
    return ", ".join(dict.fromkeys(r[column] for r in rows if r[column]))


def print_plan_fact(out: Any, title: str, rows: list[Row], limit: int) -> None:
    """Indicators plan vs fact, one table per report (its municipality, report and plan)."""
    if not rows:
        out.print(f"[bold]{title}[/bold]: нет строк (в базе нет отчётов с показателями)")
        return
    out.print(f"[bold]{title}[/bold] (строк: {len(rows)})")
    shown = 0
    for (town, report), group in _groups(rows, lambda r: (r["municipality"],
                                                          r["report_file"])).items():
        if limit and shown >= limit:
            break
        plans = _files(group, "plan_file")
        source = (f"план {plans}" if plans
                  else "план не найден: плановые значения из самого отчёта")
        out.print(f"[bold]{town}[/bold]: отчёт {report}; {source}", highlight=False)
        shown += print_rows(out, None, INDICATOR_COLS, group, limit - shown if limit else 0)
    note = more_line(shown, len(rows))
    if note:
        out.print(note)


def activity_summary(rows: list[Row]) -> list[Row]:
    """Per municipality: report activities, how many matched a plan or are done, and plan
    activities no report mentions."""
    summary = []
    for town, group in _groups(rows, lambda r: r["municipality"]).items():
        reported = [r for r in group if r["match"] != "unreported"]
        summary.append({
            "municipality": town, "report": _files(group, "report_file") or None,
            "plan": _files(group, "plan_file") or None,
            "reported": len(reported),
            "matched": sum(r["match"] in ("key", "fuzzy") for r in reported),
            "done": sum(bool(r["status_done"]) for r in reported),
            "unreported": len(group) - len(reported),
        })
    return summary


SUMMARY_COLS = (
    field("municipality"), field("report", "Отчёт"), field("plan", "План"),
    field("reported", "Мероприятий в отчёте"), field("matched", "Сопоставлено с планом"),
    field("done", "Выполнено"), field("unreported", "Мероприятий плана нет в отчёте"),
)


def print_activity_summary(out: Any, title: str, rows: list[Row]) -> None:
    """One line per municipality with a report: what its report says about the activities."""
    if not rows:
        out.print(f"[bold]{title}[/bold]: нет строк (в базе нет отчётов с мероприятиями)")
        return
    print_rows(out, f"{title}: сводка", SUMMARY_COLS, activity_summary(rows))


def print_plan_fact_activities(out: Any, title: str, rows: list[Row], limit: int) -> None:
    """The summary per municipality, then the activities themselves (capped)."""
    print_activity_summary(out, title, rows)
    if not rows:
        return
    shown = print_rows(out, f"{title} ({len(rows)})", ACTIVITY_COLS, rows, limit)
    note = more_line(shown, len(rows))
    if note:
        out.print(note)
