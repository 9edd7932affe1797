"""Document facts on fresh real layouts (facts49e): a legal site's heading naming the body in
its own words over the act's own print, a republic's double name with a spaced dash after the
body. Invented bodies, places and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tables import extract as tables_extract
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, table

_SUBJECT = "Об утверждении муниципальной программы «Развитие образования Ольховского района»"

# (the act's own print under the site's heading and its subject, issuer): the print names the
# body as the act does, over the site's longer wording
OWN_PRINTS = [
    (("ПОСТАНОВЛЕНИЕ", "ГЛАВЫ АДМИНИСТРАЦИИ", "МЕСТНОГО САМОУПРАВЛЕНИЯ ОЛЬХОВСКОГО РАЙОНА",
      "РЕСПУБЛИКИ ЗАРЕЧНАЯ СТОРОНА – ВЕРХНЯЯ", "№ 12-Д от 03.04.2021 г."),
     "Глава администрации местного самоуправления Ольховского района"),
    # a blank form printing both act words, one of them to strike out
    (("РАСПОРЯЖЕНИЕ", "ПОСТАНОВЛЕНИЕ", "ГЛАВЫ АДМИНИСТРАЦИИ", "ОЛЬХОВСКОГО РАЙОНА",
      "№ 12-Д от 03.04.2021 г."),
     "Глава администрации Ольховского района"),
]


@pytest.mark.parametrize(("lines", "issuer"), OWN_PRINTS)
def test_own_print_under_site_heading(tools: ExtractTools, lines: tuple[str, ...],
                                      issuer: str) -> None:
    doc = docx_doc("Постановление Главы администрации местного самоуправления муниципального "
                   "образования Ольховского района от 03.04.2021 № 12-д", _SUBJECT, *lines,
                   _SUBJECT, "В соответствии с уставом района постановляю:")
    got = extract(doc, Found(), tools)
    assert got.document.issuer == issuer
    assert "header.issuer:own_print_under_heading" in got.trace


def test_site_heading_alone_names_the_body(tools: ExtractTools) -> None:
    # no own print under it: the site's heading still gives the body
    doc = docx_doc("Постановление Главы администрации Ольховского района от 03.04.2021 № 12-д",
                   _SUBJECT, "В соответствии с уставом района постановляю:")
    got = extract(doc, Found(), tools)
    assert got.document.issuer == "Глава администрации Ольховского района"
    assert "header.issuer:act_heading" in got.trace


# (a site's page heading and the blocks under it, title, issuer): a note to a report, its heading
# joined into one line by a text export, naming a wider budget cycle than the page heading;
# the institution in the genitive under it
REPORT_NOTES = [
    (("Отчет о выполнении муниципального задания за 3 квартал 2022",
      "Пояснительная записка к отчету о выполнении муниципального задания на 2022 год и "
      "плановый период 2023 и 2024 годов за 3 квартал 2022 года",
      "Муниципального бюджетного дошкольного образовательного учреждения",
      "«Детский сад № 7 «Ёлочка»"),
     "Пояснительная записка к отчету о выполнении муниципального задания на 2022 год и "
     "плановый период 2023 и 2024 годов за 3 квартал 2022 года",
     "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 7 «Ёлочка»"),
    (("Отчет о выполнении муниципального задания за 2022 год",
      "Пояснительная записка к отчету о выполнении муниципального задания за 2022 год",
      "Муниципального казённого общеобразовательного учреждения",
      "«Сосновская средняя школа»"),
     "Пояснительная записка к отчету о выполнении муниципального задания за 2022 год",
     "Муниципальное казённое общеобразовательное учреждение «Сосновская средняя школа»"),
]


@pytest.mark.parametrize(("blocks", "title", "issuer"), REPORT_NOTES)
def test_report_note_under_page_heading(tools: ExtractTools, blocks: tuple[str, ...],
                                        title: str, issuer: str) -> None:
    doc = docx_doc(*blocks,
                   "Муниципальная услуга оказана в полном объёме, отклонений от плана нет.")
    got = extract(doc, Found(), tools)
    assert (got.document.title, got.document.issuer) == (title, issuer)
    assert "header.issuer:report_owner_lines" in got.trace


# (a subprogramme's appendix stamp, heading): the stamp goes on past the subprogramme's quoted
# name with the programme it belongs to, in the genitive; the heading is the next paragraph
SUBPROGRAMME_STAMPS = [
    ("Приложение N 2\nк подпрограмме \"Одарённые дети\nЛесного района\"\nМуниципальной "
     "целевой программы\nразвития образования Лесного\nрайона на 2015-2020 годы",
     "Индикаторы\nрезультативности подпрограммы \"Одарённые дети Лесного района\" на "
     "2015-2020 годы"),
    ("Приложение 3\nк подпрограмме «Школьное питание»\nГосударственной программы\n"
     "Заречной области \"Развитие образования\"",
     "Перечень мероприятий подпрограммы «Школьное питание»"),
]


@pytest.mark.parametrize(("stamp", "heading"), SUBPROGRAMME_STAMPS)
def test_subprogramme_stamp_names_its_programme(tools: ExtractTools, stamp: str,
                                                heading: str) -> None:
    got = extract(docx_doc(stamp, heading, "1. Общие положения"), Found(), tools)
    assert got.document.title == " ".join(heading.split())


_PRICED = (("№ п/п", "Содержание мероприятий", "Финансовые затраты", "Источники финансирования",
            "Исполнители", "Сроки исполнения"),
           ("1.", "Открытие лагерей дневного пребывания при школах", "120,0", "районный бюджет",
            "Отдел образования", "июнь"),
           ("2.", "Организация трудовых бригад школьников", "80,0", "районный бюджет",
            "Отдел образования", "июль"))

# (the stamp and heading over a table pricing the measures, kind): an act's list of measures
# is a roadmap; a programme's appendix stays a programme
PRICED_MEASURES = [
    (("Приложение к распоряжению администрации района от 10.04.2019 № 45",
      "Основные мероприятия по организации летнего отдыха детей в 2019 году"), "roadmap"),
    (("Приложение к постановлению от 10.04.2019 № 45",
      "Мероприятия по организации летнего отдыха детей в 2019 году"), "roadmap"),
    (("Приложение 2 к муниципальной программе «Отдых детей»",
      "Основные мероприятия по организации летнего отдыха детей в 2019 году"), "programme"),
]


@pytest.mark.parametrize(("blocks", "kind"), PRICED_MEASURES)
def test_act_measures_priced(tools: ExtractTools, blocks: tuple[str, ...], kind: str) -> None:
    doc = docx_doc(*blocks, table(*_PRICED))
    found = tables_extract(doc, Found(), tools)
    got = extract(doc, found, tools)
    assert got.document.kind == kind


_STAMP_LINES = ("Приложение", "к постановлению", "от 12.05.2021 N 310", "администрации МО -",
                "Ольховский муниципальный район", "Заречной области")
_NAME_ROW = table(("Наименование Программы",
                   "Муниципальная программа \"Развитие культуры Ольховского района\""),
                  ("Ответственный исполнитель", "Отдел культуры администрации района"))
_PASSPORT_TITLE = "Паспорт муниципальной программы \"Развитие культуры Ольховского района\""

# (the blocks of an appendix restating a passport alone): its heading, the passport's, is the
# title over the name row's wording; the stamp keeps the body's region printed after its name
PASSPORT_APPENDICES = [
    (*_STAMP_LINES, "1. Паспорт", "муниципальной программы \"Развитие культуры Ольховского "
     "района\"", _NAME_ROW),
    (*_STAMP_LINES, "Паспорт муниципальной программы \"Развитие культуры Ольховского района\"",
     _NAME_ROW),
]


@pytest.mark.parametrize("blocks", PASSPORT_APPENDICES)
def test_passport_appendix_title(tools: ExtractTools, blocks: tuple) -> None:
    doc = docx_doc(*blocks)
    got = extract(doc, tables_extract(doc, Found(), tools), tools)
    assert got.document.title == _PASSPORT_TITLE
