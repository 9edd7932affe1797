"""A document's own printed heading as its title — written again with invented schools,
centres and districts: a file's label or a site's card over the cover's heading of its genre
loses to it (the heading naming the owner and the years); a heading cut inside its owner's
name printed in capitals or nested quotes is joined up to its years; a heading's first words
printed apart over a block opening in the genitive are kept; an amending act's subject printed
on the requisites' line is read; a page number after the years and a form's date opening left
at a line's end are no part of a title."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, txt_doc

_BODY = ("Школа открыта в 1975 году и размещается в типовом здании, в ней обучаются "
         "триста сорок детей в двух сменах, работают кружки и спортивные секции.")

# a file's label (words joined by "_") over the cover's own heading
_FILE_LABEL = f"""Отчет_о_самообследовании_МБОУ_Кленовая_СОШ_за_2024 год

Муниципальное бюджетное общеобразовательное учреждение
«Кленовая средняя общеобразовательная школа»

Отчет о результатах самообследования
муниципального бюджетного общеобразовательного учреждения
«Кленовая средняя общеобразовательная школа»
за 2024 год

I. Аналитическая часть
{_BODY}
"""

# a site's card under the letterhead (not on top), then the cover's heading in a grif's block
_CARD_UNDER_LETTERHEAD = f"""МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ
ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ
СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 8

Публичный отчет 2019-2020

Согласовано на заседании управляющего совета
Протокол от 28 августа 2020 г. № 1
Публичный отчет
МБОУ СОШ № 8 за 2019-2020 учебный год

I. Общая характеристика учреждения
{_BODY}
"""

# a site's card over the cover's heading whose owner's territory stands on a line of its own
_REPORT_LEAD = ("Публичный доклад директора школы за 2022-2023 учебный год рассказывает о "
                "результатах работы коллектива, о его достижениях и о задачах на следующий "
                "год, а именно:")
_CARD_OWNER_TERRITORY = f"""Публичный доклад директора школы

Публичный доклад директора муниципального казённого общеобразовательного учреждения
«Ольховская основная общеобразовательная школа»
Кедрового района Заречной области

{_REPORT_LEAD}
{_BODY}
"""


@pytest.mark.parametrize(("text", "title"), [
    (_FILE_LABEL,
     "Отчет о результатах самообследования муниципального бюджетного общеобразовательного "
     "учреждения «Кленовая средняя общеобразовательная школа» за 2024 год"),
    (_CARD_UNDER_LETTERHEAD, "Публичный отчет МБОУ СОШ № 8 за 2019-2020 учебный год"),
    (_CARD_OWNER_TERRITORY,
     "Публичный доклад директора муниципального казённого общеобразовательного учреждения "
     "«Ольховская основная общеобразовательная школа» Кедрового района Заречной области"),
])
def test_cover_heading_wins_over_label(tools: ExtractTools, tmp_path: Path, text: str,
                                       title: str) -> None:
    assert extract(txt_doc(tmp_path, text), Found(), tools).document.title == title


@pytest.mark.parametrize(("blocks", "bold", "title"), [
    # the owner's name goes on in capitals in plain print under a bold genre word
    (("УТВЕРЖДАЮ", "Директор ЦДТ", "ПРОГРАММА РАЗВИТИЯ",
      "муниципального бюджетного учреждения дополнительного образования детей",
      "ДОМА ДЕТСКОГО ТВОРЧЕСТВА г. Сосновки", "на 2015-2019 годы", "г. Сосновка",
      "Раздел 1. Информационная справка", _BODY), (2,),
     "ПРОГРАММА РАЗВИТИЯ муниципального бюджетного учреждения дополнительного образования "
     "детей ДОМА ДЕТСКОГО ТВОРЧЕСТВА г. Сосновки на 2015-2019 годы"),
    # "МЕТОДИКА …" in plain print over the bold plan's name in the genitive
    (("Приложение № 3", "к постановлению администрации", "Ольховского района от 02.03.2021 № 88",
      "МЕТОДИКА ОЦЕНКИ ЭФФЕКТИВНОСТИ", "МУНИЦИПАЛЬНОЙ ПРОГРАММЫ «ДЕТИ ОЛЬХОВСКОГО РАЙОНА»",
      "Оценка проводится ежегодно по итогам года."), (4,),
     "МЕТОДИКА ОЦЕНКИ ЭФФЕКТИВНОСТИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ «ДЕТИ ОЛЬХОВСКОГО РАЙОНА»"),
    # a footnote's or page's number glued after the years
    (("УТВЕРЖДАЮ", "Директор школы", "Программа развития",
      "муниципального бюджетного общеобразовательного учреждения",
      "«Лесная средняя общеобразовательная школа»", "на 2023-2027 годы 1", _BODY), (2,),
     "Программа развития муниципального бюджетного общеобразовательного учреждения «Лесная "
     "средняя общеобразовательная школа» на 2023-2027 годы"),
])
def test_heading_read_whole(tools: ExtractTools, blocks: tuple[str, ...], bold: tuple[int, ...],
                            title: str) -> None:
    assert extract(docx_doc(*blocks, bold=bold), Found(), tools).document.title == title


def test_amending_subject_on_requisites_line(tools: ExtractTools) -> None:
    subject = ("О внесении изменений в муниципальную программу «Безопасная школа Ольховского "
               "района», утвержденную постановлением администрации Ольховского района от "
               "15.01.2019 № 12")
    doc = docx_doc("АДМИНИСТРАЦИЯ ОЛЬХОВСКОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ",
                   f"от 03.04.2022 № 145 {subject}",
                   "В соответствии с Уставом района администрация Ольховского района "
                   "постановляет:", "1. Внести в муниципальную программу изменения.",
                   bold=(0, 1))
    found = extract(doc, Found(), tools)
    assert found.document.title == subject
    assert found.document.order_number == "145"
    assert iso_date(found.document.order_date_text) == "2022-04-03"


@pytest.mark.parametrize(("text", "title"), [
    # the form's date opening left at the heading's last line, the rest on the next
    (f"""ОТЧЕТ
об исполнении муниципального задания
за 2023 год от «

15 » января 2024 г.

Наименование муниципального учреждения: МБДОУ «Детский сад № 3»
{_BODY}
""", "ОТЧЕТ об исполнении муниципального задания за 2023 год"),
])
def test_form_date_opening_cut(tools: ExtractTools, tmp_path: Path, text: str,
                               title: str) -> None:
    assert extract(txt_doc(tmp_path, text), Found(), tools).document.title == title
