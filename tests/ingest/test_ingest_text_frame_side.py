"""A form's fields printed left of a narrow drawn "Коды" frame on the same lines: the frame is
read as a table and the text beside it as paragraphs (never lost); labels set by the frame
("Дата", "По ОКВЭД") are left out; a frame at the margin leaves nothing beside it."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.text.reader import read_text

_PAD = " " * 44

BESIDE = f"""\
{_PAD}                            ┌────────┐
{_PAD}                            │  Коды  │
{_PAD}                            ├────────┤
Наименование муниципального учреждения ____       Форма по ОКУД  │0506001 │
Муниципальное автономное общеобразовательное                     │        │
учреждение «Лесная школа» Ольховского округа                     ├────────┤
Вид деятельности муниципального учреждения                Дата   │01.04.25│
начальное общее образование                                      │        │
{_PAD}                            └────────┘
"""

AT_MARGIN = """\
┌────────┬────────┐
│ Коды   │ 050600 │
├────────┼────────┤
│ Дата   │01.04.25│
└────────┴────────┘
"""


def _read(text: str) -> tuple[list[str], list[Table]]:
    got = read_text(text.encode("utf-8"), "form.txt", Limits())
    return ([b.text for b in got.blocks if isinstance(b, Paragraph)],
            [b for b in got.blocks if isinstance(b, Table)])


# (text, the paragraphs read, cells of the table's first row)
CASES = [
    (BESIDE, ["Наименование муниципального учреждения ____\n"
              "Муниципальное автономное общеобразовательное\n"
              "учреждение «Лесная школа» Ольховского округа\n"
              "Вид деятельности муниципального учреждения\n"
              "начальное общее образование"], ["Коды"]),
    (AT_MARGIN, [], ["Коды", "050600"]),
]


@pytest.mark.parametrize(("text", "paragraphs", "first_row"), CASES)
def test_text_beside_a_narrow_frame_is_kept(text: str, paragraphs: list[str],
                                            first_row: list[str]) -> None:
    got, tables = _read(text)
    assert got == paragraphs
    assert len(tables) == 1
    assert [c.text for c in tables[0].rows[0].cells][: len(first_row)] == first_row
