"""Hostile drawn tables: huge frames, a line of millions of rule strokes or junctions, endless
runs of pipes, a header row of many cells in the pipe-cell form. Each is read (no error, no
blow-up), to what it is: a table of every row, or text; memory stays proportional to the
input (the text reader keeps a few copies of the text, never one per cell or per column)."""

from __future__ import annotations

import tracemalloc

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, ReadResult, Table
from ingest.text.reader import read_text

MB = 1024 * 1024


def _read(text: str) -> tuple[ReadResult, int]:
    data = text.encode()
    tracemalloc.start()
    try:
        result = read_text(data, "hostile.txt", Limits())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, peak


def _frame(rows: int, ruled: bool) -> str:
    lines = ["┌──────┬──────────────────────────┬──────────┐",
             "│№     │Мероприятие               │Срок      │",
             "├──────┼──────────────────────────┼──────────┤"]
    for i in range(1, rows + 1):
        lines.append(f"│{i % 900 + 1:<6}│Семинар номер {i:<12}│май       │")
        if ruled and i < rows:
            lines.append("├──────┼──────────────────────────┼──────────┤")
    lines.append("└──────┴──────────────────────────┴──────────┘")
    return "\n".join(lines)


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_twenty_thousand_row_frame_is_one_table(ruled: bool) -> None:
    result = read_text(_frame(20_000, ruled).encode(), "hostile.txt", Limits())
    (table,) = result.blocks
    assert isinstance(table, Table)
    assert table.n_cols == 3 and len(table.rows) == 20_001
    assert table.rows[-1].cells[1].text == "Семинар номер 20000"


@pytest.mark.parametrize("stroke", ["─", "┼", "═", "-", "¦", "+-"])
def test_five_megabyte_line_of_strokes_is_text(stroke: str) -> None:
    text = stroke * (5 * MB // len(stroke))
    result, peak = _read(text)
    assert all(isinstance(b, Paragraph) for b in result.blocks)
    assert peak < 40 * len(text)  # a few copies of the text (4 bytes a character at most)


def test_endless_pipes_are_not_a_table_of_nothing() -> None:
    result, peak = _read("|||||||||||\n" * 50_000 + "Итог |\n" * 10)
    tables = [b for b in result.blocks if isinstance(b, Table)]
    assert all(t.n_cols >= 2 for t in tables)
    assert peak < 200 * MB


def test_pipe_form_header_of_many_cells_is_read() -> None:
    head = [f"Графа {i} |" for i in range(40)] + ["||||||||||"]
    sub = [f"{2000 + i} год |" for i in range(50)]
    rows = [f"{v} |" for v in range(90)]
    result, _ = _read("\n".join(head + sub + rows))
    table = next(b for b in result.blocks if isinstance(b, Table))
    assert table.n_cols >= 25 and table.rows[0].cells[0].text == "Графа 0"
