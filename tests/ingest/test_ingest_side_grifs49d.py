"""Grifs side by side (ingest/text/side_grifs.py, ingest/pdf/side_grifs.py): three grifs in a
row of a text copy, a title under double-spaced grifs, and on a PDF page a right grif's lines
centred or right-aligned under its word (starting left of it) and a left grif's line running
on past the right word's column."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.pdf.side_grifs import find_side_grifs
from ingest.text.reader import read_text

sys.path.insert(0, str(Path(__file__).parent / "fixtures_pdf"))
from printed_lines import printed_line as _line


def _blocks(lines: list[str]) -> list[object]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [[c.text for r in b.rows for c in r.cells] if isinstance(b, Table)
            else b.text for b in doc.blocks if isinstance(b, Paragraph | Table)]


@pytest.mark.parametrize(("lines", "blocks"), [
    # three grifs, centred under their words, double-spaced; the title under them ends them
    (["   Согласовано                       Рассмотрено                        Утверждаю",
      "",
      "заведующий отделом           на заседании                       директор",
      "",
      "образования_______          методсовета                   _______ Лаптев П.Р.",
      "",
      "              Осипова Н.А.          протокол № 3                       приказ № 15",
      "",
      "«__»______ 2024 г.          «29» августа 2024 г.          от «30» августа 2024 г.",
      "",
      " ПЛАН РАБОТЫ",
      "",
      "МКОУ ООШ им. В.И. Громова п. Лесной"],
     [["Согласовано\nзаведующий отделом\nобразования_______\nОсипова Н.А.\n«__»______ 2024 г.",
       "Рассмотрено\nна заседании\nметодсовета\nпротокол № 3\n«29» августа 2024 г.",
       "Утверждаю\nдиректор\n_______ Лаптев П.Р.\nприказ № 15\nот «30» августа 2024 г."],
      "ПЛАН РАБОТЫ", "МКОУ ООШ им. В.И. Громова п. Лесной"]),
    # two grifs double-spaced: the heading printed alone under them is no left grif's line
    (["ПРИНЯТО                               УТВЕРЖДАЮ",
      "",
      "педсоветом                            Директор ______ А.А. Белов",
      "",
      "Программа воспитания"],
     [["ПРИНЯТО\nпедсоветом", "УТВЕРЖДАЮ\nДиректор ______ А.А. Белов"],
      "Программа воспитания"]),
])
def test_grifs_in_a_row_of_text(lines: list[str], blocks: list[object]) -> None:
    assert _blocks(lines) == blocks


@pytest.mark.parametrize(("rows", "cells"), [
    # the right grif centred under its word: its longer lines start left of the word
    ([[(50, "СОГЛАСОВАНО"), (330, "УТВЕРЖДАЮ")],
      [(50, "Председатель совета"), (290, "Директор МБОУ СОШ № 8")],
      [(50, "______ Е.Е. Зуева"), (300, "______ М.К. Ильин")],
      [(286, "Приказ от 29.08.2025 № 90")],
      [(180, "ПРОГРАММА РАЗВИТИЯ")]],
     ("СОГЛАСОВАНО\nПредседатель совета\n______ Е.Е. Зуева",
      "УТВЕРЖДАЮ\nДиректор МБОУ СОШ № 8\n______ М.К. Ильин\nПриказ от 29.08.2025 № 90")),
    # the left grif's position runs on past the column from the left edge, then wraps
    ([[(50, "СОГЛАСОВАНО"), (330, "УТВЕРЖДАЮ")],
      [(50, "Заместитель главы администрации Кедрового района по")],
      [(50, "социальной политике")],
      [(330, "Директор МБОУ СОШ № 8")],
      [(50, "______ О.О. Рябов"), (330, "______ М.К. Ильин")]],
     ("СОГЛАСОВАНО\nЗаместитель главы администрации Кедрового района по\n"
      "социальной политике\n______ О.О. Рябов",
      "УТВЕРЖДАЮ\nДиректор МБОУ СОШ № 8\n______ М.К. Ильин")),
])
def test_pdf_grif_lines_go_to_their_grif(rows: list[list[tuple[float, str]]],
                                         cells: tuple[str, str]) -> None:
    page = [_line(100 + 15 * k, *parts) for k, parts in enumerate(rows)]
    tables = find_side_grifs(1, page)
    assert len(tables) == 1
    assert tuple(c.text for c in tables[0].rows[0]) == cells
