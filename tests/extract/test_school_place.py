"""A school's settlement after its short name in a title (extract/facts/school_place.py): the
village is part of an unnumbered school's short name, with or without a space after the mark,
short or written in full, in the case the title prints it.

A NUMBERED or quoted name ends at its number or quote here ("МБОУ СОШ № 3 г. Энска на 2024
год" → "МБОУ СОШ № 3"); the place printed after it is added by the paths that end an issuer's
name (extract/facts/place_tail.py, tests/extract/test_place_tail.py): an earlier decision that
a numbered school's town is only where it stands was overturned by the real records, 27 to 2.
Inside quotes the place is the quotes' own."""

from __future__ import annotations

import pytest

from extract.facts.ctx import Ctx
from extract.facts.institution import issuer_from_title
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools


@pytest.fixture
def ctx(tools: ExtractTools) -> Ctx:
    return Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())


TITLES = [
    # the village after the school, closed by the period's "на"
    ("План работы МБОУ СОШ с. Лесное на 2025-2026 учебный год", "МБОУ СОШ с. Лесное"),
    # the mark glued to the name, the name in the genitive kept as printed
    ("План воспитательной работы МБОУ СОШ с.Кедрового на 2025 год", "МБОУ СОШ с.Кедрового"),
    # nothing follows the school: the title ends with the village
    ("Программа развития МКОУ ООШ п. Сосновый", "МКОУ ООШ п. Сосновый"),
    ("Программа развития МБОУ СОШ д.Ольховка", "МБОУ СОШ д.Ольховка"),
    # a village of two words, closed by a comma and the year
    ("Программа развития МКОУ НОШ х. Тихий Дол, 2025", "МКОУ НОШ х. Тихий Дол"),
    # the patron's name, then the village
    ("План мероприятий МБОУ СОШ им. П.Р. Ельцова с. Луговое на 2025 год",
     "МБОУ СОШ им. П.Р. Ельцова с. Луговое"),
    # inside quotes the village is the quoted name's
    ("План работы МБОУ «СОШ ст. Кедровская» на 2025 год", "МБОУ «СОШ ст. Кедровская»"),
    # marks written in full or without a full stop; "посёлка Лесной" stays as printed
    ("План работы МБОУ ООШ посёлка Лесной на 2025 год", "МБОУ ООШ посёлка Лесной"),
    ("План работы МБОУ СОШ станицы Озёрной на 2025 год", "МБОУ СОШ станицы Озёрной"),
    ("План работы МБОУ СОШ пгт Заречный на 2025 год", "МБОУ СОШ пгт Заречный"),
    ("План работы МБОУ СОШ рп. Кедровый (2025-2026)", "МБОУ СОШ рп. Кедровый"),
    # the district after the village is where it lies, not its name
    ("План работы МБОУ СОШ с. Сосновка Заречного района на 2025 год", "МБОУ СОШ с. Сосновка"),
    # an unnumbered school in a town keeps its town
    ("Программа развития МБОУ СОШ г. Энска", "МБОУ СОШ г. Энска"),
    # a numbered school's short name ends at its number (its town is added later, see above)
    ("План мероприятий МБОУ СОШ № 3 г. Энска на 2024 год", "МБОУ СОШ № 3"),
    ("План месячника МБОУ ООШ № 12 хутора Лесной 01.02.2025", "МБОУ ООШ № 12"),
    # a city between the form and the type marks the form; the name goes on after it
    ("План работы МБОУ г. Энска СОШ № 8 на 2025 год", "МБОУ г. Энска СОШ № 8"),
    # a patron's initial is no settlement's mark
    ("План работы МБОУ СОШ им. С. Кедрова на 2025 год", "МБОУ СОШ им. С. Кедрова"),
    # the genitive of the school's own name is still put into the nominative
    ("План работы МБОУ Сосновской СОШ на 2025 год", "МБОУ Сосновская СОШ"),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_settlement_in_short_name(ctx: Ctx, title: str, expected: str) -> None:
    assert issuer_from_title(ctx, title) == expected
