"""A signer's surname after a district's name is no city (dev71 category: a methodist's note
signed "Методист «ДДТ … района» Фамилия И.О."). A surname that is also a city's name in the
genitive, printed right before initials, names a person: the district stays a municipal
formation. Invented places and people (docs/CONTRACT.md `municipality`)."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


SIGNED = [
    (["Методист «ДДТ Сосновского района» Чехова И.П."], "Сосновский район"),
    (["Руководитель отдела образования Сосновского района Пушкина Л. В."], "Сосновский район"),
    (["в акции участвовали школы Сосновского района", "Специалист МКУ «ИМЦ Сосновского района»"
      " Королёва А.А."], "Сосновский район"),
    # a city named after a district with no initials after it: the city's own district
    (["детский сад № 12 Заводского района города Лесногорска"], "Лесногорск"),
]


@pytest.mark.parametrize(("texts", "municipality"), SIGNED)
def test_surname_before_initials_is_no_city(lem: Lemmatizer, texts: list[str],
                                            municipality: str) -> None:
    assert find_place(texts, lem, ner=False).municipality == municipality
