"""A plan row whose activity cell lists numbered items one per line: one activity per item,
each with its own line of the responsibles cell when that cell gives one line per item."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tsv

from extract.cell_items import cell_items, joined_aligned

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
    # a site's export joins the lines: items glued to their first word, counted from 1
    ("1.Концерт 2.Викторина «Лето» 3.«Весёлые старты»",
     [("1", "Концерт"), ("2", "Викторина «Лето»"), ("3", "«Весёлые старты»")]),
    ("1.Концерт для 2 групп", None),
    ("Концерт 1.Викторина 2.Поход", None),
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


@pytest.mark.parametrize(("text", "n", "parties"), [
    ("Музыкальный руководитель Воспитатели групп Инструктор по плаванию", 3,
     ["Музыкальный руководитель", "Воспитатели групп", "Инструктор по плаванию"]),
    # as many parties as items or none aligned
    ("Музыкальный руководитель Воспитатели групп", 3, None),
    ("Заведующий Старший воспитатель", 2, ["Заведующий", "Старший воспитатель"]),
    ("Отдел ГИБДД Руководители ОО", 2, None),  # no cut after an abbreviation
])
def test_joined_parties_one_per_item(text: str, n: int, parties: list[str] | None) -> None:
    assert joined_aligned(text, n) == parties


def test_exported_month_row_splits_items_and_parties() -> None:
    rows = tsv("""
Месяц | Мероприятие | Ответственные
Июль | 1.Концерт «Лето» 2.Поход к реке | Музыкальный руководитель Воспитатели групп
""")
    acts = run(table(rows)).activities
    assert [(a.title, a.responsibles_text) for a in acts] == [
        ("Концерт «Лето»", "Музыкальный руководитель"), ("Поход к реке", "Воспитатели групп")]
