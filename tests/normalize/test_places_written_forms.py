"""Places written the way real pages write them (session 19, places3): a district or region
named by an adjective that is also a common word ("Северного района", "Заречной области"), a
city's own district against a municipal district, one place written two ways. Invented places
and our own wording (docs/CONTRACT.md `municipality`, `region`)."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.place_mentions import mentions
from normalize.places import find_place, same_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (text, (kind, name, rule) of the mentions read): a qualitative adjective before a one-word
# marker names a place only where a place stands
QUALITATIVE = [
    # a capital inside a sentence, in an oblique case
    ("Управление образования администрации Северного района",
     [("municipality", "Северный район", "qualitative_name:inside_sentence")]),
    ("в школах Нового района",
     [("municipality", "Новый район", "qualitative_name:inside_sentence")]),
    ("план по Южному району",
     [("municipality", "Южный район", "qualitative_name:inside_sentence")]),
    # an abbreviated marker that agrees with nothing
    ("Отдел образования Северного р-на",
     [("municipality", "Северный район", "qualitative_name:inside_sentence")]),
    # a letterhead in capitals: after the body it completes, or the institution's number
    ("АДМИНИСТРАЦИЯ ЦЕНТРАЛЬНОГО ОКРУГА",
     [("municipality", "Центральный округ", "")]),
    ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ СЕВЕРНОГО РАЙОНА",
     [("municipality", "Северный район", "qualitative_name:after_body")]),
    ("МБОУ СОШ № 4 ЮЖНОГО РАЙОНА",
     [("municipality", "Южный район", "qualitative_name:after_body")]),
    # before its region, after a formation's marker (the nominative too)
    ("Северный район Заречной области", [
        ("municipality", "Северный район", "qualitative_name:placed"),
        ("region", "Заречная область", "qualitative_name:placed")]),
    ("МО Северный район", [("municipality", "Северный район", "qualitative_name:placed")]),
    # the phrase alone (a fact's place phrase), at a sentence's start
    ("Заречной области", [("region", "Заречная область", "qualitative_name:alone")]),
    ("Северного района.", [("municipality", "Северный район", "qualitative_name:alone")]),
    # a two-word marker took such names before
    ("Северного муниципального района", [("municipality", "Северный район", "")]),
    # never: the generic words, pronouns, plurals, a field of knowledge, a sentence's opening
    ("руководители муниципального района", []),
    ("Каждый район представил отчёт", []),
    ("школы нашего района", []),
    ("в этом районе", []),
    ("школы отдалённых районов", []),
    ("школы Отдалённого района", []),
    ("в Соседней области", []),
    ("РАБОТА В СОЦИАЛЬНОЙ ОБЛАСТИ", []),
    ("Новой области знаний посвящён курс", []),
    ("Северный район открыт", []),
    ("Северного района школы участвовали", []),
    ("конкурс «Лучший район»", []),
    # words glued by a site's export are no common word
    ("постановление ПравительстваЛесной области", []),
]


@pytest.mark.parametrize(("text", "expected"), QUALITATIVE)
def test_qualitative_adjective_names_a_place_where_a_place_stands(
        lem: Lemmatizer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.kind, m.name, m.rule) for m in mentions(text, lem)] == expected


# (texts, municipality, region) of whole documents' place texts
DOCUMENTS = [
    (["Северного района", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ СЕВЕРНОГО РАЙОНА ЗАРЕЧНОЙ ОБЛАСТИ"],
     "Северный район", "Заречная область"),
    # a relative adjective elsewhere as often: the name read on evidence gives way
    (["Отдел образования Лесновского района", "школы Северного района"], "Лесновский район",
     None),
    # a city's own district: the city, also where the district is named again alone
    (["МАДОУ «Детский сад № 12» Заводского района города Лесногорска"], "Лесногорск", None),
    (["Заводского района", "МАДОУ «Детский сад № 12» Заводского района города Лесногорска"],
     "Лесногорск", None),
    (["Кировского района", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ КИРОВСКОГО РАЙОНА Г. ОЗЁРСКА"], "Озёрск", None),
    (["Центрального округа", "Управление образования Центрального административного округа "
                             "г. Ольховска"], "Ольховск", None),
    # a district marked as a city's, no city named: no municipality
    (["Ленинского района", "Управление образования Ленинского внутригородского района"], None,
     None),
    # a municipal district stays the municipality: named as one, before its region, around its
    # seat, or named once as a municipal district in the same document
    (["Лесновский район Заречной области"], "Лесновский район", "Заречная область"),
    (["Лесновского района г. Лесного"], "Лесновский район", None),
    (["Кировского муниципального района", "школа № 2 Кировского района г. Озёрска"],
     "Кировский район", None),
    # one place written two ways: the marked form, "ё" or not, "ГО" for городской округ
    (["г. Лесногорск", "Лесногорского городского округа"], "Лесногорский городской округ", None),
    (["г. Озёрск", "Озерского городского округа"], "Озерский городской округ", None),
    (["г. Лесногорск", "Администрация Лесногорского ГО"], "Лесногорский городской округ", None),
    (["Лесновский р-н", "Лесновского муниципального района"], "Лесновский район", None),
    (["отдел по делам ГО и ЧС", "г. Лесногорск"], "Лесногорск", None),
]


@pytest.mark.parametrize(("texts", "municipality", "region"), DOCUMENTS)
def test_document_place(lem: Lemmatizer, texts: list[str], municipality: str | None,
                        region: str | None) -> None:
    got = find_place(texts, lem, ner=False)
    assert (got.municipality, got.region) == (municipality, region)


def test_debug_names_the_rules(lem: Lemmatizer) -> None:
    why: list[str] = []
    find_place(["Заводского района", "детский сад № 12 Заводского района города Лесногорска",
                "Управление образования Северного района"], lem, why, ner=False)
    assert "place 'Северный район': qualitative_name:inside_sentence" in why
    assert "place 'Заводский район': a city's district, no municipality (named 'Лесногорск''s " \
           "district elsewhere)" in why


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Лесногорск", "Лесногорский городской округ", True),
    ("Озёрск", "Озерский городской округ", True),
    ("Лесновский район", "Лесновский район", True),
    # a district around a city is a formation of its own
    ("Северск", "Северский район", False),
    ("Лесногорск", "Лесновский район", False),
])
def test_same_place(lem: Lemmatizer, a: str, b: str, same: bool) -> None:
    assert same_place(a, b, lem) is same
    assert same_place(b, a, lem) is same
