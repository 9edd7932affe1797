"""Document facts in forms of the thirteenth and fifteenth real sets (written again with invented
bodies, places, people and wording): a hyphenated region printed in capitals with a spaced dash
inside its name; the year of a title page's "place, year" line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from normalize.deadlines import parse_period
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc


@pytest.mark.parametrize(("text", "region"), [
    # a spaced dash inside a known hyphenated name joins its parts
    ("ХАНТЫ – МАНСИЙСКИЙ АВТОНОМНЫЙ ОКРУГ - ЮГРА", "Ханты-Мансийский автономный округ - Югра"),
    ("ХАНТЫ - МАНСИЙСКИЙ АВТОНОМНЫЙ ОКРУГ - ЮГРА ЗАРЕЧНАЯ ОБЛАСТЬ",
     "Ханты-Мансийский автономный округ - Югра"),
    # a letterhead's next line after the region's second name
    ("ХАНТЫ – МАНСИЙСКИЙ АВТОНОМНЫЙ ОКРУГ - ЮГРА\nМуниципальное бюджетное учреждение",
     "Ханты-Мансийский автономный округ - Югра"),
    ("Лесной край – Иван Петров", "Лесной край"),
    ("Думе Ямало – Ненецкого автономного округа", "Ямало-Ненецкий автономный округ"),
    ("Правительство Карачаево - Черкесской Республики", "Карачаево-Черкесская Республика"),
    # a dash between two phrases stays: the second word alone heads the region
    ("План работы – Сосновская область", "Сосновская область"),
    ("Лесной край – Петров И.И.", "Лесной край"),
])
def test_region_joined_across_a_spaced_dash(text: str, region: str) -> None:
    assert find_place([text], get_lemmatizer(), ner=False).region == region


# (title page blocks, expected years or None): the year of a "place, year" line under a title
# page's heading is a report's year and a one-season plan's term, not a long plan's
PLACE_LINES = [
    (("ОТЧЕТ О САМООБСЛЕДОВАНИИ МБОУ «ЗАРЕЧНАЯ СОШ»", "Заречное - 2023 год"), (2023, 2023)),
    (("ПРОГРАММА ВОСПИТАНИЯ", "летнего лагеря «Звёздочка» при МАОУ СОШ № 4",
      "городской округ Лесной, 2024 г"), (2024, 2024)),
    (("РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ", "лагеря с дневным пребыванием «Ромашка»",
      "с. Ольховка 2025 г"), (2025, 2025)),
    # a school's programme of several years: its print year is no term
    (("РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ", "МАОУ СОШ № 4", "Лесной, 2024"), None),
    # a month heading or a genre word before a year is no place
    (("ОТЧЕТ О РАБОТЕ МБУ ДО «ЦЕНТР ТВОРЧЕСТВА»", "Апрель 2023"), None),
]


@pytest.mark.parametrize(("blocks", "years"), PLACE_LINES)
def test_period_of_a_place_and_year_line(tools: ExtractTools, blocks: tuple[str, ...],
                                         years: tuple[int, int] | None) -> None:
    got = extract(docx_doc(*blocks, bold=tuple(range(len(blocks) - 1))), Found(), tools)
    parsed = parse_period(got.document.period_text) if got.document.period_text else None
    assert (None if parsed is None else (parsed.start_year, parsed.end_year)) == years
