"""Printed PDF lines made by hand for the PDF layout rules' tests: each piece's words laid out
from its left edge at a fixed advance, a tab where the gap between words is wide."""

from __future__ import annotations

from itertools import pairwise

from ingest.pdf.layout import Line, Word

SIZE = 12.0
TAB = 36.0  # a gap this wide is the reader's tab


def printed_line(top: float, *parts: tuple[float, str]) -> Line:
    """A printed line: its pieces' words from each piece's left edge, a tab at a wide gap."""
    words: list[Word] = []
    for x, text in parts:
        for w in text.split():
            words.append(Word(x, x + 7 * len(w), w, SIZE))
            x += 7 * len(w) + 4
    text = words[0].text
    for prev, w in pairwise(words):
        text += ("\t" if w.x0 - prev.x1 > TAB else " ") + w.text
    return Line(text, words[0].x0, top, words[-1].x1, top + SIZE, SIZE, False, tuple(words))
