"""A site's export of a plan table whose cells keep their line breaks (session facts70): a
two-level header printed as two pipe rows broken over lines, a merged section row broken over
lines ("| Подпрограмма 1 «…» |") and a measure row broken too read as one table, the section
row across the width, as the DOCX it was exported from reads."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Table
from ingest.text.reader import read_text

_HEAD = ["| №", "п/п | Наименование мероприятия | Исполнитель | Срок | Показатель |",
         "| №", "п/п | Наименование мероприятия | Исполнитель | начала", "реализации | окон",
         "чания | Показатель |"]
_ROW = ["| 1. | Мероприятие 1.", "«Проведение опроса родителей", "о качестве питания» | Отдел",
        "образования | 2019 | 2021 | Доля родителей |  |"]


def _tables(lines: list[str]) -> list[Table]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [b for b in doc.blocks if isinstance(b, Table)]


@pytest.mark.parametrize(("section", "rows"), [
    # the merged row broken over three lines
    (["| Подпрограмма 1 \"Питание", "школьников", "Ольшанского района\" |"], 4),
    # … on one line, as before
    (["| Подпрограмма 1 \"Питание школьников Ольшанского района\" |"], 4),
], ids=["broken-section-row", "one-line-section-row"])
def test_broken_section_row_stays_in_its_table(section: list[str], rows: int) -> None:
    tables = _tables(["Перечень мероприятий", *_HEAD, *section, *_ROW])
    assert len(tables) == 1
    got = [[c.text for c in r.cells] for r in tables[0].rows]
    assert len(got) == rows
    assert got[2][0] == "Подпрограмма 1 \"Питание школьников Ольшанского района\""
    assert got[3][:2] == ["1.", "Мероприятие 1. «Проведение опроса родителей о качестве питания»"]
    # the lower header level under the term's two columns, as the DOCX's merged cell
    assert [(c.text, c.col) for c in tables[0].rows[1].cells] == [
        ("начала реализации", 3), ("окон чания", 4)]
