"""Tables a text file draws with characters (frames) or prints cell by cell (pipe cells, or
one cell a paragraph): where they are, and how each is read. Their detectors run only when
the text holds the characters they need, so plain text pays one scan of the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ingest.text.dated_paras import DATE_OPEN, dated_runs, read_dated
from ingest.text.frame_body import with_open_body
from ingest.text.frame_lines import has_frame_chars, regions
from ingest.text.frame_table import read_frame
from ingest.text.grid import Built
from ingest.text.inline_pipes import inline_runs, read_inline
from ingest.text.para_cells import para_runs
from ingest.text.pipe_regions import pipe_runs
from ingest.text.pipe_table import read_pipes
from ingest.text.side_grifs import opener, read_side_grifs, side_grif_blocks

_INLINE_CAPTION = re.compile(r"\S[ \t]+(?:№|N)[ \t]*п[ \t]*/[ \t]*п[ \t]*\|"
                             # the caption's cell printed with its line break: "№" / "п/п |"
                             r"|^[ \t]*(?:№|N)[ \t]*\n(?:[ \t]*\n)?[ \t]*п[ \t]*/[ \t]*п[ \t]*\|",
                             re.M)

# a "№ п/п" caption on a line of its own: a table printed one cell a line with no blank line
_NUMBER_CAPTION_LINE = re.compile(r"^[ \t]*(?:№|N)[ \t]*п[ \t]*/[ \t]*п[ \t]*$", re.M)
_DATE_LINE = re.compile(DATE_OPEN.pattern, re.I | re.M)  # a line opening with a date


@dataclass(frozen=True)
class Drawn:
    """Lines [start, end) (0-based) of one table and the function that reads it."""

    kind: str
    start: int
    end: int
    read: Callable[[int], Built | None]
    lead: str = ""  # text before the table on its first line (a heading's end)


def drawn_tables(raw: list[str], text: str) -> list[Drawn]:
    """The drawn tables of a document in reading order, not overlapping."""
    found: list[Drawn] = []
    if has_frame_chars(text):
        found += [Drawn("frame", r.start, r.end, partial(read_frame, r))
                  for r in (with_open_body(raw, reg) for reg in regions(raw))]
    if " | " in text and _INLINE_CAPTION.search(text):
        taken = [(d.start, d.end) for d in found]
        found += [Drawn("inline cells", r.start, r.end, partial(read_inline, r), r.lead)
                  for r in inline_runs(raw)
                  if not any(a < r.end and r.start < b for a, b in taken)]
    if " |" in text or "\n|" in text:
        taken = [(d.start, d.end) for d in found]
        found += [Drawn("pipe cells", r.start, r.end, partial(read_pipes, r))
                  for r in pipe_runs(raw)
                  if not any(a < r.end and r.start < b for a, b in taken)]
    if "\n\n" in text or _NUMBER_CAPTION_LINE.search(text):  # a number caption, or a caption
        # paragraph (line_cells)
        taken = [(d.start, d.end) for d in found]
        found += [Drawn("paragraph cells", r.start, r.end, partial(read_pipes, r))
                  for r in para_runs(raw)
                  if not any(a < r.end and r.start < b for a, b in taken)]
    if "\n\n" in text and _DATE_LINE.search(text):
        taken = [(d.start, d.end) for d in found]
        found += [Drawn("dated paragraph cells", r.start, r.end, partial(read_dated, r))
                  for r in dated_runs(raw)
                  if not any(a < r.end and r.start < b for a, b in taken)]
    if opener().search(text):
        taken = [(d.start, d.end) for d in found]
        found += [Drawn("side grifs", b.start, b.end, partial(read_side_grifs, b))
                  for b in side_grif_blocks(raw)
                  if not any(a < b.end and b.start < e for a, e in taken)]
    return sorted(found, key=lambda d: d.start)


_BOX = re.compile(r"[\u2500-\u257f]")
_SIDE_MARGIN = 30  # a frame this far right leaves room for a form's text beside it
_SIDE_TEXT = re.compile(r"^(\s{0,20}\S.*?)(?:\s{5,}|$)")  # the text, not a label far right


def side_text(lines: list[str]) -> list[str]:
    """The text printed left of a narrow frame on its lines ("Наименование муниципального
    учреждения …" beside a "Коды" column): one entry a line (blank where none), or [] when the
    frame starts near the margin. Labels set far right, by the frame ("Дата", "По ОКВЭД"),
    are left out."""
    edges = [m.start() for line in lines if (m := _BOX.search(line))]
    if not edges or min(edges) < _SIDE_MARGIN:
        return []
    left = min(edges)
    out = [(m.group(1).rstrip() if (m := _SIDE_TEXT.match(line[:left])) else "")
           for line in lines]
    return out if any(out) else []
