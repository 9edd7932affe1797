"""The store caps DuckDB's memory so a long batch import stays flat."""

from __future__ import annotations

from pathlib import Path

from store.db import connect


def test_connections_carry_a_memory_limit(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.duckdb")
    limit = con.execute("select current_setting('memory_limit')").fetchone()[0]
    # DuckDB reports the cap in its own units: 512MB → "488.2 MiB"
    assert limit.endswith("MiB") and float(limit.split()[0]) < 1024
