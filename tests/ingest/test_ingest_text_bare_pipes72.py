"""Session tables72: pipe rows printed without border bars read as a table
(ingest/text/bare_pipes.py); other lines with bars are left to their own readers."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Table
from ingest.text.bare_pipes import border_bare_rows
from ingest.text.reader import read_text

HEAD = "№ | Мероприятие | Срок | Ответственный"
ROW1 = "1 | Выставка рисунков «Моя семья» | март | Воспитатели групп"
ROW2 = "2 | Спортивный праздник для родителей | в течение года | Инструктор по физкультуре"


def _tables(lines: list[str]) -> list[list[list[str]]]:
    doc = read_text("\n".join(lines).encode(), "p.txt", Limits())
    return [[[c.text for c in r.cells] for r in b.rows] for b in doc.blocks
            if isinstance(b, Table)]


@pytest.mark.parametrize(("lines", "rows"), [
    ([HEAD, ROW1, ROW2], [["№", "Мероприятие", "Срок", "Ответственный"],
                          ["1", "Выставка рисунков «Моя семья»", "март", "Воспитатели групп"],
                          ["2", "Спортивный праздник для родителей", "в течение года",
                           "Инструктор по физкультуре"]]),
    (["План работы", HEAD, ROW1, ""], [["№", "Мероприятие", "Срок", "Ответственный"],
                                      ["1", "Выставка рисунков «Моя семья»", "март",
                                       "Воспитатели групп"]]),
    # a row leaving its last cell out
    ([HEAD, "3 | Конкурс чтецов | апрель"], [["№", "Мероприятие", "Срок", "Ответственный"],
                                            ["3", "Конкурс чтецов", "апрель"]]),
])
def test_bare_pipe_rows_read_as_a_table(lines: list[str], rows: list[list[str]]) -> None:
    (table,) = _tables(lines)
    assert table == rows


def test_text_line_between_rows_is_a_row_across() -> None:
    (table,) = _tables([HEAD, "Раздел 1. Работа с родителями", ROW1])
    assert table[1] == ["Раздел 1. Работа с родителями"]


@pytest.mark.parametrize("text", [
    "Главная | Документы | Новости",  # one line: a site's menu, no table
    "Главная | Документы\nО школе | Контакты\nНовости | Архив",  # two cells: too often chrome
    "| a | b | c |\n| 1 | 2 | 3 |",  # already bordered
    "Вид | Показатель | |||\n2019 | 2020 | 2021 | ||",  # runs of empty bars: cntd form
    "№ п/п | Цели | Единица\nизмерения | 2020 | 2021 |\nДоля | % | 5 | 6",  # wrapped cells
])
def test_other_bar_lines_are_left_as_they_are(text: str) -> None:
    assert border_bare_rows(text) == text


_FRAMED = ["| № | Показатель | Ед. | 2025 | 2026 |",
           "| 1 | Доля школ с новыми мастерскими | % | 10 | 20 |"]


@pytest.mark.parametrize(("line", "row"), [
    # one text after an empty number cell, in a capital: a goal's row across the width
    ("|  | Цель: обновление материальной базы школ |",
     ["Цель: обновление материальной базы школ"]),
    ('|  | Задача "Ремонт спортивных залов" |', ['Задача "Ремонт спортивных залов"']),
])
def test_framed_short_row_after_empty_number_is_across(line: str, row: list[str]) -> None:
    (table,) = _tables([_FRAMED[0], line, _FRAMED[1]])
    assert table[1] == row
    assert table[2][:2] == ["1", "Доля школ с новыми мастерскими"]


def test_framed_short_lower_case_tail_continues_the_row() -> None:
    (table,) = _tables([*_FRAMED, "|  | и спортзалами |"])
    assert len(table) == 2
    assert table[1][1] == "Доля школ с новыми мастерскими\nи спортзалами"
