"""Town names the dictionary does not know, ending in "-и": an indeclinable name stays as
written (pymorphy3 would guess the genitive of a soft-sign noun), a declined one still goes to
its nominative."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


TOWNS = [
    # unknown, guessed "Сомарь" / "Лумарь": kept as printed
    ("МБДОУ детский сад № 3 «Ручеёк» г. Сомари", "Сомари"),
    ("в г. Лумари", "Лумари"),
    ("города Кемари Заречной области", "Кемари"),
    # declined names still go to the nominative
    ("г. Пензы", "Пенза"),
    ("города Перми", "Пермь"),
    ("села Ольшанки", "село Ольшанка"),
    ("городского округа Тольятти", "Тольятти"),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS)
def test_town_nominative(text: str, expected: str, lem: Lemmatizer) -> None:
    assert find_place([text], lem).municipality == expected
