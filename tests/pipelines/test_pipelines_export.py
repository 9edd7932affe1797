"""`roadmaps export`: files written from a store of real extractions, read back; exit codes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import openpyxl
import pytest

from store.export import EXPORTED, sheet_name

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))


def roadmaps_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The console script in its own process (a few tests check the real thing)."""
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True,
                          text=True, check=False)


@pytest.fixture
def roadmaps(roadmaps_cli: Callable[..., Any]) -> Callable[..., Any]:
    """`roadmaps …` in this process (tests/conftest.py): no interpreter start."""
    return roadmaps_cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store filled from real extractions of three samples. Loaded in-process: `roadmaps
    ingest` itself is tested in test_pipelines_batch; here a process pool would only add
    seconds."""
    from pipelines.run import process_file
    from store.db import connect
    from store.link import refresh
    from store.load import load_record

    path = tmp_path_factory.mktemp("exp") / "e.duckdb"
    con = connect(path)
    for s in SAMPLES[:3]:
        load_record(con, process_file(s), str(s))
    refresh(con)
    con.close()
    return path


def _documents(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_csv_and_parquet_one_file_per_table(roadmaps, db: Path, tmp_path: Path, fmt: str) -> None:
    r = roadmaps("export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / "o"))
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == sorted(
        f"{t}.{fmt}" for t in EXPORTED)
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    with duckdb.connect() as con:
        n = con.execute(f"SELECT count(*) FROM {reader}(?)",
                        [str(tmp_path / "o" / f"documents.{fmt}")]).fetchone()[0]
    assert n == _documents(db) == 3


def test_xlsx_opens_with_russian_headers(roadmaps, db: Path, tmp_path: Path) -> None:
    r = roadmaps("export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path))
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(tmp_path / "roadmaps.xlsx")
    ws = wb[sheet_name("documents")]
    assert ws.max_row == 1 + _documents(db)
    assert [c.value for c in ws[1]][:3] == ["Код документа", "Файл", "Путь к файлу"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")


def test_missing_db_is_exit_2(roadmaps, tmp_path: Path) -> None:
    r = roadmaps("export", "--db", str(tmp_path / "no.duckdb"), "--format", "csv",
                 "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "нет такой базы" in r.stderr


def test_unwritable_out_is_exit_2(db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = roadmaps_process("export", "--db", str(db), "--format", "csv",
                         "--out", str(blocker / "sub"))
    assert r.returncode == 2 and "не удалось записать" in r.stderr
    assert "Traceback" not in r.stderr


def test_format_is_required(roadmaps, db: Path, tmp_path: Path) -> None:
    assert roadmaps("export", "--db", str(db), "--out", str(tmp_path)).returncode == 2
