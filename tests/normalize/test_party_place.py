"""A place closing a responsible party's name is one place however it is written: the org key
ends on its canonical name, the document's municipality when it is that place written another
way (normalize/place_party.py, docs/CONTRACT.md `municipality`). Invented schools and places."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.orgs import parse_party


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (party, the document's municipality, org key)
PARTIES = [
    # one district written three ways
    ("МБОУ СОШ № 3 Лесновского р-на", None, "СОШ № 3 Лесновский район"),
    ("МБОУ СОШ № 3 Лесновского района", None, "СОШ № 3 Лесновский район"),
    ("МБОУ СОШ № 3 Лесновского муниципального района", None, "СОШ № 3 Лесновский район"),
    # a city, its mark short, glued or in full
    ("МБОУ СОШ № 5 г. Лесногорска", None, "СОШ № 5 Лесногорск"),
    ("МБОУ СОШ № 5 г.Лесногорска", None, "СОШ № 5 Лесногорск"),
    ("Учителя МБОУ СОШ № 5 города Лесногорска", None, "СОШ № 5 Лесногорск"),
    # the document's okrug, written as its city or as itself
    ("МБОУ СОШ № 5 г. Лесногорска", "Лесногорский городской округ",
     "СОШ № 5 Лесногорский городской округ"),
    ("МБОУ СОШ № 5 Лесногорского городского округа", "Лесногорский городской округ",
     "СОШ № 5 Лесногорский городской округ"),
    ("МБОУ СОШ № 5 Лесногорского ГО", "Лесногорский городской округ",
     "СОШ № 5 Лесногорский городской округ"),
    # another place than the document's keeps its own name
    ("МБОУ СОШ № 5 г. Лесногорска", "Лесновский район", "СОШ № 5 Лесногорск"),
    # a settlement, in full or short; one place, not the district it lies in nor the region
    ("МБОУ СОШ № 2 с. Луговое", None, "СОШ № 2 село Луговое"),
    ("МБОУ СОШ № 2 села Лугового", None, "СОШ № 2 село Луговое"),
    ("МБОУ СОШ № 2 с. Луговое Лесновского района Заречной области", None,
     "СОШ № 2 село Луговое"),
    ("МБОУ СОШ № 3 Лесновского района Заречной области", None, "СОШ № 3 Лесновский район"),
    # a city's district with its city: one place
    ("МБОУ СОШ № 7 Заводского района г. Лесногорска", None, "СОШ № 7 Заводский район Лесногорск"),
    # no place at its end: as before
    ("МБОУ СОШ № 5 г. Лесногорска, ул. Мира, 4", None, "СОШ № 5 г. Лесногорска, ул. Мира, 4"),
    ("МБОУ СОШ № 3 Заречной области", None, "СОШ № 3 Заречной области"),
    ("МБОУ «СОШ № 3» г. Лесногорска", None, "СОШ № 3"),
    ("Управление образования г. Лесногорска", None, "УО"),
    ("МБОУ Лесногорская СОШ", None, "Лесногорская СОШ"),
]


@pytest.mark.parametrize(("text", "municipality", "org"), PARTIES)
def test_party_place_is_canonical(lem: Lemmatizer, text: str, municipality: str | None,
                                  org: str) -> None:
    assert parse_party(text, lem, municipality).org == org
