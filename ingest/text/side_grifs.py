"""Two grifs printed side by side in plain text, their columns kept apart by runs of spaces or
tabs (a title page copied from a site or pulled out of a PDF by hand):

    Рассмотрено:                          Утверждено:
    Общим собранием коллектива      Заведующим детским садом
    Протокол № 1                          ________ /И.И. Иванова/

A line holding two grif words (data/grif_words.yaml) with a wide gap between them opens the
block; each next line is cut at its gap nearest the second word's column, a line wholly
indented to that column goes to the right cell and one ending before it to the left. Three
grifs in a row ("Согласовано   Принято   Утверждаю") are cut into their runs of text, each to
its column in order. The block ends at two blank lines, a line crossing the column with no gap,
a document's heading printed alone under the grifs (data/heading_words.yaml: the title page's
"ПРОГРАММА РАЗВИТИЯ" after double-spaced grifs), or after _MAX_LINES lines. It becomes a
one-row table of a cell per grif, as a word processor's copy holds the same grifs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.models import Cell, Provenance, Row, Table
from ingest.text.grid import Built
from ingest.text.title_heads import heading_line
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


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "grif_words.yaml"
    return frozenset(load_yaml(path.read_text("utf-8"))["words"])


@lru_cache(maxsize=1)
def _stamps() -> re.Pattern[str]:
    path = Path(__file__).parent / "data" / "grif_words.yaml"
    return re.compile("|".join(load_yaml(path.read_text("utf-8"))["stamps"]), re.IGNORECASE)


def stamp_line(line: str) -> bool:
    """A line holding an electronic signature's stamp opener ("Подписано цифровой подписью"):
    no grif's line, it ends the grifs' block."""
    return bool(_stamps().search(line))


def lone_word(line: str) -> bool:
    """A grif's word alone on its line ("УТВЕРЖДАЮ", "Согласовано:")."""
    word = line.strip().strip("«»\"“„'").rstrip(":.").lower().replace("ё", "е")
    return word in _words()


def _expand(line: str) -> str:
    # a tab is a column gap however narrow it expands: at least three spaces
    return line.replace("\t", "  \t").expandtabs(8).rstrip()


@dataclass(frozen=True)
class SideGrifs:
    """Lines [start, end) (0-based) of one block; per cell its (line number, text) lines."""

    start: int
    end: int
    col: int
    cells: tuple[tuple[tuple[int, str], ...], ...]


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


def _runs(line: str) -> list[tuple[int, str]]:
    """A line's runs of text between wide gaps, each with the column it starts at."""
    out, at = [], 0
    for gap in [*_GAP.finditer(line), None]:
        stop = gap.start() if gap else len(line)
        if line[at:stop].strip():
            out.append((at + _lead(line[at:stop]), line[at:stop].strip()))
        at = gap.end() if gap else at
    return out


def _columns(head: str, col: int) -> tuple[int, ...]:
    """The opener's grif columns: two, or every run from the second on that is a grif word
    too (three grifs in a row)."""
    runs = _runs(head)
    later = [at for at, text in runs if at >= col]
    if len(later) > 1 and all(opener().match(f"{text}   {text}") for at, text in runs
                              if at >= col):
        return (0, *later)
    return (0, col)


def _split(line: str, cols: tuple[int, ...]) -> tuple[str, ...]:
    """A line under three or more grifs: as many runs as columns go one to each in order
    (centred text drifts off its word's column); else each run to the column nearest its
    start, never left of the run before it."""
    runs = _runs(line)
    if len(runs) == len(cols):
        return tuple(text for _, text in runs)
    parts = [""] * len(cols)
    last = 0
    for at, text in runs:
        k = max(last, min(range(len(cols)), key=lambda c: abs(cols[c] - at)))
        parts[k], last = f"{parts[k]} {text}".strip(), k
    return tuple(parts)


def _heading_under(parts: tuple[str, ...]) -> bool:
    """A document's heading printed alone under the grifs ends them."""
    return bool(parts[0]) and not any(parts[1:]) and heading_line(parts[0])


def _block(raw: list[str], start: int) -> SideGrifs | None:
    head = _expand(raw[start])
    m = opener().match(head)
    if m is None:
        return None
    col = m.start("right")
    cols = _columns(head, col)
    cells: list[list[tuple[int, str]]] = [[] for _ in cols]
    for k, text in enumerate(_split(head, cols) if len(cols) > 2
                             else (head[:col].strip(), head[col:].strip())):
        cells[k].append((start + 1, text))
    end, blanks = start + 1, 0
    for i in range(start + 1, min(len(raw), start + 1 + _MAX_LINES)):
        line = _expand(raw[i])
        if not line.strip():
            blanks += 1
            if blanks >= 2:
                break
            continue
        parts = _split(line, cols) if len(cols) > 2 else _cut(line, col)
        if parts is None or (i > start + 1 and opener().match(line)) or _heading_under(parts):
            break
        blanks = 0
        for cell, text in zip(cells, parts, strict=True):
            if text:
                cell.append((i + 1, _SPACES.sub(" ", text)))
        end = i + 1
    if end == start + 1 and not all(c and c[0][1] for c in cells):
        return None
    return SideGrifs(start, end, col, tuple(tuple(c) for c in cells))


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
    """The block as a one-row table of a cell per grif, each its column's lines."""
    cells = tuple(
        Cell(text="\n".join(t for _, t in lines), col=c,
             source=Provenance(table=index, row=1, col=c + 1,
                               line=lines[0][0] if lines else block.start + 1))
        for c, lines in enumerate(block.cells))
    row = Row(cells=cells, source=Provenance(table=index, row=1, line=block.start + 1))
    table = Table(index=index, n_cols=len(cells), rows=(row,),
                  source=Provenance(table=index, line=block.start + 1))
    trace = [f"side grifs: two grif words a wide gap apart on line {block.start + 1}, "
             f"lines {block.start + 1}-{block.end} cut at the gap nearest column {block.col}"]
    return Built(table, [], trace)
