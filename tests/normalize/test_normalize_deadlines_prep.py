"""Deadline phrases of this round's forms, resolved against the plan's period (own wording).

A plan preparing for a school year ("к 2030/2031 учебному году") runs before it: its yearless
months and days fall in the act's year, its continuous work still spans the school year. Also
forms seen in school calendars and exam schedules: a weekday after the date, "включительно", a
slipped end year, roman decades, a named month spanned ("на протяжении июня").
"""

from __future__ import annotations

import pytest

from normalize.deadlines import match_deadline, parse_period
from normalize.models import Period

PREP = Period(start_year=2030, end_year=2031, school_year=True, prepares=True)
SY = Period(start_year=2030, end_year=2031, school_year=True)

SY29 = Period(start_year=2029, end_year=2030, school_year=True)
P30 = Period(start_year=2030, end_year=2030)
P35 = Period(start_year=2030, end_year=2035)
NO = None

ONCE, CONT, SCHED = "once", "continuous", "scheduled"


@pytest.mark.parametrize(("text", "period", "start", "end", "recurrence"), [
    ("до 20 мая", PREP, None, "2030-05-20", ONCE),
    ("до 20 мая", SY, None, "2031-05-20", ONCE),
    ("июль - август", PREP, "2030-07-01", "2030-08-31", ONCE),
    ("до 1 сентября", PREP, None, "2030-09-01", ONCE),
    ("в течение учебного года", PREP, "2030-09-01", "2031-08-31", CONT),
    ("каждую неделю", PREP, "2030-09-01", "2031-08-31", CONT),
])
def test_deadline_in_a_preparation_plan(text: str, period: Period, start: str | None,
                                        end: str | None, recurrence: str) -> None:
    got, _ = match_deadline(text, period)
    assert (got.start, got.end, got.recurrence) == (start, end, recurrence)


@pytest.mark.parametrize(("text", "title", "prepares"), [
    ("к 2030/2031 учебному году", None, True),
    ("2030/2031 учебному году",
     "План мероприятий по подготовке школ района к 2030/2031 учебному году", True),
    ("к началу 2030-2031 учебного года", None, True),
    ("к новому 2030-2031 учебному году", None, True),
    ("на 2030-2031 учебный год", None, False),
    ("2030/2031 уч. год", "План работы на 2030/2031 уч. год", False),
    # the title prepares for another school year than the period's
    ("на 2030-2031 учебный год", "Итоги подготовки к 2029/2030 учебному году", False),
])
def test_preparation_plan_is_recognised(text: str, title: str | None, prepares: bool) -> None:
    got = parse_period(text, title)
    assert got is not None and got.school_year and got.prepares is prepares


@pytest.mark.parametrize(("text", "period", "start", "end", "recurrence"), [
    # exam and campaign schedules: a weekday in brackets after the day
    ("3 июня (ср.)", P30, "2030-06-03", "2030-06-03", ONCE),
    ("07.05. (вт)", P30, "2030-05-07", "2030-05-07", ONCE),
    # school calendars: the end year slipped, "включительно", years glued to "г."
    ("С 02.01.2030г. по 09.01.2029г.", SY29, "2030-01-02", "2030-01-09", ONCE),
    ("с 28 октября 2029 г. по 5 ноября 2029 г. включительно", SY29, "2029-10-28", "2029-11-05",
     ONCE),
    ("до 31.08.2030года", SY29, None, "2030-08-31", ONCE),
    ("02.09-30.12.2029г", SY29, "2029-09-02", "2029-12-30", ONCE),
    ("с 03.11. по 05.11.2029", SY29, "2029-11-03", "2029-11-05", ONCE),
    # the end of lessons written with the dative "по завершению"
    ("по завершению учебного процесса 2029/2030 учебного года", NO, "2030-05-01", "2030-05-31",
     ONCE),
    # "т.г." (this year) names no year of its own
    ("С 4 по 9 августа т.г.", NO, None, None, ONCE),
    # the plan's whole term, with no term known
    ("Весь период", NO, None, None, CONT),
    ("Весь период", P35, "2030-01-01", "2035-12-31", CONT),
    ("По плану", P30, None, None, SCHED),
    # a third of a month in roman numerals, or glued to its noun
    ("II декада октября", P30, "2030-10-11", "2030-10-20", ONCE),
    ("III декада июня", P30, "2030-06-21", "2030-06-30", ONCE),
    ("I-II декада марта", P30, "2030-03-01", "2030-03-20", ONCE),
    ("1декада апреля", P30, "2030-04-01", "2030-04-10", ONCE),
    # a named month spanned is that one interval
    ("на протяжении июля", P30, "2030-07-01", "2030-07-31", ONCE),
    ("в течение октября 2030 г.", P35, "2030-10-01", "2030-10-31", ONCE),
])
def test_deadline_fresh_forms(text: str, period: Period | None, start: str | None,
                              end: str | None, recurrence: str) -> None:
    got, _ = match_deadline(text, period)
    assert (got.start, got.end, got.recurrence) == (start, end, recurrence)
