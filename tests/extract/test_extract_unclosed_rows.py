"""A table printed one cell a line with " |" after every cell whose last cell has no bar: the
text stopped inside it (ingest Row.cut), so the row is no activity even when its last word is
a real one (extract/cut_rows.py)."""

from __future__ import annotations

from functools import cache

import pytest

from extract.models import Draft
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.limits import DEFAULT_LIMITS
from ingest.models import SourceDocument
from ingest.text.reader import read_text
from normalize.record import default_tools
from pipelines.run import extract_tools

HEAD = """План мероприятий месячника безопасности
N |
Мероприятие |
Срок |
Исполнители |
1. |
Инструктаж работников школ о действиях при пожаре |
до 15.11.2026 |
Заведующий отделом образования |
2. |
Учебная эвакуация воспитанников детских садов |
до 30.11.2026 |
"""
FIRST = "Инструктаж работников школ о действиях при пожаре"
SECOND = "Учебная эвакуация воспитанников детских садов"


@cache
def tools() -> ExtractTools:
    return extract_tools(default_tools())


def _draft(text: str) -> Draft:
    read = read_text(text.encode("utf-8"), "plan.txt", DEFAULT_LIMITS)
    doc = SourceDocument(file="plan.txt", sha256="0" * 64, format="txt", blocks=read.blocks)
    return extract_document(doc, tools(), debug=True)


@pytest.mark.parametrize(("last", "titles", "warned"), [
    # "спорта" is a real word, but no bar closes the cell: the text stopped inside it
    ("Руководители учреждений спорта", [FIRST], True),
    ("Заведующие детскими садами и отдел спорта", [FIRST], True),
    # the bar closes the last cell: the row is whole
    ("Заведующие детскими садами |", [FIRST, SECOND], False),
])
def test_last_pipe_row_without_its_closing_bar_is_cut(last: str, titles: list[str],
                                                       warned: bool) -> None:
    draft = _draft(HEAD + last)
    assert [a.title for a in draft.activities] == titles
    assert any("no closing bar" in w for w in draft.warnings) is warned
