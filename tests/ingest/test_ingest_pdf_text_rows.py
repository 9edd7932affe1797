"""A borderless PDF table whose first-column cell wraps over lines keeps the row whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import Table
from ingest.pdf.layout import Line, Word
from ingest.pdf.rules import Segment
from ingest.pdf.text_tables import find_text_tables
from ingest.registry import read_document

SAMPLES = Path(__file__).parents[2] / "samples"
COLS = (60.0, 200.0, 300.0, 400.0)  # left edges of the four columns
CHAR = 6.0  # pt a glyph, 12 pt type


def _line(top: float, *cells: str) -> Line:
    """A line with `cells[k]` at column k ("" : empty), words 3 pt apart."""
    words: list[Word] = []
    for x, text in zip(COLS, cells, strict=False):
        for w in text.split():
            words.append(Word(x, x + CHAR * len(w), w, 12.0))
            x += CHAR * len(w) + 3.0
    return Line(" ".join(w.text for w in words), words[0].x0, top, words[-1].x1, top + 12,
                12.0, False, tuple(words))


def _rows(layout: list[tuple[float, tuple[str, ...]]]) -> list[list[str]]:
    [table] = find_text_tables(1, [_line(top, *cells) for top, cells in layout])
    return [[c.text for c in row] for row in table.rows]


# lines 14 pt apart (2 pt gaps): no spacing tells the rows apart
TIGHT = [
    (100, ("Территория", "Школ", "Учащихся", "Охват")),
    (114, ("СОСНОВСКИЙ", "12", "3400", "95")),
    (128, ("РАЙОН",)),  # would not fit beside the line above: the cell wrapped
    (142, ("Город Ельники", "8", "5100", "97")),
    (156, ("Полевской", "5", "900", "88")),
    (170, ("район",)),  # lower case: a sentence's tail
    (184, ("Итого", "25", "9400", "94")),
]
# rows 10 pt apart, a cell's lines 2 pt apart
SPACED = [
    (100, ("Мероприятие", "Срок", "Итог", "Ответ")),
    (122, ("Семинар", "март", "план", "РМК")),
    (136, ("директоров",)),
    (158, ("ЗАКЛЮЧИТЕЛЬНЫЙ ЭТАП",)),  # a row of its own, after a row's spacing
    (180, ("Отчёт", "май", "доклад", "УО")),
    (202, ("ИТОГОВЫЙ", "", "сборник")),
]
NUMBERED = [
    (100, ("№", "Мероприятие", "Срок", "Ответ")),
    (114, ("1", "Конкурс", "март", "УО")),
    (128, ("", "чтецов")),
    (142, ("2", "Слёт", "май", "ДДТ")),
    (156, ("", "вожатых", "", "школы")),
]


@pytest.mark.parametrize(("layout", "expected"), [
    (TIGHT, [["Территория", "Школ", "Учащихся", "Охват"],
             ["СОСНОВСКИЙ\nРАЙОН", "12", "3400", "95"],
             ["Город Ельники", "8", "5100", "97"],
             ["Полевской\nрайон", "5", "900", "88"],
             ["Итого", "25", "9400", "94"]]),
    (SPACED, [["Мероприятие", "Срок", "Итог", "Ответ"],
              ["Семинар\nдиректоров", "март", "план", "РМК"],
              ["ЗАКЛЮЧИТЕЛЬНЫЙ ЭТАП", "", "", ""],
              ["Отчёт", "май", "доклад", "УО"],
              ["ИТОГОВЫЙ", "", "сборник", ""]]),
    (NUMBERED, [["№", "Мероприятие", "Срок", "Ответ"],
                ["1", "Конкурс\nчтецов", "март", "УО"],
                ["2", "Слёт\nвожатых", "май", "ДДТ\nшколы"]]),
], ids=["tight-wrapped-first-column", "spaced-rows", "numbered"])
def test_wrapped_first_column_stays_one_row(layout: list[tuple[float, tuple[str, ...]]],
                                            expected: list[list[str]]) -> None:
    assert _rows(layout) == expected


def test_short_line_after_a_short_one_starts_a_row() -> None:
    """A first-column line that would have fitted beside the one above is a row of its own."""
    rows = _rows([
        (100, ("Территория", "Школ", "Учащихся", "Охват")),
        (114, ("Лог", "1", "30", "90")),
        (128, ("Бор",)),
        (142, ("Город Ельники", "8", "5100", "97")),
    ])
    assert [r[0] for r in rows] == ["Территория", "Лог", "Бор", "Город Ельники"]


def _table(name: str) -> Table:
    path = next(SAMPLES.glob(f"{name}_*.pdf"))
    result = read_document(path)
    return next(b for b in result.blocks if isinstance(b, Table))


@pytest.mark.parametrize(("name", "firsts"), [
    ("056", ["Мероприятие",
             "Пополнение фондов школьных\nбиблиотек учебной и\nхудожественной литературой",
             "Семинар для библиотекарей по\nэлектронным каталогам",
             "Районный конкурс чтецов",
             "Подключение читальных залов\nшкол к национальной\nэлектронной библиотеке"]),
    ("057", ["Показатель", "Доля детей, посещающих\nкружки технического\nтворчества",
             "Число педагогов,\nпрошедших курсы\nповышения квалификации",
             "Охват детей летним отдыхом"]),
], ids=["056-spaced-plan", "057-tight-indicators"])
def test_libreoffice_borderless_table_rows(name: str, firsts: list[str]) -> None:
    table = _table(name)
    assert [r.cells[0].text for r in table.rows] == firsts


def test_rules_between_lines_part_the_rows() -> None:
    """A table ruled by rows only: a rule starts a row even where the line alone would read as
    a wrapped cell's tail (lower case, set as close as a cell's lines); without a rule the
    cell's own tail still continues its row."""
    layout = [
        (100, ("Показатель", "2031", "2032", "2033")),
        (114, ("охват кружками", "41", "45", "50")),
        (128, ("детей", "", "", "")),
        (142, ("доля", "", "", "")),
        (156, ("победителей", "3", "4", "5")),
    ]
    lines = [_line(top, *cells) for top, cells in layout]
    rules = [Segment(55.0, y, 480.0, y) for y in (113.0, 141.0, 155.0)]
    [table] = find_text_tables(1, lines, rules)
    assert [r[0].text for r in table.rows] == [
        "Показатель", "охват кружками\nдетей", "доля", "победителей"]
