"""Indicator themes for the report: one chart per theme compared across municipalities.

Rows come from the store's v_themes view (theme × municipality × year × unit, plan and fact);
a theme measured in several units (a share here, a count there) gets one chart per unit, so
no axis mixes percent with persons.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import duckdb

from pipelines.report.data import Scope, fetch

MAX_THEMES = 40  # charts; the widest-spread themes first


def theme_rows(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[dict[str, Any]] | None:
    """[{code, title, unit, municipalities, rows}] per theme and unit, widest first; None when
    the store has no theme view (a database of an older schema)."""
    known = con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'v_themes'"
                        ).fetchone()
    if not known or not known[0]:
        return None
    cond, params = scope.where()
    groups: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for r in fetch(con, f"SELECT * FROM v_themes WHERE {cond}", params):
        groups[(r["theme_code"], r["unit"])].append(r)
    out: list[dict[str, Any]] = []
    for (code, unit), rows in groups.items():
        towns = {r["municipality"] for r in rows}
        label = rows[0]["theme_label"] or code
        out.append({"code": code, "unit": unit, "municipalities": len(towns), "rows": rows,
                    "title": f"{label}{f', {unit}' if unit else ''} — муниципалитетов: "
                             f"{len(towns)}"})
    out.sort(key=lambda t: (-t["municipalities"], t["code"], t["unit"] or ""))
    return out[:MAX_THEMES]
