"""Build the samples of the sixteenth real-document study's school documents (635_–637_).

Run: .venv/bin/python samples/make_facts19b_samples.py [names…]
Each document is our own (invented municipalities, schools, people and wording) and reproduces
a layout feature of real documents:
- 635 (txt): a school commission's plan whose text export runs the approval line ("Утвержден
  приказом по школе № …": the order's scope, no body) and the letter-spaced genre word
  ("П Л А Н") into one paragraph with the plan's subject in lower case;
- 636 (txt): an education department's plan under a site's header line that runs the
  department's name into its postal address ("… район 123456, Лесная область, …");
- 637 (txt): a school's public report: the letterhead with its short name in brackets, the
  heading "Публичный отчет за … - … учебный год" (a spaced hyphen), a capitals section heading
  and the body's first sentence under it, a goal under "Цель анализа:".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_635 = (
    "Утвержден приказом по школе № 7/3-В от 02.09.2022г.\n"
    "П Л А Н\n"
    "работы школьной комиссии по охране труда\n"
    "и пожарной безопасности\n"
    "№ | Мероприятия | Сроки | Ответственные |\n"
    "1. | Проверка состояния учебных кабинетов | сентябрь | Комиссия по охране труда |\n"
    "2. | Учебная эвакуация обучающихся и работников | апрель | Завхоз школы |\n"
)

TXT_636 = (
    "Отдел образования администрации муниципального образования Ольховский район 123456, "
    "Лесная область, Ольховский р-н, ст-ца Ольховская, ул Садовая, д. 5 ОТДЕЛ\n"
    "ТЕЛЕФОН(-Ы): +7 (800) 100-20-30\n"
    "\n"
    "План мероприятий отдела образования к Дню защиты детей в 2021 году\n"
    "\n"
    "№ | Мероприятие | Срок | Ответственные |\n"
    "1. | Конкурс рисунков на асфальте | 01.06.2021 | руководители ОУ |\n"
    "2. | Спортивный праздник для воспитанников летних площадок | 02.06.2021 | "
    "руководители ОУ |\n"
)

TXT_637 = (
    "Муниципальное бюджетное общеобразовательное учреждение\n"
    "основная общеобразовательная школа д. Ясенки Ольховского района\n"
    "(МБОУ ООШ д. Ясенки)\n"
    "\n"
    "Публичный отчет за 2022 - 2023 учебный год\n"
    "\n"
    "ОБЩИЕ ПОЛОЖЕНИЯ\n"
    "\n"
    "Анализ работы за 2022/23 учебный год выполнен по годовому плану работы школы.\n"
    "\n"
    "Цель анализа: оценить итоги учебного года, определить задачи школы на следующий год.\n"
)

TEXTS = {
    "635": ("635_olkhovka_school_safety_commission_plan_2022.txt", TXT_635),
    "636": ("636_olkhovsky_department_childrens_day_plan_2021.txt", TXT_636),
    "637": ("637_yasenki_school_public_report_2023.txt", TXT_637),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
