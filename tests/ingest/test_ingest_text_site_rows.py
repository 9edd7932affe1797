"""Tables exported by legal and municipal sites as "| a | b |" rows: upper header levels that
print a merged cell once (fewer cells than columns), and one-cell section rows inside the
table ("| Задача 1. … |")."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Table
from ingest.text.lines import prepare_lines
from ingest.text.pipe_spans import widen_header_row
from ingest.text.reader import read_text


@pytest.mark.parametrize(("short", "below", "wide"), [
    # a parent over three year columns between two cells merged down
    (["Мероприятие", "Расходы по годам", "Исполнитель"],
     ["Мероприятие", "2024", "2025", "2026", "Исполнитель"],
     ["Мероприятие", "Расходы по годам", "Расходы по годам", "Расходы по годам",
      "Исполнитель"]),
    # two parents between merged-down cells: the first over one column, the last over the rest
    (["Задача", "Финансирование", "Срок", "Показатель", "Ответственный"],
     ["Задача", "всего", "2024", "2025", "Срок", "название", "ед.", "Ответственный"],
     ["Задача", "Финансирование", "Финансирование", "Финансирование", "Срок", "Показатель",
      "Показатель", "Ответственный"]),
    # a parent at the end of the row
    (["N", "Показатель", "Значения"],
     ["N", "Показатель", "2023", "2024"],
     ["N", "Показатель", "Значения", "Значения"]),
    # years over their plan/fact captions: each year over the run its "план" starts
    (["N", "Показатель", "2022", "2023", "2024"],
     ["N", "Показатель", "план", "факт", "план", "факт", "план"],
     ["N", "Показатель", "2022", "2022", "2023", "2023", "2024"]),
    (["Показатель", "2023", "2024", "2025", "Источник"],
     ["Показатель", "план", "факт", "план", "план", "Источник"],
     ["Показатель", "2023", "2023", "2024", "2025", "Источник"]),
    # runs that do not match the cells: the last cell over the rest, as before
    (["N", "Показатель", "2023", "2024"],
     ["N", "Показатель", "план", "факт", "план", "факт", "план"],
     ["N", "Показатель", "2023", "2024", "2024", "2024", "2024"]),
])
def test_header_level_widened(short: list[str], below: list[str], wide: list[str]) -> None:
    assert widen_header_row(short, below) == wide


@pytest.mark.parametrize(("short", "below"), [
    (["Проведение семинара", "март"], ["1.", "Проведение семинара", "март", "школа"]),  # body
    (["Срок", "Итог"], ["Мероприятие", "Срок", "Ответственный", "Итог"]),  # first cell differs
    (["А", "Б", "В", "Г"], ["А", "Б", "В", "Г"]),  # not shorter
])
def test_rows_that_are_not_header_levels_stay(short: list[str], below: list[str]) -> None:
    assert widen_header_row(short, below) is None


def test_one_cell_rows_kept_in_the_table_a_title_box_left() -> None:
    lines = prepare_lines("\n".join([
        "| Об утверждении плана наставничества в Лесном округе |",
        "Администрация постановляет:",
        "| Перечень мероприятий программы |",
        "| N | Мероприятие | Срок |",
        "| Задача 1. Поддержка молодых учителей |",
        "| 1. | Встреча с наставниками | май |",
    ]))
    assert lines == ["| Об утверждении плана наставничества в Лесном округе |",
                     "Администрация постановляет:",
                     "Перечень мероприятий программы\t\t",
                     "N\tМероприятие\tСрок",
                     "Задача 1. Поддержка молодых учителей\t\t",
                     "1.\tВстреча с наставниками\tмай"]


PLAN = "\n".join([
    "| Цель, задачи, мероприятия | Объем средств (тыс. руб.) | Срок | Исполнитель |",
    "| Цель, задачи, мероприятия | всего | 2025 | 2026 | Срок | Исполнитель |",
    "| 1 | 2 | 3 | 4 | 5 | 6 |",
    "| Цель: повышение качества обучения в сельских школах |",
    "| Задача 1: обновление учебного оборудования |",
    "| 1.1. Закупка интерактивных досок | 300 | 150 | 150 | 2025-2026 | отдел образования |",
])


def test_site_plan_table_reads_as_one_table_with_header_levels() -> None:
    blocks = read_text(PLAN.encode(), "plan.txt", Limits()).blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    rows = tables[0].rows
    assert [r.header for r in rows[:2]] == [True, True]
    top = {c.col: (c.text, c.col_span) for c in rows[0].cells}
    assert top[1] == ("Объем средств (тыс. руб.)", 3) and top[4] == ("Срок", 1)
    assert [c.text for c in rows[3].cells if c.text] == [
        "Цель: повышение качества обучения в сельских школах"]
    assert rows[5].cells[0].text == "1.1. Закупка интерактивных досок"
    assert {c.col: c.text for c in rows[5].cells}[5] == "отдел образования"


YEAR_PLAN = "\n".join([
    "| N п/п | Мероприятие | Срок | Исполнитель |",
    "| 2025 год |",
    "| 1. Работа с кадрами |",
    "| 1.1 | Курсы для воспитателей | март - апрель | управление образования |",
])


@pytest.mark.parametrize(("text", "across"), [
    (PLAN, [3, 4]),  # goal and task rows under the numbering row
    (YEAR_PLAN, [1, 2]),  # a year row right under the header is a body row across the width
])
def test_one_cell_rows_span_the_width(text: str, across: list[int]) -> None:
    table = next(b for b in read_text(text.encode(), "plan.txt", Limits()).blocks
                 if isinstance(b, Table))
    for r in across:
        row = table.rows[r]
        assert not row.header
        assert [(c.col, c.col_span) for c in row.cells] == [(0, table.n_cols)]


QUARTERS = "\n".join([
    "| Мероприятие | Срок исполнения | Исполнитель |",
    "| Мероприятие | I квартал 2026 г. | II квартал 2026 г. | Исполнитель |",
    "| 1 | 2 | 3 | 4 |",
    "| 1. Совещание руководителей школ округа | х | х | отдел образования |",
])


def _spans(table: Table, r: int) -> list[tuple[int, int, int, str]]:
    return [(c.col, c.col_span, c.row_span, c.text) for c in table.rows[r].cells]


def test_site_header_repeats_read_as_merged_cells_marks_stay_cells() -> None:
    table = next(b for b in read_text(QUARTERS.encode(), "plan.txt", Limits()).blocks
                 if isinstance(b, Table))
    assert _spans(table, 0) == [(0, 1, 2, "Мероприятие"), (1, 2, 1, "Срок исполнения"),
                                (3, 1, 2, "Исполнитель")]
    assert _spans(table, 1) == [(1, 1, 1, "I квартал 2026 г."), (2, 1, 1, "II квартал 2026 г.")]
    # a framed row's cells are never one phrase cut by column borders, nor are marks merged
    assert [c.text for c in table.rows[3].cells] == [
        "1. Совещание руководителей школ округа", "х", "х", "отдел образования"]


SOURCES = "\n".join([
    "| N | Мероприятие | Источник | 2025 | 2026 |",
    "| 1. | Ремонт спортзалов школ | областной бюджет | 2,5 | 2,5 |",
    "| 1. | Ремонт спортзалов школ | местный бюджет | 0,5 | 0,5 |",
    "| 2. | Закупка мячей | местный бюджет | 0,1 | 0,1 |",
    "| 3. | Закупка матов | местный бюджет | 0,1 | 0,1 |",
])


def test_an_item_number_printed_again_is_one_item_merged_down() -> None:
    table = next(b for b in read_text(SOURCES.encode(), "plan.txt", Limits()).blocks
                 if isinstance(b, Table))
    assert _spans(table, 1)[:2] == [(0, 1, 2, "1."), (1, 1, 2, "Ремонт спортзалов школ")]
    assert [c.text for c in table.rows[2].cells] == ["местный бюджет", "0,5", "0,5"]
    # equal values of the next items are their own cells
    assert [c.row_span for c in table.rows[3].cells] == [1] * 5
    assert [c.text for c in table.rows[4].cells][2:] == ["местный бюджет", "0,1", "0,1"]


@pytest.mark.parametrize(("row", "spans"), [
    # a task heading merged over the plan's columns, its expected result in the last one
    ("| Задача 2. Обновление школьных библиотек | рост книжного фонда на 10% |",
     [(0, 4, 1, "Задача 2. Обновление школьных библиотек"),
      (4, 1, 1, "рост книжного фонда на 10%")]),
    # an item row short of cells keeps its cells where they are (its number is no heading)
    ("| 2. | Закупка учебников | май |",
     [(0, 1, 1, "2."), (1, 1, 1, "Закупка учебников"), (2, 1, 1, "май")]),
])
def test_a_framed_row_short_of_cells(row: str, spans: list[tuple[int, int, int, str]]) -> None:
    text = "\n".join(["| N | Мероприятие | Срок | Исполнитель | Результат |", row])
    table = next(b for b in read_text(text.encode(), "plan.txt", Limits()).blocks
                 if isinstance(b, Table))
    assert [s for s in _spans(table, 1) if s[3]] == spans


def test_header_levels_over_items_numbered_inside_their_names() -> None:
    text = "\n".join([
        "| Показатель | Ед. изм. | Значения по годам |",
        "| Показатель | Ед. изм. | 2025 год | 2026 год |",
        "| 1. Охват детей кружками | % | 70 | 75 |",
    ])
    table = next(b for b in read_text(text.encode(), "plan.txt", Limits()).blocks
                 if isinstance(b, Table))
    assert [r.header for r in table.rows] == [True, True, False]
    assert _spans(table, 0) == [(0, 1, 2, "Показатель"), (1, 1, 2, "Ед. изм."),
                                (2, 2, 1, "Значения по годам")]


def test_an_item_named_in_its_number_cell_printed_again_is_merged_down() -> None:
    text = "\n".join([
        "| Мероприятие | Исполнитель | Источник | Сумма |",
        "| 1.1. Ремонт кровли школы | отдел строительства | областной бюджет | 900 |",
        "| 1.1. Ремонт кровли школы | отдел строительства | местный бюджет | 100 |",
    ])
    table = next(b for b in read_text(text.encode(), "plan.txt", Limits()).blocks
                 if isinstance(b, Table))
    assert [c.row_span for c in table.rows[1].cells] == [2, 2, 1, 1]
    assert [c.text for c in table.rows[2].cells] == ["местный бюджет", "100"]


GROUPED = "\n".join([
    "| Направление | Мероприятие | Исполнение | Итог |",
    "| Направление | Мероприятие | Исполнитель | Срок | Итог |",
    "| Работа с кадрами | Семинар для завучей | методический центр | март | 30 человек |",
    "| Работа с кадрами | Конкурс молодых учителей | отдел образования | май | 12 участников |",
])
UNGROUPED = "\n".join([
    "| Работа с кадрами | Семинар для завучей | выполнено | выполнено | 30 человек |",
    "| Работа с кадрами | Конкурс молодых учителей | отдел образования | май | 12 |",
    "| Работа с кадрами | Конкурс наставников | отдел образования | июнь | 5 |",
])


@pytest.mark.parametrize(("text", "header_rows"), [
    # a group cell over two captions of its own, cells merged down beside it: two header rows
    # although no numbered row follows to end the header
    (GROUPED, 2),
    # body rows repeating a direction cell, marks side by side: no header is made up
    (UNGROUPED, 0),
])
def test_a_two_level_header_without_numbered_rows(text: str, header_rows: int) -> None:
    table = next(b for b in read_text(text.encode(), "plan.txt", Limits()).blocks
                 if isinstance(b, Table))
    assert sum(r.header for r in table.rows) == header_rows
    if header_rows:
        assert _spans(table, 0)[2] == (2, 2, 1, "Исполнение")
