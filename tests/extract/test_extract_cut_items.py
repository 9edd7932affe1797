"""A passport's list cell the text's end cuts (extract/cut_rows.py cut_last_item): its last
item does not say what it lists and is left out; a whole last item, or one followed by more
text, stays."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import para, run, table, tsv

FIRST = ["Обновление оборудования школьных мастерских",
         "Повышение квалификации учителей технологии"]
PASSPORT = """
Наименование программы | Развитие технологического образования в Ольховском районе
Ответственный исполнитель | Отдел образования
Цель | Формирование у школьников инженерного мышления
Задачи | """


@pytest.mark.parametrize(("tasks", "expected"), [
    # the last item stays open where the items above close with ";": cut
    ("1. Обновление оборудования школьных мастерских;\\n2. Повышение квалификации учителей "
     "технологии;\\n3. Привлечение предприятий района к проведению профессиональных проб",
     FIRST),
    # it stops mid-word
    ("- Обновление оборудования школьных мастерских\\n- Повышение квалификации учителей "
     "технологии\\n- Привлечение предприятий района к проведению профессион", FIRST),
    # it stops on a conjunction
    ("1. Обновление оборудования школьных мастерских;\\n2. Повышение квалификации учителей "
     "технологии;\\n3. Привлечение предприятий района и", FIRST),
    # closed with a full stop: whole
    ("1. Обновление оборудования школьных мастерских;\\n2. Повышение квалификации учителей "
     "технологии;\\n3. Привлечение предприятий района.",
     [*FIRST, "Привлечение предприятий района"]),
    # no item closes: the last one is as whole as the others
    ("- Обновление оборудования школьных мастерских\\n- Повышение квалификации учителей "
     "технологии\\n- Привлечение предприятий района", [*FIRST, "Привлечение предприятий района"]),
])
def test_last_task_cut_by_the_text_end(tasks: str, expected: list[str]) -> None:
    found = run(table(tsv(PASSPORT + tasks), lines=False))
    assert list(found.tasks) == expected


def test_an_open_last_task_followed_by_text_stays() -> None:
    tasks = ("1. Обновление оборудования школьных мастерских;\\n2. Повышение квалификации "
             "учителей технологии;\\n3. Привлечение предприятий района")
    found = run(table(tsv(PASSPORT + tasks), lines=False), para("1. Общие положения", 40))
    assert list(found.tasks) == [*FIRST, "Привлечение предприятий района"]
