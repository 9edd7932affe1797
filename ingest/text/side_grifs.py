"""Two grifs printed side by side in plain text, their columns kept apart by runs of spaces or
tabs (a title page copied from a site or pulled out of a PDF by hand):

    Рассмотрено:                          Утверждено:
    Общим собранием коллектива      Заведующим детским садом
    Протокол № 1                          ________ /И.И. Иванова/

A line holding two grif words (data/grif_words.yaml) with a wide gap between them opens the
block; each next line is cut at its gap nearest the second word's column, a line wholly
indented to that column goes to the right cell and one ending before it to the left. The block
ends at two blank lines, a line crossing the column with no gap, or after _MAX_LINES lines. It
becomes a one-row, two-cell table, as a word processor's copy holds the same grifs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.models import Cell, Provenance, Row, Table
from ingest.text.grid import Built
from ingest.yaml_data import load_yaml

_MAX_LINES = 12  # a grif runs 3–8 lines; more is no grif
_GAP = re.compile(r" {3,}")
_SPACES = re.compile(r"\s+")
_SLACK = 2  # a left line may run this far into the right column's first letters


@lru_cache(maxsize=1)
def opener() -> re.Pattern[str]:
    """A line that opens the block: a grif word, optional text, a wide gap, a grif word."""
    path = Path(__file__).parent / "data" / "grif_words.yaml"
    words = sorted(load_yaml(path.read_text("utf-8"))["words"], key=len, reverse=True)
    word = "(?:" + "|".join(w.replace("е", "[её]") for w in words) + ")"
    quote = "[«\"“„']?"
    return re.compile(
        rf"(?im)^[ \t]*{quote}{word}(?![а-яё])[^\t\n]*?(?: {{3}}|\t)[ \t]*"
        rf"(?P<right>{quote}{word}(?![а-яё]))")


def _expand(line: str) -> str:
    # a tab is a column gap however narrow it expands: at least three spaces
    return line.replace("\t", "  \t").expandtabs(8).rstrip()


@dataclass(frozen=True)
class SideGrifs:
    """Lines [start, end) (0-based) of one block; per cell its (line number, text) lines."""

    start: int
    end: int
    col: int
    left: tuple[tuple[int, str], ...]
    right: tuple[tuple[int, str], ...]


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _cut(line: str, col: int) -> tuple[str, str] | None:
    """A line's left and right parts, or None when it crosses the column with no gap."""
    text_start = _lead(line)
    if 2 * text_start >= col:  # wholly indented to the right column
        return "", line.strip()
    if len(line) <= col + _SLACK:
        return line.strip(), ""
    gaps = [m for m in _GAP.finditer(line, text_start)]
    if not gaps:
        return None
    best = min(gaps, key=lambda m: (max(m.start() - col, col - m.end(), 0), -len(m.group())))
    if 2 * best.end() < col:  # the nearest gap is the left text's own ("от   мая")
        return None
    return line[: best.start()].strip(), line[best.end():].strip()


def _block(raw: list[str], start: int) -> SideGrifs | None:
    head = _expand(raw[start])
    m = opener().match(head)
    if m is None:
        return None
    col = m.start("right")
    left = [(start + 1, head[:col].strip())]
    right = [(start + 1, head[col:].strip())]
    end, blanks = start + 1, 0
    for i in range(start + 1, min(len(raw), start + 1 + _MAX_LINES)):
        line = _expand(raw[i])
        if not line.strip():
            blanks += 1
            if blanks >= 2:
                break
            continue
        parts = _cut(line, col)
        if parts is None or (i > start + 1 and opener().match(line)):
            break
        blanks = 0
        for cell, text in zip((left, right), parts, strict=True):
            if text:
                cell.append((i + 1, _SPACES.sub(" ", text)))
        end = i + 1
    if end == start + 1 and not (left[0][1] and right[0][1]):
        return None
    return SideGrifs(start, end, col, tuple(left), tuple(right))


def side_grif_blocks(raw: list[str]) -> list[SideGrifs]:
    """The side-by-side grif blocks of a text's lines, in order."""
    out: list[SideGrifs] = []
    i = 0
    while i < len(raw):
        block = _block(raw, i) if opener().match(raw[i]) else None
        if block is None:
            i += 1
            continue
        out.append(block)
        i = block.end
    return out


def read_side_grifs(block: SideGrifs, index: int) -> Built:
    """The block as a one-row table of two cells, each its column's lines."""
    cells = tuple(
        Cell(text="\n".join(t for _, t in lines), col=c,
             source=Provenance(table=index, row=1, col=c + 1, line=lines[0][0]))
        for c, lines in enumerate((block.left, block.right)))
    row = Row(cells=cells, source=Provenance(table=index, row=1, line=block.start + 1))
    table = Table(index=index, n_cols=2, rows=(row,),
                  source=Provenance(table=index, line=block.start + 1))
    trace = [f"side grifs: two grif words a wide gap apart on line {block.start + 1}, "
             f"lines {block.start + 1}-{block.end} cut at the gap nearest column {block.col}"]
    return Built(table, [], trace)
