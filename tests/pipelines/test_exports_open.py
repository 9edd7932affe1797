"""Exports open where researchers open them: DuckDB, pandas, and a spreadsheet program."""

from __future__ import annotations

import contextlib
import csv
import subprocess
from pathlib import Path

import duckdb
import pandas as pd
import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _roadmaps(*args: str, cwd: Path) -> None:
    # In-process (see conftest.py): the same main() as the console script, no interpreter start.
    from pipelines.cli import main

    with contextlib.chdir(cwd):
        assert main(list(args)) == 0


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A roadmap and its execution report ingested and exported in all three formats."""
    root = tmp_path_factory.mktemp("exports")
    files = [str(next(SAMPLES.glob(f"{n}_*.txt"))) for n in ("000", "002")]
    _roadmaps("ingest", *files, "--db", "t.duckdb", "--workers", "1", cwd=root)
    for fmt in ("csv", "parquet", "xlsx"):
        _roadmaps("export", "--db", "t.duckdb", "--format", fmt, "--out", fmt, cwd=root)
    return root


def test_csv_and_parquet_open_in_duckdb_and_pandas(exported: Path) -> None:
    n_db = duckdb.connect(str(exported / "t.duckdb"), read_only=True).execute(
        "select count(*) from indicator_values").fetchone()[0]
    assert n_db > 0
    via_csv = pd.read_csv(exported / "csv" / "indicator_values.csv")
    via_parquet = pd.read_parquet(exported / "parquet" / "indicator_values.parquet")
    assert len(via_csv) == len(via_parquet) == n_db
    con = duckdb.connect()
    n = con.execute(f"select count(*) from '{exported / 'parquet' / 'activities.parquet'}'")
    assert n.fetchone()[0] == len(pd.read_csv(exported / "csv" / "activities.csv")) > 0


def test_xlsx_opens_in_pandas_with_a_sheet_per_table(exported: Path) -> None:
    sheets = pd.read_excel(exported / "xlsx" / "roadmaps.xlsx", sheet_name=None)
    assert len(sheets) >= 8
    first = next(iter(sheets.values()))
    assert any("Файл" in str(c) for c in first.columns)  # Russian headers


def test_xlsx_opens_in_libreoffice_calc(exported: Path, tmp_path: Path) -> None:
    # Calc converts the workbook's first sheet to UTF-8 CSV: it opened the file.
    profile = f"-env:UserInstallation=file://{tmp_path}/lo"
    utf8_csv = "csv:Text - txt - csv (StarCalc):44,34,76"
    r = subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", utf8_csv,
         "--outdir", str(tmp_path), str(exported / "xlsx" / "roadmaps.xlsx")],
        capture_output=True, text=True, timeout=180, check=False)
    assert r.returncode == 0, r.stderr
    with (tmp_path / "roadmaps.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert "Файл" in rows[0] and len(rows) == 3  # header + the two documents
