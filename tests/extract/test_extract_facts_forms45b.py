"""Document facts of acts and reports shown on a site (invented bodies and places): a
letterhead in capitals naming the municipality over the signing town's line, and a site's block
of links over the page, whose places are the site's neighbours and not the document's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import lines_doc

_ACT = "Об итогах смотра\n1. Наградить победителей грамотами."

# (text, municipality as written)
CAPITAL_LETTERHEADS = [
    # an okrug's letterhead in capitals, then the act's line and the town where it was signed
    (f"КОМИТЕТ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЛЕСНОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА\nПРИКАЗ 14.06.2024 "
     f"№ 217-ОД\nг. Кедровый\n{_ACT}", "ЛЕСНОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА"),
    (f"АДМИНИСТРАЦИЯ СОСНОВСКОГО ГОРОДСКОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\nот 01.02.2023 № 5\n"
     f"г. Сосновка\n{_ACT}", "СОСНОВСКОГО ГОРОДСКОГО ОКРУГА"),
    # a district's name with its hyphen spaced in the capitals
    (f"МБОУ СОШ № 4 СТ. ЛУГОВОЙ\nВЕРХНЕ- КЕДРОВСКОГО РАЙОНА\nПРИКАЗ\nот 05.09.2024 № 12\n"
     f"ст-ца Луговая\n{_ACT}", "ВЕРХНЕ-КЕДРОВСКОГО РАЙОНА"),
    # a republic's form keeps the name after its marker
    (f"АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА КЕДРОВСКИЙ РАЙОН\nПОСТАНОВЛЕНИЕ\nот 01.02.2023 № 5\n"
     f"с. Кедровка\n{_ACT}", "КЕДРОВСКИЙ РАЙОН"),
]


@pytest.mark.parametrize(("text", "place"), CAPITAL_LETTERHEADS)
def test_capitals_letterhead_over_signing_town(tools: ExtractTools, text: str, place: str
                                               ) -> None:
    assert extract(lines_doc(text), Found(), tools).document.municipality_text == place


_NOTE = ("Отчет о выполнении муниципального задания за 2 квартал 2024 года\n"
         "Раздел 1. Реализация программ дошкольного образования.")

# (text, municipality as written, title)
SITE_LINKS = [
    # a links block with its heading: the district is named only in a link
    ("Company Logo\n\nПортал государственных услуг Заречной области\n\nПолезные ссылки\n\n"
     f"Администрация Кедровского района\n\nСайт управления образования Кедровского района\n\n"
     f"{_NOTE}", None, "Отчет о выполнении муниципального задания за 2 квартал 2024 года"),
    ("Друзья сайта\n\nАдминистрация Сосновского района\n\nМинистерство просвещения Российской "
     f"Федерации\n\n{_NOTE}", None,
     "Отчет о выполнении муниципального задания за 2 квартал 2024 года"),
    # no links heading: a letterhead's short lines are the document's own
    ("Администрация Кедровского района\n\nПостановление\n\nот 01.02.2023 № 5\n\n"
     "Об утверждении плана мероприятий\n\n1. Утвердить план.", "Администрация Кедровского района",
     "Об утверждении плана мероприятий"),
]


@pytest.mark.parametrize(("text", "place", "title"), SITE_LINKS)
def test_site_links_are_not_the_documents(tools: ExtractTools, text: str, place: str | None,
                                          title: str) -> None:
    d = extract(lines_doc(text), Found(), tools).document
    assert (d.municipality_text, d.title) == (place, title)


# (texts of the head, the region the document names further down, the region)
FEDERAL_CITY_CARDS = [
    # a legal site's card names a federal city as the act's subject; the letterhead past the
    # head's window names the region with its marker
    (["Об утверждении плана", "Субъект РФ: Москва"], "ТВЕРСКОЙ ОБЛАСТИ", "Тверская область"),
    (["Об утверждении плана", "Субъект РФ: Москва"], None, "Москва"),
    # a region marked in the head wins as before
    (["Об утверждении плана", "Костромской области"], "Тверской области", "Костромская область"),
]


@pytest.mark.parametrize(("texts", "region_text", "region"), FEDERAL_CITY_CARDS)
def test_marked_region_before_an_unmarked_federal_city(texts: list[str], region_text: str | None,
                                                       region: str) -> None:
    got = find_place(texts, get_lemmatizer(), settlements=False, region_text=region_text)
    assert got.region == region


_ORDER = ("ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\nот 14 мая 2019 г. N 118-р\n"
          "Об утверждении плана\n1. Утвердить прилагаемый план.\n")

# (signature lines, (name, position) or None)
NAME_OVER_POSITION_TAIL = [
    # a two-column signature read as lines: the name after the position's first line, the
    # position's wrapped end under it
    ("Губернатор Т. Орлов\nЗаречной области", ("Т. Орлов", "Губернатор Заречной области")),
    ("Председатель Правительства Т. Орлов\nРеспублики Северная Осетия-\nАлания",
     ("Т. Орлов", "Председатель Правительства Республики Северная Осетия-Алания")),
    # a line under it that is no part of a position
    ("Губернатор Т. Орлов\nПлан мероприятий", None),
]


@pytest.mark.parametrize(("lines", "signatory"), NAME_OVER_POSITION_TAIL)
def test_name_over_the_positions_tail(tools: ExtractTools, lines: str,
                                      signatory: tuple[str, str] | None) -> None:
    got = extract(lines_doc(_ORDER + lines), Found(), tools).document.signatories
    assert [(s.name, s.position) for s in got] == ([signatory] if signatory else [])
