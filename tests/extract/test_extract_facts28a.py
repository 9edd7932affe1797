"""Acts of a twenty-fourth study set (issue 11): a repeal stamp printed between the act's word
and its own requisites, a plan's concept, a site's bold heading over the act's own print in
capitals, a hyphenated city whose adjective agrees with its own noun, a holiday's one year."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, iso_date, pdf_doc

_COLLEGIUM = ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "СОВЕТ ЗАРЕЧНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ")
_BODY = ("г. Лесноборск",
         "О мерах по развитию школьного спорта в Заречной области",
         "В целях развития школьного спорта Совет постановляет:",
         "1. Одобрить предложения рабочей группы.")

# (lines between the act's word and its own date line, the act's number and date)
REPEAL_STAMPS = [
    # the repealing act named over two lines, its requisites on the second
    (("Утратило силу - Постановление Губернатора Заречной области", "от 14.02.2019 № 52"),
     ("77", "2012-03-05")),
    # the whole note on one line
    (("Утратило силу на основании постановления Совета от 14.02.2019 № 52",),
     ("77", "2012-03-05")),
    (("Признано утратившим силу - Постановление Совета", "от 1 июля 2020 г. N 9"),
     ("77", "2012-03-05")),
    # no note: the act's own line as before
    ((), ("77", "2012-03-05")),
]


@pytest.mark.parametrize(("note", "order"), REPEAL_STAMPS)
def test_repeal_stamp_between_act_word_and_requisites(note: tuple[str, ...],
                                                      order: tuple[str, str],
                                                      tools: ExtractTools) -> None:
    lines = (*_COLLEGIUM, *note, "5 марта 2012 г.\tN 77", *_BODY)
    doc = facts_of(pdf_doc(*lines, bold=(1, 2)), tools).document
    assert doc is not None
    assert (doc.order_number, iso_date(doc.order_date_text)) == order


# (subject, kind): a concept sets out a plan's ideas, it is no plan (CONTRACT `kind`)
CONCEPTS = [
    ('О Концепции районной целевой программы "Здоровый школьник на 2021-2023 гг."', "order"),
    ("Об утверждении Концепции развития дополнительного образования детей", "order"),
    ('Об утверждении районной целевой программы "Здоровый школьник на 2021-2023 гг."',
     "programme"),
]


@pytest.mark.parametrize(("subject", "kind"), CONCEPTS)
def test_a_plans_concept_is_an_order(subject: str, kind: str, tools: ExtractTools) -> None:
    lines = ("АДМИНИСТРАЦИЯ ОЛЬХОВСКОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ", "от 12.10.2020 № 411",
             subject, "Администрация Ольховского района постановляет:",
             "1. Утвердить прилагаемый документ.")
    doc = facts_of(pdf_doc(*lines, bold=(0, 1)), tools).document
    assert doc is not None
    assert (doc.kind, doc.title) == (kind, subject)


_CUT_LETTERHEAD = ("МУНИЦИПАЛЬНОГО РАЙОНА «ОЛЬХОВСКИЙ РАЙОН»", "ПОСТАНОВЛЕНИЕ",
                   "от 3 июня 2014 г. N 208", "О СМОТРЕ-КОНКУРСЕ ШКОЛЬНЫХ",
                   "ПРИШКОЛЬНЫХ УЧАСТКОВ", "В целях благоустройства школ постановляю:",
                   "1. Провести смотр-конкурс.")

# (the site's heading lines over the act's print, title): the act's own capitals win
SITE_HEADINGS = [
    (("Постановление от 03.06.2014 г № 208", "О смотре-конкурсе школьных пришкольных участков"),
     "О СМОТРЕ-КОНКУРСЕ ШКОЛЬНЫХ ПРИШКОЛЬНЫХ УЧАСТКОВ"),
    ((), "О СМОТРЕ-КОНКУРСЕ ШКОЛЬНЫХ ПРИШКОЛЬНЫХ УЧАСТКОВ"),
]


@pytest.mark.parametrize(("heading", "title"), SITE_HEADINGS)
def test_site_heading_over_the_acts_own_capitals(heading: tuple[str, ...], title: str,
                                                 tools: ExtractTools) -> None:
    bold = tuple(range(len(heading))) + tuple(len(heading) + k for k in (0, 1, 3, 4))
    doc = facts_of(pdf_doc(*heading, *_CUT_LETTERHEAD, bold=bold), tools).document
    assert doc is not None
    assert doc.title == title
    assert (doc.order_number, iso_date(doc.order_date_text)) == ("208", "2014-06-03")


# (text, municipality): after "город" a hyphenated name's adjective agrees with its own noun
HYPHENATED_CITIES = [
    ("администрация города Усолье-Сибирское", "Усолье-Сибирское"),
    ("школы города Усолья-Сибирского", "Усолье-Сибирское"),
    ("города Ленинска-Кузнецкого", "Ленинск-Кузнецкий"),
    ("г. Гусь-Хрустальный", "Гусь-Хрустальный"),
    # a district's adjective agrees with "район", whatever its first part
    ("Павлово-Посадского муниципального района", "Павлово-Посадский район"),
    ('муниципального района "Павлово-Посадский"', "Павлово-Посадский район"),
]


@pytest.mark.parametrize(("text", "municipality"), HYPHENATED_CITIES)
def test_hyphenated_city_keeps_its_form(text: str, municipality: str) -> None:
    assert find_place([text], get_lemmatizer()).municipality == municipality


# (title, period text): a holiday's or campaign's year in the genitive is its one year
SEASON_YEARS = [
    ("Об отдыхе детей в период весенних каникул 2019 года", "каникул 2019 года"),
    ("О подготовке к летней оздоровительной кампании 2021 года", "кампании 2021 года"),
    ("О проведении профильной смены 2022 г.", "смены 2022 г."),
    # a date's year is no season's
    ("О каникулах 15.03.2019", None),
]


@pytest.mark.parametrize(("title", "period"), SEASON_YEARS)
def test_season_year_in_a_title(title: str, period: str | None) -> None:
    from extract.facts.period import _first
    from extract.facts.vocab import facts_vocab
    assert _first(facts_vocab().period_title, title, "period") == period
