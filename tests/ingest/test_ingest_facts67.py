"""Grifs side by side on a PDF title page (session facts67): the approving order's line
wrapped before its date ("Приказ от" / "02.09.2026г. № 41") is the grif's, no heading ending
the block; an electronic signature's stamp printed beside or under the grifs ends it.
(invented names)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest.pdf.side_grifs import find_side_grifs
from ingest.text.side_grifs import stamp_line
from ingest.text.title_heads import heading_line

sys.path.insert(0, str(Path(__file__).parent / "fixtures_pdf"))
from printed_lines import printed_line as _line


@pytest.mark.parametrize(("line", "heading"), [
    # an act's line wrapped before its date or number: requisites, no heading
    ("Приказ от", False),
    ("Приказ №", False),
    ("Постановление от", False),
    ("Приказ от 02.09.2026 № 41", False),
    # a heading stays one
    ("ПРИКАЗ", True),
    ("План работы", True),
    ("Программа развития", True),
])
def test_wrapped_act_line_is_no_heading(line: str, heading: bool) -> None:
    assert heading_line(line) is heading


@pytest.mark.parametrize(("line", "stamp"), [
    ("Подписано цифровой", True),
    ("Кравцова\tПодписано цифровой", True),
    ("Документ подписан электронной подписью", True),
    ("Подписано в печать 12.03.2026", False),
    ("Утверждаю:", False),
])
def test_stamp_line(line: str, stamp: bool) -> None:
    assert stamp_line(line) is stamp


_GRIFS = [[(50, "Принят:"), (300, "Утверждаю:")],
          [(50, "На педагогическом"), (300, "Заведующий")],
          [(50, "совете"), (300, "МБДОУ")],
          [(50, "МБДОУ «Лесок»"), (300, "д/с«Лесок»")],
          [(300, "х.Заречный")],
          [(50, "х.Заречный")],
          [(300, "Приказ от")],
          [(50, "Протокол № 1 от")],
          [(300, "02.09.2026г. № 41")],
          [(50, "28.08.2026")],
          [(300, "________ Кравцова")],
          [(300, "О.П.")]]
_LEFT = "Принят:\nНа педагогическом\nсовете\nМБДОУ «Лесок»\nх.Заречный\nПротокол № 1 от\n28.08.2026"
_RIGHT = ("Утверждаю:\nЗаведующий\nМБДОУ\nд/с«Лесок»\nх.Заречный\nПриказ от\n02.09.2026г. № 41\n"
          "________ Кравцова\nО.П.")


@pytest.mark.parametrize(("after", "cells"), [
    # the stamp's first row beside the grifs: the block ends before it
    ([[(50, "Кравцова"), (300, "Подписано цифровой")], [(300, "подписью: Кравцова Ольга")]],
     (_LEFT, _RIGHT)),
    # the heading under them ends it as before
    ([[(150, "ГОДОВОЙ ПЛАН РАБОТЫ ДЕТСКОГО САДА НА 2026-2027 ГОД")]], (_LEFT, _RIGHT)),
], ids=["esign-stamp", "heading"])
def test_grifs_with_a_wrapped_order(after: list[list[tuple[float, str]]],
                                    cells: tuple[str, str]) -> None:
    page = [_line(100 + 15 * k, *parts) for k, parts in enumerate(_GRIFS + after)]
    tables = find_side_grifs(1, page)
    assert len(tables) == 1
    assert tuple(c.text for c in tables[0].rows[0]) == cells
