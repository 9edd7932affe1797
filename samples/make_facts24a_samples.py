"""Build the samples of the twentieth real-document study's acts (705_–707_).

Run: .venv/bin/python samples/make_facts24a_samples.py [names…]
Each document is our own (invented municipalities and wording) and reproduces a layout feature
of real documents:
- 705 (txt): a legal site's page of an amending act that starts at its preamble: the
  operative sentence names the body, item "1." amends the act that approved a programme (its
  requisites and quoted subject), sub-item "1)" restates that act's appendix ("Приложение к
  Постановлению изложить в следующей редакции:") and the programme's heading follows;
- 706 (txt): an amending act whose item's lead-in ("Внести в постановление … следующие
  изменения:") is followed by a lower-case sub-item approving the programme "в новой
  редакции";
- 707 (txt): a republic's target programme's measures printed alone, its title lower-cased by
  the site ("… в республике хакасия …"), a town named inside a measure's title and the
  republic's budget by its abbreviation in the cells.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_705 = (
    "В целях обеспечения доступности услуг культуры и на основании постановления администрации "
    "муниципального образования - Ольшанский муниципальный район от 14 мая "
    "2014 года N 77 \"О порядке разработки муниципальных программ\" администрация "
    "муниципального образования - Ольшанский муниципальный район "
    "постановляет:\n"
    "\n"
    "1. Внести в постановление администрации муниципального образования - Ольшанский "
    "муниципальный район от 12.11.2016 года N 418-п \"Об утверждении "
    "муниципальной программы Ольшанского муниципального района \"Сельская "
    "культура\" (далее - Постановление) следующие изменения:\n"
    "\n"
    "1) Приложение к Постановлению изложить в следующей редакции:\n"
    "\n"
    "\"Муниципальная программа\n"
    "Ольшанского муниципального района \"Сельская культура\"\n"
    "\n"
    "Паспорт муниципальной программы\n"
    "\n"
    "Программа поддерживает сельские клубы и библиотеки района.\n"
)

TXT_706 = (
    "АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА ГОРОД ЛЕСОГОРСК\n"
    "\n"
    "ПОСТАНОВЛЕНИЕ\n"
    "от 18 декабря 2024 г. N 2210\n"
    "\n"
    "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ\n"
    "ГОРОДСКОГО ОКРУГА ГОРОД ЛЕСОГОРСК ОТ 03.11.2014 N 905\n"
    "\n"
    "Руководствуясь порядком разработки муниципальных программ, администрация городского "
    "округа город Лесогорск постановляет:\n"
    "\n"
    "1. Внести в постановление администрации городского округа город Лесогорск от 03.11.2014 "
    "N 905 \"Об утверждении муниципальной программы городского округа город Лесогорск "
    "\"Молодёжь города\" следующие изменения:\n"
    "утвердить прилагаемую муниципальную программу городского округа город Лесогорск "
    "\"Молодёжь города\" в новой редакции.\n"
    "2. Контроль за исполнением постановления возложить на заместителя главы администрации.\n"
    "\n"
    "Глава городского округа город Лесогорск И.В. Сомов\n"
)

TXT_707 = (
    "Приложение к Постановлению от 11.03.2012 г № 64\n"
    "\n"
    "Перечень мероприятий республиканской целевой программы «Школьный спорт в республике "
    "хакасия на 2012-2016 годы»\n"
    "\n"
    "| N | Наименование мероприятия                     | Источники финансирования | "
    "Исполнители     |\n"
    "|---+----------------------------------------------+--------------------------+"
    "-----------------|\n"
    "| 1 | Ремонт спортивного зала школы в г. Сосновске | бюджет РХ                | "
    "Минобразования  |\n"
    "| 2 | Закупка инвентаря для школьных секций        | бюджет РХ                | "
    "Минобразования  |\n"
)

TEXTS = {
    "705": ("705_olshansky_rural_culture_programme_restated.txt", TXT_705),
    "706": ("706_lesogorsk_youth_programme_new_edition_2024.txt", TXT_706),
    "707": ("707_khakassia_school_sport_measures_2012.txt", TXT_707),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
