"""Line-level clean-up before the text reader groups lines: newlines, pipe tables, quoted cells.

Every function keeps the number of lines, so line numbers stay those of the file.
"""

from __future__ import annotations

import csv
import io
import re

_PIPE = re.compile(r"(?<!\\)\|")
_MAX_QUOTED_LINES = 50
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


def prepare_lines(text: str) -> list[str]:
    """The file's lines, ready for grouping: pipe rows as tab rows, quoted cells joined."""
    return join_quoted_cells([pipe_row_to_tabs(line) for line in text.split("\n")])


def closes_quotes(line: str) -> bool:
    """Every quote and bracket the line opens is closed on it."""
    straight = line.count('"') % 2 == 0
    return straight and line.count("«") <= line.count("»") and line.count("(") <= line.count(")")


def is_wide_line(line: str) -> bool:
    """Wider than hard-wrapped text goes: in a file saved a paragraph per line, a whole one."""
    return len(line.strip()) > _WRAP_WIDTH


def is_line_per_paragraph(lines: list[str]) -> bool:
    """The text is not hard-wrapped but saved a paragraph per line (no blank lines needed
    between paragraphs): its longest prose line is wider than any wrap width, and few lines
    come near it. Tab rows (tables) are left out of the count."""
    widths = [len(line.strip()) for line in lines if line.strip() and "\t" not in line]
    if len(widths) < _MIN_PROSE_LINES or max(widths) <= _WRAP_WIDTH:
        return False
    near = sum(w >= _NEAR_WIDTH * max(widths) for w in widths)
    return near / len(widths) <= _MAX_NEAR_SHARE
