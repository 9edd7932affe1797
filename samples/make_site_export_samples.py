"""Build the samples of plan tables in a site's text export (580_–581_).

Run: .venv/bin/python samples/make_site_export_samples.py [names…]
Each document is our own (invented municipalities and wording) and reproduces the way legal
and municipal sites export a Word document to text: a line per paragraph with no blank lines
between them, table rows as "| cell | cell |" (a cell's paragraphs joined by spaces), a cell
merged across columns printed once and a cell merged down printed again in every row it
covers:
- 580 (txt): a subprogramme's list of activities: "Цели: …;" / "Задачи: …" lines run into
  the section heading's paragraph; a table whose three header rows repeat the merged cells
  ("Объем финансирования" over "всего" and a year group), a "| 1 | 2 | … |" numbering row,
  one-cell goal and task rows, an item printed twice for its two funding sources under the
  same item number, a task row merged over the plan's columns with its result in the last;
- 581 (txt): a quarterly schedule: two header rows, the deadline's quarters as columns
  marked "х", a one-cell year row right under the header.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

_H1 = ("| Цель, задачи, мероприятия | Исполнитель | Объем финансирования (тыс. руб.) "
       "| Срок | Ожидаемый результат |")
_H2 = ("| Цель, задачи, мероприятия | Исполнитель | всего | по годам | Срок "
       "| Ожидаемый результат |")
_H3 = ("| Цель, задачи, мероприятия | Исполнитель | всего | 2024 | 2025 | Срок "
       "| Ожидаемый результат |")

TXT_580 = "\n".join([
    "Приложение 2",
    "к муниципальной программе Ольшанского района «Развитие образования»",
    "Подпрограмма «Школьное питание» на 2024 - 2025 годы",
    "2. Цели и задачи подпрограммы",
    "Цели: сохранение здоровья школьников Ольшанского района;",
    "доступность горячего питания для всех учащихся начальных классов.",
    "Задачи: обновление технологического оборудования школьных столовых",
    "Перечень мероприятий подпрограммы «Школьное питание»",
    _H1, _H2, _H3,
    "| 1 | 2 | 3 | 4 | 5 | 6 | 7 |",
    "| Цель: сохранение здоровья школьников Ольшанского района |",
    "| Задача 1: обновление технологического оборудования школьных столовых |",
    "| 1.1. Замена плит и холодильников в столовых | управление образования | 1200 | 600 "
    "| 600 | 2024 - 2025 годы | оборудование столовых обновлено в 6 школах |",
    "| 1.2. Ремонт обеденных залов | управление образования | 800 | 800 |  | 2024 год "
    "| отремонтировано 4 зала |",
    "| 1.2. Ремонт обеденных залов | управление образования | 300 | 300 |  | 2024 год "
    "| отремонтировано 4 зала |",
    "| Задача 2: контроль качества питания | охват горячим питанием 100% учащихся 1-4 классов |",
    "| 2.1. Проверки пищеблоков родительскими комиссиями | школы района | 0 | 0 | 0 "
    "| ежеквартально | проведено не менее 8 проверок в год |",
])

TXT_581 = "\n".join([
    "График реализации мероприятий по развитию школьных библиотек Кленовского округа на 2025 год",
    "| Мероприятие | Срок исполнения | Ответственный |",
    "| Мероприятие | I квартал 2025 г. | II квартал 2025 г. | III квартал 2025 г. "
    "| IV квартал 2025 г. | Ответственный |",
    "| 2025 год |",
    "| 1. Пополнение фондов школьных библиотек учебной литературой | х | - | х | - "
    "| отдел образования |",
    "| 2. Семинары для школьных библиотекарей по работе с читателями | х | х | х | х "
    "| методический центр |",
])

TEXTS = {
    "580": ("580_olshansky_school_meals_subprogramme_2024.txt", TXT_580),
    "581": ("581_klenovsky_libraries_schedule_2025.txt", TXT_581),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
