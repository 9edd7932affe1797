"""Themes from the command line: extract and ingest with a user's themes file, `roadmaps
retheme` without re-parsing, `roadmaps compare themes`, and the pairwise theme metric."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines.eval_diff import ru
from pipelines.eval_themes import ThemedItem, carries_themes, pairwise, themed_items

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# three invented municipalities whose plans and report word one theme differently
THREE = ("102_verkhneluzhsky_methodical_2024.pdf", "202_ust_lebyazhye_report_2024.pdf",
         "204_zelenoborsk_imc_programme_2024.txt")
USER_FILE = """\
themes:
  - code: literacy_festival
    label: Участники фестивалей по грамотности
    measures: [count]
    match:
      - all: [фестиваль, "@fl"]
    examples: [Количество участников фестиваля по функциональной грамотности]
overrides:
  - name: "грамотный читатель"
    theme: literacy_festival
  - phrase: средний балл ... диагностический работа
    theme: null
  - name: "методическ\\\\w+ мероприяти"
    theme: method_events_participants
"""


@pytest.fixture
def roadmaps(roadmaps_cli: Callable[..., Any]) -> Callable[..., Any]:
    return roadmaps_cli


@pytest.fixture(scope="module")
def three_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pipelines.cli import main

    folder = tmp_path_factory.mktemp("three")
    for name in THREE:
        shutil.copy(SAMPLES / name, folder / name)
    db = folder / "t.duckdb"
    assert main(["ingest", str(folder), "--db", str(db), "--workers", "1"]) == 0
    return db


def _user_file(tmp_path: Path) -> Path:
    path = tmp_path / "my_themes.yaml"
    path.write_text(USER_FILE, encoding="utf-8")
    return path


def test_extract_with_a_user_themes_file(roadmaps, tmp_path: Path) -> None:
    sample = SAMPLES / "104_tikhorechensky_literacy_report_2023.txt"
    plain = json.loads(roadmaps("extract", str(sample)).stdout)
    r = roadmaps("extract", str(sample), "--themes", str(_user_file(tmp_path)), "--debug")
    assert r.returncode == 0
    got = {i["name"]: (i["theme"], i["theme_source"]) for i in json.loads(r.stdout)["indicators"]}
    before = {i["name"]: i["theme"] for i in plain["indicators"]}
    festival = next(k for k in got if "Грамотный читатель" in k)
    assert before[festival] is None
    assert got[festival] == ({"code": "literacy_festival",
                              "label": "Участники фестивалей по грамотности"}, "override")
    training = next(k for k in got if k.startswith("Доля педагогов, прошедших обучение"))
    assert got[training] == (before[training], "rule")
    score = next(k for k in got if k.startswith("Средний балл"))
    assert got[score] == (None, None)
    assert "rule: theme 'Доля педагогов, прошедших обучение" in r.stderr
    assert "override 'грамотный читатель'" in r.stderr


@pytest.mark.parametrize(("text", "reason"), [
    ("themes: [", "my_themes.yaml"),
    ("themes:\n  - code: Bad Code\n    label: x\n    measures: [count]\n    match: [{}]\n",
     "themes.0.code"),
    ("themes:\n  - code: t\n    label: x\n    measures: [count]\n    match: [{all: ['@nope']}]\n",
     "неизвестный термин @nope"),
    ("overrides:\n  - name: x\n    theme: no_such_theme\n", "неизвестная тема 'no_such_theme'"),
    ("themes:\n  - code: training\n    label: x\n    measures: [count]\n    match: [{}]\n",
     "уже есть в таксономии: training"),
])
def test_a_bad_themes_file_is_one_line_and_exit_2(roadmaps, tmp_path: Path, text: str,
                                                  reason: str) -> None:
    path = tmp_path / "my_themes.yaml"
    path.write_text(text, encoding="utf-8")
    sample = SAMPLES / "104_tikhorechensky_literacy_report_2023.txt"
    for args in (("extract", str(sample)), ("retheme", "--db", str(tmp_path / "none.duckdb")),
                 ("ingest", str(sample), "--db", str(tmp_path / "x.duckdb"))):
        r = roadmaps(*args, "--themes", str(path))
        assert r.returncode == 2, args
        assert reason in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert "Traceback" not in r.stderr
    assert not (tmp_path / "x.duckdb").exists()


def test_compare_one_theme_across_three_municipalities(roadmaps, three_db: Path) -> None:
    r = roadmaps("compare", "themes", "--db", str(three_db), "--theme", "deficit_diagnostics",
                 "--format", "json")
    rows = json.loads(r.stdout)
    assert {x["municipality"] for x in rows} == {"Верхнелужский район", "Усть-Лебяжинский район",
                                                 "Зеленоборск"}
    assert {x["theme_municipalities"] for x in rows} == {3}
    report = [x for x in rows if x["municipality"] == "Усть-Лебяжинский район"]
    assert [(x["year"], x["plan_value"], x["fact_value"], x["unit"]) for x in report] == [
        (2024, 50.0, 54.0, "%")]
    table = roadmaps("compare", "themes", "--db", str(three_db)).stdout
    assert "Диагностика профессиональных дефицитов педагогов (deficit_diagnostics)" in table
    assert "муниципальных образований: 3" in table


def test_retheme_with_a_user_file_does_not_parse_again(roadmaps, three_db: Path,
                                                       tmp_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copy(three_db, db)
    con = duckdb.connect(str(db), read_only=True)
    docs_before = con.execute("SELECT id, sha256, ingested_at FROM documents ORDER BY id"
                              ).fetchall()
    con.close()
    r = roadmaps("retheme", "--db", str(db), "--themes", str(_user_file(tmp_path)))
    assert r.returncode == 0, r.stderr
    assert "тема изменилась у" in r.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT id, sha256, ingested_at FROM documents ORDER BY id"
                       ).fetchall() == docs_before
    assert con.execute("SELECT count(*) FROM ingest_runs").fetchone() == (1,)
    events = con.execute("SELECT DISTINCT theme_code, theme_source FROM indicators "
                         "WHERE name ILIKE '%методических мероприятий%'").fetchall()
    assert events == [("method_events_participants", "override")]
    assert con.execute("SELECT source FROM themes WHERE code = 'literacy_festival'"
                       ).fetchone() == ("user",)
    con.close()
    r = roadmaps("retheme", "--db", str(db), "--debug")  # back to the taxonomy alone
    assert "rule: theme 'Количество методических мероприятий муниципального': " \
           "method_events_held (rule method_events_held#1: subject events" in r.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT DISTINCT theme_code FROM indicators WHERE name ILIKE "
                       "'%методических мероприятий%'").fetchall() == [("method_events_held",)]
    assert con.execute("SELECT count(*) FROM themes WHERE source = 'user'").fetchone() == (0,)
    con.close()


def test_retheme_of_a_missing_database_is_exit_2(roadmaps, tmp_path: Path) -> None:
    r = roadmaps("retheme", "--db", str(tmp_path / "missing.duckdb"))
    assert r.returncode == 2 and "нет такой базы" in r.stderr
    assert not (tmp_path / "missing.duckdb").exists()


def _item(sample: str, expected: str | None, got: str | None) -> ThemedItem:
    return ThemedItem(sample, f"{sample}-{expected}-{got}", expected, got)


def test_pairwise_counts_pairs_of_different_samples_only() -> None:
    items = [_item("a", "t1", "x"), _item("a", "t1", "x"),  # same sample: never a pair
             _item("b", "t1", "x"),  # with both of a: 2 true pairs found
             _item("c", "t1", None),  # missed: 3 pairs not found
             _item("c", None, "x"),  # wrongly put with the x's of a and b: 3 false pairs
             _item("d", "t2", "y"), _item("e", "t2", "z")]  # a pair split: 1 missed
    counts, diffs = pairwise(items)
    assert (counts.tp, counts.fp, counts.fn) == (2, 3, 4)
    lines = [ru(d) for d in diffs]
    assert "themes: 'b-t1-x' и 'c-None-x': получили одну тему x, в эталоне t1 / нет" in lines
    assert "themes: 'd-t2-y' и 'e-t2-z': в эталоне одна тема t2, получено y / z" in lines
    assert len(lines) == 5  # the two items of sample a share a name: one line per pair


def test_themed_items_pair_expected_and_extracted_indicators_by_name() -> None:
    expected = {"indicators": [{"name": "Доля педагогов", "theme": {"code": "t", "label": "Т"}},
                               {"name": "Другое", "theme": None}]}
    got = {"indicators": [{"name": "Другое", "theme": {"code": "u", "label": "У"}},
                          {"name": "Доля педагогов", "theme": None}]}
    assert carries_themes(expected) and not carries_themes({"indicators": [{"name": "x"}]})
    assert [(i.expected, i.got) for i in themed_items("s", expected, got)] == [
        ("t", None), (None, "u")]


def test_evaluate_reports_the_pairwise_theme_metric(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from pipelines.cli import main

    (tmp_path / "expected").mkdir()
    for name in THREE[1:]:
        shutil.copy(SAMPLES / name, tmp_path / name)
        stem = name.split(".")[0]
        shutil.copy(SAMPLES / "expected" / f"{stem}.json", tmp_path / "expected" / f"{stem}.json")
    assert main(["evaluate", str(tmp_path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    pairs = out["themes_pairwise"]
    # the two samples share deficit diagnostics and mentoring of young teachers
    assert (pairs["tp"], pairs["fp"], pairs["fn"]) == (2, 0, 0)


def test_retheme_fills_a_database_stored_before_themes_existed(roadmaps, tmp_path: Path) -> None:
    """A store at migration 3 (no theme columns) is migrated on open; retheme then gives its
    indicators themes and its activities type labels, with no file parsed."""
    from normalize.models import Activity, Indicator, IndicatorValue, Record, SourceInfo
    from store.db import migrations
    from store.rows import document_row

    db = tmp_path / "old.duckdb"
    rec = Record(source=SourceInfo(file="p.docx", sha256="ab" * 32, format="docx"),
                 indicators=[Indicator(name="Доля молодых педагогов, имеющих наставника",
                                       values=[IndicatorValue(year=2024, kind="plan",
                                                              value=80)])],
                 activities=[Activity(title="Семинар", type="семинар/вебинар")])
    old = duckdb.connect(str(db))
    old.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, title VARCHAR, "
                "applied_at TIMESTAMP DEFAULT now())")
    for step in migrations()[:3]:
        old.execute(step.sql)
        old.execute("INSERT INTO schema_version (version, title) VALUES (?, ?)",
                    [step.version, step.title])
    row = {k: v for k, v in document_row(rec).items() if k != "order_act_type"}  # migration 6
    row.update(id=1, ingested_at="2024-01-01", record=rec.model_dump_json())
    old.execute(f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()))
    old.execute("INSERT INTO indicators (document_id, ordinal, name) VALUES (1, 1, ?)",
                [rec.indicators[0].name])
    old.execute("INSERT INTO indicator_values VALUES (1, 1, 1, 2024, 'plan', 80)")
    old.execute("INSERT INTO activities (document_id, ordinal, title, type) "
                "VALUES (1, 1, 'Семинар', 'семинар/вебинар')")
    old.close()
    r = roadmaps("retheme", "--db", str(db))
    assert r.returncode == 0, r.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT theme_code, theme_source FROM indicators").fetchall() == [
        ("mentoring_young", "rule")]
    assert con.execute("SELECT type_label FROM activities").fetchall() == [("Семинар, вебинар",)]
    record = json.loads(con.execute("SELECT record FROM documents").fetchone()[0])
    assert record["indicators"][0]["theme"]["code"] == "mentoring_young"
    assert record["activities"][0]["type_label"] == "Семинар, вебинар"
    con.close()


# two invented plans that word the same indicators differently (and one they do not share)
TWO_PLANS = {
    "rechnoy_programme_2025.txt": """\
Администрация Речного муниципального района Северной области

ПОСТАНОВЛЕНИЕ

от 10.01.2025 № 5

Об утверждении муниципальной программы «Развитие образования Речного района на 2025–2027 годы»

**Целевые показатели Программы**

№\tНаименование показателя\tЕд. измерения\t2025\t2026\t2027
1\tЧисленность детей в возрасте от 5 до 18 лет\tчел.\t4100\t4150\t4200
2\tДоля жителей района, систематически занимающихся физической культурой и спортом\t%\t48\t50\t52
3\tЧисленность педагогических работников организаций дополнительного образования\tчел.\t60\t62\t64
4\tОхват старшеклассников профильным обучением\t%\t40\t45\t50
""",
    "lugovoy_roadmap_2025.txt": """\
Администрация Луговского городского округа Южной области

ПОСТАНОВЛЕНИЕ

от 15.02.2025 № 44

Об утверждении плана мероприятий («дорожной карты») развития общего образования Луговского \
городского округа на 2025–2026 годы

**Целевые индикаторы**

№\tНаименование индикатора\tЕд. изм.\t2025\t2026
1\tКоличество детей и подростков 5–18 лет, проживающих в округе\tчел.\t2900\t2950
2\tУдельный вес населения округа, регулярно занимающегося спортом\t%\t47\t49
3\tСреднесписочная численность педагогов дополнительного образования детей\tчел.\t35\t36
4\tДоля учащихся, обучающихся в профильных классах\t%\t30\t35
5\tДоля граждан среднего возраста, занимающихся физкультурой и спортом\t%\t30\t32
""",
}


def test_compare_puts_differently_worded_indicators_of_two_plans_in_one_row(
        roadmaps, tmp_path: Path) -> None:
    for name, text in TWO_PLANS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "two.duckdb"
    roadmaps("ingest", str(tmp_path), "--db", str(db), "--workers", "1")
    rows = json.loads(roadmaps("compare", "themes", "--db", str(db), "--format", "json").stdout)
    names: dict[str, set[str]] = {}
    for x in rows:
        names.setdefault(x["theme_code"], set()).add(x["name"])
    shared = {x["theme_code"] for x in rows if x["theme_municipalities"] == 2}
    assert shared == {"children_population.y5_18", "population_sport", "teachers_count.addl",
                      "profile_education"}
    assert all(len(names[code]) == 2 for code in shared)
    assert names["population_sport.middle"] == {
        "Доля граждан среднего возраста, занимающихся физкультурой и спортом"}
