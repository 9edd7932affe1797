"""Deadline phrases of this round's forms, resolved against the plan's period (own wording).

A plan preparing for a school year ("к 2030/2031 учебному году") runs before it: its yearless
months and days fall in the act's year, its continuous work still spans the school year.
"""

from __future__ import annotations

import pytest

from normalize.deadlines import match_deadline, parse_period
from normalize.models import Period

PREP = Period(start_year=2030, end_year=2031, school_year=True, prepares=True)
SY = Period(start_year=2030, end_year=2031, school_year=True)

ONCE, CONT = "once", "continuous"


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
