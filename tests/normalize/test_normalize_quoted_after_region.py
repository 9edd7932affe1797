"""A quoted name after a republic's noun is a programme's or a body's name, never the
republic's own (session facts72): "Государственная программа заречной республики «Развитие
спорта»" names no "Республика Развитие"."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


@pytest.mark.parametrize(("texts", "region"), [
    (["Государственная программа заречной республики «Развитие спорта» на 2031-2035 годы"],
     None),
    (["Государственная программа заречной республики «Развитие спорта» на 2031-2035 годы",
      "Ответственный исполнитель Министерство спорта Заречной Республики"],
     "Заречная Республика"),
    # a republic named after its noun, unquoted, is still read
    (["Министерство образования Республики Коми"], "Республика Коми"),
])
def test_quoted_name_after_a_republic(lem: Lemmatizer, texts: list[str],
                                      region: str | None) -> None:
    assert find_place(texts, lem, ner=False).region == region
