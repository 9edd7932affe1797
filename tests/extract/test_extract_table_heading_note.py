"""An appendix page whose heading stands over its indicator table with a note of the
appendix's later edition between them ("(в ред. постановления … от … N …)"): the heading is
the title, not the programme's name in the table's first row (session facts72)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, table

_HEADING = "ПОКАЗАТЕЛИ РЕЗУЛЬТАТИВНОСТИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ"
_TABLE = table(("N", "Наименование программы, показателя", "Единица измерения", "2031 год"),
               ("", 'Муниципальная программа "Школьный спорт"', "", ""),
               ("1", "число школьных спортивных клубов", "единиц", "12"))


@pytest.mark.parametrize("note", [
    "(в ред. постановления администрации города Лесногорска от 04.05.2032 N 120)",
    "(в редакции постановления от 04.05.2032 N 120)",
    "",
], ids=["ред", "редакции", "no-note"])
def test_heading_over_a_note_and_the_table(tools: ExtractTools, note: str) -> None:
    blocks = [_HEADING, note, _TABLE] if note else [_HEADING, _TABLE]
    assert facts_of(docx_doc(*blocks, bold=(0,)), tools).document.title == _HEADING
