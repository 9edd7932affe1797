"""Build the samples of the nineteenth study's kindergarten and department documents (695_,
696_): an annual plan under a site's menu and an order whose items carry "Срок:" lines.

Run: .venv/bin/python samples/make_facts23b_samples.py [names…]
Each document is our own (invented kindergarten, department, people and wording) and
reproduces a layout feature of such documents:
- 695 (txt): a kindergarten site's page text: the menu and a calendar's digit rows, a menu
  item "Годовой план", then the plan's own one-line heading "Годовой план <full name in the
  genitive> на 2025 – 2026 учебный год", a section heading and the analysis of the past school
  year ("Анализ работы … за 2024 – 2025 учебный год") with sentences under it: the plan's
  heading is the title, its years the period, the kindergarten in the nominative the issuer.
- 696 (txt): an education department's order under its letterhead: its items 1.1–1.4 under
  one dative addressee line ("- Инспектору по дошкольному образованию … Ивановой А. Б."),
  each with a "Срок:" line (one date typed with a space before its first dot, one "в течение
  лета"); the last item tells the addressee to approve the kindergartens' plans: the act is
  an order, the addressee each item's responsible party.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

_HEADING = ("Годовой план муниципального бюджетного дошкольного образовательного учреждения "
            "«Детский сад «Колокольчик» на 2025 – 2026 учебный год")

TXT_695 = f"""Понедельник, 02.06.2025, 10:15
Приветствуем Вас, Гость | Регистрация | Вход

Детский сад "Колокольчик"

Меню сайта
Вход на сайт
Поиск
Календарь
«  Июнь 2025  »
ПнВтСрЧтПтСбВс
                        1
2345678
9101112131415
Архив записей
Полезные ссылки
  • Наши группы
  • Годовой план

    {_HEADING}

    Раздел 1. Аналитическая справка

    Анализ работы МБДОУ «Детский сад «Колокольчик» за 2024 – 2025 учебный год

    Детский сад открыт с понедельника по пятницу с 7.00 до 18.00

    В прошедшем году в саду работали четыре группы, их посещали 86 детей.

    Педагоги провели открытые занятия и приняли участие в конкурсе чтецов.
"""

TXT_696 = """ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЛЕСНОГО РАЙОНА
ПРИКАЗ
от 08.04.2025 № 27
Об организации летней оздоровительной работы в детских садах
В целях летнего отдыха и оздоровления воспитанников детских садов п р и к а з ы в а ю :
- Инспектору по дошкольному образованию отдела образования Ивановой А. Б.
1.1. Подготовить план летней оздоровительной работы детских садов.
Срок: до 18.04.2025г
1.2. Провести совещание заведующих детскими садами по подготовке к лету.
Срок: до 25.04.2025г.
1.3. Проверять выполнение санитарных правил на прогулочных участках.
Срок: в течение лета
1.4. Утвердить планы летней оздоровительной работы детских садов.
Срок: 14 .05.2025 г.
2. Контроль за исполнением приказа оставляю за собой.
Начальник отдела образования                    П. С. Веткин
"""

TEXTS = {
    "695": ("695_kolokolchik_kindergarten_annual_plan_2025.txt", TXT_695),
    "696": ("696_education_department_summer_order_2025.txt", TXT_696),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
