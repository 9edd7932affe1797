"""`roadmaps compare VIEW`: every view in every format from a store of hand-made records."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from normalize.models import (
    Activity,
    Deadline,
    DocumentFacts,
    Indicator,
    IndicatorValue,
    Party,
    Period,
    Record,
    SourceInfo,
    Status,
)
from pipelines.cmd_compare import VIEWS
from store.db import connect
from store.link import refresh
from store.load import load_record

TOWN = "Город Тест"


def roadmaps_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The console script in its own process (a few tests check the real thing)."""
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True,
                          text=True, check=False)


@pytest.fixture
def roadmaps(roadmaps_cli: Callable[..., Any]) -> Callable[..., Any]:
    """`roadmaps …` in this process (tests/conftest.py): no interpreter start."""
    return roadmaps_cli


def _record(name: str, kind: str, period: tuple[int, int], indicators: list[Indicator],
            activities: list[Activity]) -> Record:
    return Record(
        source=SourceInfo(file=name, sha256=hashlib.sha256(name.encode()).hexdigest(),
                          format=name.rsplit(".", 1)[1]),
        document=DocumentFacts(kind=kind, municipality=TOWN,  # type: ignore[arg-type]
                               title=f"{kind} {period[0]}",
                               period=Period(start_year=period[0], end_year=period[1])),
        indicators=indicators, activities=activities,
    )


def _store(path: Path, *records: Record) -> Path:
    con = connect(path)
    for rec in records:
        load_record(con, rec)
    refresh(con)
    con.close()
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cmp") / "c.duckdb"
    share = Indicator(name="Доля педагогов", key="доля педагог", unit="%",
                      values=[IndicatorValue(year=2022, kind="plan", value=50)])
    seminar = Activity(number="1", title="Семинар", key="семинар", type="методическое",
                       responsibles=["Специалисты ИМЦ"],
                       parties=[Party(text="Специалисты ИМЦ", org="ИМЦ")],
                       deadline=Deadline(text="II квартал 2022 г.", start="2022-04-01",
                                         end="2022-06-30", recurrence="once"))
    plan = _record("plan.docx", "roadmap", (2022, 2026), [share], [seminar])
    fact = share.model_copy(update={"values": [IndicatorValue(year=2022, kind="fact",
                                                               value=50)]})
    done = Activity(title="Семинар", key="семинар", status=Status(text="Выполнено", done=True))
    report = _record("report.docx", "report", (2022, 2022), [fact], [done])
    # the plan's PDF rendering: stored, but every comparison counts the plan once
    scan = _record("plan.pdf", "roadmap", (2022, 2026), [share], [seminar])
    return _store(path, plan, report, scan)


def test_plan_fact_json_gives_100_percent(db: Path) -> None:
    r = roadmaps_process("compare", "plan-fact", "--db", str(db), "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [(x["municipality"], x["year"], x["plan_value"], x["fact_value"],
             x["fulfilment_pct"]) for x in rows] == [(TOWN, 2022, 50.0, 50.0, 100.0)]


@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_every_view_in_every_format(roadmaps, db: Path, view: str, fmt: str) -> None:
    r = roadmaps("compare", view, "--db", str(db), "--format", fmt)
    assert r.returncode == 0, r.stderr
    if fmt == "json":
        assert isinstance(json.loads(r.stdout), list) and json.loads(r.stdout)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(r.stdout)))
        assert len(rows) >= 2 and "municipality" in rows[0]
    else:
        assert VIEWS[view][0] in r.stdout


def test_views_hold_the_expected_numbers(roadmaps, db: Path) -> None:
    def rows(view: str) -> list[dict]:
        r = roadmaps("compare", view, "--db", str(db), "--format", "json")
        return json.loads(r.stdout)

    overview = {(x["kind"], x["activities"], x["indicators"]) for x in rows("overview")}
    assert overview == {("roadmap", 1, 1), ("report", 1, 1)}
    (ind,) = rows("indicators")
    assert (ind["plan_value"], ind["fact_value"], ind["documents"]) == (50.0, 50.0, 2)
    dl = [(x["year"], x["quarter"], x["undated"], x["activities"]) for x in rows("deadlines")]
    assert dl == [(2022, 2, None, 1), (None, None, "no deadline", 1)]
    orgs = [(x["organization"], x["activities"]) for x in rows("organizations")]
    assert orgs == [("ИМЦ", 1)]
    acts = [(x["title"], x["match"], x["status_done"]) for x in rows("plan-fact-activities")]
    assert acts == [("Семинар", "key", True)]


def test_plan_fact_table_also_shows_activities(roadmaps, db: Path) -> None:
    r = roadmaps("compare", "plan-fact", "--db", str(db))
    assert r.returncode == 0
    assert "План и факт: показатели" in r.stdout and "План и факт: мероприятия" in r.stdout
    assert "100" in r.stdout


def test_municipality_filter(roadmaps, db: Path) -> None:
    r = roadmaps("compare", "overview", "--db", str(db), "--format", "json",
                 "--municipality", TOWN)
    assert r.returncode == 0 and {x["municipality"] for x in json.loads(r.stdout)} == {TOWN}
    r = roadmaps("compare", "overview", "--db", str(db), "--format", "json",
                 "--municipality", "Нет такого")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith("roadmaps: в базе нет муниципалитета, подходящего под "
                             "'Нет такого'")


def test_missing_database_is_exit_2_and_not_created(tmp_path: Path) -> None:
    db = tmp_path / "none.duckdb"
    r = roadmaps_process("compare", "overview", "--db", str(db))
    assert r.returncode == 2 and "нет такой базы" in r.stderr
    assert not db.exists()


def test_unknown_view_is_a_usage_error(roadmaps, db: Path) -> None:
    r = roadmaps("compare", "nonsense", "--db", str(db))
    assert r.returncode == 2


def test_overview_table_one_line_per_document_with_its_formats(roadmaps, db: Path) -> None:
    r = roadmaps("compare", "overview", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "Документы по муниципалитетам (2)" in r.stdout
    assert "docx, pdf" in r.stdout and "plan.pdf" not in r.stdout
    assert "2022–2026" in r.stdout  # the period in one column
    assert "дорожная карта" in r.stdout and "отчёт" in r.stdout  # labels, not codes


def test_plan_fact_table_groups_by_report_and_caps_rows(roadmaps, tmp_path: Path) -> None:
    names = ["Доля педагогов", "Число семинаров", "Охват школ"]
    plan = _record("p.docx", "roadmap", (2022, 2026), [
        Indicator(name=n, key=n.lower(), values=[IndicatorValue(year=2022, kind="plan",
                                                                value=10 * (i + 1))])
        for i, n in enumerate(names)], [])
    report = _record("r.docx", "report", (2022, 2022), [
        Indicator(name=n, key=n.lower(), values=[IndicatorValue(year=2022, kind="fact",
                                                                value=5 * (i + 1))])
        for i, n in enumerate(names)], [])
    db = _store(tmp_path / "pf.duckdb", plan, report)
    r = roadmaps("compare", "plan-fact", "--db", str(db), "--limit", "2")
    assert r.returncode == 0, r.stderr
    assert f"{TOWN}: отчёт r.docx; план p.docx" in r.stdout
    assert names[0] in r.stdout and names[1] in r.stdout and names[2] not in r.stdout
    assert "… ещё строк: 1 (все: --format csv" in r.stdout
    full = roadmaps("compare", "plan-fact", "--db", str(db), "--limit", "0")
    assert all(n in full.stdout for n in names) and "ещё строк" not in full.stdout
    assert full.stdout.count(" 50 ") >= 3  # every fact is half its plan: 50 %


def test_compare_and_export_rebuild_after_an_ingest_killed_before_its_refresh(
        roadmaps, tmp_path: Path) -> None:
    """The ingest stores its documents and dies before rebuilding plan-fact: the next compare
    (and export) notices and computes them in memory instead of showing the old comparison,
    writing nothing (it opens the store read-only); the next ingest stores them."""
    share = Indicator(name="Доля педагогов", key="доля педагог",
                      values=[IndicatorValue(year=2022, kind="plan", value=40)])
    fact = share.model_copy(update={"values": [IndicatorValue(year=2022, kind="fact",
                                                               value=30)]})
    db = _store(tmp_path / "k.duckdb", _record("p.docx", "roadmap", (2022, 2026), [share], []))
    folder = tmp_path / "in"
    folder.mkdir()
    report = _record("r.docx", "report", (2022, 2022), [fact], [])
    (folder / "r.json").write_text(report.model_dump_json(), "utf-8")
    script = f"""
import os
from normalize.models import Record
from store.db import connect
from store.load import load_record
con = connect({str(db)!r})
load_record(con, Record.model_validate_json(open({str(folder / "r.json")!r}).read()))
os._exit(9)  # killed: documents written, derived tables not rebuilt
"""
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert r.returncode == 9, r.stderr
    files = {p.name: p.read_bytes() for p in tmp_path.glob("k.duckdb*")}
    out = roadmaps("compare", "plan-fact", "--db", str(db), "--format", "json")
    assert out.returncode == 0, out.stderr
    assert [(x["plan_value"], x["fact_value"], x["fulfilment_pct"])
            for x in json.loads(out.stdout)] == [(40.0, 30.0, 75.0)]
    assert "устарели" in out.stderr and "вычислены только для этого запуска" in out.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.glob("k.duckdb*")} == files
    again = roadmaps("compare", "plan-fact", "--db", str(db), "--format", "json")
    assert again.stdout == out.stdout and again.stderr == out.stderr  # still not stored
    plan = folder / "plan.txt"
    plan.write_text("План мероприятий\n1. Семинар для учителей\t2024 г.\n", "utf-8")
    assert roadmaps("ingest", str(plan), "--db", str(db)).returncode == 0
    stored = roadmaps("compare", "plan-fact", "--db", str(db), "--format", "json")
    assert stored.stdout == out.stdout and stored.stderr == ""  # fresh now


def test_export_computes_stale_derived_tables_in_memory(roadmaps, tmp_path: Path) -> None:
    share = Indicator(name="Доля", key="доля",
                      values=[IndicatorValue(year=2022, kind="plan", value=50)])
    db = _store(tmp_path / "e.duckdb", _record("p.docx", "roadmap", (2022, 2026), [share], []))
    con = connect(db)
    load_record(con, _record("r.docx", "report", (2022, 2022), [share.model_copy(
        update={"values": [IndicatorValue(year=2022, kind="fact", value=50)]})], []))
    con.close()  # no refresh: as if the ingest had been killed
    before = db.read_bytes()
    r = roadmaps("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "o"))
    assert r.returncode == 0, r.stderr
    assert "вычислены только для этого запуска" in r.stderr and db.read_bytes() == before
    rows = list(csv.DictReader(io.StringIO(
        (tmp_path / "o" / "plan_fact_indicators.csv").read_text("utf-8"))))
    assert [(row["plan_value"], row["fact_value"]) for row in rows] == [("50.0", "50.0")]
