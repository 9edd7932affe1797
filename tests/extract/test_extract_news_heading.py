"""A plan published as a site's news item: the site's heading, a lead and news prose, then the
document's own heading over its table. The own heading is the title and names the issuer
(extract/facts/news_heading.py, CONTRACT `title`); a section heading, a table's caption, an
appendix's stamp, a requisite between, or a heading followed by its own subtitle leave the
first heading the title. Forms met in real news items, written again with invented places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, full_tools, table, txt_doc

_ROWS = ("| Сроки | Наименование мероприятия | Ответственные |\n"
         "| 01.09.2024 | Торжественные линейки в школах | Руководители школ |\n"
         "| 02.09.2024 | Концерт юных музыкантов в парке | Дом культуры |\n")
_PROSE = ("В первую неделю сентября во всех школах пройдут линейки, концерты и выставки, "
          "а для первоклассников подготовят экскурсии.\n")

CASES = [
    # the news item: site heading, lead, prose, the own heading over the table
    ("План мероприятий Отдела образования города Кленовска ко Дню знаний\n"
     "Кленовск готовится к новому учебному году\n" + _PROSE +
     "План мероприятий Отдела образования администрации города Кленовска, посвященных Дню "
     "знаний\n" + _ROWS,
     "План мероприятий Отдела образования администрации города Кленовска, посвященных Дню "
     "знаний",
     "Отдел образования администрации города Кленовска"),
    # a programme of events, two paragraphs of prose, no lead line
    ("Программа мероприятий Управления образования Ольховского района к Неделе доброты\n"
     + _PROSE + "Родителей приглашают на праздник, который пройдет в субботу в доме культуры "
     "и завершится общим концертом.\n"
     "Программа мероприятий Управления образования администрации Ольховского муниципального "
     "района, посвященных Неделе доброты\n" + _ROWS,
     "Программа мероприятий Управления образования администрации Ольховского муниципального "
     "района, посвященных Неделе доброты",
     "Управление образования администрации Ольховского муниципального района"),
]


KEPT = [
    # the own heading followed by its subtitle, no prose between: the first heading stays
    "План мероприятий Отдела образования города Кленовска ко Дню знаний\n"
    "на 2024-2025 учебный год\n" + _ROWS,
    # a table's caption naming the plan under the prose: no heading of the document
    "План мероприятий Отдела образования города Кленовска ко Дню знаний\n" + _PROSE +
    "Таблица 1. План мероприятий Отдела образования города Кленовска ко Дню знаний\n" + _ROWS,
    # an appendix's stamp naming the plan: no heading either
    "План мероприятий Отдела образования города Кленовска ко Дню знаний\n" + _PROSE +
    "Приложение к плану мероприятий Отдела образования города Кленовска ко Дню знаний\n" + _ROWS,
    # a section heading of the plan under the prose
    "План мероприятий Отдела образования города Кленовска ко Дню знаний\n" + _PROSE +
    "1. Мероприятия для первоклассников\n" + _ROWS,
    # an act's requisites between: a grif, no news item
    "План мероприятий Отдела образования города Кленовска ко Дню знаний\n"
    "УТВЕРЖДЕНО приказом Отдела образования от 20.08.2024 № 45\n" + _PROSE +
    "План мероприятий Отдела образования администрации города Кленовска, посвященных Дню "
    "знаний\n" + _ROWS,
    # another plan named under the prose (few of the heading's words)
    "План мероприятий Отдела образования города Кленовска ко Дню знаний\n" + _PROSE +
    "План мероприятий по профилактике дорожного травматизма\n" + _ROWS,
]


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


@pytest.mark.parametrize(("text", "title", "issuer"), CASES)
def test_news_item_own_heading(text: str, title: str, issuer: str, tools: ExtractTools,
                               tmp_path: Path) -> None:
    doc = extract(txt_doc(tmp_path, text), Found(), tools).document
    assert (doc.title, doc.issuer) == (title, issuer)


@pytest.mark.parametrize("text", KEPT)
def test_no_own_heading_proven(text: str, tools: ExtractTools, tmp_path: Path) -> None:
    """The rule leaves these to the other title rules (a grif's heading is theirs to read)."""
    found = extract(txt_doc(tmp_path, text), Found(), tools)
    assert not any("news_heading" in step for step in found.trace)


def test_site_heading_issuer_stops_at_its_occasion(tools: ExtractTools, tmp_path: Path) -> None:
    """"… города Кленовска ко Дню знаний": the occasion after "ко" is no part of the body."""
    doc = extract(txt_doc(tmp_path, KEPT[0]), Found(), tools).document
    assert doc.issuer == "Отдел образования города Кленовска"


def test_bold_site_heading_over_the_own_heading(tools: ExtractTools) -> None:
    """A DOCX whose site heading is bold and the own heading plain (centred): the own one."""
    doc = docx_doc(
        "Дорожная карта Администрации поселка Сосновый по летнему отдыху детей",
        "Летом в поселке отдохнут двести детей",
        "В администрации поселка обсудили подготовку к летней кампании, при школах откроются "
        "лагеря с дневным пребыванием детей.",
        "Дорожная карта Администрации поселка Сосновый по организации летнего отдыха детей",
        table(("№", "Наименование мероприятия", "Срок"), ("1.", "Открытие лагерей", "июнь")),
        bold=(0,))
    got = extract(doc, Found(), tools).document
    assert got.title == ("Дорожная карта Администрации поселка Сосновый по организации "
                         "летнего отдыха детей")
