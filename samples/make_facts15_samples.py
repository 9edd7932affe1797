"""Build the samples of the acts of the thirteenth real-document study (585_, 586_).

Run: .venv/bin/python samples/make_facts15_samples.py [names…]
Each document is our own (invented municipalities, bodies, people and wording) and reproduces
a layout feature of real documents:
- 585 (txt): an audit chamber's review of a draft act: the chairman's "Утверждаю" grif with the
  chamber's name in the genitive, "ЗАКЛЮЧЕНИЕ № …" / "на проект постановления …" / the quoted
  programme the draft would approve (a report on the draft, not the programme);
- 586 (txt): a republic's ministry order whose region has a second name in brackets ("Республики
  Саха (Якутия)") and whose subject's range runs on to a planning horizon ("на 2019 - 2021 годы
  и на плановый период до 2024 года").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_585 = (
    "Утверждаю\n"
    "Председатель\n"
    "Контрольно-счетной палаты города\n"
    "________________ П.П. Сорокина\n"
    "« 5 » марта 2021 г.\n"
    "\n"
    "ЗАКЛЮЧЕНИЕ № 04-12/КСП\n"
    "на проект постановления Администрации города Заречного\n"
    "«Об утверждении муниципальной программы «Развитие общего образования в городе "
    "Заречном на 2022-2024 годы»\n"
    "\n"
    "1. Общие положения\n"
    "Контрольно-счетной палатой города проведена экспертиза проекта постановления на "
    "соответствие бюджетному законодательству.\n"
    "2. Выводы\n"
    "Проект рекомендуется к утверждению с учетом замечаний палаты.\n"
)

TXT_586 = (
    "Министерство образования и науки\n"
    "Республики Саха (Якутия)\n"
    "\n"
    "ПРИКАЗ\n"
    "\n"
    "от 14.03.2019 № 01-03/215\n"
    "\n"
    "г. Якутск\n"
    "\n"
    "ОБ УТВЕРЖДЕНИИ ПЛАНА МЕРОПРИЯТИЙ ВЕДОМСТВЕННОЙ ПРОГРАММЫ «ШКОЛЬНОЕ ЛЕТО» НА 2019"
    " - 2021 ГОДЫ И НА ПЛАНОВЫЙ ПЕРИОД ДО 2024 ГОДА\n"
    "\n"
    "В целях организации отдыха детей приказываю:\n"
    "1. Утвердить прилагаемый план мероприятий.\n"
    "2. Контроль за исполнением приказа оставляю за собой.\n"
    "\n"
    "Министр                                    С.С. Тарабукина\n"
)

TEXTS = {
    "585": ("585_zarechny_ksp_review_programme_2021.txt", TXT_585),
    "586": ("586_kyuyol_education_programme_2019.txt", TXT_586),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
