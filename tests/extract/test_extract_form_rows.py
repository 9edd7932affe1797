"""A report form's rows to fill in (extract/form_rows.py): numbered group rows with dash
sub-rows, count columns left blank; the rows are indicators without values. Plan tables and
tables with values keep their readers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tsv

FORM = tsv("""
№ п/п | Виды занятости подростков | Общее число занятых подростков | Количество подростков на учете
1. | Трудовые отряды при школах: | · | ·
- | ремонтные бригады | · | ·
- | отряды благоустройства | · | ·
2. | Временные рабочие места, в том числе | |
- | на предприятиях округа | |
""")

FORM_WANT = [
    ("1", "Трудовые отряды при школах"),
    (None, "ремонтные бригады"),
    (None, "отряды благоустройства"),
    ("2", "Временные рабочие места, в том числе"),
    (None, "на предприятиях округа"),
]


def test_form_rows_are_indicators_without_values() -> None:
    found = run(table(FORM))
    assert [(i.number, i.name) for i in found.indicators] == FORM_WANT
    assert all(not i.values for i in found.indicators)
    assert not found.activities
    assert any("report_form_rows" in t for t in found.trace)


@pytest.mark.parametrize("rows", [
    # a plan: deadlines and responsibles fill the other columns
    tsv("""
№ п/п | Мероприятие | Срок | Ответственный
1. | Работа трудовых отрядов: | июнь | Отдел образования
- | ремонт школ | июль | директора школ
"""),
    # counts filled in and no group row with dash sub-rows: not a blank form
    tsv("""
№ п/п | Виды занятости | Сведения | Примечание
1. | Трудовые отряды | 120 | есть
2. | Рабочие места | 45 | есть
"""),
    # one clue only (dash sub-rows), the other columns neither counts nor blank
    tsv("""
№ п/п | Виды занятости | Адрес | Примечание
1. | Трудовые отряды: | ул. Лесная, 4 | при школе
- | ремонтные бригады | ул. Мира, 2 | летом
"""),
])
def test_not_form_rows(rows: list[list[str]]) -> None:
    found = run(table(rows))
    assert not any("report_form_rows" in t for t in found.trace)
