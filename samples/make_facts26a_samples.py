"""Build the samples of the twenty-second real-document study's acts (740_, 741_).

Run: .venv/bin/python samples/make_facts26a_samples.py [names…]
Each document is our own (a real region, invented towns and wording) and reproduces a layout
feature of real documents:
- 740 (txt): a city council's appendix whose passport is printed as two space-aligned text
  columns: the label at the left ending in ":" (or split over two lines), each value opened by
  "- " and continued on indented lines;
- 741 (txt): a legal site's page of a district assembly's decision: the site's heading names the
  assembly in the genitive ("Решение Земского Собрания …"), the act's capitals and its preamble
  ("Земское Собрание … решает:") in the nominative; the appended programme's heading is repeated
  by the passport's own heading while the passport's name row words the programme otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import doc_facts, write_expected
from docx_build import build_named

HERE = Path(__file__).parent

TITLE740 = "Городская целевая программа \"Юность города Лесогорска\" (2011-2013 гг.)"
GOAL740 = ("Создание в городе условий для участия молодых жителей в общественной, трудовой и "
           "культурной жизни Лесогорска")
TASKS740 = ["Поддержка временного трудоустройства подростков и студентов в летний период",
            "развитие добровольческих объединений старшеклассников"]

TXT_740 = (
    "Приложение\n"
    "к решению Лесогорского городского Совета\n"
    "от 14 октября 2010 г. N 118\n"
    "\n"
    "Городская целевая программа \"Юность города Лесогорска\"\n"
    "(2011-2013 гг.)\n"
    "\n"
    "Паспорт Программы\n"
    "\n"
    "Наименование Программы:    - Городская целевая программа \"Юность\n"
    "                             города Лесогорска\" (2011-2013 гг.).\n"
    "Основание для разработки   - Закон Омской области \"О молодежной\n"
    "Программы:                   политике в Омской области\".\n"
    "Цель Программы:            - Создание в городе условий для участия\n"
    "                             молодых жителей в общественной, трудовой и\n"
    "                             культурной жизни Лесогорска.\n"
    "Задачи Программы:          - Поддержка временного трудоустройства\n"
    "                             подростков и студентов в летний период;\n"
    "                           - развитие добровольческих объединений\n"
    "                             старшеклассников.\n"
)


def build_740() -> None:
    path = HERE / "740_lesogorsk_council_youth_programme_appendix_2010.txt"
    path.write_text(TXT_740, encoding="utf-8")
    facts = doc_facts("programme", TITLE740, "Лесогорск", "Омская область",
                      "Лесогорский городской Совет", ("118", "2010-10-14"), (2011, 2013), [])
    write_expected(path, "txt", None, facts, [], [], goals=[GOAL740], tasks=TASKS740)


TITLE741 = "Районная комплексная программа \"Юные таланты\" на 2009-2010 годы"

TXT_741 = (
    "Решение Земского Собрания Озёрного муниципального района от 14.02.2009 N 12 \"Об "
    "утверждении районной программы \"Юные таланты\" на 2009-2010 гг.\"\n"
    "\n"
    "ЗЕМСКОЕ СОБРАНИЕ ОЗЁРНОГО МУНИЦИПАЛЬНОГО РАЙОНА\n"
    "\n"
    "РЕШЕНИЕ от 14 февраля 2009 г. N 12\n"
    "\n"
    "ОБ УТВЕРЖДЕНИИ РАЙОННОЙ ПРОГРАММЫ \"ЮНЫЕ ТАЛАНТЫ\" НА 2009-2010 ГГ.\n"
    "\n"
    "Рассмотрев проект районной программы \"Юные таланты\" на 2009-2010 гг., Земское Собрание "
    "Озёрного муниципального района решает:\n"
    "\n"
    "1. Утвердить районную программу \"Юные таланты\" на 2009-2010 гг. (прилагается).\n"
    "2. Настоящее решение вступает в силу с момента его опубликования.\n"
    "\n"
    "Глава района\n"
    "\n"
    "П.С. ОРЛОВ\n"
    "\n"
    "Районная комплексная программа\n"
    "\"Юные таланты\" на 2009-2010 годы\n"
    "\n"
    "Паспорт\n"
    "районной комплексной программы\n"
    "\"Юные таланты\" на 2009-2010 годы\n"
    "\n"
    "| Наименование Программы | Районная целевая программа \"Юные таланты\" на 2009-2010 "
    "годы |\n"
    "| Сроки реализации       | 2009-2010 годы |\n"
)


def build_741() -> None:
    path = HERE / "741_ozerny_assembly_talents_programme_2009.txt"
    path.write_text(TXT_741, encoding="utf-8")
    facts = doc_facts("programme", TITLE741, "Озёрный район", None,
                      "Земское Собрание Озёрного муниципального района", ("12", "2009-02-14"),
                      (2009, 2010), [("П.С. Орлов", "Глава района")])
    write_expected(path, "txt", None, facts, [], [])


BUILDERS: dict[str, Callable[[], None]] = {"740": build_740, "741": build_741}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
