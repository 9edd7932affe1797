"""A site's card label over a cover page: the heading under the institution's letterhead is the
page's own title, though the label names the owner (extract/facts/cover_letterhead.py, hook in
cover_vote.py). Invented schools and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import page_summary

_FOOT = ("\n\n2023\n\n1. ОБЩИЕ СВЕДЕНИЯ\nШкола работает с 1975 года. В ней 22 класса, занятия "
         "идут в одну смену.\n")

CASES = [
    ("Программа воспитания МБОУ СОШ №9\n\nМуниципальное бюджетное общеобразовательное "
     "учреждение\n«Средняя общеобразовательная школа №9»\nгорода Ольховска\n\nПРОГРАММА "
     "ВОСПИТАНИЯ" + _FOOT, "ПРОГРАММА ВОСПИТАНИЯ"),
    # the owner's name under the heading in the genitive is no letterhead: the heading stands
    ("ПРОГРАММА ВОСПИТАНИЯ\nмуниципального бюджетного общеобразовательного учреждения\n"
     "«Средняя общеобразовательная школа №9»\n\nСодержание\nПрограмма воспитания: разделы"
     + _FOOT,
     "ПРОГРАММА ВОСПИТАНИЯ муниципального бюджетного общеобразовательного учреждения «Средняя "
     "общеобразовательная школа №9»"),
]


@pytest.mark.parametrize(("text", "title"), CASES)
def test_card_over_letterhead(text: str, title: str, tmp_path: Path) -> None:
    assert page_summary(text, tmp_path)["title"] == title
