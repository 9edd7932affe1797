"""An appendix printed alone (session facts65): a passport's row for goals and tasks with no
labels inside (its first item the goal, the rest in lower case its tasks), the developers'
bodies run together with no separator (no one body issues the plan), and a measures table
whose rows hold their number in the measure's cell and quarters in roman numerals ("II - III
кв."), one row two sub-lines per cell."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table
from facts_helpers import docx_doc, facts_of
from facts_helpers import table as facts_table

from extract.passport import goal_over_tasks
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from normalize.deadlines import match_deadline, parse_period
from normalize.orgs import split_responsibles


def _passport(goal: str) -> list[list[str]]:
    return [["Наименование программы", "Программа «Мастерская» Ольховского района"],
            ["Цели и задачи программы", goal],
            ["Сроки реализации программы", "2015-2016 годы"]]


@pytest.mark.parametrize(("goal", "goals", "tasks"), [
    # the goal opening with a capital, its tasks after it in lower case
    ("Развитие творчества школьников; оснащение мастерских; обучение учителей.",
     ["Развитие творчества школьников"], ["оснащение мастерских", "обучение учителей"]),
    # each item opening with a capital: goals all, as written
    ("Развитие творчества школьников; Оснащение мастерских.",
     ["Развитие творчества школьников", "Оснащение мастерских"], []),
    # labels inside the cell part it as before
    ("Цель: развитие творчества. Задачи: оснащение мастерских; обучение учителей",
     ["развитие творчества"], ["оснащение мастерских", "обучение учителей"]),
], ids=["goal-then-tasks", "all-capitals", "labelled"])
def test_goals_and_tasks_row(goal: str, goals: list[str], tasks: list[str]) -> None:
    found = run(table(_passport(goal)))
    assert (list(found.goals), list(found.tasks)) == (goals, tasks)


@pytest.mark.parametrize(("items", "lead"), [
    (["Развитие творчества", "оснащение мастерских"], ["Развитие творчества"]),
    (["развитие творчества", "оснащение мастерских"], None),
    (["Развитие творчества"], None),
], ids=["capital-first", "all-lower", "one-item"])
def test_goal_over_tasks(items: list[str], lead: list[str] | None) -> None:
    assert goal_over_tasks(items) == lead


@pytest.mark.parametrize(("developers", "issuer"), [
    # several bodies run together: none issues it; the coordinator named by the passport does
    ("Отдел образования администрации района Отдел культуры администрации района",
     "Администрация района"),
    # one body: the developer, as before
    ("Отдел образования администрации района", "Отдел образования администрации района"),
], ids=["several", "one"])
def test_developers_run_together(tools: ExtractTools, developers: str, issuer: str) -> None:
    doc = docx_doc("Приложение к Постановлению от 12.10.2015 г № 512",
                   "Районная целевая программа «Мастерская» на 2015 — 2016 годы",
                   facts_table(("Наименование Программы", "«Мастерская» на 2015 - 2016 годы"),
                               ("Заказчик-координатор Программы", "Администрация района"),
                               ("Разработчики Программы", developers),
                               ("Сроки реализации", "2015 - 2016 годы")))
    assert extract_document(doc, tools).document.issuer == issuer


_MEASURES = [["Мероприятия", "Стоимость, тыс. руб.", "Сроки", "Ответственные"],
             ["1. Приобретение станков", "420,0", "II - III кв.", "руководители ОУ"],
             ["2. Приобретение инструмента", "95,0", "IV кв.", "руководители ОУ"],
             ["3. Курсы для учителей", "60,0\n40,0", "IV кв.\nI кв.",
              "заведующие МБДОУ\nруководители МБОУ СОШ"],
             ["Итого:", "575,0", "", ""]]


def test_measures_with_quarters_are_activities() -> None:
    found = run(table(_MEASURES))
    assert [(a.number, a.title, a.deadline_text) for a in found.activities] == [
        ("1", "Приобретение станков", "II - III кв."),
        ("2", "Приобретение инструмента", "IV кв."),
        ("3", "Курсы для учителей", "IV кв. I кв.")]


@pytest.mark.parametrize(("text", "parties"), [
    ("заведующие МБДОУ\nруководители МБОУ СОШ", ["заведующие МБДОУ", "руководители МБОУ СОШ"]),
    # a form whose name follows on the next line stays with it
    ("Директор МБОУ\n«СОШ № 5»", ["Директор МБОУ «СОШ № 5»"]),
    ("руководители МБОУ\nСОШ № 3", ["руководители МБОУ СОШ № 3"]),
    ("руководители ОУ", ["руководители ОУ"]),
], ids=["two-kinds", "form-then-name", "plural-then-name", "one"])
def test_heads_of_institution_kinds(text: str, parties: list[str]) -> None:
    assert split_responsibles(text) == parties


_SCHOOL_YEAR = parse_period("на учебный 2008 — 2009 год")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("I кв.", "2009-01-01", "2009-03-31"),
    ("II - III кв.", "2009-04-01", "2009-09-30"),
    ("I, III кв.", "2009-01-01", "2009-09-30"),
    ("IV кв.", "2008-10-01", "2008-12-31"),
    ("III квартал", "2009-07-01", "2009-09-30"),
    ("сентябрь - май", "2008-09-01", "2009-05-31"),
], ids=["first", "second-third", "first-third", "fourth", "third", "months"])
def test_quarters_of_a_school_year(text: str, start: str, end: str) -> None:
    got = match_deadline(text, _SCHOOL_YEAR)[0]
    assert (got.start, got.end, got.recurrence) == (start, end, "once")


def test_school_year_word_before_its_years(tools: ExtractTools) -> None:
    doc = docx_doc("Приложение к Распоряжению от 28.03.2015 г № 30",
                   "Мероприятия по укреплению материальной базы школ на учебный 2015 — 2016 год")
    text = facts_of(doc, tools).document.period_text
    period = parse_period(text) if text else None
    assert period is not None and (period.start_year, period.end_year, period.school_year) == (
        2015, 2016, True)
