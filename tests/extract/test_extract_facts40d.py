"""Facts of a school's schedule of assessment procedures: its heading names it a plan of the
school year ("График оценочных процедур на 2025-2026 уч.г.")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc

_BODY = "Сроки проведения могут уточняться по графикам регионального уровня."


@pytest.mark.parametrize(("heading", "kind"), [
    ("График оценочных процедур на 2025-2026 уч.г.", "roadmap"),
    ("ГРАФИК ПРОВЕДЕНИЯ ОЦЕНОЧНЫХ ПРОЦЕДУР В МБОУ «ЛЕСНОВСКАЯ СОШ» НА 2024/2025 УЧЕБНЫЙ ГОД",
     "roadmap"),
    ("Единый график оценочных процедур на первое полугодие 2026 года", "roadmap"),
    # a timetable of a library's opening hours is no plan of work
    ("График работы библиотеки села Луговое", None),
])
def test_schedule_of_assessment_procedures_is_a_plan(tools: ExtractTools, heading: str,
                                                     kind: str | None) -> None:
    got = extract(docx_doc(heading, _BODY), Found(), tools).document
    assert got.kind == kind
    if kind is not None:
        assert got.title == heading
