"""Build the samples of the ninth round of document facts on the studied real sets (500_,
501_).

Run: .venv/bin/python samples/make_facts9_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools, people and wording) and
reproduces a layout feature of real documents:
- 500 (txt): a kindergarten's annual plan as a PDF's text layer gives it: a running page header
  ("ГОДОВОЙ ПЛАН") over two grifs side by side whose rows come line by line, left then right
  ("ПРИНЯТО" / "УТВЕРЖДЕНО" / "Педагогическим советом" / "Приказом заведующего" / …), then the
  title page's heading in capitals running on to its years, the settlement under it;
- 501 (txt): a programme's appendix printed alone: the stamp of the act, the heading "Система /
  программных мероприятий", and a measures table led by money whose header calls its year
  columns the term ("Сроки реализации и объемы финансирования" / "В том числе по годам:" /
  2014 … 2018), only its totals by budget source under it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_500 = """ГОДОВОЙ ПЛАН
ПРИНЯТО
УТВЕРЖДЕНО
Педагогическим советом
Приказом заведующего
МБДОУ №7«Ромашка»
МБДОУ №7«Ромашка»
Протокол № 1
№12 от «02» сентября 2024 г.
от «30» августа 2024 г.
Заведующий ________К.Л. Петрова
ГОДОВОЙ ПЛАН
МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО
ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ
ДЕТСКОГО САДА №7 «РОМАШКА»
на 2024-2025 учебный год
п. Лесной Ольховского района Луговской области
1
ГОДОВОЙ ПЛАН
2
ГОДОВОЙ ПЛАН
Оглавление
1. ИТОГИ РАБОТЫ ЗА 2023 – 2024 УЧЕБНЫЙ ГОД ....................... 3
2. ЗАДАЧИ НА НОВЫЙ УЧЕБНЫЙ ГОД ....................... 5
"""

TXT_501 = """Приложение N 1
к постановлению Администрации
города Ольховска
Луговской области
от 14 марта 2014 г. N 212

Система
программных мероприятий

| N п/п | | Исполнитель | Срок выполнения | Затраты, источники финансирования | Сроки реализации и объемы финансирования | | | | | | Ожидаемый результат |
| | | | | | Всего | В том числе по годам: | | | | | |
| | | | | | | 2014 | 2015 | 2016 | 2017 | 2018 | |
| | Всего по программе | | | Всего | 5100,00 | 1000,00 | 1000,00 | 1000,00 | 1000,00 | 1100,00 | |
| | | | | Областной | 3000,00 | 600,00 | 600,00 | 600,00 | 600,00 | 600,00 | |
| | | | | Местный | 2100,00 | 400,00 | 400,00 | 400,00 | 400,00 | 500,00 | |
"""  # noqa: E501 (a table row is as long as the document has it)

TEXTS = {
    "500": ("500_lesnoy_romashka_annual_plan_2024.txt", TXT_500),
    "501": ("501_olkhovsk_roadsafety_measures_2014.txt", TXT_501),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
