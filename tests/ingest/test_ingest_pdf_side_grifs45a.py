"""Two grifs side by side on a PDF title page (ingest/pdf/side_grifs.py): the lines under a
"СОГЛАСОВАНО <tab> УТВЕРЖДАЮ" line go to the left or the right cell by where their words start,
so that a line holding one grif's piece only is no longer read into the other grif; a line
crossing the column (the title) ends the block."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest.pdf.side_grifs import find_side_grifs

sys.path.insert(0, str(Path(__file__).parent / "fixtures_pdf"))
from printed_lines import printed_line as _line


@pytest.mark.parametrize(("rows", "cells"), [
    # the right grif's lines alone between the left's: each stays with its grif
    ([[(50, "СОГЛАСОВАНО:"), (320, "УТВЕРЖДАЮ:")],
      [(50, "Заведующий отделом"), (320, "Директор МКОУ ООШ № 5")],
      [(50, "образования")],
      [(320, "______ Р.А. Гусев")],
      [(50, "администрации Лесного района")],
      [(50, "______ С.В. Пахомова")],
      [(180, "ПРОГРАММА РАЗВИТИЯ ШКОЛЫ НА 2025-2030 ГОДЫ")]],
     ("СОГЛАСОВАНО:\nЗаведующий отделом\nобразования\nадминистрации Лесного района\n"
      "______ С.В. Пахомова",
      "УТВЕРЖДАЮ:\nДиректор МКОУ ООШ № 5\n______ Р.А. Гусев")),
    # a council's grif and an approving order, both columns on most lines
    ([[(50, "ПРИНЯТО"), (320, "УТВЕРЖДЕНО")],
      [(50, "педагогическим советом"), (320, "приказом МБОУ СОШ")],
      [(320, "(кадетская)")],
      [(50, "протокол № 1 от 30.08.2025"), (320, "от 01.09.2025 № 77")]],
     ("ПРИНЯТО\nпедагогическим советом\nпротокол № 1 от 30.08.2025",
      "УТВЕРЖДЕНО\nприказом МБОУ СОШ\n(кадетская)\nот 01.09.2025 № 77")),
])
def test_side_grifs_cut_at_the_column(rows: list[list[tuple[float, str]]],
                                      cells: tuple[str, str]) -> None:
    page = [_line(100 + 15 * k, *parts) for k, parts in enumerate(rows)]
    tables = find_side_grifs(1, page)
    assert len(tables) == 1
    assert tuple(c.text for c in tables[0].rows[0]) == cells
    crossing = [ln for ln in page if any(w.x0 < 310 < w.x1 for w in ln.words)]
    assert all(tables[0].bottom < ln.top for ln in crossing)


@pytest.mark.parametrize("rows", [
    [[(50, "УТВЕРЖДАЮ"), (320, "Директор школы")]],  # one grif word: no pair
    [[(50, "СОГЛАСОВАНО"), (320, "УТВЕРЖДАЮ")]],  # the openers with nothing under them
])
def test_no_side_grifs(rows: list[list[tuple[float, str]]]) -> None:
    page = [_line(100 + 15 * k, *parts) for k, parts in enumerate(rows)]
    assert find_side_grifs(1, page) == []
