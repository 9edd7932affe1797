"""Document facts in forms of the thirteenth and fifteenth real sets (written again with invented
bodies, places, people and wording): a hyphenated region printed in capitals with a spaced dash
inside its name; the year of a title page's "place, year" line; a report's institution in full."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from normalize.deadlines import parse_period
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, table


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


# (title page blocks, issuer): a report names its institution in full — the letterhead's or the
# title's (genitive) full name wins over the grif's or signature's short name
REPORT_ISSUERS = [
    # the founder's name in capitals over the school's in one letterhead paragraph
    (("ОТДЕЛ ОБРАЗОВАНИЯ МР «ЛЕСНОЙ РАЙОН» Муниципальное казенное общеобразовательное "
      "учреждение «Ольховская средняя общеобразовательная школа»",
      table(("ПРИНЯТО:\nПедагогическим советом\nПротокол № 3",
             "УТВЕРЖДЕНО:\nДиректором МКОУ «Ольховская\nСОШ»\nА.В. Лебедев")),
      "ОТЧЕТ О САМООБСЛЕДОВАНИИ МКОУ «ОЛЬХОВСКАЯ СОШ»", "Ольховка - 2023 год"),
     "Муниципальное казенное общеобразовательное учреждение «Ольховская средняя "
     "общеобразовательная школа»"),
    (("Отчет о работе муниципального бюджетного учреждения дополнительного образования детей "
      "«Лесной районный центр детского творчества» за октябрь 2023 года",
      "Директор МБУ ДОД «Лесной районный ЦДТ» Е.С. Орлова"),
     "Муниципальное бюджетное учреждение дополнительного образования детей «Лесной районный "
     "центр детского творчества»"),
    # another institution's full name is no match
    (("ОТЧЕТ О САМООБСЛЕДОВАНИИ МБОУ «ОЛЬХОВСКАЯ СОШ»", "за 2023 год",
      "Методическую помощь школе оказывали специалисты муниципального бюджетного учреждения "
      "«Районный методический центр».", "Директор МБОУ «Ольховская СОШ» А.В. Лебедев"),
     "МБОУ «Ольховская СОШ»"),
]


@pytest.mark.parametrize(("blocks", "issuer"), REPORT_ISSUERS)
def test_report_names_its_institution_in_full(tools: ExtractTools, blocks: tuple[Any, ...],
                                              issuer: str) -> None:
    got = extract(docx_doc(*blocks), Found(), tools)
    assert got.document.issuer == issuer


@pytest.mark.parametrize(("blocks", "years"), [
    # a month's report: the title's month gives the year, not a programme its list cites
    (("Отчет о мероприятиях МБУ ДО «Дом творчества» по профилактике правонарушений в "
      "октябре 2023", "- Утвержден план профилактики на 2023 - 2024 учебный год.",
      "- 12 октября проведена беседа с обучающимися."), (2023, 2023)),
    (("Отчет о работе отдела образования за ноябрь 2022 года",), (2022, 2022)),
])
def test_period_of_a_month_report(tools: ExtractTools, blocks: tuple[str, ...],
                                  years: tuple[int, int]) -> None:
    got = extract(docx_doc(*blocks), Found(), tools)
    parsed = parse_period(got.document.period_text) if got.document.period_text else None
    assert parsed is not None and (parsed.start_year, parsed.end_year) == years
