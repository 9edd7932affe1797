"""The HTML report: data from the store, charts, one self-contained file (plus review pages)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from pipelines.report import charts, data
from pipelines.report.render import render

TITLE = "Муниципальные дорожные карты в сфере образования: сводный отчёт"


def _chart_html(fig: Any, name: str) -> str | None:
    """A figure as a <div> plus its drawing script; the library itself is embedded once in
    the page head (include_plotlyjs=False here), not once per chart."""
    if fig is None:
        return None
    return str(fig.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{name}",
                           config={"displaylogo": False, "responsive": True}))


def plotly_js() -> str:
    """Plotly's JavaScript from the installed plotly package (no network)."""
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


def css() -> str:
    return resources.files("pipelines.report").joinpath("templates/base.css").read_text("utf-8")


@dataclass
class ReportData:
    """Everything the report (HTML and Word) shows."""

    db: str
    scope: data.Scope
    generated: datetime
    summary: list[data.Row]
    documents: list[data.Row]
    plan_fact: list[data.Row]
    plan_fact_activities: list[data.Row]
    activity_types: list[data.Row]
    deadlines: list[data.Row]
    organizations: list[data.Row]
    quality: data.Quality
    themes: list[dict[str, Any]] | None = None
    reviewed: set[int] = field(default_factory=set)


def collect(con: duckdb.DuckDBPyConnection, db: str, scope: data.Scope) -> ReportData:
    """Read every section of the report from the store."""
    from pipelines.report.themes import theme_rows

    acts = data.plan_fact_activities(con, scope)
    for r in acts:
        r["state"] = charts.activity_state(r)
    return ReportData(
        db=db, scope=scope, generated=datetime.now().replace(microsecond=0),
        summary=data.summary(con, scope), documents=data.documents(con, scope),
        plan_fact=data.plan_fact_indicators(con, scope), plan_fact_activities=acts,
        activity_types=data.view(con, "v_activity_types", scope),
        deadlines=data.view(con, "v_deadlines", scope),
        organizations=data.view(con, "v_organizations", scope),
        quality=data.quality(con, scope), themes=theme_rows(con, scope))


CHARTS: dict[str, Callable[[ReportData], Any]] = {
    "fulfilment": lambda d: charts.fulfilment(d.plan_fact),
    "activity_fulfilment": lambda d: charts.activity_fulfilment(d.plan_fact_activities),
    "activity_types": lambda d: charts.activity_types(d.activity_types),
    "deadlines": lambda d: charts.deadlines(d.deadlines),
    "organizations": lambda d: charts.organizations(d.organizations),
    "warning_kinds": lambda d: charts.warning_kinds(d.quality.warning_kinds),
}


def report_html(d: ReportData) -> str:
    """The whole report as one HTML document."""
    drawn = {name: _chart_html(make(d), name) for name, make in CHARTS.items()}
    themes = None
    if d.themes is not None:
        themes = [{**t, "chart": _chart_html(charts.theme(t["code"], t["title"], t["rows"]),
                                             f"theme-{i}")}
                  for i, t in enumerate(d.themes, 1)]
    return render("report.html.j2", title=TITLE, css=css(), plotly_js=plotly_js(),
                  db=d.db, generated=d.generated, scope=list(d.scope.towns),
                  summary=d.summary, documents=d.documents, themes=themes,
                  plan_fact=d.plan_fact, plan_fact_activities=d.plan_fact_activities,
                  undated=[r for r in d.deadlines if r["undated"]], charts=drawn,
                  quality=d.quality, reviewed=d.reviewed)


def write_html(d: ReportData, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report_html(d), encoding="utf-8")
    return out
