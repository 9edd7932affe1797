"""A city named by a one-word name that does not end in "-ск" and the city district its
adjective names ("г. Ольха" / "Ольхинского городского округа") are one place, the marked form
(CONTRACT `municipality`); a district (район) around the city stays another formation."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (texts, municipality)
CITY_SUFFIXES = [
    # an address first, the founder's line after it
    (["Заречная обл., г. Ольха, ул. Лесная, 4", "Учредитель: управление образованием "
      "Ольхинского городского округа"], "Ольхинский городской округ"),
    (["г. Кедрица, 2024", "администрация Кедрицкого городского округа"],
     "Кедрицкий городской округ"),
    # a district around the city is no city district
    (["г. Ольха, ул. Лесная, 4", "Заречный район"], "Ольха"),
]


@pytest.mark.parametrize(("texts", "municipality"), CITY_SUFFIXES)
def test_city_and_its_suffixed_district(lem: Lemmatizer, texts: list[str],
                                        municipality: str) -> None:
    assert find_place(texts, lem, ner=False).municipality == municipality
