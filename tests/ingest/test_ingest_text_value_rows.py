"""Indicator tables flattened one row a line with " | " whose body rows open with a label
("Цель.", "Задача 2.") rather than an item number: the rows carrying values end the header,
so the year captions stand over the value columns, not over a weight or note column."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Table
from ingest.text.pipe_table import holds_values, year_group_width
from ingest.text.reader import read_text


def _table(text: str) -> Table:
    doc = read_text(text.encode(), "v.txt", Limits())
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    return table


# a weight column between the unit and the years, a note column after them
WEIGHTED = (
    "Цель, задачи | Наименование индикатора | Ед. изм. | Весовой коэффициент | "
    "Значения по годам | Примечание | ||||\n"
    "2031 | 2032 | 2033 | ||||\n"
    "Цель. | доля классов с интерактивными досками | % | 0,3 | 40,5 | 55,0 | 70,0 | "
    "по данным мониторинга |\n"
    "Задача 1. | число отремонтированных спортзалов | ед. | 0,2 | - | 4 | 6 | "
    "отчёты школ |\n")
# no weight column: values straight after the unit
PLAIN = (
    "Направление | Показатель | Ед. изм. | Плановые значения | |||\n"
    "2040 | 2041 | 2042 | |||\n"
    "Цель. | число кружков робототехники | ед. | 12 | 15 | 18 |\n"
    "Задача 1. | число участников олимпиад | чел. | 300 | 340 | 360 |\n")


@pytest.mark.parametrize(("text", "years"), [
    (WEIGHTED, [("2031", 4), ("2032", 5), ("2033", 6)]),
    (PLAIN, [("2040", 3), ("2041", 4), ("2042", 5)]),
])
def test_value_rows_end_the_header(text: str, years: list[tuple[str, int]]) -> None:
    table = _table(text)
    assert [r.header for r in table.rows] == [True, True, False, False]
    assert [(c.text, c.col) for c in table.rows[1].cells] == years


@pytest.mark.parametrize(("texts", "expected"), [
    (["Цель.", "доля классов", "%", "0,3", "40,5", "55,0"], True),
    (["Задача 1.", "число спортзалов", "ед.", "-", "4", "6", "8"], True),
    (["2031", "2032", "2033", "2034"], False),  # year captions
    (["Показатель", "Ед. изм.", "1", "2"], False),  # two numbers only
    (["12", "15", "18"], False),  # values only: no name cell
])
def test_a_row_holding_values(texts: list[str], expected: bool) -> None:
    assert holds_values(texts) is expected


@pytest.mark.parametrize(("levels", "body", "width"), [
    # kind | name | group over four years; sub-rows: a name and four values (kind merged down)
    ([["Тип", "Показатель", "Значения"], ["2030", "2031", "2032", "2033"]],
     [["- посёлок", "1", "2", "3", "4"]], 6),
    # a body row as wide as the header: nothing to widen from (the caller keeps its width)
    ([["Тип", "Показатель", "Значения"], ["2030", "2031", "2032", "2033"]],
     [["Сады", "- посёлок", "1", "2", "3", "4"]], 0),
    # the lower row is no row of years
    ([["Тип", "Показатель", "Значения"], ["план", "факт"]], [["- посёлок", "1", "2"]], 0),
])
def test_width_by_year_captions(levels: list[list[str]], body: list[list[str]],
                                width: int) -> None:
    assert year_group_width(levels, body) == width
