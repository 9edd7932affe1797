"""A city named by two words and the city district named by their joined adjective ("г. Каменные
Ключи" and "Каменноключевского городского округа") are one place, its marked form (CONTRACT
`municipality`). Invented places."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (texts, municipality)
COMPOUNDS = [
    (["Программа развития центра г. Каменные Ключи", "школы Каменноключевского городского округа"],
     "Каменноключевский городской округ"),
    (["План работы школы г. Старый Брод",
      "Управление образования Старобродского городского округа"],
     "Старобродский городской округ"),
    # a район around the city is a formation of its own: the city stays
    (["План работы школы г. Старый Брод на 2023 год", "школы Старобродского района"],
     "Старый Брод"),
    # another district's adjective is another place
    (["Программа центра г. Каменные Ключи", "школы Лесногорского городского округа"],
     "Каменные Ключи"),
]


@pytest.mark.parametrize(("texts", "municipality"), COMPOUNDS)
def test_compound_city_and_its_district(lem: Lemmatizer, texts: list[str],
                                        municipality: str) -> None:
    assert find_place(texts, lem).municipality == municipality
