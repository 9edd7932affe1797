"""Build the samples of the cross-format study xfi (700_): documents of the newest studied sets
as a legal site exports them to text, a line per paragraph and a table row per line.

Run: .venv/bin/python samples/make_xfi_samples.py [names…]
Each document is our own (invented municipality, school, people and wording) and reproduces a
layout feature of such exports:
- 700 (txt): a municipal programme's appendix of indicators whose years stand over plan and
  fact columns: the export prints each year once ("| 2022 | 2023 | 2024 |" over "| план | факт |
  план | факт | план |"), the years over the runs their "план" starts;
- 701 (txt): a school's self-assessment report whose capitals title closes on its year glued to
  "год", the school's name in the nominative under it (no part of the title), then the aims
  with tasks printed as bare infinitive lines, each cut at the line's end.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_700 = """Приложение N 2
к муниципальной программе
"Развитие добровольчества в Ольховском районе"
Сведения
о показателях муниципальной программы "Развитие добровольчества в Ольховском районе"
| N | Наименование показателя | Единица измерения | Значение показателя по годам |
| N | Наименование показателя | Единица измерения | 2022 | 2023 | 2024 |
| N | Наименование показателя | Единица измерения | план | факт | план | факт | план |
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |
| 1. | Число добровольцев, участвующих в делах школ района | человек | 350 | 362 | 400 | 415 | 450 |
| 2. | Доля школ с добровольческими отрядами | процентов | 60 | 64 | 70 | 72 | 80 |
"""

TXT_701 = """| РАССМОТРЕНО на заседании педагогического совета протокол № 3 от 28.03.2025 | \
УТВЕРЖДАЮ Директор МБОУ ООШ № 5 ________ Р.С. Белова Приказ от 31.03.2025 № 41 |

ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ
ЗА 2024год
муниципальное бюджетное общеобразовательное учреждение
«Основная общеобразовательная школа № 5 с. Ольховка»
Цель самообследования:
Обеспечить открытость сведений о работе школы для родителей и учредителя.
Задачи:
Собрать сведения о качестве обучения и воспитания
обучающихся за прошедший год.
Выявить трудности в работе школы и наметить пути
их преодоления.
Школа работает в одну смену, в ней обучаются 96 учеников.
"""

TEXTS = {
    "700": ("700_olkhovsky_volunteers_indicators_2022.txt", TXT_700),
    "701": ("701_olkhovka_school5_self_assessment_2024.txt", TXT_701),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
