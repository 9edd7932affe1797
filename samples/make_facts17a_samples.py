"""Build the samples of the fifteenth real-document study's document facts (610_, 611_).

Run: .venv/bin/python samples/make_facts17a_samples.py [names…]
Each document is our own (invented municipalities, bodies, people and wording) and reproduces
a layout feature of real documents:
- 610 (txt): a district council's decision whose letterhead prints the convocation under the
  council's name ("ПЯТЫЙ СОЗЫВ": no part of the issuer) and whose subject states the plan's
  years;
- 611 (txt): a programme's passport printed alone, a legal site's text export running the
  appendix stamp into the heading in one paragraph, the heading split "Паспорт" /
  "муниципальной программы «…» (далее - Программа)" (the title keeps "Паспорт").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_610 = (
    "СОВЕТ ДЕПУТАТОВ ОЛЬХОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\n"
    "ПЯТЫЙ СОЗЫВ\n"
    "\n"
    "РЕШЕНИЕ\n"
    "\n"
    "от 14.05.2024 № 112\n"
    "\n"
    "Об утверждении плана мероприятий по поддержке молодых педагогов Ольховского "
    "муниципального района на 2024-2026 годы\n"
    "\n"
    "Рассмотрев предложение администрации района, Совет депутатов РЕШИЛ:\n"
    "1. Утвердить прилагаемый план мероприятий.\n"
    "2. Настоящее решение вступает в силу со дня его опубликования.\n"
    "\n"
    "Глава Ольховского муниципального района                      И.П. Крылов\n"
)

TXT_611 = (
    "Приложение\n"
    "к постановлению\n"
    "администрации Лесного района\n"
    "от 03.10.2022 N 745\n"
    "Паспорт\n"
    "муниципальной программы \"Развитие дополнительного образования детей Лесного района на "
    "2023-2027 годы\" (далее - Программа)\n"
    "\n"
    "Ответственный исполнитель Программы | Отдел образования администрации Лесного района\n"
    "Сроки реализации Программы | 2023-2027 годы\n"
)

TEXTS = {
    "610": ("610_olkhovsky_council_young_teachers_plan_2024.txt", TXT_610),
    "611": ("611_lesnoy_additional_education_passport_2022.txt", TXT_611),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
