"""Document facts of acts met in the twentieth real set (issue 11, helper facts24a), written
again with invented bodies, places and wording: an amending act's item restating the appendix
of the act that approved a programme, a sub-item approving a programme "в новой редакции", and
a republic's plan whose title a site printed in lower case."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, pdf_doc, table

_PREAMBLE = ("В целях развития культуры администрация Луговского муниципального района "
             "постановляет:")

# (item restating the appendix, order number, order date): the item is no appendix stamp;
# the act the first item amends approved the plan printed under it
RESTATING_ITEMS = [
    ("1) Приложение к Постановлению изложить в следующей редакции:", "212-п", "2017-03-14",
     "Внести в постановление администрации Луговского муниципального района от 14.03.2017 "
     "N 212-п \"Об утверждении муниципальной программы \"Культура района\" (далее - "
     "Постановление) следующие изменения:"),
    ("а) приложение к постановлению изложить в новой редакции:", "45", "2019-10-02",
     "Внести в постановление главы Луговского муниципального района от 2 октября 2019 г. "
     "N 45 «Об утверждении программы развития сельских библиотек» следующие изменения:"),
]


@pytest.mark.parametrize(("item", "number", "date", "lead"), RESTATING_ITEMS)
def test_an_item_restating_an_appendix_gives_the_original_act(
        tools: ExtractTools, item: str, number: str, date: str, lead: str) -> None:
    doc = pdf_doc(_PREAMBLE, f"1. {lead}", item, "\"Муниципальная программа",
                  "Луговского муниципального района \"Культура района\"",
                  "Паспорт муниципальной программы")
    found = extract(doc, Found(), tools)
    assert found.document.issuer == "Администрация Луговского муниципального района"
    assert found.document.order_number == number
    assert iso_date(found.document.order_date_text) == date
    assert "header.order:restated_original" in found.trace


# (sub-item under the lead-in, kind): approving the plan anew makes the act the plan's kind;
# a sub-item changing a part of it leaves an order
SUB_ITEMS = [
    ("утвердить прилагаемую муниципальную программу \"Спорт для всех\" в новой редакции.",
     "programme"),
    ("утвердить прилагаемый план мероприятий по развитию туризма в новой редакции.", "roadmap"),
    ("в паспорте программы строку \"Объемы финансирования\" изложить в новой редакции.",
     "order"),
]


@pytest.mark.parametrize(("sub_item", "kind"), SUB_ITEMS)
def test_a_sub_item_approving_the_plan_anew(tools: ExtractTools, sub_item: str,
                                            kind: str) -> None:
    doc = docx_doc("АДМИНИСТРАЦИЯ ГОРОДА ЛУГОВСКА", "ПОСТАНОВЛЕНИЕ",
                   "от 5 мая 2024 г. N 610",
                   "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ ГОРОДА ЛУГОВСКА "
                   "ОТ 01.02.2018 N 77",
                   "Администрация города Луговска постановляет:",
                   "1. Внести в постановление администрации города Луговска от 01.02.2018 N 77 "
                   f"следующие изменения:\n{sub_item}")
    found = extract(doc, Found(), tools)
    assert found.document.kind == kind


_MEASURES = table(("N", "Наименование мероприятия", "Источники финансирования"),
                  ("1", "Ремонт бассейна в г. Озёрске", "бюджет РД"))

# (title as a site lowered it, region as written): the republic is the plan's, and a town in
# a measure's cell is no municipality of the plan
LOWER_TITLES = [
    ("Перечень мероприятий республиканской целевой программы «Здоровье детей в республике "
     "хакасия на 2014-2018 годы»", "Республике Хакасия"),
    ("План мероприятий по развитию туризма республики татарстан", "Республики Татарстан"),
]


@pytest.mark.parametrize(("title", "region"), LOWER_TITLES)
def test_a_republic_named_in_lower_case(tools: ExtractTools, title: str, region: str) -> None:
    doc = docx_doc(title, table(("N", "Наименование мероприятия", "Исполнители"),
                                ("1", "Ремонт бассейна в г. Озёрске", "Министерство спорта")))
    found = extract(doc, Found(), tools)
    assert found.document.region_text == region
    assert found.document.municipality_text is None
    assert "header.region:lower_case" in found.trace


# (budget cell, region as written): the region's own budget by its abbreviation
BUDGET_CELLS = [("бюджет РД", "Республика Дагестан"),
                ("республиканский бюджет РТ", "Республика Татарстан"),
                ("средства бюджета РХ", "Республика Хакасия")]


@pytest.mark.parametrize(("cell", "region"), BUDGET_CELLS)
def test_a_budget_names_its_region(tools: ExtractTools, cell: str, region: str) -> None:
    doc = docx_doc("Перечень мероприятий программы «Школьный спорт»",
                   table(("N", "Наименование мероприятия", "Источники финансирования"),
                         ("1", "Закупка спортивного инвентаря", cell)))
    found = extract(doc, Found(), tools)
    assert found.document.region_text == region
    assert "header.region:abbreviation" in found.trace
