"""An institution's name in the genitive put into the nominative: the head and its adjectives
agree, the words depending on the head stay as printed, a type name after a dash agrees with
its own noun."""

from __future__ import annotations

import pytest

from extract.facts.ctx import Ctx
from extract.facts.institution import institution_nominative

CASES = [
    ("МКДОУ ЦРР - детского сада № 8", "МКДОУ ЦРР - детский сад № 8"),
    ("МБОУ Кедровской ООШ", "МБОУ Кедровская ООШ"),
    ("Гимназии № 3", "Гимназия № 3"),
    ("МАДОУ центра развития ребенка – детского сада № 12",
     "МАДОУ центр развития ребенка – детский сад № 12"),
    ("Средней общеобразовательной школы № 4", "Средняя общеобразовательная школа № 4"),
    ("МБУ ДО дома детского творчества", "МБУ ДО дом детского творчества"),
    ("МОУ «Лесной школы»", "МОУ «Лесной школы»"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_institution_nominative(ctx: Ctx, text: str, expected: str) -> None:
    assert institution_nominative(ctx, text) == expected
