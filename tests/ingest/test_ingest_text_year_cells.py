"""Indicator tables printed one cell a paragraph whose header is its year captions only (a
legal site's text form drops the captions of the number and name columns): where they are
found, how their header is placed, and what stays text."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Table
from ingest.text.grid_rules import is_value_pair
from ingest.text.pipe_header import place_header
from ingest.text.reader import read_text


def _paras(*cells: str) -> str:
    return "\n\n".join(cells)


def _tables(text: str) -> list[Table]:
    doc = read_text(text.encode(), "y.txt", Limits())
    return [b for b in doc.blocks if isinstance(b, Table)]


# years with a "план/факт" line under the past ones, "план" under the next; plan and fact in
# one cell; a unit line and a heading above
YEARS_PAIRS = _paras(
    "Показатели подпрограммы «Школьное питание»", "(процентов)",
    "2025 год\nплан/факт", "2026 год\nплан", "2027 год\nплан",
    "1.", "Доля учащихся, получающих горячее питание", "81/83", "88", "92",
    "2.", "Доля столовых, прошедших ремонт", "12,5/10", "20", "30",
    "Примечание: значения уточняются ежегодно.")
# plain year captions, whole numbers, a dash for a year without a value
YEARS_PLAIN = _paras(
    "2024", "2025", "1", "Число кружков робототехники", "4", "6",
    "2", "Число участников олимпиад", "120", "-")


@pytest.mark.parametrize(("text", "header", "body"), [
    (YEARS_PAIRS, [(2, "2025 год\nплан/факт"), (3, "2026 год\nплан"), (4, "2027 год\nплан")],
     [["1.", "Доля учащихся, получающих горячее питание", "81/83", "88", "92"],
      ["2.", "Доля столовых, прошедших ремонт", "12,5/10", "20", "30"]]),
    (YEARS_PLAIN, [(2, "2024"), (3, "2025")],
     [["1", "Число кружков робототехники", "4", "6"],
      ["2", "Число участников олимпиад", "120", "-"]]),
])
def test_year_captions_open_a_table(text: str, header: list[tuple[int, str]],
                                    body: list[list[str]]) -> None:
    (table,) = _tables(text)
    assert table.rows[0].header
    assert [(c.col, c.text) for c in table.rows[0].cells] == header
    assert [[c.text for c in r.cells] for r in table.rows[1:]] == body


def test_text_around_a_year_table_stays_paragraphs() -> None:
    doc = read_text(YEARS_PAIRS.encode(), "y.txt", Limits())
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "table", "paragraph"]


@pytest.mark.parametrize("text", [
    # years as headings of a report's sections, numbered points of text under them
    _paras("2024", "2025", "1.", "В 2024 году открыты два кружка.", "Работа продолжена.",
           "2.", "Проведены олимпиады.", "Участников стало больше."),
    # a single year caption is no header
    _paras("2025 год", "1.", "Доля школ с медиацентрами", "40", "2.", "Число кружков", "12"),
    # rows whose cells under the years are words, not values
    _paras("2025 год", "2026 год", "1.", "Курсы для педагогов", "март", "апрель",
           "2.", "Семинар наставников", "май", "июнь"),
])
def test_year_paragraphs_that_are_no_table(text: str) -> None:
    assert _tables(text) == []


@pytest.mark.parametrize(("level", "n", "numeric", "want"), [
    # year captions only: over the value columns, the number and name columns uncaptioned
    (["2025 год\nплан/факт", "2026 год"], 4, [0.0, 0.0, 1.0, 1.0], [[(2, 1, 1), (3, 1, 1)]]),
    (["2024", "2025", "2026"], 4, [0.0, 1.0, 1.0, 1.0], [[(1, 1, 1), (2, 1, 1), (3, 1, 1)]]),
    # captions fitting the first columns keep the reading of before (the last over the rest)
    (["№", "Мероприятие", "Срок"], 5, [0.0, 0.0, 0.0, 0.0, 0.0], None),
])
def test_short_header_row_placed_over_its_columns(level: list[str], n: int,
                                                  numeric: list[float], want: object) -> None:
    assert place_header([level], n, numeric) == want


@pytest.mark.parametrize(("text", "pair"), [
    ("58/60", True), ("12,5 / 10", True), ("2025/2026", True), ("58", False),
    ("1/2 ставки", False), ("58/60/62", False),
])
def test_value_pair(text: str, pair: bool) -> None:
    assert is_value_pair(text) is pair
