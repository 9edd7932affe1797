"""A hyphen ending a visual line of a cell joins the parts of a compound word, whatever the
case of the second part: a PDF cell wraps "Верхне-\\nКамского" as it wraps "учебно-\\nметодический"
(a word processor keeps the hyphen, so the parts are joined with it, never with a space)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tsv

from extract.layout import flat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("учебно-\nметодический центр", "учебно-методический центр"),
        ("Верхне-\nКамского района", "Верхне-Камского района"),
        ("Ханты-\nМансийского округа", "Ханты-Мансийского округа"),
        ("района -\nпрограмма", "района - программа"),
        ("срок:\nМай", "срок: Май"),
    ],
)
def test_flat_joins_compound_words_across_cell_lines(text: str, expected: str) -> None:
    assert flat(text) == expected


def test_passport_title_wrapped_after_a_hyphen_keeps_the_compound_name() -> None:
    rows = tsv(r"""
Наименование\nпрограммы | «Развитие образования Северо-\nОзёрского округа» (далее - программа)
Сроки реализации | 2024 – 2028 годы
""")
    title = run(table(rows, lines=False)).document.title
    assert title is not None and "Северо-Озёрского округа" in title
