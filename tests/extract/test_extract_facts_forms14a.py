"""Document facts in forms of acts of the twelfth real study (written again with invented
bodies, places and numbers): a passport frame whose row lists the laws a programme rests on
under an appendix line naming the page's own act, a heading of changes printed over six lines,
a number in the cell after a long letterhead's date, a site's heading naming no body over a
genitive letterhead, an act approving a procedure about programmes, a draft's zero-filled
requisites, a Kalmyk "сельское муниципальное образование", a town whose hyphenated name the
dictionary declines whole, and an indicator table cut after its header rows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument, Table
from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.place_names import nominative
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, lines_doc, table


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


_PASSPORT = table(
    ("Наименование Программы", "муниципальная программа охраны здоровья школьников на 2015 - "
     "2017 годы (далее - Программа)"),
    ("Решение о разработке Программы", "- Бюджетный кодекс Российской Федерации;\n- Федеральный "
     "закон от 3 марта 2001 года N 45-ФЗ \"О школьном питании\";\n- Федеральный закон от 9 мая "
     "2004 года N 77-ФЗ \"Об охране детства\";"),
)

# (document, (kind, title, issuer, number, date))
CITED_LAWS = [
    (docx_doc("Приложение к Постановлению от 14.11.2014 г № 2231-АДМ Программа",
              "Муниципальная программа охраны здоровья школьников на 2015 — 2017 годы паспорт "
              "программы", _PASSPORT),
     ("programme", "Муниципальная программа охраны здоровья школьников на 2015 — 2017 годы",
      None, "2231-АДМ", "2014-11-14")),
]


@pytest.mark.parametrize(("doc", "expected"), CITED_LAWS)
def test_a_law_a_passport_row_cites_is_not_the_pages_act(
        tools: ExtractTools, doc: SourceDocument, expected: tuple) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.title, d.issuer, d.order_number, iso_date(d.order_date_text)) == expected


_LETTERHEAD = ("ПОСТАНОВЛЕНИЕ\nПРАВИТЕЛЬСТВА ЗАРЕЧНОЙ РЕСПУБЛИКИ\nЗАРЕЧНАЙ РЕСПУБЛИКАН\n"
               "ПРАВИТЕЛЬСТВОН\nТОГТАВРИН\nБЕГИМИН")
_CHANGES = ("г. Заречинск\nО внесении изменений в постановление\nПравительства Заречной "
            "Республики\nот 5 мая 2016 г. N 77-ПП\nПравительство Заречной Республики "
            "постановляет:\nУтвердить прилагаемые изменения, которые вносятся в постановление "
            "Правительства Заречной Республики от 5 мая 2016 г. N 77-ПП \"Об утверждении "
            "государственной программы Заречной Республики \"Чистые дворы\".\n"
            "УТВЕРЖДЕНЫ\nпостановлением Правительства\nЗаречной Республики\n"
            "от 3 ноября 2019 г. N 412-ПП\nИЗМЕНЕНИЯ,\nкоторые вносятся в постановление "
            "Правительства\nЗаречной Республики от 5 мая\n\"Об утверждении государственной "
            "программы\nЗаречной Республики\n\"Чистые дворы\"\n1. Пункт 3 изложить так:\n"
            "\"3. Срок реализации программы - 2018 - 2024 годы\".")
_CHANGES_TITLE = ("ИЗМЕНЕНИЯ, которые вносятся в постановление Правительства Заречной Республики "
                  "от 5 мая \"Об утверждении государственной программы Заречной Республики "
                  "\"Чистые дворы\"")

# (the requisites under the letterhead, (kind, title, number, date))
CHANGES = [
    (table(("3 ноября 2019 г.", "N 412-ПП")), ("order", _CHANGES_TITLE, "412-ПП", "2019-11-03")),
    (table(("3 ноября 2019 г.", "N 412-ПП", "")),
     ("order", _CHANGES_TITLE, "412-ПП", "2019-11-03")),
]


@pytest.mark.parametrize(("requisites", "expected"), CHANGES)
def test_a_heading_of_changes_and_a_number_after_a_long_letterhead(
        tools: ExtractTools, requisites: Table, expected: tuple) -> None:
    d = extract(docx_doc(_LETTERHEAD, requisites, _CHANGES), Found(), tools).document
    assert (d.kind, d.title, d.order_number, iso_date(d.order_date_text)) == expected


_PROCEDURE = ("Постановление №{n} от 11.02.2022г.\n\nПОСТАНОВЛЕНИЕ\n\nАДМИНИСТРАЦИИ\n\n"
              "ХОЛМИНСКОГО          СЕЛЬСКОГО МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\n\nРЕСПУБЛИКИ КАЛМЫКИЯ\n\n"
              "«11» февраля 2022 года          № {n}          п. Холмы\n\n"
              "Об утверждении {what}\n\nВ соответствии с Уставом Холминского сельского "
              "муниципального образования Республики Калмыкия\n\nпостановляю:\n\n"
              "1. Утвердить {what}.\n")

# (subject, (kind, issuer, number))
PROCEDURES = [
    ("Порядка разработки муниципальных программ и оценки их эффективности",
     ("order", "Администрация Холминского сельского муниципального образования", "7")),
    ("Положения о порядке составления планов мероприятий по благоустройству",
     ("order", "Администрация Холминского сельского муниципального образования", "7")),
    ("муниципальной программы «Чистый посёлок» на 2022-2024 годы",
     ("programme", "Администрация Холминского сельского муниципального образования", "7")),
]


@pytest.mark.parametrize(("what", "expected"), PROCEDURES)
def test_a_site_heading_without_body_over_a_genitive_letterhead(
        tools: ExtractTools, what: str, expected: tuple) -> None:
    d = extract(lines_doc(_PROCEDURE.format(n=7, what=what)), Found(), tools).document
    assert (d.kind, d.issuer, d.order_number) == expected


@pytest.mark.parametrize(("requisites", "number"), [
    ("от 00.00.2021 № 00", None),
    ("от 00.00.2021 № 000-п", None),
    ("от 12.03.2021 № 100", "100"),
    ("от 12.03.2021 № 20-п", "20-п"),
])
def test_a_drafts_zero_number_is_no_order(
        tools: ExtractTools, requisites: str, number: str | None) -> None:
    text = (f"Проект\n\nАДМИНИСТРАЦИЯ ЛЕСНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\n{requisites}\n\n"
            "Об утверждении муниципальной программы «Школа» на 2021-2025 годы\n")
    assert extract(lines_doc(text), Found(), tools).document.order_number == number


@pytest.mark.parametrize(("text", "expected"), [
    ("руководствуясь Уставом Холминского сельского муниципального образования Республики "
     "Калмыкия", "Холминское сельское муниципальное образование"),
    ("Администрация Степного сельского муниципального образования",
     "Степное сельское муниципальное образование"),
])
def test_kalmyk_rural_municipality(text: str, expected: str, lem: Lemmatizer) -> None:
    assert find_place([text], lem).municipality == expected


@pytest.mark.parametrize(("word", "adjective", "expected"), [
    ("Йошкар-Олы", False, "Йошкар-Ола"),
    ("ЙОШКАР-ОЛЫ", False, "Йошкар-Ола"),
    ("Ханты-Мансийска", False, "Ханты-Мансийск"),
    ("Южно-Сахалинска", False, "Южно-Сахалинск"),
    ("Ленинска-Кузнецкого", False, "Ленинск-Кузнецкий"),
    ("Ханты-Мансийском", True, "Ханты-Мансийский"),
])
def test_hyphenated_town_declined_whole(word: str, adjective: bool, expected: str,
                                        lem: Lemmatizer) -> None:
    assert nominative(word, lem, "masc", adjective) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Управление образования города Йошкар-Олы", "Йошкар-Ола"),
    ("мэрии города Южно-Сахалинска", "Южно-Сахалинск"),
])
def test_hyphenated_town_in_the_genitive(text: str, expected: str, lem: Lemmatizer) -> None:
    assert find_place([text], lem).municipality == expected
