"""A city of federal significance is a region of its own, named without a marker; a district
named right before it is the city's administrative district, no municipality (CONTRACT
`municipality`, `region`). Invented districts and wording."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (texts, municipality, region)
FEDERAL = [
    (["ГИМНАЗИЯ № 7 ОЛЬХОВСКОГО РАЙОНА САНКТ-ПЕТЕРБУРГА", "190000, Санкт-Петербург, ул. Садовая"],
     None, "Санкт-Петербург"),
    (["Отчет о работе школы № 12 Лесного района Севастополя за 2022 год"], None, "Севастополь"),
    (["План работы детского сада № 4", "123000, Москва, ул. Полевая, д. 3"], None, "Москва"),
    # a marked region wins over a federal city named in passing
    (["План работы школы Ольховского района Лесной области", "поездка в Санкт-Петербург"],
     "Ольховский район", "Лесная область"),
    # no federal city: the district is a municipality
    (["План работы школы Ольховского района"], "Ольховский район", None),
    # a federal city inside a quoted name (a book, a contest) is no place of the document's
    (["План мероприятий к Дню Победы", "1. Чтение повести «Дорога на Москву» февраль"],
     None, None),
    (["Конкурс «Москва — столица моей Родины» в школе № 5 Москвы"], None, "Москва"),
]


@pytest.mark.parametrize(("texts", "municipality", "region"), FEDERAL)
def test_federal_city_is_a_region(lem: Lemmatizer, texts: list[str], municipality: str | None,
                                  region: str | None) -> None:
    got = find_place(texts, lem, ner=False)
    assert (got.municipality, got.region) == (municipality, region)


# a blank grif's "от г." before the head's position: no place
@pytest.mark.parametrize("text", [
    "УТВЕРЖДЕН: Приказ № от г. Заведующий МБДОУ детского сада № 14",
    "УТВЕРЖДАЮ Приказ № ___ от г. Директор МКОУ СОШ № 3",
    "Приказ № от г. Начальник отдела образования",
])
def test_position_word_is_no_place(lem: Lemmatizer, text: str) -> None:
    assert find_place([text], lem, ner=False).municipality is None


# a federal city marked as a city ("города Москвы") in a body's name: the region, no
# municipality; a marked region named too stays the region
MARKED_FEDERAL = [
    (["ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ГОРОДА МОСКВЫ",
      "Государственное бюджетное образовательное учреждение города Москвы «Колледж № 9»"],
     None, "Москва"),
    (["Отчет школы г. Санкт-Петербурга за 2023 год"], None, "Санкт-Петербург"),
    (["План работы школы Ольховского района Лесной области", "экскурсия в г. Москву"],
     "Ольховский район", "Лесная область"),
]


@pytest.mark.parametrize(("texts", "municipality", "region"), MARKED_FEDERAL)
def test_marked_federal_city_is_a_region(lem: Lemmatizer, texts: list[str],
                                         municipality: str | None, region: str | None) -> None:
    got = find_place(texts, lem, ner=False)
    assert (got.municipality, got.region) == (municipality, region)
