"""A plan row whose activity cell lists numbered items one per line: one activity per item,
each with its own line of the responsibles cell when that cell gives one line per item."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tsv

from extract.cell_items import cell_items

MONTHS = tsv("""
Месяц | Мероприятие | Ответственные
Август | 1.Спортивный праздник «Весёлые старты»\\n2.Выставка поделок из природного \
материала\\n3.Развлечение «День арбуза» | Инструктор по физкультуре\\nВоспитатели\\n\
Музыкальный руководитель
Сентябрь | 1.Экскурсия в школу\\n2. Беседа о правилах дорожного движения | Воспитатели
""")


@pytest.mark.parametrize(("text", "items"), [
    ("1.Концерт\n2.Викторина", [("1", "Концерт"), ("2", "Викторина")]),
    ("1. Концерт\n2. Викторина для\nстарших групп\n3.Поход",
     [("1", "Концерт"), ("2", "Викторина для\nстарших групп"), ("3", "Поход")]),
    # an introduction before the items: one activity with its steps
    ("Подготовка к празднику:\n1. Репетиции\n2. Костюмы", None),
    # a single item, a date, a gap in the count, sub-items: no list of activities
    ("1.Концерт", None),
    ("1.06 Концерт\n2.06 Викторина", None),
    ("1.Концерт\n3.Викторина", None),
    ("1.1 Концерт\n1.2 Викторина", None),
    ("Концерт\nВикторина", None),
])
def test_cell_items(text: str, items: list[tuple[str, str]] | None) -> None:
    assert cell_items(text) == items


def test_month_rows_give_one_activity_per_item_with_its_own_responsible() -> None:
    acts = run(table(MONTHS, lines=False)).activities
    assert [(a.number, a.title, a.deadline_text, a.responsibles_text) for a in acts] == [
        ("1", "Спортивный праздник «Весёлые старты»", "Август", "Инструктор по физкультуре"),
        ("2", "Выставка поделок из природного материала", "Август", "Воспитатели"),
        ("3", "Развлечение «День арбуза»", "Август", "Музыкальный руководитель"),
        ("1", "Экскурсия в школу", "Сентябрь", "Воспитатели"),
        ("2", "Беседа о правилах дорожного движения", "Сентябрь", "Воспитатели"),
    ]


def test_numbered_row_keeps_its_steps_in_one_activity() -> None:
    rows = tsv("""
№ | Мероприятие | Срок | Ответственные
1. | 1.Ремонт веранд\\n2.Завоз песка | Май | Завхоз\\nДворник
""")
    acts = run(table(rows, lines=False)).activities
    assert [(a.number, a.responsibles_text) for a in acts] == [("1", "Завхоз\nДворник")]
