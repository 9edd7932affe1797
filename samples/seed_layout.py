"""An independent reading of the seed texts (samples/000..004_*.txt) for their renderings.

The DOCX/PDF/DOC/RTF/ODT renderings of the seeds are built from this reading, never from the
project's readers, so that reader tests compare a reader with a separate source and not with
itself. It is deliberately small and reads only the layout the seeds use:

- a table is a run of lines holding a tab; a blank line inside it (a page break of the original)
  does not end it when the next line holds a tab; lines without a tab inside a table continue
  the last filled cell when the table goes on with a continuation line after them;
- a line whose first cell is empty continues the row above, column by column; any other tab
  line opens a row; a row of dashes ("--\\t---") is a rule, not a row;
- inline HTML (<p>, <ul>, <li>, <i>, <b>, <u>) is dropped, a paragraph or item break becomes a
  line break, and so does each "- " / "· " item of an HTML list;
- outside tables a blank line ends a paragraph, each "- " or numbered line is a paragraph of its
  own, "## " / "### " open a heading, a paragraph wrapped in "**" is bold, a paragraph opening
  in lower case goes on from the one before (the original's page break), markdown links and
  italics keep their words.

What the layout cannot say is written by hand in SEED_FACTS, by line of the seed: how many
header rows each table has, which lines are section captions cut across the columns, which
lines open a row under a caption though their first cell is empty, and cells a page break of
the original moved to another column.

The renderings built from this reading are byte-identical to those built before from the
text reader's blocks (checked when this module was written): the readers agreed with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"</?(?:p|ul|li|i|b|u|br)\b[^>]*>", re.IGNORECASE)
_BREAK = re.compile(r"</p>\s*<p>|</p>\s*<ul[^>]*>|<li>|</li>\s*|<br\s*/?>", re.IGNORECASE)
_RULE = re.compile(r"^[-\t ]+$")
_ITEM = re.compile(r"(?<=[;.:])\s+(?=[-·]\s)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # markdown link: its text only
_ITALIC = re.compile(r"(?<!\*)\*([^*\n]+)\*(?!\*)")


@dataclass
class Grid:
    """A table of the seed: per row its cell texts by column (lines joined with newlines)."""

    rows: list[list[str]]
    captions: set[int] = field(default_factory=set)  # rows spanning the table after their number
    bold: set[tuple[int, int]] = field(default_factory=set)  # (row, column) of cells in <b>
    headers: int = 0

    @property
    def n_cols(self) -> int:
        """Columns: the widest row."""
        return max(len(r) for r in self.rows)


@dataclass
class Para:
    """A paragraph of the seed outside its tables."""

    text: str
    heading: int = 0
    bold: bool = False


@dataclass
class SeedFacts:
    """What the tab layout cannot say about one seed, written by hand from reading it.

    Line numbers are 1-based lines of the seed file.
    """

    headers: dict[int, int] = field(default_factory=dict)  # table number (1-based) → header rows
    captions: dict[int, str] = field(default_factory=dict)  # line → section caption ("" = as cut)
    row_lines: set[int] = field(default_factory=set)  # lines opening a row with an empty 1st cell
    moves: dict[int, dict[int, int]] = field(default_factory=dict)  # line → {from col: to col}


def _right(lines: range) -> dict[int, dict[int, int]]:
    """Lines that lost their first column to a page break: every cell one column right."""
    return {line: {c: c + 1 for c in range(8, -1, -1)} for line in lines}


SEED_FACTS: dict[str, SeedFacts] = {
    "000": SeedFacts(headers={1: 1, 2: 2},
                     # the caption of section 2 survives only as its stray dots and a cut word
                     captions={34: "", 52: "но-методичесское направление", 60: "", 80: "", 94: ""},
                     row_lines={81, 82, 83, 85, 86, 87, 89, 92, 96},
                     moves=_right(range(91, 98))),
    "001": SeedFacts(headers={3: 1, 4: 1, 5: 1}, captions={439: ""}),
    "002": SeedFacts(headers={1: 1}),
    "003": SeedFacts(headers={1: 1}, moves={25: {5: 4}, 26: {5: 4}, 27: {5: 4},
                                                        28: {5: 4, 6: 5}}),
    "004": SeedFacts(headers={2: 1}),
}


def _clean(cell: str) -> str:
    text = _TAG.sub("", _BREAK.sub("\n", cell))
    if "<ul" in cell:  # the items of an HTML list, each on its own line
        text = _ITEM.sub("\n", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _cells(line: str, moves: dict[int, int]) -> list[str]:
    cells = [_clean(c) for c in line.split("\t")]
    for src, dst in moves.items():
        while len(cells) <= max(src, dst):
            cells.append("")
        cells[dst], cells[src] = cells[src], ""
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _append(row: list[str], cells: list[str]) -> None:
    while len(row) < len(cells):
        row.append("")
    for i, cell in enumerate(cells):
        if cell:
            row[i] = f"{row[i]}\n{cell}" if row[i] else cell


def _caption(cells: list[str], text: str) -> list[str]:
    """A section caption: its number, then its pieces glued (the original cut it at columns)."""
    glued = text or "".join(cells[1:])
    return [cells[0], glued] if cells[0] else [glued]


def _table(lines: list[tuple[int, str]], facts: SeedFacts) -> Grid:
    grid = Grid([])
    rows = grid.rows
    loose: list[str] = []  # lines without a tab waiting for the row they belong to
    for number, line in lines:
        if "\t" not in line:
            if line.strip():
                loose.append(_clean(line))
            continue
        if _RULE.match(line):
            continue
        cells = _cells(line, facts.moves.get(number, {}))
        if loose and rows:
            last = max(i for i, c in enumerate(rows[-1]) if c)
            rows[-1][last] += "\n" + "\n".join(loose)
        loose = []
        if number in facts.captions:
            grid.captions.add(len(rows))
            rows.append(_caption(cells, facts.captions[number]))
        elif (cells and cells[0]) or not rows or number in facts.row_lines:
            rows.append([])
            _append(rows[-1], cells)
        elif len(rows) - 1 in grid.captions:
            rows[-1][-1] += "\n" + " ".join(c for c in cells if c)
        else:
            _append(rows[-1], cells)
        grid.bold |= {(len(rows) - 1, c) for c, raw in enumerate(line.split("\t")) if "<b>" in raw}
    return grid


def _table_end(lines: list[str], start: int) -> int:
    """Index after the last line of the table opening at `start`."""
    end = i = start
    while i < len(lines):
        if "\t" in lines[i]:
            end = i = i + 1
            continue
        j = i
        while j < len(lines) and "\t" not in lines[j]:
            j += 1
        # text lines stay in the table only when a continuation line (first cell empty) follows
        if j < len(lines) and ((not lines[i].strip() and j == i + 1) or lines[j].startswith("\t")):
            i = j
            continue
        break
    return end


_NUMBERED = re.compile(r"^(?:- )?(\d+\.\s.*)$")


def _paragraphs(lines: list[str]) -> list[Para]:
    out: list[Para] = []
    chunk: list[str] = []

    def flush() -> None:
        if chunk:
            para = _para(chunk)
            chunk.clear()
            # a paragraph opening in lower case goes on from the one before (a page break)
            if (out and para.text[:1].islower() and not out[-1].heading
                    and not out[-1].bold and not para.bold):
                out[-1].text += " " + para.text
            else:
                out.append(para)

    for line in lines:
        text = line.strip()
        numbered = _NUMBERED.match(text)
        if not text:
            flush()
        elif numbered or text.startswith(("- ", "## ", "### ")):
            # a numbered item of the seed's conversion may carry a stray list dash
            flush()
            chunk.append(numbered.group(1) if numbered else text)
            flush()
        else:
            chunk.append(text)
    flush()
    return out


def _para(lines: list[str]) -> Para:
    first = lines[0]
    level = len(first) - len(first.lstrip("#"))
    if level and first[level:level + 1] == " ":
        return Para(" ".join(lines)[level + 1:].strip(), heading=level)
    text = "\n".join(lines)
    if text.startswith("**") and text.endswith("**"):
        return Para(text.strip("*").strip(), bold=True)
    # inline markdown of the seed's conversion: the renderings keep the words only
    return Para(_ITALIC.sub(r"\1", _LINK.sub(r"\1", text)))


def read_seed(path: Path) -> list[Grid | Para]:
    """The blocks of a seed text, by the rules of this module and the seed's SEED_FACTS."""
    lines = path.read_text(encoding="utf-8").split("\n")
    facts = SEED_FACTS[path.name[:3]]
    blocks: list[Grid | Para] = []
    text: list[str] = []
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            text.append(lines[i])
            i += 1
            continue
        blocks += _paragraphs(text)
        text = []
        end = _table_end(lines, i)
        grid = _table([(n + 1, lines[n]) for n in range(i, end)], facts)
        grid.headers = facts.headers.get(sum(isinstance(b, Grid) for b in blocks) + 1, 0)
        blocks.append(grid)
        i = end
    blocks += _paragraphs(text)
    return blocks
