"""A settlement-level municipality named in quotes after its marker ('сельского поселения
"Белобор"'): the name stands in apposition, printed in the nominative, and keeps its
spelling (pymorphy3 would read an unknown "-бор" name as a plural's genitive); the same name
without quotes still goes to its nominative."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


QUOTED = [
    ('программа развития муниципального образования сельского поселения "Белобор" на '
     "2020 - 2030 годы", "сельское поселение Белобор"),
    ("администрации сельского поселения «Сухобор»", "сельское поселение Сухобор"),
    ('городского поселения "Кедровка"', "городское поселение Кедровка"),
    # unquoted, the name is declined with its marker
    ("администрации сельского поселения Ольховка", "сельское поселение Ольховка"),
    ('муниципального района "Заречный"', "Заречный район"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_a_quoted_name_keeps_its_spelling(text: str, expected: str, lem: Lemmatizer) -> None:
    assert find_place([text], lem).municipality == expected
