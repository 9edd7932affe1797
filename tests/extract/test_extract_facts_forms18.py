"""Document facts in forms of the thirteenth and fifteenth real sets (written again with invented
bodies, places, people and wording): a hyphenated region printed in capitals with a spaced dash
inside its name."""

from __future__ import annotations

import pytest

from normalize.lemmas import get_lemmatizer
from normalize.places import find_place


@pytest.mark.parametrize(("text", "region"), [
    # a spaced dash inside a known hyphenated name joins its parts
    ("ХАНТЫ – МАНСИЙСКИЙ АВТОНОМНЫЙ ОКРУГ - ЮГРА", "Ханты-Мансийский автономный округ - Югра"),
    ("ХАНТЫ - МАНСИЙСКИЙ АВТОНОМНЫЙ ОКРУГ - ЮГРА ЗАРЕЧНАЯ ОБЛАСТЬ",
     "Ханты-Мансийский автономный округ - Югра"),
    ("Думе Ямало – Ненецкого автономного округа", "Ямало-Ненецкий автономный округ"),
    ("Правительство Карачаево - Черкесской Республики", "Карачаево-Черкесская Республика"),
    # a dash between two phrases stays: the second word alone heads the region
    ("План работы – Сосновская область", "Сосновская область"),
    ("Лесной край – Петров И.И.", "Лесной край"),
])
def test_region_joined_across_a_spaced_dash(text: str, region: str) -> None:
    assert find_place([text], get_lemmatizer(), ner=False).region == region
