"""A table printed one cell a line with " |" after every cell whose last cell has no bar: the
text stopped inside it (ingest Row.cut), so the row is no activity even when its last word is
a real one (extract/cut_rows.py)."""

from __future__ import annotations

import pytest

from tests.extract.text_draft import text_draft

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


@pytest.mark.parametrize(("last", "titles", "warned"), [
    # "спорта" is a real word, but no bar closes the cell: the text stopped inside it
    ("Руководители учреждений спорта", [FIRST], True),
    ("Заведующие детскими садами и отдел спорта", [FIRST], True),
    # the bar closes the last cell: the row is whole
    ("Заведующие детскими садами |", [FIRST, SECOND], False),
])
def test_last_pipe_row_without_its_closing_bar_is_cut(last: str, titles: list[str],
                                                       warned: bool) -> None:
    draft = text_draft(HEAD + last)
    assert [a.title for a in draft.activities] == titles
    assert any("no closing bar" in w for w in draft.warnings) is warned
