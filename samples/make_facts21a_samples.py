"""Build the samples of the seventeenth real-document study's acts (660_–661_).

Run: .venv/bin/python samples/make_facts21a_samples.py [names…]
Each document is our own (invented regions, municipalities and wording) and reproduces a layout
feature of real documents:
- 660 (txt): a legal site's page of a regional law printed from the middle of its amendments:
  the law's heading ("Закон … от … № …-IV"), a lettered item restating a table, the table's
  number label opening the quote over its caption, an ASCII-framed table of indicators by year
  whose last cell closes the quote ('0,9";');
- 661 (txt): a programme's new edition printed alone under two stacked stamps: the amending
  act's "Приложение 1 / к постановлению … от … 2022 г. N …" over the original's plain
  "Утверждена / постановлением … от … 2017 г. N …".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_660 = (
    "Расширенный поиск\n"
    "\n"
    "Закон Республики Заречье от 21.05.2013 № 845-IV\n"
    "\n"
    "     к) в подразделе 3.2 \"Развитие сельского туризма\":\n"
    "     таблицу 12 изложить в следующей редакции:\n"
    "\n"
    "                                                  \"Таблица 12\n"
    "\n"
    "          Показатели развития сельского туризма\n"
    "\n"
    "-----------------------------------------------------------------\n"
    "| Показатель                     | 2012 год | 2013 год | 2018 год |\n"
    "|--------------------------------+----------+----------+----------|\n"
    "| Число гостевых домов           | 14       | 17       | 30       |\n"
    "| в сельской местности           |          |          |          |\n"
    "|--------------------------------+----------+----------+----------|\n"
    "| Коэффициент загрузки гостевых  | 0,55     | 0,6      | 0,9\";    |\n"
    "| домов                          |          |          |          |\n"
    "-----------------------------------------------------------------\n"
)

TXT_661 = (
    "Откройте актуальную версию документа прямо сейчас\n"
    "\n"
    "Приложение 1\n"
    "к постановлению администрации\n"
    "Ольшанского муниципального района\n"
    "от 16 марта 2022 г. N 204\n"
    "\n"
    "Утверждена\n"
    "постановлением администрации\n"
    "Ольшанского муниципального района\n"
    "от 9 октября 2017 г. N 1130\n"
    "\n"
    "Муниципальная программа\n"
    "Ольшанского муниципального района \"Развитие культуры и туризма\"\n"
    "\n"
    "1. Паспорт\n"
    "\n"
    "Культура района держится на сельских клубах и библиотеках; программа сохраняет их сеть.\n"
)

TEXTS = {
    "660": ("660_zarechye_rural_tourism_law_table_2013.txt", TXT_660),
    "661": ("661_olshansky_culture_programme_new_edition_2022.txt", TXT_661),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
