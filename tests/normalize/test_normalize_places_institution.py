"""An institution's name and card name its place (CONTRACT `municipality`): a town after the
institution's number ("детский сад № 4 г. Энска" — the number is no year), a short town's name
in a capitals title ("Г. ЯРА"), a district abbreviated in an address ("Лесной рн", "Лесной
р-он."), a town the name closes with unmarked ("… № 8 Саратова"). Invented institutions and
wording; the unmarked towns are ones the dictionary knows."""

from __future__ import annotations

import pytest

from normalize.institution_city import institution_city
from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (text, municipality, region)
NAMED = [
    ("Муниципальное дошкольное образовательное учреждение детский сад № 4 г. Ольховска",
     "Ольховск", None),
    ("Отчёт МБОУ СОШ №12 г.Ольховска за 2024 год", "Ольховск", None),
    # a year's "г." before a town stays a year: the town is where the act was signed
    ("Приказ от 1 сентября 2024 г. Ольховск", None, None),
    ("ДОКЛАД О РАБОТЕ ДЕТСКОГО САДА № 3 «ЛАСТОЧКА» Г. ЯРА ЗА 2024 ГОД", "Яр", None),
    # a patron's initial in capitals is no town
    ("ОТЧЁТ ШКОЛЫ ИМЕНИ Г. А. ЛЕСНОВА ЗА 2024 ГОД", None, None),
    ("Юридический адрес: 600100, Лесная область, Ольховский рн, с. Кедровка, ул. Новая, 3",
     "Ольховский район", "Лесная область"),
    ("600100, Кедровский край, Ольховский р-он. п. Лесной, ул. Школьная, 1",
     "Ольховский район", "Кедровский край"),
]


@pytest.mark.parametrize(("text", "municipality", "region"), NAMED)
def test_institution_names_its_place(lem: Lemmatizer, text: str, municipality: str | None,
                                     region: str | None) -> None:
    got = find_place([text], lem, ner=False, settlements=False)
    assert (got.municipality, got.region) == (municipality, region)


# (issuer, city)
CLOSING_CITY = [
    ('Муниципальное учреждение дополнительного образования "Детская школа искусств №5 '
     'Саратова"', "Саратов"),
    ("Детский сад «Ласточка» Тулы", "Тула"),
    ("МБОУ «Лицей № 2» Пензы (МБОУ «Лицей № 2»)", "Пенза"),
    # a surname may be the patron's: no town
    ("МБОУ СОШ № 4 Кирова", None),
    # an adjective leaves out its marker: no town named
    ("МБОУ «Гимназия № 2» Ольховского", None),
    # a federal city is a region of its own
    ("Школа № 1500 Москвы", None),
    ("Детский сад № 5 «Ласточка»", None),
]


@pytest.mark.parametrize(("issuer", "city"), CLOSING_CITY)
def test_city_an_institution_name_closes_with(lem: Lemmatizer, issuer: str,
                                              city: str | None) -> None:
    assert institution_city(issuer, lem) == city
