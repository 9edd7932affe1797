"""Document facts of acts on legal sites (issue 11, helper facts21a): a new edition's appendix
line stacked over the original's plain approval grif. Invented bodies, places and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.indicator_rows import parse_value
from extract.tools import ExtractTools
from ingest.registry import read_document

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc

_BODY = ("Муниципальная программа", "«Развитие туризма в Озёрском районе»", "1. Паспорт",
         "Туризм в районе развивается медленно, программа поможет это исправить.")

# (stamps, expected order number, date): the original's grif under the amending act's line
STACKED = [
    (("Приложение 1", "к постановлению администрации", "Озёрского района",
      "от 14 марта 2022 г. N 57", "Утверждена", "постановлением администрации",
      "Озёрского района", "от 3 февраля 2016 г. N 412"), "412", "от 3 февраля 2016 г."),
    (("Приложение N 2", "к постановлению администрации города Озёрска",
      "от 01.09.2023 № 1200", "УТВЕРЖДЕНА", "постановлением администрации города Озёрска",
      "от 20.11.2019 № 3051"), "3051", "от 20.11.2019"),
    # the same grif alone, no amending act over it
    (("УТВЕРЖДЕНА", "постановлением администрации города Озёрска", "от 20.11.2019 № 3051"),
     "3051", "от 20.11.2019"),
    # an appendix over a later grif is no amendment: the appendix line is the act's own
    (("Приложение 1", "к постановлению администрации", "Озёрского района",
      "от 14 марта 2022 г. N 57", "Утверждена", "постановлением администрации",
      "Озёрского района", "от 3 февраля 2023 г. N 412"), "57", "от 14 марта 2022 г."),
]


@pytest.mark.parametrize(("stamps", "number", "date"), STACKED)
def test_stacked_grif_gives_the_original(tools: ExtractTools, stamps: tuple[str, ...],
                                         number: str, date: str) -> None:
    facts = extract(lines_doc("\n".join((*stamps, *_BODY))), Found(), tools).document
    assert (facts.order_number, facts.order_date_text) == (number, date)


# (page lines, order number, date): a law's page printed from the middle of its amendments,
# the law named in the site's heading; the region's name is where it holds, no issuer
LAW_PAGES = [
    (("Закон Заречной области от 05.04.2012 № 812-ОЗ",
      "в) в разделе 3 \"Целевые показатели\":", "таблицу 7 изложить в следующей редакции:",
      "\"Таблица 7", "Показатели развития сельского туризма"), "812-ОЗ", "от 05.04.2012"),
    (("Закон Озёрного края от 17.11.2009 № 2240-III",
      "к) в подразделе 2.4 таблицу 12 изложить в следующей редакции:",
      "\"Таблица 12", "Показатели развития сельского туризма"), "2240-III", "от 17.11.2009"),
]
_LAW_TABLE = ("| Показатель | 2010 год | 2011 год | 2015 год |",
              "|------------+----------+----------+----------|",
              "| Число турбаз | 4 | 5 | 9\";|")


@pytest.mark.parametrize(("lines", "number", "date"), LAW_PAGES)
def test_law_page_heading(tools: ExtractTools, tmp_path: Path, lines: tuple[str, ...],
                          number: str, date: str) -> None:
    path = tmp_path / "law.txt"
    path.write_text("\n\n".join((*lines, "\n".join(_LAW_TABLE))) + "\n", encoding="utf-8")
    facts = extract(read_document(path), Found(), tools).document
    assert (facts.order_number, facts.order_date_text) == (number, date)
    assert facts.act_type == "закон"
    assert facts.issuer is None
    assert facts.title == "Показатели развития сельского туризма"


@pytest.mark.parametrize(("text", "value"), [('0,8";', 0.8), ("12\u00bb.", 12.0), ('95 %";', 95.0),
                                             ('"5', None)])
def test_restated_table_closing_quote_leaves_the_value(text: str, value: float | None) -> None:
    assert parse_value(text) == value


_AMENDED = ("О внесении изменений в постановление администрации Озёрского района "
            "от 9 марта 2018 года № 140")
# (quoted name of the amended act, printed as its own paragraph)
AMENDED_NAMES = [
    '"Об утверждении порядка предоставления субсидий на организацию отдыха детей в каникулярное '
    'время в рамках муниципальной программы "Развитие образования Озёрского района""',
    "«О порядке расходования средств районного бюджета на питание обучающихся "
    "общеобразовательных организаций Озёрского района в учебном году»",
]


@pytest.mark.parametrize("name", AMENDED_NAMES)
def test_amended_act_name_paragraph_goes_on_the_subject(tools: ExtractTools, name: str) -> None:
    doc = docx_doc("Администрация Озёрского района", "ПОСТАНОВЛЕНИЕ",
                   "от 2 апреля 2019 года № 311", " ", _AMENDED, " ", name, " ",
                   "В соответствии с решением совета депутатов Озёрского района администрация "
                   "Озёрского района постановляет:",
                   "1. Внести в постановление следующие изменения:", bold=(4, 6))
    assert extract(doc, Found(), tools).document.title == f"{_AMENDED} {name}"


def test_preamble_after_numbered_subject_stays_out(tools: ExtractTools) -> None:
    doc = docx_doc("Администрация Озёрского района", "ПОСТАНОВЛЕНИЕ",
                   "от 2 апреля 2019 года № 311", _AMENDED,
                   "В соответствии с решением совета депутатов Озёрского района администрация "
                   "Озёрского района постановляет:", bold=(3,))
    assert extract(doc, Found(), tools).document.title == _AMENDED


# (letterhead lines over the act's word, issuer)
REGION_HEADS = [
    (("РЕСПУБЛИКА ЗАРЕЧЬЕ", "ПРЕЗИДЕНТ"), "Президент Республики Заречье"),
    (("РЕСПУБЛИКА ЛЕСНАЯ (ОЗЁРНАЯ)", "ГЛАВА"), "Глава Республики Лесная (Озёрная)"),
]


@pytest.mark.parametrize(("letterhead", "issuer"), REGION_HEADS)
def test_region_head_letterhead(tools: ExtractTools, letterhead: tuple[str, ...],
                                issuer: str) -> None:
    doc = pdf_doc(*letterhead, "УКАЗ", "от 14.02.2015 №311",
                  "О государственной программе Республики «Развитие туризма на 2016-2020 годы»",
                  "В целях развития туризма постановляю:", bold=(0, 1, 2, 4))
    assert extract(doc, Found(), tools).document.issuer == issuer
