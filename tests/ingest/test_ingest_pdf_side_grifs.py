"""Two grifs side by side on a PDF title page are cut at the second grif word's column into a
one-row, two-cell table (ingest/pdf/side_grifs.py); lines that cross the column end the block."""

from __future__ import annotations

import pytest

from ingest.pdf.layout import Line, Word
from ingest.pdf.side_grifs import find_side_grifs

SIZE = 12.0


def _line(top: float, *parts: tuple[float, str]) -> Line:
    words: list[Word] = []
    for x, text in parts:
        for w in text.split():
            words.append(Word(x, x + 7 * len(w), w, SIZE))
            x += 7 * len(w) + 4
    text = " ".join(w.text for w in words)
    return Line(text.replace(words[0].text + " ", words[0].text + " ", 1), words[0].x0, top,
                words[-1].x1, top + SIZE, SIZE, False, tuple(words))


def _tabbed(line: Line) -> Line:
    """The reader's text of the line: a tab at the wide gap."""
    parts = [line.words[0].text]
    for prev, w in zip(line.words, line.words[1:], strict=False):
        parts.append("\t" if w.x0 - prev.x1 > 36 else " ")
        parts.append(w.text)
    return Line("".join(parts), line.x0, line.top, line.x1, line.bottom, line.size, line.bold,
                line.words)


@pytest.mark.parametrize(("lines", "cells"), [
    ([[(60, "СОГЛАСОВАНО"), (330, "УТВЕРЖДАЮ")],
      [(60, "Начальник отдела"), (330, "Директор МБОУ СОШ № 3")],
      [(60, "образования"), (330, "______ И.П. Орлов")],
      [(60, "______ Н.В. Сомова")],
      [(200, "Программа развития школы на 2024-2028 годы")]],
     ("СОГЛАСОВАНО\nНачальник отдела\nобразования\n______ Н.В. Сомова",
      "УТВЕРЖДАЮ\nДиректор МБОУ СОШ № 3\n______ И.П. Орлов")),
])
def test_side_grifs(lines: list[list[tuple[float, str]]], cells: tuple[str, str]) -> None:
    page = [_tabbed(_line(100 + 15 * k, *parts)) for k, parts in enumerate(lines)]
    tables = find_side_grifs(1, page)
    assert len(tables) == 1
    assert tuple(c.text for c in tables[0].rows[0]) == cells
    assert tables[0].bottom < page[-1].top  # the heading crossing the column is no part


def test_one_grif_word_is_no_block() -> None:
    page = [_tabbed(_line(100, (60, "УТВЕРЖДАЮ"), (330, "Директор школы")))]
    assert find_side_grifs(1, page) == []
