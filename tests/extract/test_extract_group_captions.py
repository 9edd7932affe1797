"""An indicator table whose name column's caption lists its rows' groups first ("Задачи
подпрограммы, показатели, единицы измерения": tasks are section rows over the indicators) and
whose base column is dated the first of January (the state the year before ended with)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv

from extract.header_rows import caption_years
from extract.headphrase import read_header
from extract.vocab import get_vocab


@pytest.mark.parametrize(("header", "head"), [
    ("Задачи подпрограммы, показатели, единицы измерения", "показатель"),
    ("Цели, задачи, индикаторы", "индикатор"),
    ("Цель, задачи, мероприятия", "мероприятие"),
    # one head alone, or a group head after the rows' own noun, stays as it is
    ("Задачи программы", "задача"),
    ("Мероприятия, задачи", "мероприятие"),
])
def test_a_group_head_leaves_the_head_to_the_rows_noun(header: str, head: str) -> None:
    assert read_header(header, tools()).head == head


@pytest.mark.parametrize(("caption", "years"), [
    ("Отчетный период (на 01.01.2024)", [2023]),
    ("Значение по состоянию на 1 января 2021 г.", [2020]),
    ("Значение на 01.09.2024", [2024]),
    ("2025 г.", [2025]),
])
def test_a_first_of_january_names_the_year_before(caption: str, years: list[int]) -> None:
    assert caption_years(caption, get_vocab(tools())) == years


GROUPED = """
Задачи, показатели, единицы измерения | Отчетный период (на 01.01.2024) | Плановый период | |
 | | 2024 г. | 2025 г.
Развитие сети кружков в сельских школах | | |
Доля школ Сосновки с кружками робототехники | 20% | 30% | 45%
"""


def test_tasks_are_sections_over_the_indicators_and_the_base_is_last_years_fact() -> None:
    inds = run(table(tsv(GROUPED))).indicators
    assert [(i.section, i.name, [(v.year, v.kind, v.value) for v in i.values])
            for i in inds] == [
        ("Развитие сети кружков в сельских школах", "Доля школ Сосновки с кружками робототехники",
         [(2023, "fact", 20.0), (2024, "plan", 30.0), (2025, "plan", 45.0)])]


LATER = """
Наименование показателя | 2024 г. | Значение на 01.01.2026
Доля школ Сосновки с кружками робототехники | 30% | 45%
"""


def test_a_first_of_january_after_other_years_is_no_base() -> None:
    (ind,) = run(table(tsv(LATER))).indicators
    assert [(v.year, v.kind) for v in ind.values] == [(2024, "plan"), (2025, "plan")]
