"""Hostile input II (issue 14), exports: document cells that start like spreadsheet formulas
(=, +, -, @) stay text — XLSX text cells, a leading apostrophe in CSV — and numbers stay
numbers."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from store.export import csv_value, is_formula_like, sheet_name

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus2 import FORMULAS, formula_text

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "samples" / "000_c4cf482d7bba7efc.txt"  # a report with indicator values


def roadmaps(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True,
                       text=True, check=False, cwd=cwd, env=os.environ)
    assert r.returncode == 0, r.stderr
    return r


@pytest.fixture
def cli(roadmaps_cli: Callable[..., Any]) -> Callable[..., Any]:
    """`roadmaps …` in this process (tests/conftest.py): no interpreter start per call."""
    def run(*args: str, cwd: Path) -> Any:
        r = roadmaps_cli(*args, cwd=cwd)
        assert r.returncode == 0, r.stderr
        return r

    return run


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("formulas")
    (folder / "formulas.txt").write_bytes(formula_text())
    (folder / REPORT.name).write_bytes(REPORT.read_bytes())
    path = folder / "f.duckdb"
    roadmaps("ingest", str(folder / "formulas.txt"), str(folder / REPORT.name), "--db", str(path),
             cwd=folder)
    return path


@pytest.mark.parametrize(("text", "formula"), [
    ("=1+1", True), ("+1+cmd|' /C calc'!A0", True), ("-2+3", True), ("@SUM(A1)", True),
    ("\t=1", True), ("\r=1", True), ("- провести семинар", True),
    ("-5", False), ("+3,5", False), ("Семинар", False), ("5 = 5", False), ("", False),
])
def test_formula_like_text(text: str, formula: bool) -> None:
    assert is_formula_like(text) == formula
    assert csv_value(text) == ("'" + text if formula else text)


def test_csv_value_leaves_numbers_and_nulls() -> None:
    assert [csv_value(v) for v in (-3.5, 0, None, True)] == [-3.5, 0, None, True]


def test_xlsx_cells_starting_like_formulas_are_text(cli: Callable[..., Any], db: Path,
                                                    tmp_path: Path) -> None:
    cli("export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path), cwd=tmp_path)
    wb = load_workbook(tmp_path / "roadmaps.xlsx")
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if c.data_type == "s"}
    assert set(FORMULAS.values()) <= texts
    values = wb[sheet_name("indicator_values")]
    head = [c.value for c in next(values.iter_rows(max_row=1))]
    col = head.index("Значение")
    numbers = [row[col] for row in values.iter_rows(min_row=2, values_only=True)]
    assert numbers and all(isinstance(v, int | float) for v in numbers if v is not None)


def _rows(path: Path, **fmt: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, **fmt))  # type: ignore[arg-type]


def _check_activities(rows: list[list[str]], title: str, result: str) -> None:
    head, *body = rows
    ours = [r for r in body if r[head.index(title)].lstrip("'") in FORMULAS.values()]
    assert sorted(r[head.index(title)] for r in ours) == sorted(
        ["'" + FORMULAS["title"], "'" + FORMULAS["title2"]])
    assert sorted(r[head.index(result)] for r in ours) == sorted(["'" + FORMULAS["result"], "-5"])


@pytest.mark.parametrize("excel", [False, True], ids=["csv", "csv-excel"])
def test_csv_cells_starting_like_formulas_get_an_apostrophe(
        cli: Callable[..., Any], db: Path, tmp_path: Path, excel: bool) -> None:
    cli("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path),
             *(["--excel"] if excel else []), cwd=tmp_path)
    fmt = {"delimiter": ";"} if excel else {}
    rows = _rows(tmp_path / "activities.csv", **fmt)
    if excel:
        _check_activities(rows, "Наименование", "Результат")
    else:
        _check_activities(rows, "title", "result")
    resp = _rows(tmp_path / "activity_responsibles.csv", **fmt)
    texts = {cell for row in resp for cell in row}
    assert {"'" + FORMULAS["responsible"], "'" + FORMULAS["responsible2"]} <= texts
    values = _rows(tmp_path / "indicator_values.csv", **fmt)
    col = values[0].index("Значение" if excel else "value")
    numbers = [r[col] for r in values[1:] if r[col]]
    assert numbers and all(float(n.replace(",", ".")) >= 0 for n in numbers)  # no apostrophe


def test_compare_csv_cells_starting_like_formulas_get_an_apostrophe(
        cli: Callable[..., Any], db: Path, tmp_path: Path) -> None:
    r = cli("compare", "organizations", "--db", str(db), "--format", "csv", cwd=tmp_path)
    first = [row[0] for row in csv.reader(r.stdout.splitlines()[1:])]
    assert {"'" + FORMULAS["responsible"], "'" + FORMULAS["responsible2"]} <= set(first)
