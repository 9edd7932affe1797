"""Build the samples of the cross-format study xfe (620_–622_): title pages of documents
exported to text a line per paragraph, where the short lines of the letterhead, the heading
and the place run together.

Run: .venv/bin/python samples/make_xfe_samples.py [names…]
Each document is our own (invented municipality, school, people and wording) and reproduces a
layout feature of such exports:
- 620 (txt, a paragraph per line): a school's letterhead over two lines, then the plan's
  heading in capitals over three lines ("ПЛАН" / "… РАБОТЫ" / "на … учебный год"), the
  village, and the plan's first prose paragraphs: the heading is the title;
- 621 (txt, short lines only): a kindergarten's report whose title page prints an electronic
  signature stamp ("Документ подписан …" / "Дата: …" / "+03'00'") right above "Отчет" / "о
  результатах самообследования" / …: the report's heading is the title;
- 622 (txt): an appendix's grif ending with the act's requisites, the roadmap's heading and
  name in quotes, and a legal site's line of amendment dates under it: the title ends at the
  name.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_620 = """Муниципальное казённое общеобразовательное учреждение
«Ольховская средняя общеобразовательная школа»
ПЛАН
ВОСПИТАТЕЛЬНОЙ РАБОТЫ
на 2024-2025 учебный год
с. Ольховка
Воспитательная работа в школе строится как система совместных дел учащихся, педагогов и \
родителей, направленных на развитие личности каждого ребёнка и его готовность жить среди людей.
Основная цель плана – создать в школе среду, где каждый ученик найдёт дело по душе.
Работа ведётся по модулям: классное руководство, школьные традиции, профориентация.
"""

TXT_621 = """Муниципальное бюджетное дошкольное образовательное учреждение
«Детский сад № 4 „Колокольчик“»
(МБДОУ «Детский сад № 4»)
| СОГЛАСОВАНО Педагогическим советом Протокол от 25.03.2025 № 3 | ПРИНЯТО Общим собранием \
работников Протокол от 25.03.2025 № 2 |
Документ подписан
электронной подписью:
Заведующий МБДОУ
«Детский сад № 4»
Дата: 2025.03.26 10:12:40
+03'00'
Отчет
о результатах самообследования
муниципального бюджетного дошкольного
образовательного учреждения
«Детский сад № 4 „Колокольчик“»
за 2024 год
г. Берестянск
ОБЩИЕ СВЕДЕНИЯ
Детский сад открыт в 1986 году, его учредитель –
управление образования города Берестянска.
"""

TXT_622 = """Приложение
к постановлению
администрации Зареченского
муниципального района
от 12 мая 2019 г. N 344
План мероприятий ("дорожная карта")
"Повышение доступности дополнительного образования детей в Зареченском муниципальном районе"
3 февраля, 14 октября 2020 г., 9 марта 2021 г.
1. Общие положения
Дорожная карта определяет шаги по расширению сети кружков и секций для детей района.
2. Мероприятия
Открытие кружков технического творчества в сельских школах района в течение 2020 года.
"""

TEXTS = {
    "620": ("620_olkhovka_school_upbringing_plan_2024.txt", TXT_620),
    "621": ("621_kolokolchik_dou_selfexam_report_2024.txt", TXT_621),
    "622": ("622_zarechny_extra_education_roadmap_2019.txt", TXT_622),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
