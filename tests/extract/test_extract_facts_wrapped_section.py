"""A section's heading wrapped inside a table cell is judged by its whole text.

A PDF keeps a cell's wrapped lines apart ("Раздел 2. Обеспечение … для" / "детей в возрасте
…"), a DOCX gives the cell as one line: the first printed line alone is short enough to pass
for a page that starts at a section ("Раздел V. Мероприятия"), so the page's own heading (a
table's first row across the width) lost to it. The heading's lines that continue it (lower
case, the line before without a final stop) count with it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc, table

CAPTION = "Перечень показателей мониторинга школьного питания в Ольховском районе"


def _monitoring(section: str) -> object:
    return docx_doc(table(
        (CAPTION,),
        ("№ п/п", "Показатель", "Село Ольховка"),
        ("1", "2", "за 2025 год"),
        (section,),
        ("1.1", "Число обучающихся, получающих горячее питание", "312"),
    ))


@pytest.mark.parametrize("section", [
    # wrapped as a PDF prints it: each line a heading's length, the whole far longer
    "Раздел 1. Организация горячего питания обучающихся начальных\nклассов "
    "общеобразовательных организаций района, в том числе детей\nс ограниченными "
    "возможностями здоровья и детей из многодетных семей",
    "Раздел 3. Обеспечение обучающихся питанием в группах продлённого\nдня и в "
    "пришкольных лагерях дневного пребывания в летний\nпериод текущего года по "
    "утверждённому графику и меню",
    # the same cell as a DOCX gives it
    "Раздел 1. Организация горячего питания обучающихся начальных классов "
    "общеобразовательных организаций района, в том числе детей с ограниченными "
    "возможностями здоровья и детей из многодетных семей",
])
def test_wrapped_section_row_does_not_title_the_page(tools: ExtractTools, section: str) -> None:
    assert facts_of(_monitoring(section), tools).document.title == CAPTION


def test_short_section_heading_still_titles(tools: ExtractTools) -> None:
    """A page of a legal site starting at a short section heading: still its title."""
    doc = pdf_doc("Раздел IV. Кадровое обеспечение программы", "4.1. Потребность в педагогах")
    assert facts_of(doc, tools).document.title == "Раздел IV. Кадровое обеспечение программы"


@pytest.mark.parametrize(("cell", "title"), [
    ("Раздел IV. Кадровое обеспечение\nпрограммы развития школы",
     "Раздел IV. Кадровое обеспечение программы развития школы"),
    ("Раздел 2. Материально-техническая\nбаза детского сада",
     "Раздел 2. Материально-техническая база детского сада"),
    # a line closed by a stop is no heading's wrap: the heading is the first line alone
    ("Раздел 5. Контроль исполнения.\nсм. приложение 2", "Раздел 5. Контроль исполнения"),
])
def test_short_heading_wrapped_in_a_cell_is_whole(tools: ExtractTools, cell: str,
                                                  title: str) -> None:
    doc = docx_doc(table((cell,), ("1", "Потребность в педагогах", "3")))
    assert facts_of(doc, tools).document.title == title
