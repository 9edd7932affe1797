"""A town and the municipality named by its adjective joined across a database
(normalize/place_join.py): the adjective's roots against the town's, and the pass over the
stored keys that joins them. Invented places."""

from __future__ import annotations

import pytest

from normalize.lemmas import get_lemmatizer
from normalize.place_join import StoredPlace, joined_keys, made_from
from normalize.place_key import PlaceKeys

Z, OZ = "Заречная область", "Озёрная область"
CAPITAL_REGION = "Зорянская область"


@pytest.fixture(scope="module")
def keys() -> PlaceKeys:
    return PlaceKeys(get_lemmatizer())


@pytest.mark.parametrize(("adjective", "town", "made"), [
    ("Ракитнинский", "Ракитна", True),  # the infix "-ин-"
    ("Зорейский", "Зорея", True),  # "-я" → "-й-"
    ("Пихтовский", "Пихтовка", True),  # "-ка" dropped
    ("Пихтовский", "Пихтово", True),
    ("Зорянская", "Зоряна", True),  # a region's adjective: "-ен-"/"-н-" after the root
    ("Верхнеключанский", "Верхний Ключанск", True),  # a two-word town compounded
    ("Кедровоярский", "Кедровый Яр", True),
    ("Малокаменский", "Малый Камень", True),
    ("Большеозерский", "Большой Озерск", True),
    ("ЛЕСНОГОРСКИЙ", "Лесногорск", True),
    ("Рябиновский", "Рябиноватка", False),  # two towns, one root a part of the other's
    ("Рябиноватский", "Рябиновка", False),
    ("Лесновский", "Лесной", False),  # a town shaped as an adjective is its own adjective
    ("Пихтовский", "Пихта", True),  # the infix "-ов-"
    ("Окский", "Ока", False),  # a root too short to tell
    ("Пихтовка", "Пихтовка", False),  # no adjective
    ("Кедрецкий", "Кедрец", True),  # the town's own "ц" before "-кий"
    ("Кедрецкий", "Кедрецк", True),
    ("Пихтецкий", "Кедрец", False),
    ("Ольшемский", "Ольшма", True),  # a vowel put between the root's last two consonants
    ("Ольшемский", "Ольшьма", True),  # … the name's "ь" there dropped
    ("Ракитенский", "Ракитны", True),
    ("Бороводский", "Боровда", True),
    ("Ольшамский", "Ольшма", False),  # not a fleeting vowel
    ("Ольшемский", "Ольшема", True),  # the vowel kept in the name too
])

def test_made_from(adjective: str, town: str, made: bool) -> None:
    assert made_from(adjective, town) is made


# the cities of data irregular_adjectives (real cities: the table is about them), and rules
IRREGULAR_MADE = [
    ("Орловский", "Орёл", True),
    ("ОРЛОВСКИЙ", "Орел", True),
    ("Орловская", "Орёл", True),  # the region named after its capital
    ("Уфимский", "Уфа", True),
    ("Сочинский", "Сочи", True),
    ("Тульский", "Тула", True),
    ("Читинский", "Чита", True),
    ("Ухтинский", "Ухта", True),
    ("Калужский", "Калуга", True),
    ("Старооскольский", "Старый Оскол", True),
    ("Великолукский", "Великие Луки", True),
    ("Нижегородский", "Нижний Новгород", True),
    ("Новгородский", "Великий Новгород", True),
    ("Набережночелнинский", "Набережные Челны", True),
    ("Елецкий", "Елец", True),
    ("Вяземский", "Вязьма", True),
    ("Кимрский", "Кимры", True),
    ("Новгородский", "Нижний Новгород", False),
    ("Нижегородский", "Великий Новгород", False),
    ("Нижненовгородский", "Нижний Новгород", False),  # the table's adjective only
    ("Староосколький", "Старый Оскол", False),
    ("Уфинский", "Уфа", False),
    ("Орский", "Орёл", False),
    ("Орловский", "Орлов", True),  # another town "Орлов": the rules, not the table
]


@pytest.mark.parametrize(("adjective", "town", "made"), IRREGULAR_MADE)
def test_made_from_irregular(adjective: str, town: str, made: bool) -> None:
    assert made_from(adjective, town) is made


def _final(keys: PlaceKeys, names: list[tuple[str, str | None]]) -> list[str]:
    """Each name's key after the pass over all of them."""
    stored: dict[str, list[str]] = {}
    for name, region in names:
        stored.setdefault(keys(name, region) or "", []).append(name)
    joins = joined_keys(StoredPlace(k, tuple(v)) for k, v in stored.items())
    return [joins.get(keys(n, r) or "", keys(n, r) or "") for n, r in names]


# ((name, region), (name, region), one place after the pass?)
PAIRS = [
    (("Ракитна", Z), ("Ракитнинский городской округ", Z), True),
    (("Ракитна", None), ("Ракитнинский городской округ", None), True),
    (("Ракитна", None), ("Ракитнинский городской округ", Z), True),  # the known region kept
    (("Зорея", Z), ("Зорейский район", Z), True),  # a district's town that is no city of its own
    (("Пихтовка", Z), ("Пихтовский", Z), True),  # a bare adjective
    (("Пихтовка", Z), ("Пихтовский муниципальный район", Z), True),
    (("Верхний Ключанск", Z), ("Верхнеключанский городской округ", Z), True),
    (("городской округ «город Верхний Ключанск»", Z), ("Верхнеключанский городской округ", Z),
     True),
    (("Кедровый Яр", Z), ("Кедровоярский городской округ", Z), True),
    (("Кедровый Яр", None), ("Кедровоярский", None), True),
    # different places stay different
    (("Рябиновка", Z), ("Рябиноватка", Z), False),
    (("Рябиноватка", Z), ("Рябиновский район", Z), False),
    (("Рябиновка", Z), ("Рябиноватский городской округ", Z), False),
    (("Лесногорск", Z), ("Лесногорский район", Z), False),  # a район around a city
    (("Зоряна", CAPITAL_REGION), ("Зорянский район", CAPITAL_REGION), False),  # the capital
    (("Ракитна", Z), ("Ракитнинский городской округ", OZ), False),  # two regions
    (("Зорея", Z), ("Зорейский район", OZ), False),
    (("Зорея", None), ("Зорейский район", None), False),  # a district: where is not known
    (("Пихтовка", Z), ("Пихтовск", Z), False),  # two towns, no adjective between them
    (("Лесной", Z), ("Лесновский район", Z), False),
    (("Зорейский район", Z), ("Зорейский городской округ", Z), False),
]


@pytest.mark.parametrize(("a", "b", "same"), PAIRS)
def test_one_place_after_the_pass_both_ways(keys: PlaceKeys, a: tuple[str, str | None],
                                            b: tuple[str, str | None], same: bool) -> None:
    first, second = _final(keys, [a, b])
    assert (first == second) is same
    second, first = _final(keys, [b, a])  # the order the keys come in does not matter
    assert (first == second) is same


ORL, PSK, KOMI, TAT = ("Орловская область", "Псковская область", "Республика Коми",
                       "Республика Татарстан")

# (town, municipality named by an adjective, region, one place after the pass?)
IRREGULAR = [
    ("Орёл", "Орловский городской округ", ORL, True),
    ("г. Орёл", "Орловский городской округ", ORL, True),
    ("Орёл", "Орловский", ORL, True),  # a bare adjective
    ("Уфа", "Уфимский городской округ", "Республика Башкортостан", True),
    ("Сочи", "Сочинский городской округ", "Краснодарский край", True),
    ("Тула", "Тульский городской округ", "Тульская область", True),
    ("Чита", "Читинский городской округ", "Забайкальский край", True),
    ("Ухта", "Ухтинский городской округ", KOMI, True),
    ("Старый Оскол", "Старооскольский городской округ", "Белгородская область", True),
    ("Великие Луки", "Великолукский городской округ", PSK, True),
    ("Нижний Новгород", "Нижегородский городской округ", "Нижегородская область", True),
    ("Великий Новгород", "Новгородский городской округ", "Новгородская область", True),
    ("Набережные Челны", "Набережночелнинский городской округ", TAT, True),
    ("Елец", "Елецкий городской округ", "Липецкая область", True),
    ("Орёл", "Орловский городской округ", None, True),
    # a район is the district around the city, never the city
    ("Великие Луки", "Великолукский район", PSK, False),
    ("Великие Луки", "Великолукский муниципальный район", PSK, False),
    ("Ухта", "Ухтинский район", KOMI, False),
    ("Орёл", "Орловский район", ORL, False),
    ("Елец", "Елецкий район", "Липецкая область", False),  # "-цк-": the city's own district
    # a region's name is no town's district
    ("Орёл", "Орловская область", ORL, False),
    ("Орёл", "Орловская область", None, False),
    ("Пенза", "Пензенская область", "Пензенская область", False),
    # two cities, two places
    ("Нижний Новгород", "Новгородский городской округ", "Нижегородская область", False),
]


@pytest.mark.parametrize(("town", "adjective", "region", "joined"), IRREGULAR)
def test_irregular_city_joins_its_city_district(keys: PlaceKeys, town: str, adjective: str,
                                                region: str | None, joined: bool) -> None:
    first, second = _final(keys, [(town, region), (adjective, region)])
    assert (first == second) is joined
    second, first = _final(keys, [(adjective, region), (town, region)])
    assert (first == second) is joined


def test_an_irregular_city_in_another_region_stays_apart(keys: PlaceKeys) -> None:
    first, second = _final(keys, [("Орёл", ORL), ("Орловский городской округ", PSK)])
    assert first != second


def test_a_town_two_districts_fit_joins_none(keys: PlaceKeys) -> None:
    names = [("Пихтовка", Z), ("Пихтово", Z), ("Пихтовский район", Z)]
    assert len(set(_final(keys, names))) == 3


def test_a_town_takes_its_city_district_before_a_district(keys: PlaceKeys) -> None:
    names = [("Ракитна", Z), ("Ракитнинский городской округ", Z), ("Ракитнинский район", Z)]
    town, okrug, district = _final(keys, names)
    assert town == okrug != district


def test_the_key_of_unknown_region_joins_the_known_one(keys: PlaceKeys) -> None:
    town, okrug = _final(keys, [("Ракитна", None), ("Ракитнинский городской округ", Z)])
    assert town == okrug == "город ракитнинск|заречная область"
