"""Build the samples of the twenty-fifth real-document study's acts (775_, 776_, 777_).

Run: .venv/bin/python samples/make_facts29a_samples.py [names…]
Each document is our own (invented municipalities, bodies, people and wording) and reproduces
a layout feature of real documents:
- 775 (txt): a council's amending decision as a law aggregator's text export prints it: the
  site's section title naming its region part, its menus (a list of districts closed by the
  region part, a list of act types), the site's heading "РЕШЕНИЕ <council
  in normal case> от … № …" over the subject in capitals on one long line, the amended act's
  name and the programmes' names nested in straight quotes three deep, their years "НА … -
  … ГГ.", then the act's own letterhead in capitals with no subject after it; the council's
  name in normal case only in the site's heading and its note "(принято городским Советом …)";
- 776 (docx): a town head's act whose subject runs over three left-aligned paragraphs, the last
  one opening with the town's name in the genitive ("… подростков города" / "Сосновска в 2024
  году");
- 777 (docx): an amending act whose subject names the amended act with its edition bracket
  "(ред. от …)" after its number.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, text_builders

HERE = Path(__file__).parent

TXT_775 = (
    "Законодательство\n"
    "городов Верхнего Приречья\n"
    "\n"
    "Озёрский р-н\n"
    "Луговской р-н\n"
    "Сосновский р-н\n"
    "Верхнее Приречье\n"
    "\n"
    "Законы\n"
    "Постановления\n"
    "Решения\n"
    "Распоряжения\n"
    "Все документы\n"
    "\n"
    "РЕШЕНИЕ Мирнинского городского Совета народных депутатов от 18.11.2011 № 41-НПА\n"
    "\"О ВНЕСЕНИИ ИЗМЕНЕНИЙ В РЕШЕНИЕ МИРНИНСКОГО ГОРОДСКОГО СОВЕТА НАРОДНЫХ ДЕПУТАТОВ ОТ "
    "05.10.2010 № 17-НПА \"ОБ УТВЕРЖДЕНИИ ГОРОДСКИХ ЦЕЛЕВЫХ ПРОГРАММ \"ШКОЛЬНЫЕ АВТОБУСЫ "
    "ГОРОДА МИРНЫЙ\" НА 2011 - 2013 ГГ., \"КАНИКУЛЫ 2011 - 2013\", \"ЗДОРОВЫЙ ШКОЛЬНИК "
    "\"ЗАРЯДКА\" Г. МИРНЫЙ\" НА 2011 - 2013 ГГ.\"\n"
    "(принято городским Советом народных депутатов 17.11.2011 № 93)\n"
    "(вместе с \"ГОРОДСКОЙ ЦЕЛЕВОЙ ПРОГРАММОЙ \"КАНИКУЛЫ\" В 2011 - 2014 ГОДАХ\")\n"
    "\n"
    "Официальная публикация в СМИ:\n"
    "не найдено\n"
    "\n"
    "МИРНИНСКИЙ ГОРОДСКОЙ СОВЕТ НАРОДНЫХ ДЕПУТАТОВ\n"
    "\n"
    "РЕШЕНИЕ\n"
    "от 18 ноября 2011 года № 41-НПА\n"
    "\n"
    "В связи с уточнением расходов городского бюджета, руководствуясь Уставом города,\n"
    "РЕШИЛ:\n"
    "1. Внести в решение от 05.10.2010 № 17-НПА изменения согласно приложению.\n"
    "2. Опубликовать решение в газете \"Мирнинские вести\".\n"
)


def build_776() -> None:
    doc = new_doc()
    para(doc, "ГЛАВА ГОРОДА СОСНОВСКА", bold=True, align="center")
    para(doc, "ПОСТАНОВЛЕНИЕ", bold=True, align="center")
    para(doc, "04.04.2024      N 512")
    para(doc, "Об организации летней занятости")
    para(doc, "и оздоровления детей и подростков города")
    para(doc, "Сосновска в 2024 году")
    para(doc, "В целях организованного проведения летних каникул школьников постановляю:",
         align="justify")
    para(doc, "1. Управлению образования города Сосновска (Ковалёва М.Н.) открыть летние "
         "площадки при школах с 1 июня 2024 года.", align="justify")
    para(doc, "2. Контроль за исполнением постановления возложить на заместителя главы города.",
         align="justify")
    para(doc, "Глава города      П.С. Дроздов")
    save_deterministic(doc, HERE / "776_sosnovsk_head_summer_jobs_act_2024.docx")


def build_777() -> None:
    doc = new_doc()
    para(doc, "АДМИНИСТРАЦИЯ ГОРОДА БЕРЁЗОВСКА", bold=True, align="center")
    para(doc, "ПОСТАНОВЛЕНИЕ", bold=True, align="center")
    para(doc, "12.09.2019      N 318")
    para(doc, "О внесении изменений в постановление")
    para(doc, "Администрации города Берёзовска")
    para(doc, "от 03.02.2018 N 45 (ред. от 14.05.2019)")
    para(doc, "В связи с уточнением объёмов финансирования Администрация города Берёзовска "
         "постановляет:", align="justify")
    para(doc, "1. Внести в постановление Администрации города Берёзовска от 03.02.2018 N 45 "
         "изменения, заменив в пункте 2 слова «2018 год» словами «2018 - 2019 годы».",
         align="justify")
    para(doc, "Глава Администрации города      Т.В. Ершова")
    save_deterministic(doc, HERE / "777_berezovsk_amendment_act_2019.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, {"775": ("775_mirny_council_programmes_amendment_2011.txt",
                                   TXT_775)}),
    "776": build_776,
    "777": build_777,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
