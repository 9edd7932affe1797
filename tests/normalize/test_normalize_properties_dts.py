"""Properties of the deadline, target, status and date parsers over arbitrary text."""

from __future__ import annotations

from datetime import date
from typing import get_args

from hypothesis import example, given, settings
from hypothesis import strategies as st

from normalize.deadlines import parse_date, parse_deadline, parse_period
from normalize.lemmas import get_lemmatizer
from normalize.models import Period, Recurrence
from normalize.status import parse_status
from normalize.targets import parse_target

RECURRENCES = set(get_args(Recurrence))
LEM = get_lemmatizer()

# Pieces of real deadline phrases, so the generated text reaches deep into the grammar.
PIECES = [
    "2021", "2022-2026", "гг.", "г.", "годы", "январь", "мая", "в мае", "сентябрь", "дек.",
    "II", "IV", "квартал", "кв.", "полугодие", "1", "15", "31", "29", "02", "12", "13", "00",
    ".", "-", "–", "—", "/", ",", " ", "по", "до", "с", "не позднее", "к концу", "ежегодно",
    "ежемесячно", "постоянно", "в течение", "года", "учебного", "учебный год", "уч.", "числа",
    "раз в год", "по запросу", "по графику", "не менее", "более", "%", "человек", "№",
    "выполнено", "не", "частично", "перенесено", "«", "»", "2023/2024", "99", "1899", "2101",
]
phrases = st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=12).map("".join)
texts = st.text(max_size=80) | phrases
periods = st.none() | st.builds(
    Period,
    start_year=st.none() | st.integers(-5, 3000) | st.integers(2015, 2030),
    end_year=st.none() | st.integers(-5, 3000) | st.integers(2015, 2030),
)


def _iso(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


LONG = ["2021 " * 3000, "1 и " * 2000 + "квартал", "i-" * 3000 + "квартал", "2021-" * 2000,
        "до " * 3000 + "мая", "1 000 " * 2000, "15 мая " * 1000]


@settings(max_examples=400, deadline=None)
@given(texts, periods)
@example(LONG[0], None)
@example(LONG[1], None)
@example(LONG[2], None)
@example(LONG[3], None)
@example(LONG[4], Period(start_year=2023, end_year=2023))
@example(LONG[6], Period(start_year=2022, end_year=2026))
def test_deadline_within_contract(text: str, period: Period | None) -> None:
    d = parse_deadline(text, period)
    start, end = _iso(d.start), _iso(d.end)
    assert d.recurrence is None or d.recurrence in RECURRENCES
    if start and end:
        assert start <= end
    assert d.text == " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(texts)
def test_period_and_date_within_contract(text: str) -> None:
    p = parse_period(text)
    if p is not None:
        assert p.end_year is not None
        assert p.start_year is None or p.start_year <= p.end_year
    d = parse_date(text)
    assert d is None or 1900 <= d.year <= 2100


@settings(max_examples=300, deadline=None)
@given(texts)
@example("не менее 5 \U00017000")  # pymorphy3 raises on characters without a Unicode name
@example("не менее 5 Ⅻ участников")
@example(LONG[0])
@example(LONG[5])
def test_target_within_contract(text: str) -> None:
    t = parse_target(text, LEM)
    if t is not None:
        assert t.op in {">=", "<=", "=", ">", "<"}
        assert t.value >= 0
        assert t.unit is None or t.unit.strip() == t.unit != ""


@settings(max_examples=300, deadline=None)
@given(texts)
def test_status_within_contract(text: str) -> None:
    s = parse_status(text)
    if s is None:
        return
    assert s.text == " ".join(text.split()) != ""
    assert s.done in (True, False, None)
    assert all(1900 <= y <= 2099 for y in s.years)
    assert len(s.years) == len(set(s.years))
