"""Build the samples of acts of the eleventh real-document study (550_–554_).

Run: .venv/bin/python samples/make_facts12a_samples.py [names…]
Each document is our own (invented municipalities, bodies and wording) and reproduces a layout
feature of real documents:
- 550 (txt): a legal site's frame ("Основная информация … Тип документа: Постановления …
  Текущая редакция документа") over an amending act whose word is printed in normal case on
  its own line, its date glued to "г." ("12.10.2022г. № 812"), the page ending at the
  operative verb;
- 551 (txt): a portal page: the body's line (in Russian and in a second language), then an
  amending act's subject with no letterhead, date or number, and the preamble, the
  letter-spaced operative verb and the first item all in one paragraph;
- 552 (docx): a capitals letterhead whose district's quoted name stands in a paragraph of its
  own ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА" / "\"ЛЕСНОЙ РАЙОН\""), the preamble naming the
  district's "Муниципальный совет" with a capital;
- 553 (docx): a subprogramme's appendix whose goals list goes on in a paragraph without its
  label ("Цели: a;" / "b;" / "Задачи: c;");
- 554 (docx): a portal page of an act that prints no number or date of its own, its item
  repealing earlier acts listed with their numbers, dates and quoted titles.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, centred_lines, new_doc, para, save_deterministic, text_builders

HERE = Path(__file__).parent

TXT_550 = """Основная информация

Дата опубликования: 12 октября 2022г.
Номер документа: RU00000000202200001
Статус нормативности: Нормативный
Субъект РФ: Луговская область
Принявший орган: Администрация Кедровского района Луговской области
Тип документа: Постановления

Бесплатная консультация

Задайте вопрос юристу о применении этого акта.

Текущая редакция документа

Администрация Кедровского района Луговской области

Постановление

12.10.2022г. № 812

О внесении изменений в постановление администрации Кедровского района Луговской области от 03.03.2021г. № 45 «Об утверждении муниципальной программы Кедровского района «Развитие школ»

В связи с уточнением объёмов финансирования администрация Кедровского района Луговской области постановляет:
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_551 = """Ольховский муниципальный округ Луговской области Ольховский округ (на втором языке)

О внесении изменений в постановление администрации Ольховского района от 4 мая 2012 года № 210

В связи с ремонтом зданий школ администрация Ольховского района п о с т а н о в л я е т: 1. Внести в постановление администрации Ольховского района от 04.05.2012 № 210 «О районной программе развития образования на 2012-2016 годы» следующее изменение: пункт 3.1 приложения изложить в новой редакции. 2. Контроль за исполнением постановления возложить на отдел образования.
"""  # noqa: E501


def build_552() -> None:
    doc = new_doc()
    centred_lines(doc, "ЛУГОВСКАЯ ОБЛАСТЬ", bold=True)
    centred_lines(doc, "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА", bold=True)
    centred_lines(doc, "\"ЛЕСНОЙ РАЙОН\"", bold=True)
    centred_lines(doc, "ПОСТАНОВЛЕНИЕ", bold=True)
    para(doc, "Лесное", align="center")
    para(doc, "2 марта 2021 г. №77")
    centred_lines(doc, "О внесении изменений в постановление администрации муниципального "
                       "района «Лесной район» от 10 июня 2019 года № 301", bold=True)
    para(doc, "Во исполнение решения Муниципального совета Лесного района от 15 декабря 2020 "
              "года № 12 администрация муниципального района «Лесной район» постановляет:",
         align="justify")
    para(doc, "1. Внести в постановление изменения согласно приложению.")
    save_deterministic(doc, HERE / "552_lesnoy_amendment_2021.docx")


def build_553() -> None:
    doc = new_doc()
    para(doc, "Приложение 2 к постановлению администрации Берёзовского муниципального района "
              "от 14.05.2021 г. № 118", align="right")
    centred_lines(doc, "Подпрограмма 2\n«Развитие дошкольного образования»", bold=True)
    para(doc, "1. Цели и задачи подпрограммы", bold=True)
    para(doc, "Цели: повышение доступности дошкольного образования для детей района;")
    para(doc, "обновление материальной базы детских садов в соответствии с современными "
              "требованиями;")
    para(doc, "Задачи: открытие новых групп в действующих детских садах;")
    para(doc, "2. Ожидаемые результаты подпрограммы", bold=True)
    para(doc, "Все дети района, нуждающиеся в месте в детском саду, получат его.")
    save_deterministic(doc, HERE / "553_beryozovsky_preschool_subprogramme_2021.docx")


def build_554() -> None:
    doc = new_doc()
    para(doc, "Сосновский муниципальный округ", bold=True)
    para(doc, "Об утверждении муниципальной программы Сосновского района «Развитие "
              "образования» на 2018–2024 годы", bold=True)
    para(doc, "Администрация Сосновского района постановляет:")
    para(doc, "1. Утвердить прилагаемую муниципальную программу Сосновского района «Развитие "
              "образования» на 2018–2024 годы.")
    para(doc, "2.Признать утратившими силу:")
    para(doc, "постановление администрации Сосновского района от 11.09.2013 г. № 905 «Об "
              "утверждении муниципальной программы Сосновского района «Развитие образования» "
              "на 2014–2020 годы»;")
    para(doc, "постановление администрации Сосновского района от 20.03.2015г. № 207 «О "
              "внесении изменений в постановление администрации Сосновского района от "
              "11.09.2013 г. № 905».")
    save_deterministic(doc, HERE / "554_sosnovsky_programme_act_2018.docx")


TEXTS = {
    "550": ("550_kedrovsky_programme_amendment_2022.txt", TXT_550),
    "551": ("551_olkhovsky_amendment_2012.txt", TXT_551),
}

BUILDERS: dict[str, Callable[[], None]] = {
    "552": build_552,
    "553": build_553,
    "554": build_554,
    **text_builders(HERE, TEXTS),
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
