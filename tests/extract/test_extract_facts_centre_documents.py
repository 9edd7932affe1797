"""Document facts of culture houses', creativity centres' and kindergartens' documents (the
twenty-fourth study, written again with invented bodies, places and wording): a site card's
heading over a sentence broken a word per line, a report heading of one word over its subject,
a form field whose label and value are printed with blanks, tasks a sentence of the
introduction leads into, a district name whose hyphen became a dash."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts import place_phrase as place_phrase_
from extract.facts.ctx import Ctx
from extract.facts.institution import institution_at
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, full_tools, lines_doc, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


_BROKEN_INTRO = ("Введение\nПлан\nработы\n(далее\nПлан)\nмуниципального\nбюджетного\n"
                 "учреждения дополнительного образования Лесной центр творчества на 2025-2027 "
                 "годы определяет порядок работы центра.\n")

# (text file, title, issuer, period as written)
SITE_CARDS = [
    # the card's heading over an introduction whose first sentence the export broke a word
    # per line: a bracket left open ("(далее") carries the sentence on, no heading opens there
    ("План работы МБУ ДО ЛЦТ 2025-2027г\n\n" + _BROKEN_INTRO,
     "План работы МБУ ДО ЛЦТ 2025-2027г", "МБУ ДО ЛЦТ", "2025-2027"),
    ("Программа развития МАОУ ДО ЦДТ 2024-2028гг.\n\n" + _BROKEN_INTRO,
     "Программа развития МАОУ ДО ЦДТ 2024-2028гг.", "МАОУ ДО ЦДТ", "2024-2028гг."),
]


@pytest.mark.parametrize(("text", "title", "issuer", "period"), SITE_CARDS)
def test_site_card_heading_over_broken_sentence(tmp_path: Path, tools: ExtractTools, text: str,
                                                title: str, issuer: str, period: str) -> None:
    d = facts_of(txt_doc(tmp_path, text), tools).document
    assert (d.title, d.issuer, d.period_text) == (title, issuer, period)


def _ctx(tools: ExtractTools) -> Ctx:
    return Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())


@pytest.mark.parametrize(("words", "name"), [
    ("МБУ ДО ЦДТ 2024-2026г", "МБУ ДО ЦДТ"),
    ("МКОУ ДО ДДТ на 2025 год", "МКОУ ДО ДДТ"),
    # after the name and number an all-capitals title's "ДО" is the preposition
    ("МБОУ СОШ № 5 ДО 2030 ГОДА", "МБОУ СОШ № 5"),
    # a dash after the capitals: no name of its own follows them at once
    ("МБУ ДО — ЦДТ", None),
])
def test_form_capitals_after_form(tools: ExtractTools, words: str, name: str | None) -> None:
    assert institution_at(_ctx(tools), words.split(), form_caps=True) == name



# (text file, title, period as written, issuer)
REPORTS = [
    # "ОТЧЕТ" alone on its line, its subject capitalised on the next, the years a form's
    # blank glued to the first; the report's date ends the heading
    ("ОТЧЕТ\nО выполнении муниципального задания № 4\n"
     "на 2025_ год и на плановый период 2026 и 2027 годов\nот «15» октября 2025 г.\n"
     "Наименование муниципального учреждения__________________\n"
     "_МБДОУ «Детский сад № 12» ______________________\nФорма по\nОКУД\n"
     "Виды деятельности муниципального учреждения_______________\n",
     "ОТЧЕТ О выполнении муниципального задания № 4 на 2025_ год и на плановый период 2026 "
     "и 2027 годов", "2025-2027", "МБДОУ «Детский сад № 12»"),
]


@pytest.mark.parametrize(("text", "title", "period", "issuer"), REPORTS)
def test_report_heading_and_form_field(tmp_path: Path, tools: ExtractTools, text: str,
                                       title: str, period: str, issuer: str) -> None:
    d = facts_of(txt_doc(tmp_path, text), tools).document
    assert (d.title, d.period_text, d.issuer) == (title, period, issuer)
    assert d.issuer is not None and not d.issuer.lower().startswith("муниципального")


_TASKS = ["обновить содержание занятий", "расширить сеть объединений"]

# (document, tasks)
SENTENCE_TASKS = [
    # the introduction's sentence names the programme and ends on the tasks word
    (lines_doc("Программа развития ДДТ «Радуга» на 2025-2027 годы\nВведение\n"
               "Основная идея программы раскрывается через решение двух задач:\n"
               "- обновить содержание занятий;\n- расширить сеть объединений.\n"), _TASKS),
    (lines_doc("План работы центра на 2025 год\nПлан решает следующие задачи:\n"
               "1. Обновить содержание занятий.\n2. Расширить сеть объединений.\n"),
     ["Обновить содержание занятий", "Расширить сеть объединений"]),
    # a section's sentence about its own topic names no document: no tasks of the document
    # one item alone under the plural word: a list cut short
    (lines_doc("Концепция развития ДДТ «Радуга» реализуется путем решения следующих задач:\n"
               "- обновить содержание занятий;\n"), []),
    (lines_doc("Программа развития ДДТ «Радуга» на 2025-2027 годы\n"
               "С помощью наставничества можно решить следующие задачи:\n"
               "- обновить содержание занятий;\n- расширить сеть объединений.\n"), []),
]


@pytest.mark.parametrize(("doc", "tasks"), SENTENCE_TASKS)
def test_tasks_after_sentence(tools: ExtractTools, doc: SourceDocument, tasks: list[str]
                              ) -> None:
    got = facts_of(doc, tools)
    assert list(got.tasks) == tasks
    assert ("header.tasks:sentence" in got.trace) == bool(tasks)


@pytest.mark.parametrize(("text", "place"), [
    ("комитета по культуре администрации Усть–Лесного района", "Усть-Лесного района"),
    ("отдел образования администрации Верх—Озёрского района", "Верх-Озёрского района"),
    ("администрации Усть -Лесного района", "Усть-Лесного района"),
])
def test_dash_inside_district_name(tools: ExtractTools, text: str, place: str) -> None:
    assert place_phrase_.municipality_of(_ctx(tools), text) == place
