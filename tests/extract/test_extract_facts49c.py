"""Document facts of institutions' reports and plans met in real sets (centres' and schools'
self-examination reports, control plans, FGOS plans), written again with invented places and
wording: a title whose owner's name closes nested quotes with one quote ends at its years; a
town or okrug of an adjective and a noun ("Верхняя Сосновка") is named whole; "Цели:" with the
first goal on its line goes on in plain paragraphs; a year line closing a plan's title is its
period; a document mirror's page heading (title glued to an address and a dotted date) is no
title, and "ОТЧЁТ" / "О РЕЗУЛЬТАТАХ …" printed as paragraphs is one heading."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from normalize.deadlines import parse_period
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, table, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    from facts_helpers import full_tools
    return full_tools()


@pytest.mark.parametrize(("title", "after", "expected"), [
    # the owner's quotes nested, one closing quote for both, then the year: the bold section
    # heading under it is the body's
    ("Отчет о результатах самообследования\nмуниципального бюджетного учреждения "
     "дополнительного образования\n«Центр детского творчества «Радуга» за 2024 год",
     "Аналитическая часть",
     "Отчет о результатах самообследования муниципального бюджетного учреждения "
     "дополнительного образования «Центр детского творчества «Радуга» за 2024 год"),
    # a name still inside its quotes goes on, as before
    ("Программа развития\nмуниципального учреждения «Центр «Заречье",
     "и окрестности» на 2025-2029 годы",
     "Программа развития муниципального учреждения «Центр «Заречье и окрестности» на "
     "2025-2029 годы"),
])
def test_title_closed_by_years_after_nested_quotes(
        tools: ExtractTools, title: str, after: str, expected: str) -> None:
    doc = docx_doc(title, after, "I. Общие сведения об организации", bold=(0, 1, 2))
    assert facts_of(doc, tools).document.title == expected


@pytest.mark.parametrize(("cells", "place"), [
    # a soft-stem adjective in the address: "город Верхняя Сосновка"
    (("Адрес организации", "623000, Заречная область, город Верхняя Сосновка, улица Садовая, 3"),
     "Верхняя Сосновка"),
    # the founder's okrug named by its adjective and noun
    (("Учредитель", "Управление образования городского округа Кедровый Ключ"), "Кедровый Ключ"),
    # the genitive of a soft stem: "города Нижней Сосновки"
    (("Адрес", "улица Лесная, 5, города Нижней Сосновки"), "Нижняя Сосновка"),
])
def test_two_word_town_in_a_table(tools: ExtractTools, cells: tuple[str, str],
                                  place: str) -> None:
    doc = docx_doc("Муниципальное автономное учреждение «Центр «Парус»",
                   "Отчет о результатах самообследования за 2024 год", table(cells), bold=(1,))
    got = facts_of(doc, tools).document.municipality_text
    found = find_place([got], get_lemmatizer()) if got else None
    assert found is not None and found.municipality == place


def test_okrug_name_stops_before_an_unagreeing_word() -> None:
    """"городского округа Лесной Глава …": the feminine noun after a masculine adjective is
    the next sentence's, not the okrug's name."""
    from extract.facts.vocab import facts_vocab
    rx = next(r for r in facts_vocab().municipality
              if r.search("городского округа Кедровый Ключ"))
    m = rx.search("Постановление городского округа Лесной Глава администрации")
    assert m is not None and m.group("place") == "городского округа Лесной"


GOALS = [
    # plural label, first goal on its line, the others as plain paragraphs up to a heading
    (("Цели: Обновление содержания начального образования школы.",
      "Создание условий для перехода на новые стандарты.",
      "Методическая поддержка учителей начальных классов в соответствии с требованиями "
      "стандарта.",
      "1. Нормативное обеспечение"),
     ("Обновление содержания начального образования школы",
      "Создание условий для перехода на новые стандарты",
      "Методическая поддержка учителей начальных классов в соответствии с требованиями "
      "стандарта")),
    # a sentence that says something after the goal is the body's, no goal
    (("Цели: Обновление содержания начального образования школы.",
      "План выполняется рабочей группой школы."),
     ("Обновление содержания начального образования школы",)),
    # one goal under the singular label: the paragraph after it is not read as a goal
    (("Цель: Обновление содержания начального образования школы.",
      "Создание условий для перехода на новые стандарты."),
     ("Обновление содержания начального образования школы",)),
]


@pytest.mark.parametrize(("lines", "goals"), GOALS)
def test_goals_as_plain_paragraphs(tools: ExtractTools, lines: tuple[str, ...],
                                   goals: tuple[str, ...]) -> None:
    doc = docx_doc("План введения стандарта в МОУ «Школа № 5» на 2025-2026 учебный год",
                   *lines, bold=(0,))
    assert facts_of(doc, tools).goals == goals


@pytest.mark.parametrize(("text", "years"), [
    ("УТВЕРЖДАЮ:\nДиректор МБОУ «Лесная СОШ»\nПриказ № 12/3 от 30.08.2024\n"
     "ПЛАН ВНУТРИШКОЛЬНОГО КОНТРОЛЯ\n2025 год\n", (2025, 2025)),
    # a range keeps its first year
    ("ПРОГРАММА ВОСПИТАНИЯ\n2024 - 2027 год\n", (2024, 2027)),
])
def test_year_line_closing_the_title(tmp_path: Path, tools: ExtractTools, text: str,
                                     years: tuple[int, int]) -> None:
    got = facts_of(txt_doc(tmp_path, text), tools).document.period_text
    parsed = parse_period(got) if got else None
    assert parsed is not None and (parsed.start_year, parsed.end_year) == years


_MIRROR = (
    "ОТЧЁТ О САМООБСЛЕДОВАНИИlyceum7.example.ru/files/otchet_2024.pdf · 2025. 4. 2. · Отчёт\n\n"
    "  • Upload\n    others\n\n  • View\n    3\n\nEmbed Size (px)\n\nCitation preview\n\n"
    "Page 1: ОТЧЁТ О САМООБСЛЕДОВАНИИlyceum7.example.ru/files/otchet_2024.pdf · 2025. 4. 2. · "
    "Отчёт\n\n"
    "ОТЧЁТ\n\nО РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ муниципального общеобразовательного учреждения\n\n"
    "«Лицей № 7 г. Заречного» за 2024 год\n\nЗаречный, 2025 год\n\nСОДЕРЖАНИЕ\n")


def test_mirror_heading_is_no_title(tmp_path: Path, tools: ExtractTools) -> None:
    got = facts_of(txt_doc(tmp_path, _MIRROR), tools).document.title
    assert got == ("ОТЧЁТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ муниципального общеобразовательного "
                   "учреждения «Лицей № 7 г. Заречного» за 2024 год")
