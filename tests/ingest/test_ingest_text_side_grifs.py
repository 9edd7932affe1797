"""Two grifs printed side by side in a plain-text title page, their columns kept apart by runs
of spaces or tabs: the block becomes a one-row table of two cells, each its column's lines (as
a word processor's copy holds them); ordinary lines with wide gaps stay paragraphs.
(lines, expected blocks) cases: a table as its cells' texts, a paragraph as its text."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.text.reader import read_text


def _blocks(lines: list[str]) -> list[object]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [[c.text for r in b.rows for c in r.cells] if isinstance(b, Table)
            else b.text for b in doc.blocks if isinstance(b, Paragraph | Table)]


@pytest.mark.parametrize(("lines", "blocks"), [
    # the right column drifts left on some lines: each line is cut at the gap nearest it
    (["Рассмотрено:                                 Утверждено:",
      "Общим собранием работников          Заведующим МБДОУ № 3",
      "Протокол №  от   мая 2025 года         __________ /Лаптева О.И./",
      "                                                     Приказ №   от    мая 2025 года",
      "",
      "",
      "План работы на летний период"],
     [["Рассмотрено:\nОбщим собранием работников\nПротокол № от мая 2025 года",
       "Утверждено:\nЗаведующим МБДОУ № 3\n__________ /Лаптева О.И./\n"
       "Приказ № от мая 2025 года"],
      "План работы на летний период"]),
    # capitals, no colon, single blank lines between the grif's lines, tabs for the gap
    (["СОГЛАСОВАНО\t\t\t\tУТВЕРЖДАЮ",
      "",
      "Председатель профкома\t\t\tДиректор школы",
      "",
      "______ В.К. Рябова\t\t\t\t______ С.Д. Орехов",
      "",
      "",
      "Положение о школьном музее"],
     [["СОГЛАСОВАНО\nПредседатель профкома\n______ В.К. Рябова",
       "УТВЕРЖДАЮ\nДиректор школы\n______ С.Д. Орехов"],
      "Положение о школьном музее"]),
    # a line crossing the right column with no gap ends the block
    (["ПРИНЯТО      УТВЕРЖДЕНО",
      "педсоветом   приказом № 7",
      "Программа развития дополнительного образования детей на пять лет вперёд"],
     [["ПРИНЯТО\nпедсоветом", "УТВЕРЖДЕНО\nприказом № 7"],
      "Программа развития дополнительного образования детей на пять лет вперёд"]),
    # the left grif's words run on before the gap
    (["«Рассмотрено» на заседании МО        «Утверждаю»",
      "протокол № 2                          директор ______ А.А. Белов"],
     [["«Рассмотрено» на заседании МО\nпротокол № 2",
       "«Утверждаю»\nдиректор ______ А.А. Белов"]]),
])
def test_side_by_side_grifs_become_a_two_cell_row(lines: list[str], blocks: list[object]
                                                  ) -> None:
    assert _blocks(lines) == blocks


@pytest.mark.parametrize(("lines", "blocks"), [
    # one grif word only: no columns to cut
    (["                                   УТВЕРЖДАЮ", "                  Директор И.И. Петров"],
     ["УТВЕРЖДАЮ\nДиректор И.И. Петров"]),
    # a grif word inside a sentence with wide spaces, a second one further on
    (["Отчёт принят   и утверждён на заседании совета"],
     ["Отчёт принят и утверждён на заседании совета"]),
    # two grif words with a narrow gap: one line of text
    (["Рассмотрено и утверждено на совете"], ["Рассмотрено и утверждено на совете"]),
])
def test_other_lines_stay_paragraphs(lines: list[str], blocks: list[object]) -> None:
    assert _blocks(lines) == blocks
