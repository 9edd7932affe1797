"""Document facts in acts of the twenty-fifth real study (written again with invented bodies,
places and numbers): a subject whose last line opens with its town's name in the genitive, an
amending act's subject naming the amended act's edition "(ред. от …)", a law aggregator's page
whose menus stand over a site heading printing the act's word in capitals and the subject in
capitals on one line, its quotes nested three deep, and the act's letterhead printed under it
with no subject."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.facts.lines import Chunk
from extract.facts.site_chrome import is_menu
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import Provenance
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc, txt_doc


def _years(text: str | None) -> tuple[int, int] | None:
    got = parse_period(text) if text else None
    return (got.start_year, got.end_year) if got else None


@pytest.mark.parametrize(("lines", "title", "years"), [
    # a noun town's genitive opening the last line: the subject goes on, its year with it
    (["Об организации отдыха и оздоровления", "школьников города", "Сосновска в 2024 году"],
     "Об организации отдыха и оздоровления школьников города Сосновска в 2024 году",
     (2024, 2024)),
    (["О проведении месячника безопасности", "в школах посёлка", "Кедрового в 2023 году"],
     "О проведении месячника безопасности в школах посёлка Кедрового в 2023 году",
     (2023, 2023)),
])
def test_a_subject_line_opening_with_its_towns_name_goes_on(
        tools: ExtractTools, lines: list[str], title: str, years: tuple[int, int]) -> None:
    doc = docx_doc("ГЛАВА ГОРОДА СОСНОВСКА", "ПОСТАНОВЛЕНИЕ", "04.04.2024      N 51", *lines,
                   "В целях организованного проведения каникул постановляю:",
                   "1. Управлению образования открыть летние площадки.", bold=(0, 1))
    d = extract(doc, Found(), tools).document
    assert (d.title, _years(d.period_text)) == (title, years)


@pytest.mark.parametrize(("subject", "title"), [
    # the edition bracket after the amended act's date and number names what is amended
    (["О внесении изменений в постановление", "Администрации города Берёзовска",
      "от 03.02.2018 N 45 (ред. от 14.05.2019)"],
     "О внесении изменений в постановление Администрации города Берёзовска от 03.02.2018 "
     "N 45 (ред. от 14.05.2019)"),
    (["О внесении изменений в постановление администрации района",
      "от 5 мая 2017 г. № 12 (в ред. от 01.03.2019)"],
     "О внесении изменений в постановление администрации района от 5 мая 2017 г. № 12 "
     "(в ред. от 01.03.2019)"),
    # a note on the act's own subject (no cited act before it) is no part of the title
    (["Об утверждении плана мероприятий по подготовке школ",
      "(в ред. постановления от 01.03.2019 N 77)"],
     "Об утверждении плана мероприятий по подготовке школ"),
])
def test_an_amended_acts_edition_stays_in_the_subject(
        tools: ExtractTools, subject: list[str], title: str) -> None:
    doc = pdf_doc("АДМИНИСТРАЦИЯ ГОРОДА БЕРЁЗОВСКА", "ПОСТАНОВЛЕНИЕ", "12.09.2019      N 318",
                  *subject, "В связи с уточнением финансирования Администрация города "
                  "Берёзовска постановляет:", "1. Внести изменения согласно приложению.",
                  bold=(0, 1))
    assert extract(doc, Found(), tools).document.title == title


_MENUS = ("Правовая база\nгородов Верхнего Приречья\n\nОзёрский р-н\nЛуговской р-н\n"
          "Сосновский р-н\nВерхнее Приречье\n\nЗаконы\nПостановления\nРешения\nРаспоряжения\n"
          "Все документы\n\n")
_NESTED = ('"О ВНЕСЕНИИ ИЗМЕНЕНИЙ В РЕШЕНИЕ МИРНИНСКОГО ГОРОДСКОГО СОВЕТА ОТ 05.10.2010 № 17 '
           '"ОБ УТВЕРЖДЕНИИ ПРОГРАММ "ШКОЛЬНЫЕ АВТОБУСЫ" НА 2011 - 2013 ГГ., "КАНИКУЛЫ '
           '2011 - 2013", "ЗДОРОВЫЙ ШКОЛЬНИК "ЗАРЯДКА" Г. МИРНЫЙ" НА 2011 - 2013 ГГ."')


@pytest.mark.parametrize(("menus", "heading"), [
    (_MENUS, "РЕШЕНИЕ Мирнинского городского Совета от 18.11.2011 № 41"),
    ("", "РЕШЕНИЕ Мирнинского городского Совета от 18.11.2011 № 41"),
    (_MENUS, "Решение Мирнинского городского Совета от 18.11.2011 № 41"),
])
def test_a_site_heading_over_a_letterhead_without_subject(
        tools: ExtractTools, menus: str, heading: str) -> None:
    doc = lines_doc(f"{menus}{heading}\n{_NESTED}\n(принято городским Советом 17.11.2011 № 93)"
                    "\n\nМИРНИНСКИЙ ГОРОДСКОЙ СОВЕТ\n\nРЕШЕНИЕ\nот 18 ноября 2011 года № 41\n\n"
                    "В связи с уточнением расходов городской Совет решил:\n1. Внести изменения.\n")
    d = extract(doc, Found(), tools).document
    assert (d.title, _years(d.period_text), d.order_number) == (_NESTED[1:-1], (2011, 2013), "41")


@pytest.mark.parametrize(("menu", "expected"), [
    (["Законы", "Постановления", "Решения", "Все документы"], True),
    (["Озёрский р-н", "Луговской р-н", "Сосновский р-н", "Верхнее Приречье"], True),
    # a letterhead is in capitals, a subject's lines run longer, a list numbers its items
    (["АДМИНИСТРАЦИЯ", "ГОРОДА", "ПОСТАНОВЛЕНИЕ", "от 1 марта 2020 г."], False),
    (["Об организации отдыха", "и оздоровления детей", "в летний период", "2020 года"], False),
    (["1. Школы", "2. Сады", "3. Лагеря", "4. Центры"], False),
])
def test_a_sites_menu(menu: list[str], expected: bool) -> None:
    chunk = Chunk(text=" ".join(menu), source=Provenance(line=1), lines=tuple(menu))
    assert is_menu(chunk) is expected


@pytest.mark.parametrize(("note", "issuer"), [
    # the heading and its note print the council's name in normal case inside a paragraph the
    # capitals subject makes read as capitals: the letterhead keeps the document's "Совет"
    ("(принято городским Советом народных депутатов 17.11.2011 № 93)",
     "Мирнинский городской Совет народных депутатов"),
    ("(принято 17.11.2011 № 93)", "Мирнинский городской Совет народных депутатов"),
])
def test_a_capitals_letterhead_keeps_the_documents_own_spelling(
        tools: ExtractTools, tmp_path: Path, note: str, issuer: str) -> None:
    text = (f"РЕШЕНИЕ Мирнинского городского Совета народных депутатов от 18.11.2011 № 41\n"
            f"{_NESTED}\n{note}\n(вместе с \"ГОРОДСКОЙ ПРОГРАММОЙ \"КАНИКУЛЫ\" В 2011 - 2014 "
            "ГОДАХ\")\n\nМИРНИНСКИЙ ГОРОДСКОЙ СОВЕТ НАРОДНЫХ ДЕПУТАТОВ\n\nРЕШЕНИЕ\n"
            "от 18 ноября 2011 года № 41\n\nВ связи с уточнением расходов городского бюджета\n"
            "РЕШИЛ:\n1. Внести изменения согласно приложению.\n")
    assert extract(txt_doc(tmp_path, text), Found(), tools).document.issuer == issuer


_HEAD_ACT = ("ГЛАВА ГОРОДА СОСНОВСКА\n\nПОСТАНОВЛЕНИЕ\nот 9 февраля 2005 г. N 28\n\n"
             "ОБ ОРГАНИЗАЦИИ ЛЕТНЕГО ОТДЫХА ДЕТЕЙ В 2005 ГОДУ\n\n"
             "В целях организованного проведения летнего отдыха детей постановляю:\n"
             "1. Утвердить состав комиссии по организации летнего отдыха детей.\n")


@pytest.mark.parametrize(("site", "region"), [
    # a law aggregator's sections over the act: the region they name is the site's
    ("Право\nНавигация\nРеклама\nНовые документы\n\nЗаконодательство Российской Федерации\n\n"
     "Правовые акты Лесного края\n\n", None),
    ("Законодательство\nгородов Лесного края\n\n", None),
])
def test_a_law_sites_sections_name_no_region(
        tools: ExtractTools, tmp_path: Path, site: str, region: str | None) -> None:
    d = extract(txt_doc(tmp_path, site + _HEAD_ACT), Found(), tools).document
    assert (d.region_text, d.title) == (region, "ОБ ОРГАНИЗАЦИИ ЛЕТНЕГО ОТДЫХА ДЕТЕЙ В 2005 ГОДУ")
