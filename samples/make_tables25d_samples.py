"""Build the samples of the twenty-first real-document study's indicator tables (731_, 732_).

Run: .venv/bin/python samples/make_tables25d_samples.py [names…]
Each document is our own (invented municipality and wording) and reproduces a layout feature
of real documents:
- 731 (txt): a programme's appendix, an indicator table printed sideways as a legal site's
  text export gives it (a row a line, merged places as pipe runs): the indicators' names
  across the top, a group caption
  "в том числе:" over the last three, one row of values under them, then one more indicator as
  a name row and a value row; the year stands only in the heading over the table.
- 732 (txt): a report form appended to an order: numbered group rows ending in ":" or
  "в том числе" with dash sub-rows, the count columns ("Общее число …", "Количество …") left
  blank to fill in; no column is headed "показатель".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_731 = (
    "Приложение 2\n"
    "к муниципальной программе\n"
    "«Летний отдых и занятость детей города Озерогорска» на 2025 год\n"
    "ПЛАНОВЫЕ ПОКАЗАТЕЛИ ЗАНЯТОСТИ ОБУЧАЮЩИХСЯ В ЛЕТНИЙ ПЕРИОД 2025 ГОДА\n"
    "Численность обучающихся 7-17 лет | Охват летней занятостью, всего | в том числе: | ||\n"
    "в лагерях с дневным пребыванием | в профильных сменах | в трудовых объединениях | |\n"
    "6240 | 4310 | 1900 | 870 | 1540 |\n"
    "многодневные экспедиции | ||||\n"
    "260 | ||||\n"
)

TXT_732 = (
    "Приложение N 2\n"
    "к приказу Управления образования\n"
    "администрации Каменоборского района\n"
    "от 12 мая 2023 г. N 118\n"
    "ФОРМА ОТЧЕТА\n"
    "об итогах летней занятости подростков 2023 года\n"
    "N п/п | Виды летней занятости | Общее число занятых подростков | Количество подростков, "
    "состоящих на профилактическом учете |\n"
    "1. | Трудовые объединения при школах: | · | · |\n"
    "- | бригады по благоустройству | · | · |\n"
    "- | ремонтные отряды | · | · |\n"
    "2. | Временные рабочие места, в том числе | · | · |\n"
    "- | места в учреждениях культуры | · | · |\n"
)

TEXTS = {
    "731": ("731_ozerogorsk_summer_employment_indicators_2025.txt", TXT_731),
    "732": ("732_kamenoborsk_summer_employment_report_form_2023.txt", TXT_732),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
