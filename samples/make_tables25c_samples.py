"""Build the samples of the twenty-first real-document study's tables (730_).

Run: .venv/bin/python samples/make_tables25c_samples.py [names…]
Each document is our own (invented municipality and wording) and reproduces a layout feature
of real documents:
- 730 (txt): a legal site's text form of a roadmap appendix printed one cell a line with " |"
  ends, four header cells and two numbered rows, no pipe runs and no column-number row (the
  width is the header's: "2 |" comes back four cells after "1 |"); its deadline column is
  headed "Контрольные точки" and holds exact dates.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_730 = (
    "Приложение 2\n"
    "к постановлению\n"
    "Администрации\n"
    "города Верхнелуговска\n"
    "от 14 января 2022 г. N 35\n"
    "Дорожная карта\n"
    "по подготовке школьных площадок города Верхнелуговска к летнему сезону\n"
    "N |\n"
    "Наименование мероприятия |\n"
    "Контрольные точки |\n"
    "Ответственный исполнитель |\n"
    "1 |\n"
    "Осмотр спортивных площадок при общеобразовательных школах |\n"
    "11 апреля 2022 |\n"
    "Управление образования администрации города Верхнелуговска |\n"
    "2 |\n"
    "Замена покрытия беговых дорожек на стадионе школы N 4 |\n"
    "27 мая 2022 |\n"
    "Отдел капитального строительства |\n"
)

TEXTS = {
    "730": ("730_verkhnelugovsk_school_grounds_roadmap_2022.txt", TXT_730),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
