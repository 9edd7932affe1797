"""A site's file card over a report form whose own heading, in capitals, states no years: the
heading is the title, and the card's years are never the period (CONTRACT `title`) —
written again with invented schools."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import full_tools, lines_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


_FORM = """{card}

{heading}

Наименование муниципального учреждения
МБОУ «Лесная средняя школа № 2»

Периодичность
ежеквартально
"""


@pytest.mark.parametrize(("card", "heading", "title"), [
    # a label gluing the quarter's number to its word
    ("Отчет о выполнении муниципального задания за 3квартал 2025",
     "КВАРТАЛЬНЫЙ ОТЧЕТ О ВЫПОЛНЕНИИ\nМУНИЦИПАЛЬНОГО ЗАДАНИЯ",
     "КВАРТАЛЬНЫЙ ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ"),
    ("Отчет о выполнении муниципального задания за 1 квартал 2024 года",
     "ОТЧЕТ О ВЫПОЛНЕНИИ\nМУНИЦИПАЛЬНОГО ЗАДАНИЯ",
     "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ"),
])
def test_form_heading_without_years_under_card(tools: ExtractTools, card: str, heading: str,
                                               title: str) -> None:
    d = extract(lines_doc(_FORM.format(card=card, heading=heading)), Found(), tools).document
    assert (d.kind, d.title, d.period_text) == ("report", title, None)


def test_card_alone_stays_title_and_period(tools: ExtractTools) -> None:
    # no heading of the page's own: the card is the title, its years the period
    text = "Отчет о выполнении муниципального задания за 2 квартал 2025 года\n\nПериодичность\n"
    d = extract(lines_doc(text), Found(), tools).document
    assert d.title == "Отчет о выполнении муниципального задания за 2 квартал 2025 года"
    assert d.period_text is not None and "2025" in d.period_text


@pytest.mark.parametrize(("caption", "years"), [
    ("(наименование учреждения)", "за 1 квартал 2025 года"),
    ("(наименование муниципального учреждения)", "за 2024 год"),
])
def test_years_under_owner_caption_close_the_heading(tools: ExtractTools, caption: str,
                                                      years: str) -> None:
    # a PDF form: the heading, the owner on the blank, the caption under it, the years
    from facts_helpers import pdf_doc
    doc = pdf_doc("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ", "МБУК «Лесной дом культуры»",
                  caption, years, "Раздел 1", bold=(0, 1, 3))
    d = extract(doc, Found(), tools).document
    head = "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ МБУК «Лесной дом культуры»"
    assert d.title == f"{head} {years}"
