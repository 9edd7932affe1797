"""Table layout: cell cleaning, header rows and column roles from lemmas."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import table, tools, tsv

from extract.header_rows import find_header
from extract.layout import clean, grid_rows, unwrap, years_in
from extract.vocab import get_vocab
from ingest.models import Cell


def header_of(rows: list) -> tuple[int, dict[int, str], dict[int, int], dict[int, str]] | None:
    t = table(rows)
    h = find_header(grid_rows(t), t.n_cols, get_vocab(tools()), tools())
    return (h.n_rows, h.roles, h.years, h.kinds) if h else None


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("№ п/п", "number"),
        ("No॒", "number"),
        ("$\\Pi/\\Pi$", "number"),
        ("Наименование мероприятия", "activity"),
        ("Мероприятия", "activity"),
        ("Содержание работы", "content"),
        ("Сроки исполнения", "deadline"),
        ("Дата реализации", "deadline"),
        ("Период реализации", "deadline"),
        ("Ответственные исполнители", "responsibles"),
        ("Соисполнители", "responsibles"),
        ("Ожидаемый результат", "result"),
        ("Индикативные показатели", "result"),
        ("Форма представления результата", "result"),
        ("Отметка о выполнении", "mark"),
        ("Статус", "mark"),
        ("Наименование показателя", "indicator"),
        ("Целевые индикаторы", "indicator"),
        ("Ед. изм.", "unit"),
        ("Этап", "stage"),
    ],
)
def test_column_role_from_header_lemmas(cell: str, role: str) -> None:
    got = header_of([[cell, "Примечание"], ["1", ""]])
    assert got is not None
    assert got[1][0] == role


def test_header_over_two_rows() -> None:
    rows = tsv("""
№ п/п | Мероприятие | Сроки | Ответственный | Планируемый результат
| | реализации | исполнитель |
| 1. Информационно-методическое направление | | |
""")
    assert header_of(rows) == (
        2, {0: "number", 1: "activity", 2: "deadline", 3: "responsibles", 4: "result"}, {}, {}
    )


def test_second_header_row_of_years_and_of_column_numbers() -> None:
    rows = tsv("""
No॒ | Наименование показателя/результата | | | Период, год | |
$\\Pi/\\Pi$ | | 2022 | 2023 | 2024 | 2025 | 2026
1 | 2 | 3 | 4 | 5 | 6 | 7
1. | Обеспечение подхода | | | | |
""")
    n, roles, years, _ = header_of(rows)  # type: ignore[misc]
    assert n == 3
    assert roles[0] == "number" and roles[1] == "indicator"
    assert years == {2: 2022, 3: 2023, 4: 2024, 5: 2025, 6: 2026}


def test_spanning_header_cell_over_year_columns() -> None:
    rows = [
        [Cell(text="Показатель", col=0, row_span=2), Cell(text="Факт", col=1, col_span=2)],
        [Cell(text="2023 год", col=1), Cell(text="2024 год", col=2)],
        ["Доля педагогов", "10", "20"],
    ]
    n, roles, years, kinds = header_of(rows)  # type: ignore[misc]
    assert (n, roles, years, kinds) == (
        2, {0: "indicator", 1: "value", 2: "value"}, {1: 2023, 2: 2024}, {1: "fact", 2: "fact"}
    )


def test_a_data_row_is_not_taken_for_a_second_header_row() -> None:
    rows = [
        ["Ответственный исполнитель", "Срок исполнения", "Содержание мероприятия"],
        ["Отдел образования", "до 01.03.2024", "Совещание руководителей"],
    ]
    assert header_of(rows)[0] == 1  # type: ignore[index]


def test_no_header_when_first_row_names_nothing() -> None:
    assert header_of([["1", "Семинар для учителей", "Март"]]) is None


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("<b>II. Мониторинг</b>", "II. Мониторинг"),
        ("<p>Виды:</p> <ul> <li>- один</li> <li>- два</li> </ul>", "Виды:\n- один\n- два"),
        ("<i>На уровне ОО</i>", "На уровне ОО"),
        ("a&nbsp;b  c", "a b c"),
    ],
)
def test_clean(raw: str, text: str) -> None:
    assert clean(raw) == text


def test_unwrap_joins_visual_lines_and_keeps_items() -> None:
    assert unwrap("МБОУ ДПО\n«НМЦ»,\nметодические\nслужбы школ") == (
        "МБОУ ДПО «НМЦ», методические службы школ"
    )
    assert unwrap("Специалисты МКУ «ИМЦ»\nРуководители РМО") == (
        "Специалисты МКУ «ИМЦ»\nРуководители РМО"
    )


def test_years_in_ignores_ranges() -> None:
    assert years_in("План 2023") == [2023]
    assert years_in("2022-2026 годы") == []
