"""Indicator themes in the store: the catalogue (`themes`), re-theming stored indicators without
re-parsing (`roadmaps retheme`), and the derived rows refresh rebuilds (faceted codes seen in
indicators, clusters of similar unthemed names: store/clusters.py).

The store does not know how themes are decided (normalize/themes.py, composed by pipelines/):
callers pass the catalogue rows and the new theme of each indicator.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import duckdb

from store.bulk import column_params, insert_rows, unnest_select

CATALOGUE_SOURCES = ("taxonomy", "user")  # written by the pipelines; refresh keeps them
_CATALOGUE_COLUMNS = [("code", "VARCHAR"), ("label", "VARCHAR"), ("measures", "VARCHAR[]"),
                      ("source", "VARCHAR"), ("base", "VARCHAR")]


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    """A theme of the taxonomy or of a user's file."""

    code: str
    label: str
    measures: tuple[str, ...]
    source: str  # taxonomy | user


@dataclass(frozen=True, slots=True)
class IndicatorTheme:
    """The theme one stored indicator gets (code None: no theme)."""

    document_id: int
    ordinal: int
    code: str | None
    label: str | None
    source: str | None


def save_catalogue(con: duckdb.DuckDBPyConnection, rows: Iterable[CatalogueRow],
                   sources: tuple[str, ...] = CATALOGUE_SOURCES) -> int:
    """Replace the catalogue's themes of the given sources (`roadmaps ingest` without a user
    file keeps the user's themes a retheme stored; derived rows wait for the next refresh);
    return how many were written. The caller owns the transaction."""
    data = [{"code": r.code, "label": r.label, "measures": list(r.measures),
             "source": r.source, "base": None} for r in rows if r.source in sources]
    con.execute("DELETE FROM themes WHERE list_contains(?::VARCHAR[], source)", [list(sources)])
    if data:
        con.execute("DELETE FROM themes WHERE list_contains(?::VARCHAR[], code)",
                    [[d["code"] for d in data]])
        insert_rows(con, "themes", data, _CATALOGUE_COLUMNS)
    return len(data)


def stored_indicators(con: duckdb.DuckDBPyConnection) -> list[tuple[int, int, str]]:
    """(document_id, ordinal, name) of every stored indicator, in order."""
    return [(int(d), int(o), str(n)) for d, o, n in con.execute(
        "SELECT document_id, ordinal, name FROM indicators ORDER BY document_id, ordinal"
    ).fetchall()]


def set_themes(con: duckdb.DuckDBPyConnection, themes: list[IndicatorTheme]) -> int:
    """Write new themes into the indicator rows and into each document's stored record JSON
    (so `stored_record` and `read_record` agree); return how many indicators changed. The
    caller owns the transaction."""
    current = {(d, o): (c, lab, s) for d, o, c, lab, s in con.execute(
        "SELECT document_id, ordinal, theme_code, theme_label, theme_source FROM indicators"
    ).fetchall()}
    changed = [t for t in themes
               if current.get((t.document_id, t.ordinal)) != (t.code, t.label, t.source)]
    if not changed:
        return 0
    cols = [("document_id", "BIGINT"), ("ordinal", "INTEGER"), ("theme_code", "VARCHAR"),
            ("theme_label", "VARCHAR"), ("theme_source", "VARCHAR")]
    rows = [{"document_id": t.document_id, "ordinal": t.ordinal, "theme_code": t.code,
             "theme_label": t.label, "theme_source": t.source} for t in changed]
    con.execute("UPDATE indicators SET theme_code = n.theme_code, "
                "theme_label = n.theme_label, theme_source = n.theme_source "
                f"FROM ({unnest_select(cols)}) n WHERE indicators.document_id = n.document_id "
                "AND indicators.ordinal = n.ordinal", column_params(cols, rows))
    by_doc: dict[int, dict[int, IndicatorTheme]] = {}
    for t in changed:
        by_doc.setdefault(t.document_id, {})[t.ordinal] = t
    _patch_records(con, by_doc, "indicators", _set_theme)
    return len(changed)


def _patch_records(con: duckdb.DuckDBPyConnection, by_doc: dict[int, dict[int, Any]],
                   part: str, patch: Callable[[dict[str, Any], Any], None]) -> None:
    """Apply `patch(item, value)` to the items (1-based ordinals) of one list of each stored
    record JSON, and write the records back."""
    rows = con.execute("SELECT id, record FROM documents WHERE list_contains(?::BIGINT[], id)",
                       [list(by_doc)]).fetchall()
    updates = []
    for doc_id, text in rows:
        record: dict[str, Any] = json.loads(text)
        items = record.get(part) or []
        for ordinal, value in by_doc[doc_id].items():
            if 0 < ordinal <= len(items):
                patch(items[ordinal - 1], value)
        updates.append({"id": doc_id, "record": json.dumps(record, ensure_ascii=False)})
    cols = [("id", "BIGINT"), ("record", "VARCHAR")]
    con.execute(f"UPDATE documents SET record = n.record FROM ({unnest_select(cols)}) n "
                "WHERE documents.id = n.id", column_params(cols, updates))


def _set_theme(item: dict[str, Any], t: IndicatorTheme) -> None:
    item["theme"] = {"code": t.code, "label": t.label} if t.code else None
    item["theme_source"] = t.source


def fill_type_labels(con: duckdb.DuckDBPyConnection, labels: dict[str, str]) -> int:
    """Give activities stored without a type label (before migration 4) the label of their
    type code, in the rows and the stored record JSON; return how many. The caller owns the
    transaction."""
    rows = con.execute("SELECT document_id, ordinal, type FROM activities "
                       "WHERE type_label IS NULL AND type IS NOT NULL").fetchall()
    todo = [(int(d), int(o), labels[t]) for d, o, t in rows if t in labels]
    if not todo:
        return 0
    cols = [("document_id", "BIGINT"), ("ordinal", "INTEGER"), ("type_label", "VARCHAR")]
    new = [{"document_id": d, "ordinal": o, "type_label": lab} for d, o, lab in todo]
    con.execute(f"UPDATE activities SET type_label = n.type_label FROM ({unnest_select(cols)}) "
                "n WHERE activities.document_id = n.document_id "
                "AND activities.ordinal = n.ordinal", column_params(cols, new))
    by_doc: dict[int, dict[int, str]] = {}
    for d, o, lab in todo:
        by_doc.setdefault(d, {})[o] = lab
    _patch_records(con, by_doc, "activities", lambda item, lab: item.update(type_label=lab))
    return len(todo)


def derived_catalogue_rows(con: duckdb.DuckDBPyConnection,
                           clusters: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Rows for the derived part of the catalogue: faceted codes seen in indicators (their
    base is the code before the first dot) and clusters (id, label)."""
    known = {r[0] for r in con.execute(
        "SELECT code FROM themes WHERE list_contains(?::VARCHAR[], source)",
        [list(CATALOGUE_SOURCES)]).fetchall()}
    rows = []
    for code, label in con.execute(
            "SELECT theme_code, min(theme_label) FROM indicators WHERE theme_code IS NOT NULL "
            "GROUP BY ALL ORDER BY 1").fetchall():
        if code not in known:
            rows.append({"code": code, "label": label or code, "measures": None,
                         "source": "facet", "base": code.split(".")[0]})
    rows += [{"code": cid, "label": label, "measures": None, "source": "cluster", "base": None}
             for cid, label in clusters]
    return rows


def write_derived(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    """Replace the derived catalogue rows. The caller owns the transaction."""
    con.execute("DELETE FROM themes WHERE NOT list_contains(?::VARCHAR[], source)",
                [list(CATALOGUE_SOURCES)])
    insert_rows(con, "themes", rows, _CATALOGUE_COLUMNS)
