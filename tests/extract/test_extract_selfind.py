"""Self-examination indicator tables and municipal-task report tables as real pages print them:
a task report's cut-out fragment, a row whose number a scan garbled, facts with their units in
the year columns, words a narrow column broke."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv

from extract.cells import rejoin
from extract.indicator_rows import parse_value


@pytest.mark.parametrize(("text", "expected"), [
    # a word end the dictionary also knows as a word ("ость"): still the end of the word above
    ("Посещаем\nость занятий", "Посещаемость занятий"),
    ("Доля удовлетворенн\nости родителей", "Доля удовлетворенности родителей"),
    # a numeral's ending after its hyphen is a whole word, the next line a word of its own
    ("занимающихся в 3-х\nи более кружках", "занимающихся в 3-х\nи более кружках"),
    # a slash pair broken after its slash is written together
    ("Численность/\nудельный вес воспитанников", "Численность/удельный вес воспитанников"),
])
def test_words_a_narrow_column_broke(text: str, expected: str) -> None:
    assert rejoin(text, tools()) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("57 человек", 57.0),
    ("9 человек/ 16%", 9.0),
    ("4,2 ед.", 4.2),
    ("18 человек / 31,5 %", 18.0),
    ("данные уточняются", None),
])
def test_year_cell_with_its_unit_glued(text: str, expected: float | None) -> None:
    assert parse_value(text) == expected


def test_year_columns_of_a_self_examination_table() -> None:
    rows = tsv("""
N п/п | Показатели | Единица измерения | 2023 год | 2024 год
1. | Образовательная деятельность | | |
1.1 | Общая численность воспитанников | человек | 57 человек | 61 человек
1.2 | Численность/удельный вес воспитанников в ГКП | человек/% | 9 человек/ 16% | 11 человек/ 18%
2. | Инфраструктура | | |
2.1 | Площадь помещений для занятий на одного воспитанника | кв. м | 4,2 кв. м | 4,3 кв. м
""")
    inds = run(table(rows)).indicators
    assert [(i.number, i.section, i.name) for i in inds] == [
        ("1.1", "Образовательная деятельность", "Общая численность воспитанников"),
        ("1.2", "Образовательная деятельность",
         "Численность/удельный вес воспитанников в ГКП"),
        ("2.1", "Инфраструктура", "Площадь помещений для занятий на одного воспитанника")]
    assert [[(v.year, v.value) for v in i.values] for i in inds] == [
        [(2023, 57.0), (2024, 61.0)], [(2023, 9.0), (2024, 11.0)], [(2023, 4.2), (2024, 4.3)]]


def test_a_row_whose_number_a_scan_garbled_is_still_an_indicator() -> None:
    rows = tsv("""
N п/п | Показатели | Единица измерения
1. | Образовательная деятельность |
1.1 | Общая численность учащихся | 310 человек
1Л.2 | Учащихся в возрасте 7-11 лет | 140 человек
1.1.3 | Учащихся в возрасте 11-15 лет | 170 человек
""")
    inds = run(table(rows, lines=False)).indicators
    assert [(i.name, i.section) for i in inds] == [
        ("Общая численность учащихся", "Образовательная деятельность"),
        ("Учащихся в возрасте 7-11 лет", "Образовательная деятельность"),
        ("Учащихся в возрасте 11-15 лет", "Образовательная деятельность")]


# a page cut out of a task's execution report: the service captions above are lost, only the
# "(наименование показателя)" captions under them and the value captions are left
TASK_FRAGMENT = [
    ["", "(наименование показателя)", "(наименование показателя)", "наименование показателя",
     "единица измерения", "утверждено в муниципальном задании на год",
     "исполнено на отчетную дату", "причина отклонения"],
    ["1", "2", "3", "4", "5", "6", "7", "8"],
    ["853211О.99.0.БВ19АА", "присмотр и уход", "от 1 года до 3 лет",
     "02711Д4500113.Посещаемость групп", "Процент", "75%", "70%", "карантин"],
    ["", "", "", "02711Д4500114.Доля родителей, довольных условиями пребывания", "Процент",
     "90%", "92%", ""],
]


def test_task_report_fragment_rows_are_its_indicators() -> None:
    found = run(table(TASK_FRAGMENT, lines=False))
    assert found.activities == ()
    assert [(i.number, i.name) for i in found.indicators] == [
        ("02711Д4500113", "Посещаемость групп"),
        ("02711Д4500114", "Доля родителей, довольных условиями пребывания")]
