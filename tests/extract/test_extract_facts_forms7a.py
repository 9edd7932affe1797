"""Document facts in forms of the seventh real-document study (written again with invented
places, bodies and programmes): an appendix page whose only heading is the passport's (the name
row in lower case), an amending act's site title over an appendix page, a table's unit under
its heading, requisites printed on three lines without "№", years in brackets or ending a title
without "годы", a report's one-line title in a text block with its form under it, a site's menu
line before the heading in capitals, and a heading with years over a passport row without them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.models import DraftDocument
from extract.tools import ExtractTools
from ingest.limits import DEFAULT_LIMITS
from ingest.models import SourceDocument
from ingest.text.reader import read_text

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, pdf_doc, table


def text_doc(text: str) -> SourceDocument:
    """Blocks from the project's text reader."""
    res = read_text(text.encode("utf-8"), "t.txt", DEFAULT_LIMITS)
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=res.blocks)


_ROW_NAME = "муниципальная программа Ольховского округа «Открытый город» (далее - программа)"

# (document, found by earlier extractors, title, rule)
TITLES = [
    # an appendix page: the passport's heading in two bold blocks, the name row in lower case
    (pdf_doc("Приложение N 2", "к постановлению Администрации округа", "от 12.03.2016. N 210",
             "Паспорт", "муниципальной программы Ольховского округа «Открытый город»",
             bold=(3, 4)),
     Found(document=DraftDocument(title=_ROW_NAME)),
     "Паспорт муниципальной программы Ольховского округа «Открытый город»", "appendix_title"),
    # an amending act's subject as a site's page title over an appendix of the amended plan;
    # the table's unit in brackets under the heading is no part of it
    (text_doc("Утратил силу\n\nО внесении изменений в постановление Правительства Заречной "
              "области от 14.03.2012 № 77-ПП\n\nПриложение № 3\nк Программе\n\n\n"
              "Показатели результативности первого этапа Программы\n(2012-2015 годы)\n\n\n"
              "(проценты)\n\n2012 год\nплан/факт\n"),
     Found(), "Показатели результативности первого этапа Программы (2012-2015 годы)",
     "appendix_title"),
    # a report's one-line title with its date and the form's labels under it in one text block
    (text_doc("Отчет о выполнении муниципального задания за 2022 год\nот «12» января 2023г.\n"
              "Наименование муниципального учреждения\nОльховская основная школа\n"
              "Часть 1. Сведения об оказываемых муниципальных услугах\n"),
     Found(), "Отчет о выполнении муниципального задания за 2022 год", "report_title"),
    # the same with a form label right under the title (no date line)
    (text_doc("Отчет об исполнении муниципального задания за 2021 год\n"
              "Периодичность: годовая\nНаименование муниципального учреждения\n"),
     Found(), "Отчет об исполнении муниципального задания за 2021 год", "report_title"),
    # a site's menu item repeating the heading's first words above the heading in capitals
    (text_doc("Визитная карточка\n\nПрограмма развития гимназии\nПРОГРАММА РАЗВИТИЯ\n"
              "муниципального бюджетного общеобразовательного\nучреждения «Гимназия № 4»\n"
              "ВВЕДЕНИЕ\nЗдоровье детей остаётся главной заботой школы.\n"),
     Found(), "ПРОГРАММА РАЗВИТИЯ муниципального бюджетного общеобразовательного учреждения "
     "«Гимназия № 4»", "plan_title"),
    # the printed heading states the years, the passport's name row does not: the heading wins
    (docx_doc("Муниципальное бюджетное общеобразовательное учреждение\n«Школа № 8 г. Ольховки»",
              table(("Принята педсоветом\nПротокол № 2 от 10.01.2024",
                           "Приказ № 12 од от 15.01.2024")),
              "ПРОГРАММА\nпо профилактике правонарушений среди обучающихся\n«Мы вместе»\n"
              "на 2024-2027 гг",
              "ПАСПОРТ ПРОГРАММЫ",
              table(("Наименование Программы",
                           "Программа по профилактике правонарушений «Мы вместе»")),
              bold=(0, 2, 3)),
     Found(document=DraftDocument(
         title="Программа по профилактике правонарушений «Мы вместе»")),
     "ПРОГРАММА по профилактике правонарушений среди обучающихся «Мы вместе» на 2024-2027 гг",
     "plan_title"),
    # a page opening with the passport's heading and its table, nothing above it
    (docx_doc("Паспорт программы развития МБОУ СОШ № 6 на 2023-2026 годы",
              table(("Исполнители программы", "Учителя школы")), bold=(0,)),
     Found(), "Паспорт программы развития МБОУ СОШ № 6 на 2023-2026 годы", "passport_heading"),
]


@pytest.mark.parametrize(("doc", "found", "title", "rule"), TITLES)
def test_titles_of_these_forms(tools: ExtractTools, doc: SourceDocument, found: Found,
                               title: str, rule: str) -> None:
    got = extract(doc, found, tools)
    assert got.document.title == title
    assert f"header.title:{rule}" in got.trace


def test_a_name_row_with_its_years_still_names_the_plan(tools: ExtractTools) -> None:
    """A passport row that states the years keeps beating the title page's wording."""
    name = "Программа развития МБОУ «Школа № 8» на 2024-2027 годы"
    doc = docx_doc("ПРОГРАММА РАЗВИТИЯ\nМБОУ «Школа № 8»\nна 2024-2027 гг", "ПАСПОРТ ПРОГРАММЫ",
                   table(("Наименование Программы", name)), bold=(0, 1))
    got = extract(doc, Found(document=DraftDocument(title=name)), tools)
    assert got.document.title == name
    assert "header.title:passport_plan_name" in got.trace


# (document, number, date, rule)
REQUISITES = [
    # date / place / number on three lines, no "№"
    ("АДМИНИСТРАЦИЯ ЗАРЕЧНОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\n14.05.2018\n\nг. Заречный\n\n412\n\n"
     "О внесении изменений в постановление администрации области от 01.02.2017 № 55\n\n"
     "Администрация области постановляет:\n", "412", "14.05.2018 г.", "order_header"),
    # the same with a letter suffix
    ("ПОСТАНОВЛЕНИЕ\n\n02.11.2020\n\nс. Ольховка\n\n87-п\n\nО порядке выдачи справок\n",
     "87-п", "02.11.2020", "order_header"),
    # a year printed alone under the day and month is no number
    ("ПРИКАЗ\n\n12 марта\n2021 г.\n\nОб утверждении плана работы\n", None, "12 марта 2021 г.",
     "order_header"),
    # the letterhead's number missing; the site's heading line over it gives it
    ("Постановление Администрации Заречной области от 14.05.2018 № 412\n\n"
     "АДМИНИСТРАЦИЯ ЗАРЕЧНОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\n14.05.2018\n\n"
     "О внесении изменений в постановление администрации области от 01.02.2017 № 55\n",
     "412", "14.05.2018", "order_header"),
]


@pytest.mark.parametrize(("text", "number", "date", "rule"), REQUISITES)
def test_requisites_of_these_forms(tools: ExtractTools, text: str, number: str | None,
                                   date: str, rule: str) -> None:
    got = extract(text_doc(text), Found(), tools)
    assert got.document.order_number == number
    assert got.document.order_date_text == date
    assert f"header.order:{rule}" in got.trace


# (text, period as written)
PERIODS = [
    ("О внесении изменений в План мероприятий «Доступная среда в Заречной области (2014-2020)»",
     "2014-2020"),
    ("Программа развития МБОУ ШКОЛА № 3 2024-2028", "2024-2028"),
    ("Программа развития «Школа будущего» 2023 – 2027", "2023 – 2027"),
]


@pytest.mark.parametrize(("text", "period"), PERIODS)
def test_periods_without_the_word_years(tools: ExtractTools, text: str, period: str) -> None:
    got = extract(text_doc(f"{text}\n\nПаспорт Программы\n"), Found(), tools)
    assert got.document.period_text == period
    assert "header.period:title" in got.trace


def test_a_date_ending_a_title_is_no_period(tools: ExtractTools) -> None:
    """"… от 01.02.2017-2019" is no range: a date's year does not start one."""
    got = extract(text_doc("План работы школы от 01.02.2017-2019\n"), Found(), tools)
    assert "header.period:title" not in got.trace
