"""Session tables68, tables printed a cell a line ending in " |": a roman-numbered part printed
without pads before the item under it is a row of its own, across the width; a text that ends
a line after the last bar is the last cell, cut (ingest/text/pipe_cells.py, pipe_regions.py)."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.text.reader import read_text

HEAD = ["N п/п |", "Наименование мероприятия |", "Срок |", "Исполнитель |", "Результат |",
        "1 |", "2 |", "3 |", "4 |", "5 |"]
ROW = ["1. |", "Сбор заявок от школ района |", "январь 2027 года |",
       "Отдел образования администрации Ольховского района |", "Сводный перечень |"]


def _rows(lines: list[str]) -> list[list[tuple[int, int, str]]]:
    doc = read_text("\n".join(lines).encode(), "p.txt", Limits())
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    return [[(c.col, c.col_span, c.text) for c in r.cells] for r in table.rows]


@pytest.mark.parametrize(("part", "cells"), [
    ("I. Подготовительный этап |", [(0, 5, "I. Подготовительный этап")]),
    ("II Информационное сопровождение |", [(0, 5, "II Информационное сопровождение")]),
])
def test_roman_part_without_pads_is_a_row_across_the_width(
        part: str, cells: list[tuple[int, int, str]]) -> None:
    rows = _rows([*HEAD, part, *ROW])
    assert rows[2] == cells
    assert [t for _, _, t in rows[3]] == [
        "1.", "Сбор заявок от школ района", "январь 2027 года",
        "Отдел образования администрации Ольховского района", "Сводный перечень"]


def test_text_ending_after_the_last_bar_is_the_last_cell() -> None:
    lines = [*HEAD, "I. Подготовительный этап |", *ROW[:4], "Приказ об утверждении реж"]
    doc = read_text("\n".join(lines).encode(), "p.txt", Limits())
    assert not [b for b in doc.blocks if isinstance(b, Paragraph)]
    rows = _rows(lines)
    assert rows[-1][-1] == (4, 1, "Приказ об утверждении реж")


@pytest.mark.parametrize("gap", [[""], []])
def test_a_signature_after_a_full_row_stays_text(gap: list[str]) -> None:
    lines = [*HEAD, *ROW, *gap, "Начальник отдела образования А.В. Кленова"]
    doc = read_text("\n".join(lines).encode(), "p.txt", Limits())
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "Начальник отдела образования А.В. Кленова"]


def test_a_heading_after_a_signature_printed_in_cells_stays_text() -> None:
    lines = ["постановляю:", "1. Утвердить программу согласно приложению.",
             "Глава Ольховского района |", "К.Л. Дубов |", "Муниципальная программа",
             "\"Школьные медиацентры на 2027-2029 годы\""]
    doc = read_text("\n".join(lines).encode(), "p.txt", Limits())
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)][-1] == (
        "Муниципальная программа\n\"Школьные медиацентры на 2027-2029 годы\"")


@pytest.mark.parametrize(("tail", "joined"), [
    ("октябрь", False),
    ("ноябрь – декабрь", False),
    ("октября и ноября", True),  # a sentence's tail after a page break
    ("проводится ежегодно", True),
])
def test_a_month_label_alone_is_no_tail_of_the_paragraph_above(tail: str, joined: bool) -> None:
    doc = read_text(f"15 сентября Кросс наций\n\n{tail}\n".encode(), "p.txt", Limits())
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert (len(texts) == 1) is joined
