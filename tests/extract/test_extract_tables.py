"""Extractor 'tables': table roles by ordered rules, and the five seed documents end to end
through the real text reader (ingest) and the table extractor."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv

from extract.found import Found
from extract.pipeline import extract_document
from extract.tables import extract
from ingest.registry import read_document

SAMPLES = Path(__file__).parents[2] / "samples"


def role_of(rows: list) -> str:
    trace = run(table(rows)).trace
    return next((t.split("role ")[1] for t in trace if " role " in t), "none")


@pytest.mark.parametrize(
    ("rows", "role"),
    [
        ([["Мероприятие", "Срок", "Ответственный"], ["Семинар", "Март", "ИМЦ"]],
         "activities [activity_header_named]"),
        ([["Показатель", "2023", "2024"], ["Доля", "1", "2"]], "indicators [indicator_values]"),
        ([["№", "Критерии"], ["1", "Наличие плана"]], "indicators [indicator_header]"),
        ([["Этап", "Содержание", "Результаты"], ["Первый (2021 г.)", "Работа", "План"]],
         "stages [stage_header]"),
        ([["Цель", "Повышение качества"], ["Задачи", "- первая"], ["Сроки реализации", "2024"]],
         "passport [passport_fields]"),
        # a passport of two rows, the name row read as a header: the acts' row is a field
        ([["Наименование программы", "Программа развития школы на 2024-2028 годы"],
          ["Нормативная основа разработки программы", "- Закон об образовании;\n- Устав"]],
         "passport [passport_fields]"),
        ([["Полное наименование программы", "Программа развития детского сада"],
          ["Нормативно-правовая основа", "- Федеральный закон;\n- Положение"]],
         "passport [passport_fields]"),
        ([["Иванов", "директор"], ["Петров", "учитель"]], "none"),
    ],
)
def test_table_roles(rows: list, role: str) -> None:
    assert role_of(rows) == role


def test_headerless_table_continues_the_previous_one() -> None:
    first = table([["№", "Мероприятие", "Срок"], ["1.", "Семинар", "Март 2024"]], index=1)
    second = table([["2.", "Конкурс", "Апрель 2024"]], index=2, first_line=10)
    acts = run(first, second).activities
    assert [(a.number, a.deadline_text, a.source.table) for a in acts] == [
        ("1", "Март 2024", 1),
        ("2", "Апрель 2024", 2),
    ]


def test_debug_trace_names_rules() -> None:
    rows = tsv("""
№ | Мероприятие | Срок
<b>1. Раздел</b> | |
1.1 | Семинар | Март
""")
    trace = run(table(rows)).trace
    assert "table 1: role activities [activity_header_named]" in trace
    assert any(t.endswith("[section_spanning_or_bold]") for t in trace)
    assert any(t.endswith("[activity_row]") for t in trace)


def seed(prefix: str) -> Found:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return extract(read_document(path), Found(), tools())


def test_seed_roadmap_with_directions_and_indicator_table() -> None:
    found = seed("000")
    acts, inds = found.activities, found.indicators
    assert len(acts) == 14
    assert Counter(a.section for a in acts) == {
        "Информационно-методическое направление": 4,
        "Организационно-методическое направление": 6,  # garbled in the text, repaired
        "Научно-методическое направление": 4,
    }
    assert all(a.deadline_text and a.responsibles_text and a.result_text for a in acts)
    assert [a.number for a in acts][:5] == ["1.1", "1.2", "1.3", "1.4", "2.1"]
    assert len(inds) == 9 and len({i.section for i in inds}) == 4
    assert Counter(len(i.values) for i in inds) == {5: 8, 4: 1}
    assert {v.kind for i in inds for v in i.values} == {"plan"}
    short = next(i for i in inds if len(i.values) == 4)
    assert [v.year for v in short.values] == [2023, 2024, 2025, 2026]
    assert "indicator row of line 92 has 4 values for 5 years: 2022 left empty" in found.warnings
    assert all(i.source.table == 2 and i.source.line for i in inds)


def test_seed_programme_passport_stages_and_criteria_lists() -> None:
    found = seed("001")
    assert found.document.period_text == "2021 – 2025 гг."
    assert found.goals[0].startswith("Модернизация модели единого методического пространства")
    assert len(found.tasks) >= 5
    stages = found.activities
    assert [(a.title, a.deadline_text) for a in stages] == [
        ("Подготовительный этап", "ноябрь-декабрь 2020 г."),
        ("Основной этап реализации Программы", "2021-2025 гг."),
        ("Заключительный этап", "2025 г."),
    ]
    assert {a.section for a in stages} == {"Этапы реализации"}
    criteria = [i for i in found.indicators if i.source.table and i.source.table > 2]
    assert len(criteria) > 50 and all(i.values == () for i in criteria)
    assert {i.section for i in criteria} == {
        "На уровне образовательной организации",
        "На муниципальном уровне",
    }
    assert ("4.1", "УМК, включенные в Федеральный перечень учебников") in {
        (i.number, i.name[:48]) for i in criteria
    }


def test_seed_report_with_fact_values() -> None:
    found = seed("002")
    inds = found.indicators
    assert len(inds) == 9
    assert all([(v.year, v.kind) for v in i.values] == [(2022, "fact")] for i in inds)
    assert [i.values[0].value for i in inds][:3] == [10, 50, 30]
    assert inds[0].section == (
        "Обеспечение персонифицированного подхода к повышению квалификации учителя и его "
        "методическому сопровождению"
    )


def test_seed_execution_report_with_targets_and_marks() -> None:
    found = seed("003")
    acts = found.activities
    assert [a.number for a in acts] == [str(n) for n in range(1, 17)]
    assert all(a.deadline_text and a.responsibles_text and a.result_text for a in acts)
    assert acts[4].result_text == "Не менее 200 участников"
    assert acts[3].status_text == "Выполнено 2020 г. 2021 г."
    # rows with an extra empty cell: the executors stay executors, the mark stays a mark
    assert acts[13].status_text == "Выполнено"
    assert acts[13].responsibles_text.startswith("Управление образования города")
    assert sum(1 for a in acts if a.status_text) == 8


def test_seed_roadmap_order_with_passport() -> None:
    found = seed("004")
    acts = found.activities
    assert len(acts) == 20 and len({a.section for a in acts}) == 7
    assert acts[0].section.startswith("Нормативно-правовое обеспечение")
    assert acts[1].deadline_text == "Ежегодно, август"
    assert acts[2].deadline_text == "По мере необходимости"
    assert found.goals[0].startswith("Обеспечение функционирования муниципальной системы")
    assert len(found.indicators) == 8
    assert found.warnings == ()


def test_tables_run_inside_the_pipeline() -> None:
    (path,) = SAMPLES.glob("002_*.txt")
    draft = extract_document(read_document(path), tools(), debug=True)
    assert draft.document.kind == "report"
    assert len(draft.indicators) == 9
    assert any(t.startswith("table 1: role indicators") for t in draft.trace)


WORDS = ["№", "п/п", "Мероприятие", "Срок", "Ответственный", "Показатель", "2023", "2024 год",
         "Факт", "План", "Этап", "Цель", "Задачи", "1.", "1.1", "II.", "-", "—", "", "", "",
         "Доля педагогов", "<b>Раздел</b>", "ных 10", "12,5", "Выполнено", "МКУ «ИМЦ»",
         "в течение года", "систему наставничества:", "$\\Pi/\\Pi$", "1 2 3"]


@given(
    st.lists(
        st.lists(st.sampled_from(WORDS), min_size=0, max_size=7), min_size=0, max_size=8
    )
)
@settings(max_examples=150, deadline=None)
def test_any_table_shape_extracts_without_error(rows: list[list[str]]) -> None:
    rows = [r for r in rows if r]
    if not rows:
        return
    found = run(table(rows), table(rows, index=2, first_line=20))
    for item in (*found.activities, *found.indicators):
        assert item.source.table in (1, 2)
        assert item.source.line is not None
