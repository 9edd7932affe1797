"""The table format of `roadmaps compare themes`: which themes the stored plans share, then
one table per theme (municipality × year: plan, fact, unit), the broadest themes first."""

from __future__ import annotations

from typing import Any

from pipelines.compare_table import Row, field, more_line, print_rows

SUMMARY_COLS = (
    field("theme_label", "тема", wrap=True), field("theme_code", "код"),
    field("municipalities", "муниципальных образований"), field("years", "годы"),
    field("theme_source", "как определена"),
)
THEME_COLS = (
    field("municipality", "муниципальное образование"), field("year", "год"),
    field("plan_value", "план"), field("fact_value", "факт"), field("unit", "ед. изм."),
    field("name", "показатель в документе", wrap=True),
)
SOURCES_RU = {"rule": "правило", "similar": "сходство", "override": "настройка пользователя",
              "cluster": "группа похожих"}


def _sources(text: str | None) -> str | None:
    if not text:
        return None
    return ", ".join(SOURCES_RU.get(s.strip(), s.strip()) for s in text.split(","))


def summary(rows: list[Row]) -> list[Row]:
    """One row per theme: its breadth (municipalities) and how it was decided."""
    out: dict[str, Row] = {}
    for r in rows:
        s = out.setdefault(r["theme_code"], {
            "theme_code": r["theme_code"], "theme_label": r["theme_label"],
            "municipalities": r["theme_municipalities"], "y": set(), "sources": set()})
        s["y"].add(r["year"])
        s["sources"].update((r["theme_source"] or "").split(", "))
    for s in out.values():
        years = sorted(s.pop("y"))
        s["years"] = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        s["theme_source"] = _sources(", ".join(sorted(x for x in s.pop("sources") if x)))
    return list(out.values())


def print_themes(out: Any, title: str, rows: list[Row], limit: int, one_theme: bool) -> None:
    """Themes compared across municipalities: a summary, then a table for each theme held by
    two municipalities or more (every theme asked for with --theme)."""
    if not rows:
        out.print(f"[bold]{title}[/bold]: нет строк (нет показателей с такой темой и "
                  "значениями; темы сохранённых документов заново: roadmaps retheme)")
        return
    themes = summary(rows)
    broad = sum(t["municipalities"] >= 2 for t in themes)
    out.print(f"[bold]{title}[/bold]: тем — {len(themes)}, из них в двух муниципальных "
              f"образованиях и более — {broad}")
    if not one_theme:
        shown = print_rows(out, f"Темы показателей ({len(themes)})", SUMMARY_COLS, themes,
                           limit)
        note = more_line(shown, len(themes))
        if note:
            out.print(note)
    by_theme: dict[str, list[Row]] = {}
    for r in rows:
        by_theme.setdefault(r["theme_code"], []).append(r)
    for t in themes:
        if not one_theme and t["municipalities"] < 2:
            continue
        group = by_theme[t["theme_code"]]
        title = (f"{t['theme_label']} ({t['theme_code']}) — муниципальных образований: "
                 f"{t['municipalities']}")
        shown = print_rows(out, title, THEME_COLS, group, limit)
        note = more_line(shown, len(group))
        if note:
            out.print(note)
