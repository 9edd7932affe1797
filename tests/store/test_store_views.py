"""The stored views are recreated only when the SQL that makes them (or the schema) changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import db
from store.db import connect, migrations, refresh_views


def test_views_made_once_then_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    connect(path).close()
    con = connect(path)
    try:
        assert refresh_views(con, migrations()[-1].version) is False
        assert con.execute("SELECT ru_label('kind', 'roadmap')").fetchone() == ("дорожная карта",)
    finally:
        con.close()


def test_views_recreated_after_a_migration(tmp_path: Path) -> None:
    con = connect(tmp_path / "s.duckdb")
    try:
        assert refresh_views(con, migrations()[-1].version + 1) is True
    finally:
        con.close()


def test_changed_view_sql_is_applied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.duckdb"
    connect(path).close()
    sql = db.views_sql()
    extra = "\nCREATE OR REPLACE VIEW v_new AS SELECT 1 AS x;"
    monkeypatch.setattr(db, "views_sql", lambda: sql + extra)
    con = connect(path)
    try:
        assert con.execute("SELECT x FROM v_new").fetchone() == (1,)
    finally:
        con.close()
