"""The municipality comparison key (normalize/place_key.py): one place written two ways gets
one key, two places two keys. Invented places."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.place_key import PlaceKeys, place_part, plain_part
from normalize.places import same_place


@pytest.fixture(scope="module")
def keys() -> PlaceKeys:
    return PlaceKeys(get_lemmatizer())


ZAR, OZ = "Заречная область", "Озёрная область"

# ((name, region), (name, region), one place?)
PAIRS = [
    # a city and the city district named by its adjective
    (("Лесногорск", None), ("Лесногорский городской округ", None), True),
    (("Озёрск", ZAR), ("Озерский городской округ", ZAR), True),
    (("ЛЕСНОГОРСК", None), ("ЛЕСНОГОРСКИЙ ГОРОДСКОЙ ОКРУГ", None), True),
    (("г. Лесногорск", None), ("Лесногорский городской округ", None), True),
    (("Ленинск-Сосновский", None), ("Ленинск-Сосновский городской округ", None), True),
    (("Полевской", None), ("Полевской городской округ", None), True),
    (("Лесной", None), ("Лесной городской округ", None), True),
    # one district, its marker worded three ways
    (("Лесновский район", None), ("Лесновский муниципальный район", None), True),
    (("Лесновский р-н", None), ("Лесновский район", None), True),
    (("Лесновский район", ZAR), ("Лесновский муниципальный район", ZAR), True),
    # different towns stay different
    (("Лесногорск", None), ("Лесногорский район", None), False),  # a district around it
    (("Лесногорск", None), ("Лесногорский муниципальный округ", None), False),
    (("Лесногорск", None), ("Озёрск", None), False),
    (("Лесной", None), ("Лесновский район", None), False),
    (("Лесновский район", None), ("Лесновский городской округ", None), False),
    (("Лесновский район", None), ("Мичуринское сельское поселение", None), False),
    (("Мичуринское сельское поселение", None), ("сельское поселение Мичуринское", None),
     True),
    # a two-word city is keyed as its adjective compounds it
    (("Верхний Ключанск", None), ("Верхнеключанский городской округ", None), True),
    (("городской округ «город Верхний Ключанск»", ZAR), ("Верхний Ключанск", ZAR), True),
    (("Верхний Ключанск", None), ("Нижний Ключанск", None), False),
    # one district name in two regions: two districts when both regions are known
    (("Лесновский район", ZAR), ("Лесновский район", OZ), False),
    (("Лесногорск", ZAR), ("Лесногорский городской округ", OZ), False),
]


@pytest.mark.parametrize(("a", "b", "same"), PAIRS)
def test_one_place_one_key(keys: PlaceKeys, a: tuple[str, str | None],
                           b: tuple[str, str | None], same: bool) -> None:
    assert (keys(*a) == keys(*b)) is same


# (name, region) → key: the place, "|", the region folded (empty when not known)
KEYS = [
    ("Лесногорск", None, "город лесногорск|"),
    ("Лесногорский городской округ", "Заречная  область", "город лесногорск|заречная область"),
    ("Лесновский муниципальный район", None, "лесновский район|"),
    ("Озёрский район", "Озёрная область", "озерский район|озерная область"),
    ("Верхний Ключанск", None, "город верхнеключанск|"),
    ("Кедровый Яр", None, "город кедровояр|"),
    # a common adjective's district named alone (the record's canonical name): the district,
    # like "Лесновский район" (no two-word town "Южный район")
    ("Южный район", None, "южный район|"),
    ("", None, None),
    (None, ZAR, None),
]


@pytest.mark.parametrize(("name", "region", "key"), KEYS)
def test_key(keys: PlaceKeys, name: str | None, region: str | None, key: str | None) -> None:
    assert keys(name, region) == key


@pytest.mark.parametrize(("a", "b"), [(a[0], b[0]) for a, b, _ in PAIRS if a[1] == b[1]])
def test_the_key_joins_what_same_place_joins(keys: PlaceKeys, a: str, b: str) -> None:
    """Two names `same_place` finds one place have one key (the key also joins marker
    wordings same_place leaves apart: "Лесновский муниципальный район")."""
    if same_place(a, b, keys.lem):
        assert keys(a, None) == keys(b, None)
    else:
        assert (a, b) in SAME_FOR_THE_KEY_ONLY or keys(a, None) != keys(b, None)


SAME_FOR_THE_KEY_ONLY = {
    ("Полевской", "Полевской городской округ"),
    ("Лесновский район", "Лесновский муниципальный район"),
    ("Лесновский р-н", "Лесновский район"),
    ("Мичуринское сельское поселение", "сельское поселение Мичуринское"),
    ("г. Лесногорск", "Лесногорский городской округ"),
    ("ЛЕСНОГОРСК", "ЛЕСНОГОРСКИЙ ГОРОДСКОЙ ОКРУГ"),
    ("Верхний Ключанск", "Верхнеключанский городской округ"),
}


# names read without the lemmatizer (plain_part) give what the marker reading gives; names it
# cannot read are left to the markers (None)
PLAIN = [
    ("Лесногорск", "город лесногорск"),
    ("Полевской", "город полевск"),
    ("Ленинск-Сосновский", "город ленинск-сосновск"),
    ("Сосновск-на-Амуре", "город сосновск-на-амуре"),
    ("Лесногорский городской округ", "город лесногорск"),
    ("Лесной городской округ", None),  # no place adjective: the markers decide
    ("Лесновский муниципальный район", "лесновский район"),
    ("Усть-Лесновский район", "усть-лесновский район"),
    ("Кедровский муниципальный округ", "кедровский муниципальный округ"),
    ("Южный район", None),
    ("Верхний Ключанск", None),
    ("г. Лесногорск", None),
    ("лесногорск", None),
    ("Мичуринское сельское поселение", None),
]


@pytest.mark.parametrize(("name", "plain"), PLAIN)
def test_plain_names_need_no_lemmatizer(keys: PlaceKeys, name: str, plain: str | None) -> None:
    assert plain_part(name) == plain
    if plain is not None:
        assert place_part(name, keys.lem) == plain


def test_the_lemmatizer_is_made_only_for_a_name_that_needs_it() -> None:
    made: list[int] = []

    def make() -> Lemmatizer:
        made.append(1)
        return get_lemmatizer()

    lazy = PlaceKeys(make)
    assert lazy("Лесногорский городской округ", None) == "город лесногорск|"
    assert lazy("Лесновский район", "Заречная область") == "лесновский район|заречная область"
    assert made == []
    assert lazy("г. Лесногорск", None) == "город лесногорск|"
    assert made == [1]
