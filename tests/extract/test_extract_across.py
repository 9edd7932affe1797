"""Indicator tables printed sideways (extract/across.py): the names across the top, one row of
values, the year only in the heading; and the header rows a site's text export gives them
(ingest/text/pipe_table.py: a row of values is the body's first row, not a header level)."""

from __future__ import annotations

from functools import cache

import pytest

from extract.models import Draft
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.limits import DEFAULT_LIMITS
from ingest.models import SourceDocument, Table
from ingest.text.reader import read_text
from normalize.record import default_tools
from pipelines.run import extract_tools


@cache
def tools() -> ExtractTools:
    return extract_tools(default_tools())


def _doc(text: str) -> SourceDocument:
    read = read_text(text.encode("utf-8"), "t.txt", DEFAULT_LIMITS)
    return SourceDocument(file="t.txt", sha256="0" * 64, format="txt", blocks=read.blocks)


def _draft(text: str) -> Draft:
    return extract_document(_doc(text), tools(), debug=True)


SIDEWAYS = "\n".join([
    "ПЛАНОВЫЕ ПОКАЗАТЕЛИ ЛЕТНЕЙ ЗАНЯТОСТИ ШКОЛЬНИКОВ В 2026 ГОДУ",
    "Численность обучающихся 1-11 классов | Охват летней занятостью, всего | из них: | |",
    "в пришкольных лагерях | в трудовых бригадах | ||",
    "8120 | 5400 | 3100 | 640 |",
    "экскурсионные поездки | |||",
    "1250 | |||",
])


def test_pipe_header_row_of_names_over_a_value_row() -> None:
    table = next(b for b in _doc(SIDEWAYS).blocks if isinstance(b, Table))
    got = [("H" if r.header else "r", [(c.col, c.col_span, c.text) for c in r.cells])
           for r in table.rows[:3]]
    assert got == [
        ("H", [(0, 1, "Численность обучающихся 1-11 классов"),
               (1, 1, "Охват летней занятостью, всего"), (2, 2, "из них:")]),
        ("H", [(2, 1, "в пришкольных лагерях"), (3, 1, "в трудовых бригадах")]),
        ("r", [(0, 1, "8120"), (1, 1, "5400"), (2, 1, "3100"), (3, 1, "640")]),
    ]


@pytest.mark.parametrize(("text", "want"), [
    (SIDEWAYS, [("Численность обучающихся 1-11 классов", 2026, 8120.0),
                ("Охват летней занятостью, всего", 2026, 5400.0),
                ("в пришкольных лагерях", 2026, 3100.0),
                ("в трудовых бригадах", 2026, 640.0),
                ("экскурсионные поездки", 2026, 1250.0)]),
    # one header row, values with a decimal comma
    ("Целевые значения на 2027 год\n"
     "Доля педагогов с первой категорией | Доля молодых специалистов |\n"
     "42,5 | 7,1 |",
     [("Доля педагогов с первой категорией", 2027, 42.5),
      ("Доля молодых специалистов", 2027, 7.1)]),
])
def test_names_across_the_top_values_of_the_heading_year(
        text: str, want: list[tuple[str, int, float]]) -> None:
    draft = _draft(text)
    got = [(i.name, v.year, v.value) for i in draft.indicators for v in i.values]
    assert got == want
    assert all(v.kind == "plan" for i in draft.indicators for v in i.values)
    assert any("names_across" in t for t in draft.trace)


@pytest.mark.parametrize("text", [
    # the heading names a term, not one year: no year for the values
    "Показатели на 2026-2028 годы\nЧисло кружков | Число секций |\n14 | 9 |",
    # years across the top: an ordinary indicator table, not names
    "Показатели в 2026 году\nПоказатель | 2026 | 2027 |\nЧисло кружков | 14 | 15 |",
    # a column-number row under the names is no row of values
    "Сведения за 2026 год\nЧисло кружков | Число секций | Число клубов |\n1 | 2 | 3 |",
])
def test_not_names_across(text: str) -> None:
    assert not any("names_across" in t for t in _draft(text).trace)
