"""Build the samples of the thirteenth and fifteenth real-document studies' remaining document
facts (625_).

Run: .venv/bin/python samples/make_facts18_samples.py [names…]
Each document is our own (invented settlement, school, people and wording) and reproduces a
layout feature of real documents:
- 625 (txt): a summer camp's programme whose letterhead prints a hyphenated region in capitals
  with a spaced dash inside its name, and whose title page gives its year only in a
  "place, year" line under the heading.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_625 = (
    "ХАНТЫ – МАНСИЙСКИЙ АВТОНОМНЫЙ ОКРУГ - ЮГРА\n"
    "Муниципальное бюджетное общеобразовательное учреждение\n"
    "«Кедровская средняя общеобразовательная школа»\n"
    "\n"
    "ПРОГРАММА ВОСПИТАНИЯ\n"
    "летнего лагеря с дневным пребыванием «Кедрёнок»\n"
    "\n"
    "п. Кедровый, 2025 г\n"
    "\n"
    "Пояснительная записка\n"
    "Программа определяет содержание воспитательной работы с ребятами в лагере во время "
    "летних каникул.\n"
)

TEXTS = {
    "625": ("625_kedrovy_school_camp_programme_2025.txt", TXT_625),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
