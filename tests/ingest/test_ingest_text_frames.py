"""Tables drawn with characters in text files: (drawing, expected rows of cells with spans)
tables over box-drawing, double, mixed, ASCII and '-|' frames, merged header cells, section
rows, rows without rules between them, page breaks, indentation, stray spaces."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.text.frame_lines import parse_line, regions
from ingest.text.frame_table import join_wrapped, read_frame
from ingest.text.reader import read_text

# (col, col_span, row_span, text) of each cell, per row; "H" marks a header row
Shape = list[tuple[str, list[tuple[int, int, int, str]]]]

MERGED_YEARS = """\
┌───┬──────────────┬─────────────────┐
│ № │ Показатель   │ Значения по     │
│   │              │ годам           │
│   │              ├────────┬────────┤
│   │              │ 2025   │ 2026   │
├───┼──────────────┼────────┼────────┤
│ 1 │ 2            │ 3      │ 4      │
├───┴──────────────┴────────┴────────┤
│ Раздел 1. Дошкольное образование   │
├───┬──────────────┬────────┬────────┤
│1. │ Доля детских │ 70     │ 72,5   │
│   │ садов        │        │        │
└───┴──────────────┴────────┴────────┘"""
MERGED_YEARS_ROWS: Shape = [
    ("H", [(0, 1, 2, "№"), (1, 1, 2, "Показатель"), (2, 2, 1, "Значения по годам")]),
    ("H", [(2, 1, 1, "2025"), (3, 1, 1, "2026")]),
    ("H", [(0, 1, 1, "1"), (1, 1, 1, "2"), (2, 1, 1, "3"), (3, 1, 1, "4")]),
    ("r", [(0, 4, 1, "Раздел 1. Дошкольное образование")]),
    ("r", [(0, 1, 1, "1."), (1, 1, 1, "Доля детских садов"), (2, 1, 1, "70"),
           (3, 1, 1, "72,5")]),
]

DOUBLE = """\
╔════╤═══════════╤════════╗
║ №  │ Мероприя- │ Срок   ║
║    │ тие       │        ║
╟────┼───────────┼────────╢
║ 1. │ Семинар   │ май    ║
╚════╧═══════════╧════════╝"""
DOUBLE_ROWS: Shape = [
    ("H", [(0, 1, 1, "№"), (1, 1, 1, "Мероприя-\nтие"), (2, 1, 1, "Срок")]),
    ("r", [(0, 1, 1, "1."), (1, 1, 1, "Семинар"), (2, 1, 1, "май")]),
]

# a responsible cell merged down over two rows, drawn with a partial ASCII rule
ASCII_ROWSPAN = """\
+----+------------+-----------+
| №  | Работа     | Кто       |
+----+------------+-----------+
| 1. | Совещание  | методист  |
+----+------------+           |
| 2. | Семинар    |           |
+----+------------+-----------+
| 3. | Конкурс    | директор  |
+----+------------+-----------+"""
ASCII_ROWSPAN_ROWS: Shape = [
    ("H", [(0, 1, 1, "№"), (1, 1, 1, "Работа"), (2, 1, 1, "Кто")]),
    ("r", [(0, 1, 1, "1."), (1, 1, 1, "Совещание"), (2, 1, 2, "методист")]),
    ("r", [(0, 1, 1, "2."), (1, 1, 1, "Семинар")]),
    ("r", [(0, 1, 1, "3."), (1, 1, 1, "Конкурс"), (2, 1, 1, "директор")]),
]

# no rule between body rows: a new number starts a row; '-' and '|' only, indented
DASHES_UNRULED = """\
   ---------------------------------
   |№  |Мероприятие  |Срок        |
   |---|-------------|------------|
   |1. |Семинар для  |март 2025 г.|
   |   |педагогов    |            |
   |2. |Конкурс      |апрель      |
   |3. |Выставка     |май         |
   ---------------------------------"""
DASHES_UNRULED_ROWS: Shape = [
    ("H", [(0, 1, 1, "№"), (1, 1, 1, "Мероприятие"), (2, 1, 1, "Срок")]),
    ("r", [(0, 1, 1, "1."), (1, 1, 1, "Семинар для педагогов"), (2, 1, 1, "март 2025 г.")]),
    ("r", [(0, 1, 1, "2."), (1, 1, 1, "Конкурс"), (2, 1, 1, "апрель")]),
    ("r", [(0, 1, 1, "3."), (1, 1, 1, "Выставка"), (2, 1, 1, "май")]),
]

# a page break: page number between two parts, the second indented more and repeating the
# column-number row; one line with a stray space before a separator
PAGE_BREAK = """\
┌───┬──────────┬───────┐
│ № │ Работа   │ Срок  │
├───┼──────────┼───────┤
│ 1 │ 2        │ 3     │
├───┼──────────┼───────┤
│1. │ Семинар  │ май   │
└───┴──────────┴───────┘

- 2 -

    ┌───┬──────────┬───────┐
    │ 1 │ 2        │ 3     │
    ├───┼──────────┼───────┤
    │2. │ Конкурс   │ июнь  │
    └───┴──────────┴───────┘"""
PAGE_BREAK_ROWS: Shape = [
    ("H", [(0, 1, 1, "№"), (1, 1, 1, "Работа"), (2, 1, 1, "Срок")]),
    ("H", [(0, 1, 1, "1"), (1, 1, 1, "2"), (2, 1, 1, "3")]),
    ("r", [(0, 1, 1, "1."), (1, 1, 1, "Семинар"), (2, 1, 1, "май")]),
    ("H", [(0, 1, 1, "1"), (1, 1, 1, "2"), (2, 1, 1, "3")]),
    ("r", [(0, 1, 1, "2."), (1, 1, 1, "Конкурс"), (2, 1, 1, "июнь")]),
]

# light inner lines, heavy outer frame, '¦' as a vertical: still one grid
MIXED = """\
┏━━━━┯━━━━━━━━━┓
┃ №  ¦ Работа  ┃
┠────┼─────────┨
┃ 1. ¦ Отчёт   ┃
┗━━━━┷━━━━━━━━━┛"""
MIXED_ROWS: Shape = [
    ("H", [(0, 1, 1, "№"), (1, 1, 1, "Работа")]),
    ("r", [(0, 1, 1, "1."), (1, 1, 1, "Отчёт")]),
]


# spaces squeezed out of the content lines (a web page copied as text): cells are counted
SQUEEZED = """\
┌───┬─────────────┬───────────┬─────────────┐
│ N │Наименование │ Срок │ Ответственный │
├───┼─────────────┼───────────┼─────────────┤
│1. │ Семинар для педагогов │ март 2025 │ ИМЦ │
├───┼─────────────┼───────────┼─────────────┤
│2. │ Конкурс │ апрель │ Отдел образования │
└───┴─────────────┴───────────┴─────────────┘"""
SQUEEZED_ROWS: Shape = [
    ("H", [(0, 1, 1, "N"), (1, 1, 1, "Наименование"), (2, 1, 1, "Срок"),
           (3, 1, 1, "Ответственный")]),
    ("r", [(0, 1, 1, "1."), (1, 1, 1, "Семинар для педагогов"), (2, 1, 1, "март 2025"),
           (3, 1, 1, "ИМЦ")]),
    ("r", [(0, 1, 1, "2."), (1, 1, 1, "Конкурс"), (2, 1, 1, "апрель"),
           (3, 1, 1, "Отдел образования")]),
]


def _table(text: str) -> Table:
    found = regions(text.split("\n"))
    assert len(found) == 1
    built = read_frame(found[0], 1)
    assert built is not None
    return built.table


@pytest.mark.parametrize(("drawing", "rows"), [
    (MERGED_YEARS, MERGED_YEARS_ROWS),
    (DOUBLE, DOUBLE_ROWS),
    (ASCII_ROWSPAN, ASCII_ROWSPAN_ROWS),
    (DASHES_UNRULED, DASHES_UNRULED_ROWS),
    (PAGE_BREAK, PAGE_BREAK_ROWS),
    (MIXED, MIXED_ROWS),
    (SQUEEZED, SQUEEZED_ROWS),
], ids=["merged_years", "double", "ascii_rowspan", "dashes_unruled", "page_break", "mixed",
        "squeezed"])
def test_frame_rows_cells_and_spans(drawing: str, rows: Shape) -> None:
    table = _table(drawing)
    got = [("H" if r.header else "r", [(c.col, c.col_span, c.row_span, c.text) for c in r.cells])
           for r in table.rows]
    assert got == rows


def test_merged_years_grid_repeats_the_merged_cell_over_its_columns() -> None:
    table = _table(MERGED_YEARS)
    assert table.n_cols == 4
    grid = table.grid()
    assert grid[0][2] is grid[0][3] and grid[0][2] is not None
    assert grid[1][0] is grid[0][0]  # "№" spans the two header rows


def test_frame_provenance_is_line_numbers() -> None:
    table = _table(MERGED_YEARS)
    data = table.rows[-1]
    assert data.source.line == 11 and data.source.row == 5
    assert [c.source.line for c in data.cells] == [11, 11, 11, 11]
    assert [c.source.col for c in data.cells] == [1, 2, 3, 4]


@pytest.mark.parametrize(("lines", "width", "text"), [
    (["Анализ результатов", "работы"], 20, "Анализ результатов работы"),
    (["Итоги", "Отчёт"], 20, "Итоги\nОтчёт"),  # "Отчёт" would have fitted: a real break
    (["научно-", "методический"], 9, "научно-\nметодический"),
    (["Задачи:", "- первая"], 8, "Задачи:\n- первая"),
])
def test_wrapped_cell_lines(lines: list[str], width: int, text: str) -> None:
    assert join_wrapped(lines, width) == text


@pytest.mark.parametrize(("line", "is_frame"), [
    ("│ 1 │ текст │", True),
    ("+----+-----+", True),
    ("| 1 | текст |", True),
    ("-----------", True),
    ("N + 1 = 2", False),
    ("Наименование |", False),  # the pipe-cell form, not a frame
    ("просто текст", False),
    ("─" * 5000, False),  # wider than any drawn table
])
def test_frame_line_detection(line: str, is_frame: bool) -> None:
    assert (parse_line(1, line) is not None) is is_frame


def test_markdown_pipe_table_is_left_to_the_pipe_reader() -> None:
    text = "| № | Мероприятие |\n|---|---|\n| 1 | Семинар |"
    assert regions(text.split("\n")) == []
    doc = read_text(text.encode(), "t.md", Limits())
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [c.text for c in table.rows[-1].cells] == ["1", "Семинар"]


def test_single_boxed_note_is_a_paragraph() -> None:
    text = "┌──────────────┐\n│ Важно: срок  │\n│ 1 марта      │\n└──────────────┘"
    doc = read_text(text.encode(), "t.txt", Limits())
    (note,) = doc.blocks
    assert isinstance(note, Paragraph)
    assert "Важно" in note.text


def test_text_around_a_frame_keeps_its_lines() -> None:
    text = "Перед таблицей.\n\n" + DOUBLE + "\n\nПосле таблицы."
    doc = read_text(text.encode(), "t.txt", Limits())
    kinds = [(b.kind, b.source.line) for b in doc.blocks]
    assert kinds == [("paragraph", 1), ("table", 3), ("paragraph", 10)]


@pytest.mark.parametrize(("gap", "tables"), [
    (["", "- 2 -", ""], 1),
    (["", "Продолжение таблицы 1", ""], 1),
    ([""], 1),
    (["", "Таблица 2", ""], 2),  # a caption: another table
    (["", "Текст между таблицами.", ""], 2),
])
def test_page_break_gap_joins_parts_of_one_table(gap: list[str], tables: int) -> None:
    part = ["┌───┬──────────┐", "│1. │ Семинар  │", "└───┴──────────┘"]
    second = ["┌───┬──────────┐", "│2. │ Конкурс  │", "└───┴──────────┘"]
    assert len(regions([*part, *gap, *second])) == tables


# --- a drawn header over an open body: rows printed without verticals, aligned by spaces

def _read_one(text: str) -> Table:
    doc = read_text(text.encode(), "t.txt", Limits())
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


def _cells(table: Table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in table.rows if not r.header]


# legacy code page: corners read as "T", "¬", "L", the last corner lost
LEGACY_OPEN = """\
----T------------------------T---------T-------T-------¬
¦ N ¦       Показатель       ¦ Единица ¦ 2025  ¦ 2026  ¦
¦п/п¦                        ¦измерения¦  год  ¦  год  ¦
+---+------------------------+---------+-------+-------+
¦ 1 ¦           2            ¦    3    ¦   4   ¦   5   ¦
L---+------------------------+---------+-------+--------
 1.  Доля школ с библиотечным процентов    60      75
     центром
 2.  Число читательских       единиц       12      15
     клубов при
     библиотеках

Глава округа                                 С.Л. Ветров"""

# box drawing over the body, a blank line between two rows, no column numbers
BOX_OPEN = """\
┌────┬──────────────────────┬─────────────┬──────────────┐
│ №  │ Мероприятие          │ Срок        │ Исполнитель  │
└────┴──────────────────────┴─────────────┴──────────────┘
 1.   Совещание директоров   январь 2026   Отдел
      по итогам полугодия                  образования

 2.   Районный конкурс       март 2026     МКУ «ИМЦ»
      чтецов"""

# a word one character wider than its column, and an unnumbered body
ASCII_OPEN = """\
+------------------+----------+----------+
| Показатель       | 2025 год | 2026 год |
+------------------+----------+----------+
 Охват детей         85,5       90
 дополнительным
 образованием
 Число кружков       40         44"""


@pytest.mark.parametrize(("text", "rows"), [
    (LEGACY_OPEN, [["1.", "Доля школ с библиотечным центром", "процентов", "60", "75"],
                   ["2.", "Число читательских клубов при библиотеках", "единиц", "12", "15"]]),
    # the same with a Cyrillic "Т" for the corners
    (LEGACY_OPEN.replace("T", "Т"),
     [["1.", "Доля школ с библиотечным центром", "процентов", "60", "75"],
      ["2.", "Число читательских клубов при библиотеках", "единиц", "12", "15"]]),
    (BOX_OPEN, [["1.", "Совещание директоров по итогам полугодия", "январь 2026",
                 "Отдел образования"],
                ["2.", "Районный конкурс чтецов", "март 2026", "МКУ «ИМЦ»"]]),
    (ASCII_OPEN, [["Охват детей дополнительным образованием", "85,5", "90"],
                  ["Число кружков", "40", "44"]]),
], ids=["legacy_code_page", "legacy_cyrillic_t", "box_blank_between_rows", "ascii_unnumbered"])
def test_open_body_under_a_drawn_header(text: str, rows: list[list[str]]) -> None:
    assert _cells(_read_one(text)) == rows


def test_text_after_an_open_body_is_no_row() -> None:
    doc = read_text(LEGACY_OPEN.encode(), "t.txt", Limits())
    assert isinstance(doc.blocks[-1], Paragraph)
    assert "Ветров" in doc.blocks[-1].text


def test_prose_under_a_closed_frame_stays_prose() -> None:
    text = DOUBLE + "\nОтветственный за исполнение плана назначить заместителя главы округа."
    doc = read_text(text.encode(), "t.txt", Limits())
    assert [b.kind for b in doc.blocks] == ["table", "paragraph"]


@pytest.mark.parametrize("text", [
    # rules and rows glued into one line, the amendment's quote before the first border
    '"|------|--------------|---------|| 7. Открытие | Январь | Отдел || центра | | образования |',
    # the same without the quote, the rule drawn with junctions
    "|------+--------------+---------|| 7. Открытие | Январь | Отдел || центра | | образования |",
])
def test_frame_lines_glued_into_one_line(text: str) -> None:
    table = _read_one("Дополнить пунктом 7 следующего содержания:\n" + text)
    assert [c.text for c in table.rows[0].cells] == ["7. Открытие центра", "Январь",
                                                     "Отдел образования"]
    assert {c.source.line for c in table.rows[0].cells} == {2}


# rules drawn with em dashes; a section row whose text overflows the frame's right edge
EM_DASH = """\
|————|——————————————————|——————————|
| N  | Наименование     | Срок     |
| п.п| мероприятия      |          |
|————|——————————————————|——————————|
| 1. | Кадровое обеспечение инклюзивного образования    |
|————|——————————————————|——————————|
| 1.1| Курсы для        | март     |
|    | тьюторов         | 2026 г.  |
|————|——————————————————|——————————|"""


def test_em_dash_rules_and_an_overflowing_section_row() -> None:
    table = _table(EM_DASH)
    got = [("H" if r.header else "r", [(c.col, c.col_span, c.text) for c in r.cells])
           for r in table.rows]
    assert got == [
        ("H", [(0, 1, "N п.п"), (1, 1, "Наименование мероприятия"), (2, 1, "Срок")]),
        ("r", [(0, 1, "1."), (1, 2, "Кадровое обеспечение инклюзивного образования")]),
        ("r", [(0, 1, "1.1"), (1, 1, "Курсы для тьюторов"), (2, 1, "март 2026 г.")]),
    ]


@pytest.mark.parametrize("line", ["| — | — |", "| 5 | — |", "|—|"])
def test_a_lone_dash_in_a_cell_is_no_rule(line: str) -> None:
    fl = parse_line(1, line)
    assert fl is None or not fl.rule


def test_column_number_row_wrapped_inside_its_band() -> None:
    text = "\n".join([
        "|———|———————————————|————————|",
        "| N |  Показатель   |2025 год|",
        "|———|———————————————|————————|",
        "|   |2              |3       |",
        "|1  |               |        |",
        "|———|———————————————|————————|",
        "|1. |Охват детей    |90      |",
        "|   |кружками       |        |",
        "|———|———————————————|————————|"])
    table = _table(text)
    assert [([c.text for c in r.cells], r.header) for r in table.rows] == [
        (["N", "Показатель", "2025 год"], True), (["1", "2", "3"], True),
        (["1.", "Охват детей кружками", "90"], False)]
