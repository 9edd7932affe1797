"""Indicator tables printed one cell a paragraph with neither a "№" caption nor row numbers: a
legal site's text form gives the captions, the row of column numbers ("1" … "5"), then each
row as its name and values, a task's title standing alone over its indicators."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.text.bar_rows import valued_rows
from ingest.text.reader import read_text


def _paras(*cells: str) -> str:
    return "\n\n".join(cells)


def _blocks(text: str) -> list[Paragraph | Table]:
    return list(read_text(text.encode(), "c.txt", Limits()).blocks)


HEAD = ("Задачи подпрограммы, показатели, единицы измерения", "Базовое значение (на 01.01.2024)",
        "Плановый период", "2024 г.", "2025 г.", "2026 г.", "1", "2", "3", "4", "5")
ROWS = ("Развитие сети кружков в сельских школах",
        "Доля школ Сосновки с кружками робототехники", "20%", "30%", "45%", "60%",
        "Поддержка одарённых детей",
        "Число призёров областных олимпиад (человек)", "12", "14", "15", "17",
        "Обновление библиотечных фондов")
# the table's title stands two blank lines apart above its captions
TITLED = "Целевые показатели подпрограммы по годам\n\n\n" + _paras(*HEAD, *ROWS)


def test_rows_of_names_and_values_under_column_numbers() -> None:
    blocks = _blocks(TITLED)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    rows = [[c.text for c in r.cells] for r in tables[0].rows]
    assert rows[3] == ["Развитие сети кружков в сельских школах"]
    assert rows[4] == ["Доля школ Сосновки с кружками робототехники", "20%", "30%", "45%", "60%"]
    assert rows[6][1:] == ["12", "14", "15", "17"]
    # the title above and the task title after the last row stay text
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert texts == ["Целевые показатели подпрограммы по годам", "Обновление библиотечных фондов"]


def test_whole_numbers_closing_the_page_are_values_not_row_numbers() -> None:
    text = "Целевые показатели\n\n\n" + _paras(*HEAD, *ROWS[:-1])
    (table,) = [b for b in _blocks(text) if isinstance(b, Table)]
    assert [c.text for c in table.rows[-1].cells] == [
        "Число призёров областных олимпиад (человек)", "12", "14", "15", "17"]


@pytest.mark.parametrize("text", [
    # captions at one blank line from the text above: where the header opens is not told
    "Целевые показатели подпрограммы по годам\n\n" + _paras(*HEAD, *ROWS),
    # a plan's columns hold texts, not values: no indicator table
    "Перечень мероприятий\n\n\n" + _paras(
        "Мероприятие", "Срок", "Ответственный", "1", "2", "3",
        "Открытие кружка робототехники", "сентябрь 2024 года", "директор школы",
        "Конкурс чтецов", "март 2025 года", "заместитель директора"),
])
def test_no_table_without_its_evidence(text: str) -> None:
    assert not [b for b in _blocks(text) if isinstance(b, Table)]


@pytest.mark.parametrize(("texts", "rows", "end"), [
    (["Задача", "Показатель", "1", "2", "Показатель 2", "3", "4"], [(0, 1), (1, 4), (4, 7)], 7),
    # a text where a value is due ends the rows; a trailing section title belongs to none
    (["Показатель", "1", "-", "Задача", "Показатель", "срок"], [(0, 3)], 3),
    (["10", "Показатель", "1", "2"], [], 0),
])
def test_valued_rows(texts: list[str], rows: list[tuple[int, int]], end: int) -> None:
    assert valued_rows(texts, 0, 3) == (rows, end)
