"""Build the sample of the seventeenth study's school documents (665_): a camp programme's
title page.

Run: .venv/bin/python samples/make_facts21b_samples.py [names…]
Each document is our own (invented district, school, people and wording) and reproduces a
layout feature of such documents:
- 665 (txt): a camp programme under the school's letterhead (full name, then its district and
  region) and a grif whose short name opens a quote it never closes; the heading opens with
  the adjectives of a school's extra programme, the term is two dates after a lower-case
  label, the explanatory note opens with a sentence that introduces a list (a verb and a
  colon), and the goal and tasks stand under qualified headings ("Цель <whose>:") with "- "
  items: the heading is the title, the term is the dates' year, the letterhead is the issuer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_665 = """Муниципальное общеобразовательное бюджетное учреждение «Ясеневская средняя \
общеобразовательная школа»
Кленовского района Лесной области

«Утверждаю»
Директор «МБОУ «Ясеневская СОШ»
________ Т.В. Орехова
«____» ___________ 2025 г.

Дополнительная общеразвивающая программа
летнего лагеря с дневным пребыванием детей
туристско-краеведческой направленности «Тропинка»

Возраст детей: 8–11 лет
срок реализации программы: 02.06.2025 г. – 20.06.2025 г.

Пояснительная записка
Программа составлена с учётом следующих документов и возрастных особенностей детей:
- устав школы;
- положение о летнем лагере.

Цель летней работы лагеря:
- укрепление здоровья детей на свежем воздухе;
- знакомство детей с природой родного края.

Задачи летней работы лагеря:
- проведение походов и экскурсий;
- обучение детей правилам поведения в лесу.

Содержание программы
Дети ходят в походы по окрестностям села, ведут дневник наблюдений и готовят выставку \
фотографий к закрытию смены.
"""

TEXTS = {
    "665": ("665_yasenevo_school_camp_programme_2025.txt", TXT_665),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
