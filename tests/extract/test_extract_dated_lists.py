"""A plan written as a dated list: "day month: name" lines under month labels."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import doc, para, tools

from extract.dated_lists import extract, read_dated
from extract.found import Found
from extract.pipeline import extract_document
from normalize.deadlines import parse_period

CALENDAR = """Памятные даты года
Сентябрь:
1 сентября: День знаний
27 сентября: День воспитателя и
всех дошкольных работников
Октябрь:
1 октября: Международный день
пожилых людей.
4 октября – День защиты животных"""


@pytest.mark.parametrize(("text", "expected"), [
    (CALENDAR, [
        ("Сентябрь", "День знаний", "1 сентября"),
        ("Сентябрь", "День воспитателя и всех дошкольных работников", "27 сентября"),
        ("Октябрь", "Международный день пожилых людей.", "1 октября"),
        ("Октябрь", "День защиты животных", "4 октября"),
    ]),
    # a year after the month stays in the date; no month label: no section
    ("12 июня 2025 г.: День России\n22 июня 2025 г.: День памяти и скорби\n"
     "8 июля 2025 г.: День семьи, любви и верности",
     [(None, "День России", "12 июня 2025 г."),
      (None, "День памяти и скорби", "22 июня 2025 г."),
      (None, "День семьи, любви и верности", "8 июля 2025 г.")]),
    # two dated lines are no list
    ("1 сентября: День знаний\n5 октября: День учителя", []),
    # dates inside sentences, an act's date, a wrong day: nothing
    ("Приказ от 31 августа 2023 г. № 12\n1 сентября провести линейку.\n"
     "45 марта: не дата\n12 апреля: День космонавтики", []),
])
def test_dated_list(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    acts = read_dated(doc(para(text)), tools())
    assert [(a.section, a.title, a.deadline_text) for a in acts] == expected


def test_a_long_line_after_the_list_is_not_part_of_the_last_name() -> None:
    text = CALENDAR + "\nВоспитатели групп проводят тематические занятия к каждой дате."
    acts = read_dated(doc(para(text)), tools())
    assert acts[-1].title == "День защиты животных"


def test_dated_list_runs_only_without_other_activities() -> None:
    draft = extract_document(doc(para(CALENDAR)), tools(), debug=True)
    assert len(draft.activities) == 4
    assert "dated_lists:dated_lines(4)" in draft.trace
    assert extract(doc(para(CALENDAR)), Found(activities=draft.activities), tools()) == Found()


@pytest.mark.parametrize(("title", "years"), [
    ("Календарный план воспитательной работы на 2024-2025 уч.год", (2024, 2025)),
    ("План мероприятий на 2024-2025 уч. г.", (2024, 2025)),
    ("План мероприятий на 2024-2025 учебный год", (2024, 2025)),
])
def test_short_school_year_in_a_title_keeps_its_word(title: str, years: tuple[int, int]) -> None:
    # the dated list's "27 января" then falls in the school year's second year
    draft = extract_document(doc(para(title), para(CALENDAR, line=3)), tools())
    period = parse_period(draft.document.period_text or "")
    assert period is not None and period.school_year
    assert (period.start_year, period.end_year) == years


EVENTS = """Сентябрь
Праздник открытия сезона в клубе "Родничок"
12 октября
Осенняя ярмарка. Продажа поделок воспитанников
Январь-Февраль
Лыжные соревнования между объединениями
Май 2025 г.
Отчётный концерт"""


@pytest.mark.parametrize(("text", "expected"), [
    # a date line alone, then its event: the date is the deadline, no section
    (EVENTS, [(None, 'Праздник открытия сезона в клубе "Родничок"', "Сентябрь"),
              (None, "Осенняя ярмарка. Продажа поделок воспитанников", "12 октября"),
              (None, "Лыжные соревнования между объединениями", "Январь-Февраль"),
              (None, "Отчётный концерт", "Май 2025 г.")]),
    # a month label over "day month: name" lines still heads them as their section
    ("Март\n8 марта: Женский день\n18 марта: День воссоединения\nАпрель\n"
     "12 апреля: День космонавтики",
     [("Март", "Женский день", "8 марта"), ("Март", "День воссоединения", "18 марта"),
      ("Апрель", "День космонавтики", "12 апреля")]),
    # a range of months whose second word is no month is no date line
    ("Сентябрь-Вторник\nпервое\nОктябрь-Среда\nвторое\nНоябрь-Пятница\nтретье", []),
])
def test_date_line_then_event_line(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    acts = read_dated(doc(para(text)), tools())
    assert [(a.section, a.title, a.deadline_text) for a in acts] == expected


def test_date_line_then_event_is_named_in_the_trace() -> None:
    draft = extract_document(doc(para(EVENTS)), tools(), debug=True)
    assert "dated_lists:date_line_then_event(4)" in draft.trace
