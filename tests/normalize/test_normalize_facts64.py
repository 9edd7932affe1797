"""Responsibles' lists whose separators were lost ("Заведующий д/с заместитель заведующего по
АХЧ", "педагоги пом. воспитателей", "пом. восп. родители") are one entry a party, a
shortened role's object keeping its full stop; and a municipal district the place phrase names
over its seat town ("Клёновский муниципальный район" / "г. Клёновка") is the municipality, the
town a settlement of it (invented names)."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.party_split import split_responsibles
from normalize.places import find_place


@pytest.mark.parametrize(("text", "expected"), [
    ("Заведующий д/с заместитель заведующего по АХЧ",
     ["Заведующий д/с", "заместитель заведующего по АХЧ"]),
    ("педагоги пом. воспитателей", ["педагоги", "пом. воспитателей"]),
    ("завхоз, воспитатели, пом. восп. родители",
     ["завхоз", "воспитатели", "пом. восп.", "родители"]),
    ("дворник, пом. воспитатели, медицинская сестра",
     ["дворник", "пом. воспитатели", "медицинская сестра"]),
    # one party each, as before
    ("Специалисты МКУ «ИМЦ»", ["Специалисты МКУ «ИМЦ»"]),
    ("старший воспитатель", ["старший воспитатель"]),
    ("Классные руководители 5-9 классов", ["Классные руководители 5-9 классов"]),
    ("Заместитель директора по ВР", ["Заместитель директора по ВР"]),
], ids=["position-position", "group-position", "shortened-object", "shortened-role",
        "group-of-body", "adjective-role", "group-of-classes", "position-of-head"])
def test_parties_run_together(text: str, expected: list[str]) -> None:
    assert split_responsibles(text) == expected


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


@pytest.mark.parametrize(("texts", "municipality"), [
    (["КЛЁНОВСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН", "Приказ МБОУ «Гимназия № 5 г. Клёновки»",
      "369200, г. Клёновка, ул. Полевая, 3", "г. Клёновка"], "Клёновский район"),
    (["Усть-Лесновский муниципальный район", "МБОУ «СОШ № 1 г. Усть-Лесновки»",
      "г. Усть-Лесновка"], "Усть-Лесновский район"),
    # a district named without "муниципальный" in the phrase: the town's mentions stay its own
    (["г. Клёновка", "Клёновский район", "г. Клёновка, ул. Полевая"], "Клёновка"),
    # a town of another name stays another place
    (["Клёновский муниципальный район", "г. Ольховск", "г. Ольховск", "г. Ольховск"],
     "Ольховск"),
], ids=["seat-town", "hyphenated-seat", "no-municipal-marker", "other-town"])
def test_seat_town_of_the_named_district(lem: Lemmatizer, texts: list[str],
                                         municipality: str) -> None:
    assert find_place(texts, lem, ner=False, settlements=False).municipality == municipality
