"""Pages that print no heading and pages cut short (session facts64): a programme named only in
its introduction's opening sentence, which defines it "(далее – Программа)", is titled by that
name with its years; a goal or task the page's text ends inside is left out; a column listing
the classes that take part ("3,6 классы") is coverage, no responsibles (invented wording)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.columns import cell_kinds
from extract.tools import ExtractTools
from extract.vocab import get_vocab

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, txt_doc

_CONTENTS = "СОДЕРЖАНИЕ\n1 Введение\n2 Паспорт программы\n3 Анализ работы за 2019 – 2023 гг.\n"


@pytest.mark.parametrize(("opening", "title", "period"), [
    ("Введение\nПрограмма развития «Звёздный путь» МБУ ДО «ДДТ города Ольховска» на 2024\n"
     "– 2028 годы (далее - Программа) разработана в соответствии с законом об образовании.",
     "Программа развития «Звёздный путь» МБУ ДО «ДДТ города Ольховска» на 2024 – 2028 годы",
     "на 2024 – 2028 годы"),
    ("Введение\nПрограмма воспитания МБОУ «СОШ № 8» на 2025-2026 учебный год (далее – "
     "Программа) составлена с учётом возраста обучающихся.",
     "Программа воспитания МБОУ «СОШ № 8» на 2025-2026 учебный год",
     "на 2025-2026 учебный год"),
], ids=["years-wrapped", "school-year"])
def test_title_of_the_defined_plan(tools: ExtractTools, tmp_path: Path, opening: str, title: str,
                                   period: str) -> None:
    found = facts_of(txt_doc(tmp_path, _CONTENTS + opening + "\n"), tools).document
    assert (found.title, found.period_text) == (title, period)


def test_defined_name_without_years_is_no_title(tools: ExtractTools, tmp_path: Path) -> None:
    # "(далее – Программа)" after a name stating no term: no title taken from the sentence
    text = (_CONTENTS + "Введение\nПрограмма воспитания МБОУ «СОШ № 8» (далее – Программа) "
            "составлена с учётом возраста обучающихся.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.title is None


_COVER = ("ПРОГРАММА ПРОФИЛАКТИКИ ТРАВМАТИЗМА\nНА 2025 ГОД\n\n")


@pytest.mark.parametrize(("tail", "goals", "tasks"), [
    # the page ends inside a word of the last task
    ("Цель: сохранение здоровья детей.\n\nЗадачи:\n1. Обучить детей правилам поведения.\n"
     "2. Развивать у детей внимательность и осторож",
     ["сохранение здоровья детей"], ["Обучить детей правилам поведения"]),
    # the page ends inside the goal's sentence, a paragraph of prose
    ("Цель программы – в формировании у обучающихся навыков безопасного",
     [], []),
    # a whole last task without a full stop: kept
    ("Цель: сохранение здоровья детей.\n\nЗадачи:\n1. Обучить детей правилам поведения;\n"
     "2. Развивать у детей внимательность",
     ["сохранение здоровья детей"],
     ["Обучить детей правилам поведения", "Развивать у детей внимательность"]),
], ids=["task-cut-mid-word", "goal-sentence-cut", "whole-list-item"])
def test_item_the_text_ends_inside(tools: ExtractTools, tmp_path: Path, tail: str,
                                   goals: list[str], tasks: list[str]) -> None:
    found = facts_of(txt_doc(tmp_path, _COVER + tail), tools)
    assert (list(found.goals), list(found.tasks)) == (goals, tasks)


def test_bullet_goals_of_a_docx(tools: ExtractTools) -> None:
    # Symbol-font bullets left in a Word file's text: list markers, not the goals' words
    doc = docx_doc("ПЛАН ЛЕТНЕЙ РАБОТЫ НА 2025 ГОД", "Цели:",
                   "\uf0b7 укрепление здоровья детей летом;", "\uf0b7 развитие интереса к природе.",
                   bold=(0, 1))
    assert list(facts_of(doc, tools).goals) == ["укрепление здоровья детей летом",
                                                "развитие интереса к природе"]


@pytest.mark.parametrize(("cell", "cohort"), [
    ("3,6 классы", True),
    ("9, 10, 11 классы", True),
    ("2-4 классы", True),
    ("3, 5 раз в год", False),
    ("Учителя 5, 7 классов", False),
], ids=["two-classes", "three-classes", "range", "frequency", "teachers"])
def test_class_lists_are_coverage(tools: ExtractTools, cell: str, cohort: bool) -> None:
    assert ("cohort" in cell_kinds(cell, get_vocab(tools), tools)) is cohort


@pytest.mark.parametrize(("text", "region"), [
    # the law's territory after the federation's: no region of the document's own
    ("Программа развития МБОУ «СОШ № 2» на 2024-2027 гг.\n\nПрограмма разработана в "
     "соответствии с нормами, принятыми на территории РФ и "
     "Республики Луговия.\n", None),
    ("Программа развития МБОУ «СОШ № 2» на 2024-2027 гг.\n\nПрограмма опирается на "
     "законодательство Российской Федерации и\nЛуговской области.\n", None),
    # the letterhead names it: the document's own
    ("Луговская область\nМБОУ «СОШ № 2»\n\nПрограмма развития МБОУ «СОШ № 2» на 2024-2027 гг."
     "\n\nПрограмма опирается на законодательство Российской Федерации и Луговской области.\n",
     "Луговская область"),
], ids=["territory-of-acts", "pair-over-lines", "letterhead-names-it"])
def test_region_of_the_cited_law(tools: ExtractTools, tmp_path: Path, text: str,
                                 region: str | None) -> None:
    from pipelines.run import process_file

    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    assert process_file(path).document.region == region
