"""A district named right before a city's name in the genitive ("… Ольховского района
Липецка") is the city's administrative district: the city is the municipality (CONTRACT
`municipality`). Invented districts and wording; the cities are ones the dictionary knows."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (texts, municipality, region)
CITY_DISTRICTS = [
    (["Лицей № 3 Ольховского района Липецка"], "Липецк", None),
    (["муниципальное учреждение «Школа № 40 Лесного района Казани»", "Отчет за 2023 год"],
     "Казань", None),
    (["Детский сад № 5 Ольховского района Ростова-на-Дону"], "Ростов-на-Дону", None),
    # a region's adjective after the district: the district is the municipality
    (["Школа № 2 Ольховского района Лесной области"], "Ольховский район", "Лесная область"),
    # a quoted district's name, then the region's adjective the dictionary also knows as a
    # place noun: the district is the municipality
    (["Отдел образования МО \"Ольховский район\" Тверской области"], "Ольховский район",
     "Тверская область"),
    # a federal city after the district stays a region of its own
    (["Школа № 2 Ольховского района Санкт-Петербурга"], None, "Санкт-Петербург"),
]


@pytest.mark.parametrize(("texts", "municipality", "region"), CITY_DISTRICTS)
def test_district_before_city_is_the_citys(lem: Lemmatizer, texts: list[str],
                                            municipality: str | None, region: str | None) -> None:
    got = find_place(texts, lem, ner=False)
    assert (got.municipality, got.region) == (municipality, region)
