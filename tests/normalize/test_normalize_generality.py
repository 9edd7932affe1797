"""Phrases of the blind generality samples (201-206): deadlines of a plan for one school year,
targets counted in participles used as nouns ("не менее 40 обучающихся")."""

from __future__ import annotations

import pytest

from normalize.deadlines import parse_deadline, parse_period
from normalize.lemmas import get_lemmatizer
from normalize.models import Period
from normalize.targets import parse_target

SCHOOL = parse_period("План мероприятий на 2025-2026 учебный год")
YEARS = Period(start_year=2025, end_year=2026)
SY = ("2025-09-01", "2026-08-31")


def test_a_school_year_plan_is_marked_but_prints_only_its_years() -> None:
    assert SCHOOL is not None and SCHOOL.school_year
    assert SCHOOL.model_dump() == {"start_year": 2025, "end_year": 2026}
    assert not parse_period("на 2025-2026 годы").school_year  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "start", "end", "recurrence"),
    [
        ("1 раз в четверть", *SY, "quarterly"),
        ("постоянно", *SY, "continuous"),
        ("ежемесячно", *SY, "monthly"),
        ("в течение учебного года", *SY, "continuous"),
        ("январь – февраль", "2026-01-01", "2026-02-28", "once"),
        ("август", "2026-08-01", "2026-08-31", "once"),
        ("ноябрь", "2025-11-01", "2025-11-30", "once"),
        ("IV квартал", "2025-10-01", "2025-12-31", "once"),
        ("сентябрь 2025 г.", "2025-09-01", "2025-09-30", "once"),
        ("до 15.10.2025", None, "2025-10-15", "once"),
        ("по отдельному графику", None, None, "scheduled"),
    ],
)
def test_yearless_phrases_fall_in_the_school_year(text: str, start: str | None, end: str | None,
                                                  recurrence: str) -> None:
    d = parse_deadline(text, SCHOOL)
    assert (d.start, d.end, d.recurrence) == (start, end, recurrence)


@pytest.mark.parametrize(
    ("text", "start", "end", "recurrence"),
    [
        ("постоянно", "2025-01-01", "2026-12-31", "continuous"),
        ("август", "2025-08-01", "2026-08-31", "annual"),
    ],
)
def test_calendar_years_plan_is_unchanged(text: str, start: str, end: str,
                                          recurrence: str) -> None:
    d = parse_deadline(text, YEARS)
    assert (d.start, d.end, d.recurrence) == (start, end, recurrence)


def test_several_school_years_repeat_yearly() -> None:
    p = Period(start_year=2024, end_year=2026, school_year=True)
    d = parse_deadline("май", p)
    assert (d.start, d.end, d.recurrence) == ("2025-05-01", "2026-05-31", "annual")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Не менее 40 обучающихся", "обучающийся"),
        ("не менее 10 учащихся.", "учащийся"),
        ("не менее 40 обучающихся 9 классов", "обучающийся"),
        ("Не менее 30 участвующих педагогов", "педагог"),
        ("не менее 15 педагогов", "педагог"),
    ],
)
def test_participle_used_as_a_noun_is_the_unit(text: str, unit: str) -> None:
    t = parse_target(text, get_lemmatizer())
    assert t is not None and t.unit == unit
