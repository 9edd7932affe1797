"""Files with nothing recognisable (no activities, indicators, document kind or title): stored
with a warning and counted apart by `roadmaps ingest`, refused with `--strict`."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from extract.pipeline import NOTHING_RECOGNISABLE
from pipelines.batch import REFUSED
from tests.conftest import Run

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PLAN = "103_kamennoozersky_mentoring_plan_2024.txt"
LETTER = "Добрый день! Пишу вам о погоде на выходные: ожидается дождь, возьмите зонты.\n"

Cli = Callable[..., Run]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SAMPLES / PLAN, folder / PLAN)
    (folder / "letter.txt").write_text(LETTER, "utf-8")
    return folder


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_stored_with_a_russian_warning_and_counted_apart(roadmaps_cli: Cli, docs: Path,
                                                         tmp_path: Path) -> None:
    db = tmp_path / "j.duckdb"
    r = roadmaps_cli("ingest", str(docs), "--db", str(db), "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert ("загружено: 2 (txt 2), без распознанного содержимого: 1; без изменений: 0; "
            "с ошибкой: 0") in r.stdout
    assert ("ничего не распознано (нет мероприятий, показателей, вида или названия документа; "
            "сохранены с предупреждением) в 1 файле: letter.txt; `roadmaps ingest --strict` "
            "отклоняет такие файлы") in r.stdout
    assert _rows(db, "SELECT file, code, text_ru FROM v_warnings "
                     "WHERE code = 'nothing_recognisable'") == [
        ("letter.txt", "nothing_recognisable",
         "ничего не распознано: нет ни мероприятий, ни показателей, ни вида документа, "
         "ни наименования (не план, программа, приказ или отчёт?)")]


def test_strict_refuses_them(roadmaps_cli: Cli, docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    r = roadmaps_cli("ingest", str(docs), "--db", str(db), "--workers", "1", "--strict")
    assert r.returncode == 1
    assert r.stderr.splitlines()[-1] == (
        f"не загружен: {docs.resolve() / 'letter.txt'}: ничего не распознано: нет мероприятий, "
        "показателей, вида или названия документа (отклонён по --strict)")
    assert _rows(db, "SELECT reason FROM ingest_errors") == [(REFUSED,)]  # stored as written
    assert _rows(db, "SELECT file FROM documents") == [(PLAN,)]
    assert _rows(db, "SELECT error_type FROM ingest_errors") == [("refused",)]


@pytest.mark.parametrize(("text", "warning"), [
    (LETTER, NOTHING_RECOGNISABLE),
    # a kind and a title, but nothing in it: a plan without its table, not junk
    ("План мероприятий по развитию наставничества на 2025 год\n", "no activities or "
                                                                    "indicators found"),
])
def test_extract_says_why_a_record_is_empty(roadmaps_cli: Cli, tmp_path: Path, text: str,
                                            warning: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, "utf-8")
    r = roadmaps_cli("extract", str(path))
    assert r.returncode == 0, r.stderr
    assert warning in json.loads(r.stdout)["warnings"]


def test_report_lists_a_document_without_kind_or_municipality(roadmaps_cli: Cli, docs: Path,
                                                              tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    assert roadmaps_cli("ingest", str(docs), "--db", str(db), "--workers", "1").returncode == 0
    out = tmp_path / "report.html"
    # the summary row of documents that have no kind at all (its kinds were NULL, not [])
    r = roadmaps_cli("report", "--db", str(db), "--out", str(out), "--no-review")
    assert r.returncode == 0, r.stderr
    assert "letter.txt" in out.read_text("utf-8")
