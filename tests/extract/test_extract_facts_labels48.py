"""School pages and title pages as sites and kindergartens print them (forms met in real
self-examination pages and development programmes, written again with invented names):

- a site's card label ("Самообследование 2022", "Самообследование Лицея №2 2020") over a page
  cut mid-sentence is a paragraph of its own (ingest/text/title_heads.py `is_top_label`); it is
  the title when the page prints no heading, and its bare year is never the period
  (extract/facts/site_card.py `label_title`, CONTRACT `title`);
- an order number with a letter in guillemets ("№ 14 «в»") keeps it (number_pattern);
- a grif wrapped over lines that lost the name's closing quote takes it where the page's other
  print of the name closes it (extract/facts/issuer_finish.py `closed_as_printed`);
- "МР «Кедровский»": a municipal district's abbreviation before its quoted name
  (normalize/data/places.yaml)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.models import DraftDocument
from extract.tools import ExtractTools
from ingest.text.title_heads import is_top_label
from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    lem = get_lemmatizer()
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation)


LABELS = [
    ("Самообследование 2022", 1, "района Лесного края.", True),
    ("Самообследование Лицея №2 2020", 1, "округа Лесного края.", True),
    # a heading's own years with their word close it as well
    ("Отчёт о самообследовании за 2022 год", 1, "края. Учредитель …", True),
    # the year's word printed on under a bare year: one heading
    ("Отчёт о самообследовании за 2022", 1, "год", False),
    # a date, a range's end after a dash: no heading's close
    ("Приказ от 01.09.2022", 1, "об утверждении", False),
    ("План работы на 2021-2022", 1, "учебный год", False),
    # a sentence cut by a page break lower down the file
    ("Численность обучающихся в 2022", 40, "году составила", False),
]


@pytest.mark.parametrize(("text", "line", "nxt", "expected"), LABELS)
def test_top_label(text: str, line: int, nxt: str, expected: bool) -> None:
    assert is_top_label(text, line, nxt) is expected


CUT_PAGE = """Самообследование Лицея №2 {year}

округа Лесного края. Учредителем лицея является управление образования администрации
Кедрового городского округа. Лицей имеет лицензию на образовательную деятельность
от 10.10.2015 № 7001-л и свидетельство о государственной аккредитации от 12.12.2015 № 3030,
срок действия свидетельства до 12.12.2027 года.

1. Оценка образовательной деятельности
Лицей работает по основным образовательным программам общего образования.
"""

PAGES = [
    # the label alone: title, no period
    (CUT_PAGE.format(year=2020), "Самообследование Лицея №2 2020", None),
    # a report's own phrase for its year is the period (CONTRACT `period`)
    (CUT_PAGE.replace("Самообследование Лицея №2 {year}",
                      "Отчёт о самообследовании Лицея №2 за 2020 год"),
     "Отчёт о самообследовании Лицея №2 за 2020 год", "за 2020 год"),
]


def _facts(text: str, tools: ExtractTools, tmp_path: Path) -> DraftDocument:
    return extract(txt_doc(tmp_path, text), Found(), tools).document


@pytest.mark.parametrize(("text", "title", "period"), PAGES)
def test_card_label_page(text: str, title: str, period: str | None,
                         tools: ExtractTools, tmp_path: Path) -> None:
    got = _facts(text, tools, tmp_path)
    assert (got.title, got.period_text) == (title, period)


GRIF = """Программа развития на 2023-2027гг.

Утверждено
Приказом МБДОУ «Детский сад №7
комбинированного вида п. Кедровый
№ 14 «в» от 01.02.2023г.
Заведующий
Л.Д.Осипова

Принято педагогическим советом МБДОУ
«Детский сад №7 комбинированного вида» п. Кедровый
Протокол № 3 от 25.01.2023г
"""


def test_wrapped_grif(tools: ExtractTools, tmp_path: Path) -> None:
    got = _facts(GRIF, tools, tmp_path)
    assert (got.order_number, got.issuer) == (
        "14 «в»", "МБДОУ «Детский сад №7 комбинированного вида» п. Кедровый")


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


DISTRICTS = [
    ("Начальник управления образования администрации МР «Кедровский»", "Кедровский район"),
    ("администрация МР \"Усть-Лесной\"", "Усть-Лесной район"),
]


@pytest.mark.parametrize(("text", "expected"), DISTRICTS)
def test_district_abbreviation(text: str, expected: str, lem: Lemmatizer) -> None:
    assert find_place([text], lem).municipality == expected
