"""A programme's measures table whose indicator column makes it an indicator table: its
"Цель: …" and "Задача N: …" group rows are the programme's goal and tasks, as over an
activity table (cross-format task xf12: a site's text export read the same table's header
better and so read it as indicators, losing the tasks). Under no goal row, "Задача 1. …" names
a task of the programme all the same (samples 351, 414)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table

from ingest.models import Cell


def _group(text: str) -> list[Cell]:
    return [Cell(text=text, col=0, col_span=5)]


@pytest.mark.parametrize(("label", "task"), [
    ("Задача 1: расширение сети дошкольных групп в школах района",
     "расширение сети дошкольных групп в школах района"),
    ("Задача № 2. обновление оборудования детских садов.",
     "обновление оборудования детских садов"),
], ids=["colon", "number-sign"])
def test_task_rows_over_indicators(label: str, task: str) -> None:
    found = run(table(_rows(label, goal=True), lines=False))
    assert found.indicators
    assert found.goals == ("доступность дошкольного образования в Лесном районе",)
    assert found.tasks == (task,)


@pytest.mark.parametrize(("label", "task"), [
    ("Задача 1. Расширение сети дошкольных групп", "Расширение сети дошкольных групп"),
    ("Задача 3: подготовка вожатых для летних лагерей;",
     "подготовка вожатых для летних лагерей"),
], ids=["capital", "colon"])
def test_task_rows_under_no_goal_are_tasks(label: str, task: str) -> None:
    found = run(table(_rows(label, goal=False), lines=False))
    assert [i.section for i in found.indicators] == [label.rstrip(";")]
    assert (found.goals, found.tasks) == ((), (task,))


def _rows(label: str, goal: bool) -> list[list[Cell]]:
    goal_rows = [_group("Цель: доступность дошкольного образования в Лесном районе")]
    return [
        [Cell(text="Наименование показателя", col=0), Cell(text="Единица измерения", col=1),
         Cell(text="2014 г.", col=2), Cell(text="2015 г.", col=3), Cell(text="2016 г.", col=4)],
        *(goal_rows if goal else []),
        _group(label),
        [Cell(text=t, col=i) for i, t in enumerate(
            ["Доля детей от 3 до 7 лет, посещающих детские сады", "%", "80,0", "85,0",
             "90,0"])],
    ]
