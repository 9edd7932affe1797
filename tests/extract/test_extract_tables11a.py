"""Tables of the tenth real-document study: a schedule whose header names no title column
(the row names stand in a column nobody else reads), a schedule's hour column that is no item
number, and item numbers that are parents only of the rows after them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tsv

from ingest.models import Cell

SCHEDULE = tsv("""
Дата проведения 8 марта | Время | Группа | Место проведения | Ответственные
05.03.2025 | 09.30 | Младшая группа № 2 | музыкальный зал | Соколова А.Н.
05.03.2025 | 10.30 | Средняя группа № 5 | музыкальный зал | Павлова Е.И.
06.03.2025 | 09.30 | Старшая группа № 1 | спортивный зал | Соколова А.Н.
06.03.2025 | 10.30 | Подготовительная № 3 | спортивный зал | Павлова Е.И.
""")


def test_schedule_without_title_column_takes_the_row_names() -> None:
    found = run(table(SCHEDULE))
    got = [(a.title, a.deadline_text, a.responsibles_text) for a in found.activities]
    assert got == [
        ("Младшая группа № 2", "05.03.2025", "Соколова А.Н."),
        ("Средняя группа № 5", "05.03.2025", "Павлова Е.И."),
        ("Старшая группа № 1", "06.03.2025", "Соколова А.Н."),
        ("Подготовительная № 3", "06.03.2025", "Павлова Е.И."),
    ]
    assert any("untitled_names" in t for t in found.trace)


@pytest.mark.parametrize(("rows", "titles"), [
    # the place repeats from row to row: it names no row; the group column does
    ([["Дата", "Место", "Группа", "Ответственный"],
      ["12.12.2024", "зал", "Группа «Звёздочки»", "Миронова О.В."],
      ["13.12.2024", "зал", "Группа «Капелька»", "Миронова О.В."],
      ["14.12.2024", "зал", "Группа «Солнышко»", "Рябова Т.С."]],
     ["Группа «Звёздочки»", "Группа «Капелька»", "Группа «Солнышко»"]),
    # a named title column keeps its role: nothing is taken from the other columns
    ([["Мероприятие", "Группа", "Срок", "Ответственный"],
      ["Праздник осени", "Средняя группа", "октябрь", "Миронова О.В."],
      ["Новогодний утренник", "Старшая группа", "декабрь", "Рябова Т.С."]],
     ["Праздник осени", "Новогодний утренник"]),
    # repeated cells only: no column names the rows, the table stays unread
    ([["Дата", "Место", "Ответственный"],
      ["12.12.2024", "зал", "Миронова О.В."],
      ["13.12.2024", "зал", "Миронова О.В."]],
     []),
])
def test_row_names_column(rows: list[list[str]], titles: list[str]) -> None:
    assert [a.title for a in run(table(rows)).activities] == titles


@pytest.mark.parametrize(("header", "role"), [
    ("Время", "other"),
    ("Время проведения", "deadline"),
    ("Ориентировочное время проведения", "deadline"),
    ("Возраст воспитанников", "other"),
    ("Место проведения", "other"),
])
def test_schedule_column_headers(header: str, role: str) -> None:
    rows = [["Мероприятие", header, "Ответственные"],
            ["Выставка рисунков «Зимушка»", "10.15", "Воспитатели групп"],
            ["Спортивный праздник «Папа, мама, я»", "11.00", "Инструктор по физкультуре"]]
    found = run(table(rows))
    column = next(t for t in found.trace if f"column 2 '{header}'" in t)
    assert f"→ {role} " in column


def test_item_number_before_its_namesake_section_is_no_parent() -> None:
    # the section "2.1" printed above items "1." … "3.": item "2.", its other cells empty, is
    # an activity, not a parent
    rows: list[list[str] | list[Cell]] = [*tsv("""
№ | Содержание работы | Сроки | Ответственные
"""), [Cell(text="2.1. Работа с родителями воспитанников", col=0, col_span=4)], *tsv("""
1. | Родительское собрание «Скоро в школу» | сентябрь | Воспитатели
2. | Консультации для родителей: - режим дня; - подготовка руки к письму |  |
3. | День открытых дверей | апрель | Заведующий
""")]
    acts = run(table(rows)).activities
    assert [a.number for a in acts] == ["1", "2", "3"]
    assert {a.section for a in acts} == {"Работа с родителями воспитанников"}
