"""Session tables72: a framed pipe row with an empty number cell and one text (a goal, a task)
is a row across the width, not a tail of the row above (ingest/text/grid.py); a planned
year's column whose cells are all dashes still counts in the period (CONTRACT `period`,
extract/facts/period_indicators.py). Invented programme."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_HEAD = ("| № | Наименование цели, задачи, показателя | Ед. изм. | Значение по годам |\n"
         "|  |  |  | {years} |\n")
_GOAL = "|  | Цель: рост охвата детей дополнительным образованием в Ольховском округе |\n"
_TASK = "|  | Задача 1. Создание новых мест в кружках и секциях |\n"
_ROW = "| 1 | Доля детей, занятых в кружках и секциях | % | {values} |\n"


def _run(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "programme.txt"
    path.write_text("Целевые показатели муниципальной программы\n\n" + text, encoding="utf-8")
    return process_file(path)


@pytest.mark.parametrize(("rows", "goals", "tasks", "section"), [
    (_GOAL + _TASK, ["рост охвата детей дополнительным образованием в Ольховском округе"],
     ["Создание новых мест в кружках и секциях"],
     "Задача 1. Создание новых мест в кружках и секциях"),
    ('|  | Цель "Равный доступ детей к летнему отдыху" |\n'
     '|  | Задача "Открытие лагерей дневного пребывания при школах" |\n',
     ["Равный доступ детей к летнему отдыху"],
     ["Открытие лагерей дневного пребывания при школах"],
     'Задача "Открытие лагерей дневного пребывания при школах"'),
])
def test_framed_row_after_an_empty_number_is_a_section(
        tmp_path: Path, rows: str, goals: list[str], tasks: list[str], section: str) -> None:
    text = _HEAD.format(years="2025 | 2026 | 2027") + rows + _ROW.format(values="60 | 65 | 70")
    rec = _run(tmp_path, text)
    assert rec.goals == goals
    assert rec.tasks == tasks
    (ind,) = rec.indicators
    assert ind.name == "Доля детей, занятых в кружках и секциях"
    assert ind.section == section


@pytest.mark.parametrize(("years", "values", "period"), [
    ("2024 | 2025 | 2026 | 2027", "50 | 55 | - | -", (2024, 2027)),
    ("2024 | 2025 | 2026 | 2027", "50 | 55 | 60 | 65", (2024, 2027)),
    ("2024 | 2025 | 2026", "50 | 55 | 60", (2024, 2026)),
])
def test_dashed_planned_years_count_in_the_period(
        tmp_path: Path, years: str, values: str, period: tuple[int, int]) -> None:
    rec = _run(tmp_path, _HEAD.format(years=years) + _ROW.format(values=values))
    d = rec.document
    assert d.period is not None
    assert (d.period.start_year, d.period.end_year) == period


@pytest.mark.parametrize(("label", "task"), [
    ("Задача N 1. Обновить парк школьных автобусов", "Обновить парк школьных автобусов"),
    ("Задача № 2. Обновить парк школьных автобусов", "Обновить парк школьных автобусов"),
    ("Задача 3: Обновить парк школьных автобусов", "Обновить парк школьных автобусов"),
])
def test_task_label_numbered_with_a_latin_n(tmp_path: Path, label: str, task: str) -> None:
    text = (_HEAD.format(years="2025 | 2026 | 2027") + _GOAL + f"|  | {label} |\n"
            + _ROW.format(values="60 | 65 | 70"))
    assert _run(tmp_path, text).tasks == [task]


# a table printed one cell a line, each cell closed by a lone "|" (the bare form): a goal's
# and a task's rows stand where a row is due, the next cell an item numbered within its task
_BARE = ["N п/п", "|", "Мероприятие", "|", "Исполнитель", "|", "Срок", "|",
         "1", "|", "2", "|", "3", "|", "4", "|",
         "Цель - доступная среда в школах Ольховского округа для детей с инвалидностью", "|",
         "Задача N 1. Оборудовать входные группы школ пандусами и поручнями", "|",
         "1.1.1", "|", "Установка пандусов в школах округа", "|", "Отдел образования", "|",
         "2026", "|"]


def test_bare_table_section_rows_before_a_dotted_item() -> None:
    from ingest.limits import Limits
    from ingest.models import Table
    from ingest.text.reader import read_text
    doc = read_text("\n".join(_BARE).encode(), "p.txt", Limits())
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    rows = [[c.text for c in r.cells if c.text] for r in table.rows if not r.header]
    assert rows[-3:] == [
        ["Цель - доступная среда в школах Ольховского округа для детей с инвалидностью"],
        ["Задача N 1. Оборудовать входные группы школ пандусами и поручнями"],
        ["1.1.1", "Установка пандусов в школах округа", "Отдел образования", "2026"]]
