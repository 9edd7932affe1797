"""Charts of the report, drawn with Plotly.

Why Plotly: its JavaScript ships inside the `plotly` Python package (plotly.offline), so the
report embeds it once and opens offline without a CDN; it is widely used and maintained, and
its figures are plain Python objects (no pandas needed). Vega-Lite through altair would need
vl-convert's bundle for offline use, one more moving part.

Each function takes report rows (pipelines/report/data.py) and returns a Figure, or None when
there is nothing to draw. Labels are Russian; the database's codes never show.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import plotly.graph_objects as go
from plotly.colors import qualitative

from store.labels import label

Row = dict[str, Any]
QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}
FONT = "DejaVu Sans, Arial, sans-serif"
TOP_ORGANIZATIONS = 20


def _layout(fig: go.Figure, title: str, rows: int = 0, low: int = 320, **extra: Any
            ) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "font": {"size": 15}}, font={"family": FONT, "size": 12},
        separators=", ", template="plotly_white", legend={"orientation": "h", "y": -0.2},
        margin={"l": 10, "r": 10, "t": 50, "b": 10}, height=max(low, 28 * rows + 160),
        **extra)
    fig.update_yaxes(automargin=True)
    fig.update_xaxes(automargin=True)
    return fig


def _short(text: str | None, n: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def activity_types(rows: list[Row]) -> go.Figure | None:
    """Stacked bars: activities of each type per municipality."""
    if not rows:
        return None
    towns = sorted({r["municipality"] or "(не указано)" for r in rows}, reverse=True)
    by_type: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        by_type[r["type"]][r["municipality"] or "(не указано)"] = r["activities"]
    order = sorted(by_type, key=lambda t: -sum(by_type[t].values()))
    fig = go.Figure([go.Bar(name=t, y=towns, x=[by_type[t].get(m, 0) for m in towns],
                            orientation="h") for t in order])
    fig.update_xaxes(title="мероприятий")
    return _layout(fig, "Типы мероприятий по муниципалитетам", len(towns), barmode="stack")


def _quarter(r: Row) -> str:
    return f"{r['year']} {QUARTERS[r['quarter']]} кв."


def deadlines(rows: list[Row]) -> go.Figure | None:
    """Heatmap: activities by municipality and quarter of their deadline."""
    dated = [r for r in rows if r["year"] is not None and r["quarter"] is not None]
    if not dated:
        return None
    first = min((r["year"], r["quarter"]) for r in dated)
    last = max((r["year"], r["quarter"]) for r in dated)
    cols = [_quarter({"year": y, "quarter": q}) for y in range(first[0], last[0] + 1)
            for q in range(1, 5) if first <= (y, q) <= last]  # a timeline: no quarter skipped
    towns = sorted({r["municipality"] or "(не указано)" for r in dated}, reverse=True)
    z: list[list[int | None]] = [[None] * len(cols) for _ in towns]
    for r in dated:
        z[towns.index(r["municipality"] or "(не указано)")][cols.index(_quarter(r))] = \
            r["activities"]
    fig = go.Figure(go.Heatmap(z=z, x=cols, y=towns, colorscale="Blues", texttemplate="%{z}",
                               hovertemplate="%{y}<br>%{x}: %{z} мероприятий<extra></extra>",
                               colorbar={"title": "меропр."}))
    return _layout(fig, "Сроки мероприятий по кварталам", len(towns))


def organizations(rows: list[Row]) -> go.Figure | None:
    """Horizontal stacked bars: the most loaded responsible organisations."""
    if not rows:
        return None
    total: dict[str, int] = defaultdict(int)
    for r in rows:
        total[r["organization"]] += r["activities"]
    top = sorted(total, key=lambda o: (-total[o], o))[:TOP_ORGANIZATIONS][::-1]
    towns = sorted({r["municipality"] or "(не указано)" for r in rows
                    if r["organization"] in top})
    per = {(r["organization"], r["municipality"] or "(не указано)"): r["activities"]
           for r in rows}
    fig = go.Figure([go.Bar(name=m, y=[_short(o, 50) for o in top],
                            x=[per.get((o, m), 0) for o in top], orientation="h")
                     for m in towns])
    fig.update_xaxes(title="мероприятий, где организация ответственная")
    return _layout(fig, f"Нагрузка ответственных организаций (первые {len(top)})", len(top),
                   barmode="stack")


def fulfilment(rows: list[Row]) -> go.Figure | None:
    """Horizontal bars: fulfilment % of each report indicator and year, 100 % marked."""
    done = [r for r in rows if r["fulfilment_pct"] is not None]
    if not done:
        return None
    # numbered: two indicators may share a name and year (plotly would stack their bars)
    names = [f"{i}. {_short(r['name'], 50)} ({r['year']}) — {r['municipality']}"
             for i, r in enumerate(done, 1)]
    pct = [round(r["fulfilment_pct"], 1) for r in done]
    colors = ["#2a9d8f" if p >= 100 else "#e76f51" for p in pct]
    fig = go.Figure(go.Bar(y=names[::-1], x=pct[::-1], orientation="h",
                           marker_color=colors[::-1], texttemplate="%{x} %",
                           hovertemplate="%{y}: %{x} %<extra></extra>"))
    fig.add_vline(x=100, line_dash="dash", line_color="#555")
    fig.update_xaxes(title="выполнение, % (факт / план)")
    return _layout(fig, "Выполнение показателей: факт к плану", len(done), showlegend=False)


ACTIVITY_STATES = ("выполнено", "не выполнено", "без отметки", "нет в отчёте")


def activity_state(r: Row) -> str:
    """What a report says of a plan activity."""
    if r["match"] == "unreported":
        return "нет в отчёте"
    if r["status_done"] is None:
        return "без отметки"
    return "выполнено" if r["status_done"] else "не выполнено"


def activity_fulfilment(rows: list[Row]) -> go.Figure | None:
    """Stacked bars per municipality: activities done, not done, without a mark, unreported."""
    if not rows:
        return None
    towns = sorted({r["municipality"] for r in rows}, reverse=True)
    count: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        count[(activity_state(r), r["municipality"])] += 1
    colors = ("#2a9d8f", "#e76f51", "#e9c46a", "#adb5bd")
    fig = go.Figure([go.Bar(name=s, y=towns, x=[count[(s, m)] for m in towns],
                            orientation="h", marker_color=c)
                     for s, c in zip(ACTIVITY_STATES, colors, strict=True)])
    fig.update_xaxes(title="мероприятий")
    return _layout(fig, "Исполнение мероприятий по отчётам", len(towns), low=260,
                   barmode="stack")


def warning_kinds(kinds: list[Row]) -> go.Figure | None:
    """Horizontal bars: warnings by kind (code and a Russian example)."""
    if not kinds:
        return None
    fig = go.Figure(go.Bar(y=[_short(k["example"], 70) for k in kinds][::-1],
                           x=[k["count"] for k in kinds][::-1], orientation="h",
                           customdata=[k["code"] for k in kinds][::-1],
                           hovertemplate="%{customdata}: %{x}<extra></extra>"))
    fig.update_xaxes(title="предупреждений")
    return _layout(fig, "Предупреждения по видам (пример текста)", len(kinds), low=200,
                   showlegend=False)


def theme(code: str, title: str, rows: Iterable[Row]) -> go.Figure | None:
    """Values of one theme by year and municipality: fact solid, plan dashed."""
    rows = list(rows)
    traces = []
    palette = qualitative.Plotly  # one colour per municipality, shared by its plan and fact
    towns = sorted({r["municipality"] or "(не указано)" for r in rows})
    for i, town in enumerate(towns):
        mine = sorted((r for r in rows if (r["municipality"] or "(не указано)") == town),
                      key=lambda r: r["year"])
        for kind, dash, symbol in (("plan", "dash", "circle-open"), ("fact", "solid", "circle")):
            pts = [(r["year"], r[f"{kind}_value"]) for r in mine if r[f"{kind}_value"] is not None]
            if pts:
                unit = next((r["unit"] for r in mine if r["unit"]), "")
                traces.append(go.Scatter(
                    x=[p[0] for p in pts], y=[p[1] for p in pts], mode="lines+markers",
                    name=f"{town}: {label('value_kind', kind)}", legendgroup=town,
                    line={"dash": dash, "color": palette[i % len(palette)]},
                    marker={"symbol": symbol, "size": 9},
                    hovertemplate=f"{town}, {label('value_kind', kind)} %{{x}}: %{{y}} {unit}"
                                  "<extra></extra>"))
    if not traces:
        return None
    fig = go.Figure(traces)
    fig.update_xaxes(title="год", dtick=1)
    return _layout(fig, _short(title, 110), 4)
