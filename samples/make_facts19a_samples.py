"""Build the samples of the sixteenth real-document study's regional acts (630_, 631_).

Run: .venv/bin/python samples/make_facts19a_samples.py [names…]
Each document is our own (invented region, districts, bodies, people and wording) and
reproduces a layout feature of real documents:
- 630 (txt): an amending act whose item restates the whole programme "в новой редакции
  (прилагается)", then the appendix stamp in mixed case and the programme's own heading in
  capitals opening with the replaced text's stray quote mark (the title is the heading, the
  kind the programme's);
- 631 (txt): a programme's passport under stacked appendix stamps that cite the acts by their
  quoted names, no requisites of their own printed (the issuer ends where the name opens, the
  region after the district dropped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_630 = (
    "ПРАВИТЕЛЬСТВО\n"
    "ЛУГОВСКОЙ ОБЛАСТИ\n"
    "\n"
    "ПОСТАНОВЛЕНИЕ\n"
    "\n"
    "от 17.03.2011 N 64-ПП\n"
    "\n"
    "О внесении изменений в долгосрочную целевую программу \"Дошкольное детство Приозерной "
    "области на 2009-2012 годы\"\n"
    "\n"
    "Правительство Луговской области постановляет:\n"
    "внести в долгосрочную целевую программу \"Дошкольное детство Луговской области на "
    "2009-2012 годы\", утвержденную постановлением Правительства Луговской области от "
    "12.05.2008 N 210-ПП, изменения, изложив ее в новой редакции (прилагается).\n"
    "\n"
    "Губернатор\n"
    "Луговской области                                      С.А. Волков\n"
    "\n"
    "Приложение\n"
    "к постановлению Правительства\n"
    "Луговской области\n"
    "от 17.03.2011 N 64-ПП\n"
    "\n"
    "\"ДОЛГОСРОЧНАЯ ЦЕЛЕВАЯ ПРОГРАММА\n"
    "\"ДОШКОЛЬНОЕ ДЕТСТВО ЛУГОВСКОЙ ОБЛАСТИ\n"
    "НА 2009-2012 ГОДЫ\"\n"
)

TXT_631 = (
    "Приложение\n"
    "к постановлению\n"
    "администрации Камышинского\n"
    "муниципального района\n"
    "Луговской области\n"
    "\"О внесении изменений в\n"
    "постановление администрации\n"
    "Камышинского муниципального\n"
    "района от 2 апреля 2015 года N 311\n"
    "\"Об утверждении муниципальной\n"
    "программы \"Молодежь Камышинского\n"
    "муниципального района\"\n"
    "\n"
    "\"Приложение\n"
    "к постановлению\n"
    "администрации Камышинского\n"
    "муниципального района\n"
    "Луговской области\n"
    "\"Об утверждении муниципальной\n"
    "программы \"Молодежь Камышинского\n"
    "муниципального района\"\n"
    "\n"
    "Паспорт муниципальной программы \"Молодежь Камышинского муниципального района\"\n"
    "\n"
    "Ответственный исполнитель | Отдел молодежной политики администрации Камышинского "
    "муниципального района\n"
    "Участники | Учреждения культуры и спорта района\n"
)

TEXTS = {
    "630": ("630_lugovskaya_preschool_programme_new_edition_2011.txt", TXT_630),
    "631": ("631_kamyshinsky_youth_programme_passport_2015.txt", TXT_631),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
