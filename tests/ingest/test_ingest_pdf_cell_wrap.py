"""A narrow ruled cell breaks a word that is wider than the cell without a hyphen ("202⏎5",
"фак⏎т") and wraps a number at its thousands space ("2⏎500"); the reader joins them back, and
keeps plain wraps of whole words and stacked values apart (synthetic lines, invented wording)."""

from __future__ import annotations

import pytest

from ingest.pdf.cell_wrap import cell_text
from ingest.pdf.layout import Line, Word

_GLYPH = 6.0  # pt per character in these synthetic lines
_LEFT = 100.0  # the cell's left rule; text starts 5 pt in


def _line(top: float, text: str) -> Line:
    words, x = [], _LEFT + 5.0
    for w in text.split():
        words.append(Word(x, x + _GLYPH * len(w), w, 10.0))
        x += _GLYPH * len(w) + 3.0
    return Line(text, _LEFT + 5.0, top, words[-1].x1, top + 10.0, 10.0, False, tuple(words))


# (cell lines, cell width in pt, cell text)
CASES = [
    (["202", "5"], 30.0, "2025"),  # a year wider than its column
    (["фак", "т"], 30.0, "факт"),
    (["исполни", "тель"], 54.0, "исполни\nтель"),  # a long tail: not a forced break's remainder
    (["Ответствен", "ный"], 72.0, "Ответственный"),
    (["Срок", "ы"], 90.0, "Срок\nы"),  # the line is far from the right edge: a plain wrap
    (["Итоги", "и"], 42.0, "Итоги\nи"),  # a conjunction on the next line begins a new word
    (["2", "500"], 30.0, "2 500"),  # a number wrapped at its thousands space
    (["95", "100"], 90.0, "95\n100"),  # stacked values in a wide cell stay apart
    (["Всего", "по району"], 48.0, "Всего\nпо району"),
]


@pytest.mark.parametrize(("texts", "width", "expected"), CASES)
def test_narrow_cell_words_joined(texts: list[str], width: float, expected: str) -> None:
    lines = [_line(100.0 + 12.0 * i, t) for i, t in enumerate(texts)]
    assert cell_text(lines, _LEFT, _LEFT + width) == expected


@pytest.mark.parametrize(("first", "expected"), [(" ", " \nт"), ("  ", "  \nт")])
def test_line_of_spaces_is_no_broken_word(first: str, expected: str) -> None:
    """A damaged file's line of only spaces (a fuzzed sample's) is kept, not read as a word."""
    blank = Line(first, 105.0, 100.0, 125.0, 110.0, 10.0, False, (Word(105.0, 125.0, first,
                                                                       10.0),))
    assert cell_text([blank, _line(112.0, "т")], _LEFT, _LEFT + 30.0) == expected
