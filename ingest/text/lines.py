"""Line-level clean-up before the text reader groups lines: newlines, pipe tables, quoted cells.

Every function keeps the number of lines, so line numbers stay those of the file.
"""

from __future__ import annotations

import csv
import io
import re

from ingest.text.grid_rules import Framed
from ingest.text.pipe_spans import widen_header_row

_PIPE = re.compile(r"(?<!\\)\|")
_MAX_QUOTED_LINES = 50
# a table row whose cells kept their line breaks ("| Наименование" / "показателя | Ед." / …)
_MAX_BROKEN_ROW_LINES = 15
_NEWLINES = str.maketrans({"\f": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
                           "\x0b": " "})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Hard-wrapped text never goes past a fixed width (60–100 characters); a longer line means
# the file was saved a paragraph per line, as legal and municipal sites export documents.
_WRAP_WIDTH = 100
# Share of prose lines near the longest one: wrapped text fills its width line after line,
# text saved a line per paragraph has only a few long lines among short ones.
_NEAR_WIDTH = 0.85
_MAX_NEAR_SHARE = 0.3
_MIN_PROSE_LINES = 3
# No one wraps text this wide: two prose lines past it are paragraphs saved whole, however
# many of the file's lines are as long (a council's decision of four long paragraphs).
_NEVER_WRAPPED = 250
_MIN_UNWRAPPED = 2
# A site's text export of a document set in short lines (a title page, a contents list) has
# no line past the wrap width, but no blank line either, and its lines do not fill a width:
# hard-wrapped text without blank lines would run most of its lines up to the margin.
_MIN_UNFILLED_LINES = 20
_MAX_UNFILLED_NEAR_SHARE = 0.1


def normalise_newlines(text: str) -> str:
    """\\r\\n, lone \\r, form feeds and Unicode line separators → \\n; a vertical tab (Word's
    manual line break) → space; other control characters and a leading BOM dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_NEWLINES)
    return _CONTROL.sub("", text).lstrip("\ufeff")


def _pipe_cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if len(stripped) < 3 or not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    cells = _PIPE.split(stripped[1:-1])
    return cells if len(cells) >= 2 else None


def is_pipe_row(line: str) -> bool:
    """A "| a | b |" row of two cells or more: its bars say where each cell ends, so even
    alone (grifs side by side, a passport's one row) it is a table's row, where a lone line
    laid out with tabs is a paragraph."""
    return _pipe_cells(line) is not None


def pipe_row_to_tabs(line: str) -> str:
    """A Markdown pipe-table row "| a | b |" → "a\\tb" so pipe tables read like tab tables."""
    cells = _pipe_cells(line)
    if cells is None:
        return line
    return "\t".join(c.strip().replace("\\|", "|") for c in cells)


def _broken_row_end(lines: list[str], start: int) -> int | None:
    """The line closing a pipe row opened at `start` and broken inside its cells: no line
    before it opens a row of its own, and it ends with the bar."""
    first = lines[start].strip()
    if not first.startswith("|") or first.endswith("|"):
        return None
    for j in range(start + 1, min(len(lines), start + _MAX_BROKEN_ROW_LINES)):
        line = lines[j].strip()
        if not line or line.startswith("|"):
            return None
        if line.endswith("|"):
            return j
    return None


def _ends_cleanly(lines: list[str], start: int) -> bool:
    """The line after a broken row opens the next row, is a paragraph with no bar or the
    file ends: a page's text run together with stray bars ("75,0 | 76,0 | | Целевой") goes on
    past the bar that seemed to close a row."""
    after = lines[start].strip() if start < len(lines) else ""
    return after.startswith("|") or "|" not in after


def join_broken_pipe_rows(text: str) -> str:
    """A site's text export prints a table cell's line breaks as they are, so a header row
    of "| a | b |" runs over several lines: the row is joined onto its last line (the breaks
    become spaces) and the lines it came from are left blank, so the line count is kept."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        end = _broken_row_end(lines, i)
        joined = " ".join(x.strip() for x in lines[i : end + 1]) if end else ""
        # "| Подпрограмма 1 «…» |" broken over lines right above the next row: a merged row
        row = _pipe_cells(joined) or (_lone_cell(joined) and _opens_row(lines, end + 1)) \
            if end else None
        if end is None or not row or not _ends_cleanly(lines, end + 1):
            i += 1
            continue
        lines[end] = joined
        lines[i:end] = [""] * (end - i)
        i = end + 1
    return "\n".join(lines)


def joined_blanks(before: str, after: str) -> frozenset[int]:
    """Lines (0-based) `join_broken_pipe_rows` left blank: rows printed one under the other
    stay consecutive across them."""
    return frozenset(k for k, (b, a) in enumerate(zip(before.split("\n"), after.split("\n"),
                                                      strict=True)) if b.strip() and not a)


def _next_line(i: int, bridged: frozenset[int]) -> int:
    k = i + 1
    while k in bridged:
        k += 1
    return k


def _opens_row(lines: list[str], k: int) -> bool:
    """Line k opens a pipe row of cells (a merged row's next row)."""
    return k < len(lines) and lines[k].strip().startswith("|") and lines[k].count("|") >= 2


def _opens_quoted_cell(line: str) -> bool:
    """Spreadsheet TSV: the last cell opens a quote that this line does not close."""
    if "\t" not in line:
        return False
    last = line.rsplit("\t", 1)[-1]
    return last.lstrip().startswith('"') and line.count('"') % 2 == 1


def _quoted_record_end(lines: list[str], start: int) -> int | None:
    quotes = lines[start].count('"')
    for j in range(start + 1, min(len(lines), start + _MAX_QUOTED_LINES)):
        quotes += lines[j].count('"')
        if quotes % 2 == 0:
            return j
    return None


def join_quoted_cells(lines: list[str]) -> list[str]:
    """Cells with line breaks that a spreadsheet saved as "line 1\\nline 2" become one logical
    line (cells unquoted, breaks kept inside the cell); the lines it used become blank."""
    out = list(lines)
    i = 0
    while i < len(out):
        end = _quoted_record_end(out, i) if _opens_quoted_cell(out[i]) else None
        if end is None:
            i += 1
            continue
        record = "\n".join(out[i : end + 1])
        cells = next(csv.reader(io.StringIO(record), delimiter="\t"), [])
        out[i] = "\t".join(c.replace("\t", " ") for c in cells)
        out[i + 1 : end + 1] = [""] * (end - i)
        i = end + 1
    return out


def _lone_cell(line: str) -> str | None:
    """The text of a one-cell pipe row "| text |" (a row merged across the width)."""
    stripped = line.strip()
    if len(stripped) < 3 or not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    inner = stripped[1:-1]
    return None if _PIPE.search(inner) or not inner.strip() else inner.strip()


def _lone_cells_as_rows(raw: list[str], tabbed: list[str],
                        bridged: frozenset[int] = frozenset()) -> list[str]:
    """One-cell pipe rows before a row of cells (after other one-cell rows or none) are the
    table's section rows ("| Задача 1. … |" over its activities): kept in the table as the
    text in the first of as many cells as the row below holds (a pipe row prints all its
    cells, none is lost). A one-cell frame elsewhere (a title box) is left as it is."""
    out = list(tabbed)
    for i in range(len(raw) - 1, -1, -1):
        text = _lone_cell(raw[i])
        k = _next_line(i, bridged)
        nxt = out[k] if k < len(out) else ""
        if text is not None and "\t" in nxt.lstrip(" \t"):
            out[i] = text + "\t" * nxt.count("\t")
    return out


def framed_lines(raw: list[str], prepared: list[str]) -> Framed:
    """The lines that were pipe rows made tab rows, and of them the one-cell rows."""
    rows = [i + 1 for i, (r, p) in enumerate(zip(raw, prepared, strict=True))
            if p != r and "\t" in p and r.strip().startswith("|")]
    return Framed(frozenset(rows), frozenset(n for n in rows if _lone_cell(raw[n - 1])))


def _header_levels_widened(raw: list[str], tabbed: list[str],
                           bridged: frozenset[int] = frozenset()) -> list[str]:
    """Pipe rows over a wider pipe row that repeat its texts: upper header levels, widened
    to the full width (pipe_spans)."""
    out = list(tabbed)
    for i in range(len(raw) - 2, -1, -1):
        k = _next_line(i, bridged)
        if k >= len(raw) or out[i] == raw[i] or out[k] == raw[k] or "\t" not in out[k]:
            continue  # not two pipe rows
        wide = widen_header_row(out[i].split("\t"), out[k].split("\t"))
        if wide is not None:
            out[i] = "\t".join(wide)
    return out


def prepare_lines(text: str, bridged: frozenset[int] = frozenset()) -> list[str]:
    """The file's lines, ready for grouping: pipe rows as tab rows (upper header levels
    widened, one-cell rows placed), quoted cells joined. `bridged`: blank lines a broken
    row's join left (joined_blanks), across which two rows are still one under the other."""
    raw = text.split("\n")
    tabbed = _header_levels_widened(raw, [pipe_row_to_tabs(line) for line in raw], bridged)
    return join_quoted_cells(_lone_cells_as_rows(raw, tabbed, bridged))


def closes_quotes(line: str) -> bool:
    """Every quote and bracket the line opens is closed on it."""
    straight = line.count('"') % 2 == 0
    return straight and line.count("«") <= line.count("»") and line.count("(") <= line.count(")")


def is_wide_line(line: str) -> bool:
    """Wider than hard-wrapped text goes: in a file saved a paragraph per line, a whole one."""
    return len(line.strip()) > _WRAP_WIDTH


def _unfilled_without_blanks(lines: list[str], widths: list[int]) -> bool:
    """Many lines, none blank between the first and the last, few of them near the longest:
    lines that end where their paragraphs do, not at a margin."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(widths) < _MIN_UNFILLED_LINES or not all(
            line.strip() for line in lines[filled[0] : filled[-1] + 1]):
        return False
    near = sum(w >= _NEAR_WIDTH * max(widths) for w in widths)
    return near / len(widths) <= _MAX_UNFILLED_NEAR_SHARE


def is_line_per_paragraph(lines: list[str]) -> bool:
    """The text is not hard-wrapped but saved a paragraph per line (no blank lines needed
    between paragraphs): its longest prose line is wider than any wrap width, and few lines
    come near it, or two lines are wider than anyone wraps text. Tab rows (tables) are left out
    of the count."""
    widths = [len(line.strip()) for line in lines if line.strip() and "\t" not in line]
    if len(widths) < _MIN_PROSE_LINES:
        return False
    if max(widths) <= _WRAP_WIDTH:
        return _unfilled_without_blanks(lines, widths)
    if sum(w > _NEVER_WRAPPED for w in widths) >= _MIN_UNWRAPPED:
        return True
    near = sum(w >= _NEAR_WIDTH * max(widths) for w in widths)
    return near / len(widths) <= _MAX_NEAR_SHARE
