"""Deadline phrases generated with the interval they mean (the oracle: docs/CONTRACT.md's
deadline table), parsed back: start, end and recurrence must be exactly the known ones.

The month names and phrase shapes are written here, not read from normalize/data, so the test
does not share the parser's vocabulary."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from normalize.deadlines import parse_deadline
from normalize.models import Period

# nominative, genitive ("1 марта"), prepositional ("в марте")
MONTHS = [
    ("январь", "января", "январе"), ("февраль", "февраля", "феврале"),
    ("март", "марта", "марте"), ("апрель", "апреля", "апреле"), ("май", "мая", "мае"),
    ("июнь", "июня", "июне"), ("июль", "июля", "июле"), ("август", "августа", "августе"),
    ("сентябрь", "сентября", "сентябре"), ("октябрь", "октября", "октябре"),
    ("ноябрь", "ноября", "ноябре"), ("декабрь", "декабря", "декабре"),
]
ROMAN = ["I", "II", "III", "IV"]
YEAR_WORD = ["", " г.", " г", " года", " год"]
DASHES = ["-", "–", "—", " - ", " – "]


@dataclass(frozen=True)
class Case:
    """A phrase, the plan's period it is read in, and the interval it means."""

    text: str
    period: Period | None
    start: date | None
    end: date | None
    recurrence: str | None


def _last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


years = st.integers(2015, 2030)
days = st.dates(date(2015, 1, 1), date(2030, 12, 31))
cap = st.booleans()


def _cap(text: str, upper: bool) -> str:
    return text[:1].upper() + text[1:] if upper else text


@st.composite
def a_day(draw: st.DrawFn) -> Case:
    """15.03.2024 · 15.03.2024 г. · 1 сентября 2025 года → that day, once."""
    d = draw(days)
    numeric = f"{d.day:02d}.{d.month:02d}.{d.year}"
    worded = f"{d.day} {MONTHS[d.month - 1][1]} {d.year}"
    text = draw(st.sampled_from([numeric, worded])) + draw(st.sampled_from(YEAR_WORD[:4]))
    return Case(text, None, d, d, "once")


@st.composite
def a_month(draw: st.DrawFn) -> Case:
    """март 2024 г. · в марте 2024 года · Декабрь 2024 → the month, once."""
    y, m = draw(years), draw(st.integers(1, 12))
    nom, _, prep = MONTHS[m - 1]
    text = draw(st.sampled_from([f"{nom} {y}", f"в {prep} {y}"]))
    text = _cap(text, draw(cap)) + draw(st.sampled_from(YEAR_WORD[:4]))
    return Case(text, None, date(y, m, 1), _last(y, m), "once")


@st.composite
def months(draw: st.DrawFn) -> Case:
    """апрель–май 2021 г. → the first day of April to the last of May, once."""
    y = draw(years)
    a = draw(st.integers(1, 11))
    b = draw(st.integers(a + 1, 12))
    text = f"{MONTHS[a - 1][0]}{draw(st.sampled_from(DASHES))}{MONTHS[b - 1][0]} {y}"
    return Case(_cap(text, draw(cap)) + draw(st.sampled_from(YEAR_WORD[1:4])), None,
                date(y, a, 1), _last(y, b), "once")


@st.composite
def a_quarter(draw: st.DrawFn) -> Case:
    """II квартал 2025 г. · 3 квартал 2024 года → the quarter, once."""
    y, q = draw(years), draw(st.integers(1, 4))
    number = draw(st.sampled_from([ROMAN[q - 1], str(q)]))
    word = draw(st.sampled_from(["квартал", "кв."]))
    text = f"{number} {word} {y}" + draw(st.sampled_from(YEAR_WORD[1:4]))
    return Case(text, None, date(y, 3 * q - 2, 1), _last(y, 3 * q), "once")


@st.composite
def a_half(draw: st.DrawFn) -> Case:
    """I полугодие 2025 г. → January to June, once."""
    y, h = draw(years), draw(st.integers(1, 2))
    text = f"{ROMAN[h - 1]} полугодие {y}" + draw(st.sampled_from(YEAR_WORD[1:4]))
    return Case(text, None, date(y, 6 * h - 5, 1), _last(y, 6 * h), "once")


@st.composite
def by_a_day(draw: st.DrawFn) -> Case:
    """до 1 сентября 2025 года · не позднее 01.09.2025 · к 1 сентября 2025 г. → ends then."""
    d = draw(days)
    when = draw(st.sampled_from([f"{d.day:02d}.{d.month:02d}.{d.year}",
                                 f"{d.day} {MONTHS[d.month - 1][1]} {d.year}"]))
    word = draw(st.sampled_from(["до", "не позднее", "к"]))
    text = _cap(f"{word} {when}", draw(cap)) + draw(st.sampled_from(YEAR_WORD[:4]))
    return Case(text, None, None, d, "once")


@st.composite
def years_only(draw: st.DrawFn) -> Case:
    """2025 г. · 2022-2026 годы · 2020–2022 гг. → whole years, no recurrence."""
    a = draw(years)
    b = draw(st.integers(a, 2030))
    if a == b:
        text = f"{a}" + draw(st.sampled_from([" г.", " год"]))
    else:
        text = f"{a}{draw(st.sampled_from(DASHES))}{b}" + draw(
            st.sampled_from([" гг.", " годы", " годов"]))
    return Case(text, None, date(a, 1, 1), date(b, 12, 31), None)


def _period(draw: st.DrawFn) -> Period:
    a = draw(years)
    return Period(start_year=a, end_year=draw(st.integers(a, min(a + 5, 2030))))


REPEATED = [("ежемесячно", "monthly"), ("ежеквартально", "quarterly"), ("ежегодно", "annual"),
            ("постоянно", "continuous"), ("в течение года", "continuous"),
            ("1 раз в год", "annual")]


@st.composite
def repeated(draw: st.DrawFn) -> Case:
    """ежемесячно · ежеквартально · постоянно (in a plan's period) → the period, repeated."""
    p = _period(draw)
    text, rec = draw(st.sampled_from(REPEATED))
    if text in ("в течение года", "1 раз в год"):  # one year: the plan's single year
        p = Period(start_year=p.start_year, end_year=p.start_year)
    assert p.start_year and p.end_year
    return Case(_cap(text, draw(cap)), p, date(p.start_year, 1, 1), date(p.end_year, 12, 31),
                rec)


@st.composite
def yearly_in_a_month(draw: st.DrawFn) -> Case:
    """Ежегодно, август (2023 plan) → August of that year, annual."""
    y, m = draw(years), draw(st.integers(1, 12))
    text = f"{_cap('ежегодно', draw(cap))}, {MONTHS[m - 1][0]}"
    return Case(text, Period(start_year=y, end_year=y), date(y, m, 1), _last(y, m), "annual")


@st.composite
def open_ended(draw: st.DrawFn) -> Case:
    """По мере необходимости · по запросу → on demand; по графику → scheduled; no dates."""
    text, rec = draw(st.sampled_from([
        ("по мере необходимости", "on_demand"), ("по запросу", "on_demand"),
        ("по графику", "scheduled"), ("по отдельному графику", "scheduled")]))
    period = draw(st.none() | st.builds(lambda y: Period(start_year=y, end_year=y), years))
    return Case(_cap(text, draw(cap)), period, None, None, rec)


@st.composite
def two_days(draw: st.DrawFn) -> Case:
    """с 01.03.2024 по 31.05.2024 · 01.03.2024-31.05.2024 → those days, once."""
    a, b = sorted((draw(days), draw(days)))
    one, two = (f"{d.day:02d}.{d.month:02d}.{d.year}" for d in (a, b))
    text = draw(st.sampled_from([f"с {one} по {two}", f"{one}{draw(st.sampled_from(DASHES))}"
                                                      f"{two}"]))
    return Case(text, None, a, b, "once")


@st.composite
def across_years(draw: st.DrawFn) -> Case:
    """декабрь 2024 – январь 2025 г. → December 1 to January 31; сентябрь 2024 – сентябрь
    2025 → one span of 13 months (not September of each year), once."""
    y = draw(st.integers(2015, 2029))
    a = draw(st.integers(1, 12))
    b = draw(st.integers(1, a))
    text = (f"{MONTHS[a - 1][0]} {y}{draw(st.sampled_from(YEAR_WORD[:2]))}"
            f"{draw(st.sampled_from(DASHES))}{MONTHS[b - 1][0]} {y + 1}"
            + draw(st.sampled_from(YEAR_WORD[:3])))
    return Case(text, None, date(y, a, 1), _last(y + 1, b), "once")


@st.composite
def quarters(draw: st.DrawFn) -> Case:
    """I-II квартал 2025 г. · в I квартале 2025 г. → those quarters, once."""
    y = draw(years)
    a = draw(st.integers(1, 4))
    b = draw(st.integers(a, 4))
    text = (f"{ROMAN[a - 1]}{draw(st.sampled_from(DASHES))}{ROMAN[b - 1]} квартал {y} г."
            if a < b else f"в {ROMAN[a - 1]} квартале {y} г.")
    return Case(text, None, date(y, 3 * a - 2, 1), _last(y, 3 * b), "once")


@st.composite
def through_a_year(draw: st.DrawFn) -> Case:
    """в течение 2024 года → the year, continuous; 2024/2025 учебный год → Sep to Aug."""
    y = draw(st.integers(2015, 2029))
    if draw(st.booleans()):
        text = _cap(f"в течение {y} " + draw(st.sampled_from(["года", "г."])), draw(cap))
        return Case(text, None, date(y, 1, 1), date(y, 12, 31), "continuous")
    text = f"{y}{draw(st.sampled_from(['/', '-', '–']))}{y + 1} учебный год"
    return Case(text, None, date(y, 9, 1), date(y + 1, 8, 31), None)


@st.composite
def without_a_year(draw: st.DrawFn) -> Case:
    """май · III квартал · до 1 сентября in a one-year plan → in that year."""
    y, m = draw(years), draw(st.integers(1, 12))
    period = Period(start_year=y, end_year=y)
    kind = draw(st.sampled_from(["month", "quarter", "by"]))
    if kind == "month":
        return Case(_cap(MONTHS[m - 1][0], draw(cap)), period, date(y, m, 1), _last(y, m),
                    "once")
    if kind == "quarter":
        q = (m + 2) // 3
        return Case(f"{ROMAN[q - 1]} квартал", period, date(y, 3 * q - 2, 1), _last(y, 3 * q),
                    "once")
    day = draw(st.integers(1, calendar.monthrange(y, m)[1]))
    return Case(f"до {day} {MONTHS[m - 1][1]}", period, None, date(y, m, day), "once")


@st.composite
def in_capitals(draw: st.DrawFn) -> Case:
    """A phrase printed in capitals (ДО 1 СЕНТЯБРЯ 2025 ГОДА) means the same."""
    case = draw(st.one_of(a_day(), a_month(), months(), a_quarter(), by_a_day()))
    return Case(case.text.upper(), case.period, case.start, case.end, case.recurrence)


cases = st.one_of(a_day(), a_month(), months(), a_quarter(), a_half(), by_a_day(),
                  years_only(), repeated(), yearly_in_a_month(), open_ended(), two_days(),
                  across_years(), quarters(), through_a_year(), without_a_year(),
                  in_capitals())


@settings(max_examples=600, deadline=None)
@given(cases)
@example(Case("15.03.2024", None, date(2024, 3, 15), date(2024, 3, 15), "once"))
@example(Case("март 2024 г.", None, date(2024, 3, 1), date(2024, 3, 31), "once"))
@example(Case("II квартал 2025 г.", None, date(2025, 4, 1), date(2025, 6, 30), "once"))
@example(Case("до 1 сентября 2025 года", None, None, date(2025, 9, 1), "once"))
@example(Case("ежемесячно", Period(start_year=2024, end_year=2024), date(2024, 1, 1),
              date(2024, 12, 31), "monthly"))
@example(Case("февраль 2024", None, date(2024, 2, 1), date(2024, 2, 29), "once"))
@example(Case("с 01.09.2024 по 01.09.2025", None, date(2024, 9, 1), date(2025, 9, 1), "once"))
def test_a_generated_phrase_means_its_known_interval(case: Case) -> None:
    d = parse_deadline(case.text, case.period)
    got = (d.start and date.fromisoformat(d.start), d.end and date.fromisoformat(d.end),
           d.recurrence)
    assert got == (case.start, case.end, case.recurrence), case.text
    assert d.text == case.text
