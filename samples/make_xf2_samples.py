"""Build the samples of the second cross-format study (605_–606_): titles of documents as a
site's text export gives them (a line per paragraph), which end at their years.

Run: .venv/bin/python samples/make_xf2_samples.py [names…]
Each document is our own (invented municipality, school, people and wording) and reproduces a
layout feature of such exports:
- 605 (txt): a school's development programme: the grifs side by side as one "| … | … |" line,
  then a title page that prints the village and the year under the title's years, then the
  passport's heading and rows (no row names the programme, the first names the school): the
  title ends at its years;
- 606 (txt): a school's self-assessment report whose title line is followed by its first
  section's heading ("Аналитическая часть") in sentence case: the title ends at its year.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

GRIFS_605 = ("| ПРИНЯТА на педагогическом совете Протокол № 3 от 28.02.2024 "
             "| УТВЕРЖДЕНА приказом директора от 01.03.2024 № 21 |")
OWNER_605 = ("Муниципальное бюджетное общеобразовательное учреждение «Основная "
             "общеобразовательная школа № 2» Берёзовского муниципального округа")

TXT_605 = f"""Муниципальное бюджетное общеобразовательное учреждение
«Основная общеобразовательная школа № 2» Берёзовского муниципального округа
{GRIFS_605}
Программа развития
МБОУ «ООШ № 2» на 2024–2028 годы
п. Берёзовка
2024 год
Паспорт программы развития
| Полное наименование организации | {OWNER_605} |
| Сроки реализации | 2024–2028 годы |
| Ожидаемые результаты | Рост доли выпускников, продолживших обучение |
"""

TXT_606 = """Отчет о результатах самообследования МКОУ «Сосновская СОШ» за 2023 год
Аналитическая часть
I. Общие сведения об образовательной организации
МКОУ «Сосновская СОШ» расположена в центре села, рядом с домом культуры и библиотекой.
II. Оценка образовательной деятельности
Обучение ведётся по основным образовательным программам начального, основного и среднего
общего образования в одну смену.
"""

TEXTS = {
    "605": ("605_berezovka_school2_devprog_2024.txt", TXT_605),
    "606": ("606_sosnovka_school_selfexam_report_2023.txt", TXT_606),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
