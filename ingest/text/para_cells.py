"""Tables printed one cell a paragraph: a legal site's text form (docs.cntd.ru) gives every cell
of an HTML table as a paragraph of its own, a blank line between two cells, with no bars and
no frame. The header's cells come first ("N", "Наименование мероприятия", "Срок" …), then the
rows, each opened by its item number.

Such a stream is the bare-bar form with blank lines instead of bars, and is read the same way
(bar_rows): it is taken for a table only when it opens with a number caption ("N", "№ п/п")
and row numbers come back at the spacing of one row at least twice. The table ends with its
last numbered row: paragraphs after it are text again.
"""

from __future__ import annotations

import re

from ingest.text.bar_rows import bare_layout
from ingest.text.grid_rules import is_row_number
from ingest.text.pipe_cells import PipeRun, Token

CAPTION = re.compile(r"^(?:N|№|n)\s*(?:п\s*/\s*п|пп\.?|п\.\s*п\.?)?$|^№\s*\n?\s*п\s*/\s*п$", re.I)
_MAX_CELL = 1500  # characters of one cell paragraph; a longer paragraph is text
_MAX_BLANKS = 2  # blank lines between two cells at most
_MIN_ROWS = 2


def _paragraphs(raw: list[str], start: int) -> list[Token]:
    """Paragraphs from line `start` on, one token each (its lines joined by "\\n"), up to a
    wider gap or a paragraph too long for a cell."""
    out: list[Token] = []
    i = start
    while i < len(raw):
        j = i
        while j < len(raw) and raw[j].strip():
            j += 1
        text = "\n".join(" ".join(line.split()) for line in raw[i:j])
        if len(text) > _MAX_CELL or "|" in text:
            break
        out.append(Token(text, i + 1, first=True, gap=j - i))
        k = j
        while k < len(raw) and not raw[k].strip():
            k += 1
        if k - j > _MAX_BLANKS or k >= len(raw):
            break
        i = k
    return out


def _ends_text(raw: list[str], token: Token) -> bool:
    return not any(line.strip() for line in raw[token.line - 1 + token.gap:])


def _run_at(raw: list[str], start: int) -> PipeRun | None:
    tokens = _paragraphs(raw, start)
    lay = bare_layout([t.text for t in tokens])
    if lay is None or lay.n < 3:
        return None
    numbered = [(a, b) for a, b in lay.rows[lay.head:]
                if b - a == lay.n and is_row_number(tokens[a].text)]
    if len(numbered) < _MIN_ROWS:
        return None
    end = numbered[-1][1]  # the last full numbered row closes the table …
    a, b = lay.rows[-1]
    if b == len(tokens) > end and is_row_number(tokens[a].text) and _ends_text(raw, tokens[-1]):
        end = b  # … unless the text ends inside the next one (a page or an excerpt cut)
    last = tokens[end - 1]
    return PipeRun(start, last.line - 1 + last.gap, tokens[:end], bare=True)


def _caption_at(raw: list[str], i: int) -> bool:
    """A paragraph of its own (one line, or "№" over "п/п") that is a number caption."""
    if not raw[i].strip() or (i and raw[i - 1].strip()):
        return False
    j = i
    while j < len(raw) and raw[j].strip() and j - i < 2:
        j += 1
    if j < len(raw) and raw[j].strip():
        return False
    return bool(CAPTION.match("\n".join(line.strip() for line in raw[i:j])))


def para_runs(raw: list[str]) -> list[PipeRun]:
    """Tables printed one cell a paragraph, in order."""
    out: list[PipeRun] = []
    i = 0
    while i < len(raw):
        if _caption_at(raw, i):
            run = _run_at(raw, i)
            if run is not None:
                out.append(run)
                i = run.end
                continue
        i += 1
    return out
