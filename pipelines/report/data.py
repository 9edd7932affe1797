"""What the report shows, read from the store: plain rows (dicts) per section, each table row
with its Source. Codes stay codes here; templates and charts show their Russian labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from pipelines.report.sources import Source, warning_place
from store.labels import reason_ru

Row = dict[str, Any]


def fetch(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Rows of a query as dicts."""
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


@dataclass(frozen=True)
class Scope:
    """Which municipalities the report covers (empty: all)."""

    towns: tuple[str, ...] = ()

    def where(self, column: str = "municipality") -> tuple[str, list[Any]]:
        """A SQL condition on `column` and its parameters."""
        if not self.towns:
            return "TRUE", []
        return f"{column} IN ({', '.join('?' * len(self.towns))})", list(self.towns)


def _source(r: Row, doc: str = "document_id", prefix: str = "src_") -> Source:
    return Source(r[doc], r["file"], r.get("path"), r.get(f"{prefix}page"),
                  r.get(f"{prefix}table"), r.get(f"{prefix}row"), r.get(f"{prefix}line"))


def summary(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[Row]:
    """One row per municipality: documents, kinds, period, activities, indicators, warnings."""
    cond, params = scope.where()
    return fetch(con, f"""
        SELECT municipality, count(*) AS documents,
               coalesce(list_sort(list(DISTINCT kind) FILTER (WHERE kind IS NOT NULL)), [])
                   AS kinds,  -- NULL over no kinds: a municipality of unknown kinds only
               min(period_start) AS period_start, max(coalesce(period_end, period_start))
                   AS period_end,
               sum(activities)::INTEGER AS activities, sum(indicators)::INTEGER AS indicators,
               sum(warnings)::INTEGER AS warnings
        FROM v_overview WHERE {cond}
        GROUP BY municipality ORDER BY municipality NULLS LAST""", params)


def documents(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[Row]:
    """The logical documents (their representative file), each with its Source."""
    cond, params = scope.where("o.municipality")
    rows = fetch(con, f"""
        SELECT o.*, d.path FROM v_overview o JOIN documents d ON d.id = o.document_id
        WHERE {cond}""", params)
    for r in rows:
        r["source"] = Source(r["document_id"], r["file"], r["path"])
    return rows


def plan_fact_indicators(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[Row]:
    """Report indicators against their plan, per year, with the report row as source."""
    cond, params = scope.where("p.municipality")
    rows = fetch(con, f"""
        SELECT p.*, d.file, d.path, pd.file AS plan_file, i.src_page, i.src_table, i.src_row,
               i.src_line
        FROM plan_fact_indicators p
        JOIN documents d ON d.id = p.report_document_id
        LEFT JOIN documents pd ON pd.id = p.plan_document_id
        LEFT JOIN indicators i ON i.document_id = p.report_document_id
                              AND i.ordinal = p.report_indicator
        WHERE {cond}
        ORDER BY p.municipality, p.report_document_id, p.report_indicator, p.year""", params)
    for r in rows:
        r["source"] = _source(r, "report_document_id")
    return rows


def plan_fact_activities(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[Row]:
    """Report activities with their plan activity, and plan activities no report mentions;
    the source is the report's row, else the plan's."""
    cond, params = scope.where("p.municipality")
    rows = fetch(con, f"""
        SELECT p.*, d.file, d.path, coalesce(p.report_document_id, p.plan_document_id) AS doc,
               a.src_page, a.src_table, a.src_row, a.src_line
        FROM plan_fact_activities p
        JOIN documents d ON d.id = coalesce(p.report_document_id, p.plan_document_id)
        LEFT JOIN activities a
               ON a.document_id = coalesce(p.report_document_id, p.plan_document_id)
              AND a.ordinal = coalesce(p.report_activity, p.plan_activity)
        WHERE {cond}
        ORDER BY p.municipality, p.report_document_id NULLS LAST, p.report_activity,
                 p.plan_document_id, p.plan_activity""", params)
    for r in rows:
        r["source"] = _source(r, "doc")
    return rows


def view(con: duckdb.DuckDBPyConnection, name: str, scope: Scope) -> list[Row]:
    """Rows of a comparison view (v_activity_types, v_deadlines, v_organizations …)."""
    cond, params = scope.where()
    return fetch(con, f"SELECT * FROM {name} WHERE {cond}", params)


@dataclass
class Quality:
    """Data quality: files that failed, documents without municipality or period, warnings."""

    failed: list[Row] = field(default_factory=list)
    incomplete: list[Row] = field(default_factory=list)
    warning_kinds: list[Row] = field(default_factory=list)
    warnings: list[Row] = field(default_factory=list)


def quality(con: duckdb.DuckDBPyConnection, scope: Scope) -> Quality:
    """Failed files (latest reason per path, not loaded since), incomplete documents and
    warnings (of the representatives) by kind."""
    failed = fetch(con, """
        SELECT path, arg_max(reason, run_id) AS reason, arg_max(error_type, run_id) AS error_type
        FROM ingest_errors e
        WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.path = e.path)
        GROUP BY path ORDER BY path""")
    for r in failed:  # stored as the readers wrote it; people read Russian
        r["reason"] = reason_ru(r["reason"])
    incomplete = fetch(con, """
        SELECT id AS document_id, file, path, kind, title, municipality, period_start,
               period_end
        FROM logical_documents WHERE municipality IS NULL OR period_start IS NULL
        ORDER BY file""")
    for r in incomplete:
        r["source"] = Source(r["document_id"], r["file"], r["path"])
    cond, params = scope.where("w.municipality")
    warnings = fetch(con, f"""
        SELECT w.*, d.path FROM v_warnings w
        JOIN logical_documents d ON d.id = w.document_id
        WHERE {cond}""", params)
    for r in warnings:
        r["source"] = Source(r["document_id"], r["file"], r["path"], **warning_place(r["text"]))
    kinds: dict[str, Row] = {}
    for r in warnings:
        k = kinds.setdefault(r["code"], {"code": r["code"], "count": 0, "example": r["text_ru"]})
        k["count"] += 1
    ordered = sorted(kinds.values(), key=lambda k: (-k["count"], k["code"]))
    return Quality(failed, incomplete, ordered, warnings)
