"""Lines of tables drawn with characters: box-drawing frames (┌─┬─┐ │ ├─┼─┤ ═ ║ ╬) and ASCII
frames (+---+---+, |, ¦, rules of '-' only).

Each line is kept from its left border on (tables indented differently on each page line
up) with the positions of its separators; one regex pass per line finds them, so long lines
stay linear. `regions` finds the runs of such lines that form a table, bridging page breaks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

# Horizontal strokes: box drawing (light, heavy, dashed, double) and the ASCII '-' and '='.
BOX_HORIZONTAL = frozenset("─━┄┅┈┉╌╍═╴╶╸╺╼╾")
# ASCII strokes; a legal site's export draws rules with em dashes too ("|———|———|")
TEXT_STROKES = "-=—―"
RULE_CHARS = BOX_HORIZONTAL | frozenset(TEXT_STROKES)
_BOX = "\u2500-\u257f"
# separators: box characters other than horizontal strokes, ASCII verticals, '+'
_SEPARATOR = re.compile("[" + "".join(
    ch for ch in map(chr, range(0x2500, 0x2580)) if ch not in BOX_HORIZONTAL) + "|¦+]")
_RULE_RUN = re.compile("[" + "".join(sorted(BOX_HORIZONTAL)) + "=—―-]+")
_BOX_CHAR = re.compile(rf"[{_BOX}]")
_BARE_RULE = re.compile(r"^[-=─━═—―]{3,}$")
_CANDIDATE = re.compile(rf"[{_BOX}|¦]|^\s*[-=+]")
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# Lines a page break leaves inside a table: a page number, "Продолжение таблицы N".
_PAGE_NOISE = re.compile(
    r"^\s*(?:[-–—]?\s*\d{1,4}\s*[-–—]?|(?:продолжение|окончание)\s+(?:таблицы|приложения)"
    r"[^|│]{0,40})\s*$", re.I)
MAX_LINE = 3000  # wider lines are not drawn tables (the widest real frames are ~300 wide)
_MAX_GAP = 6  # lines a page break may leave between two parts of one table


@dataclass(frozen=True)
class FrameLine:
    """One line of a drawn table: its 1-based number, its text from the left border on and
    the positions of its separators in that text; a bare rule ("-------") has none."""

    number: int
    text: str
    seps: tuple[int, ...]
    bare: bool = False
    rule: bool = False  # draws a rule somewhere (a bare rule, or strokes between separators)


@dataclass
class Region:
    """Lines [start, end) (0-based) of one drawn table and its frame lines; `breaks` holds
    the numbers of the first frame lines after a page break."""

    start: int
    end: int
    lines: list[FrameLine]
    breaks: set[int] = field(default_factory=set)
    open_from: int | None = None  # first line of rows printed without verticals (frame_body)


def normalise(line: str) -> str:
    """Composed characters (a "й" typed as и + breve would shift the columns), tabs as spaces."""
    if not line.isascii():
        line = unicodedata.normalize("NFC", line)
    return line.expandtabs(8) if "\t" in line else line


def is_rule_text(text: str) -> bool:
    """A piece made only of horizontal strokes (two or more for ASCII, where "-" is text)."""
    if not _RULE_RUN.fullmatch(text):
        return False
    return len(text) >= 2 or text in BOX_HORIZONTAL


def _is_junction_plus(line: str, i: int) -> bool:
    """'+' is a junction only beside a rule stroke ("N + 1" is text)."""
    left = line[i - 1] if i else " "
    right = line[i + 1] if i + 1 < len(line) else " "
    return left in RULE_CHARS or right in RULE_CHARS


def separators(line: str) -> list[int]:
    """Positions of the separators of a line: verticals and junctions (a '+' only in a rule)."""
    if "+" not in line:
        return [m.start() for m in _SEPARATOR.finditer(line)]
    return [m.start() for m in _SEPARATOR.finditer(line)
            if line[m.start()] != "+" or _is_junction_plus(line, m.start())]


# cp866 pseudographics read in another code page: "----T----¬", "+---+", "L---+----"
_LEGACY_RULE = re.compile(r"^\s*[-=TТL¬+¦|]{3,}\s*$")
_LEGACY = str.maketrans({"T": "┬", "Т": "┬", "L": "└", "¬": "┐"})  # Latin or Cyrillic T


def _legacy_rule(line: str) -> str:
    """A rule drawn with the letters a legacy code page turned its corners into: the
    corners as box drawing (only on a line of strokes, where "T" and "L" are no letters)."""
    if not _LEGACY_RULE.match(line) or not any(c in line for c in "TТL¬"):
        return line
    strokes = sum(c in "-=" for c in line)
    return line.translate(_LEGACY) if strokes >= 0.6 * len(line.strip()) else line


def parse_line(number: int, raw: str) -> FrameLine | None:
    """One line of a drawn table (from its left border on), or None when it is not one."""
    if len(raw) > MAX_LINE:
        return None
    if "-" in raw and ("T" in raw or "Т" in raw or "L" in raw or "¬" in raw):
        raw = _legacy_rule(raw)
    if not _CANDIDATE.search(raw):
        return None
    line = normalise(raw).rstrip()
    stripped = line.lstrip()
    if _BARE_RULE.match(stripped):
        return FrameLine(number, stripped, (), bare=True, rule=True)
    seps = separators(line)
    if len(seps) < 2:
        return None
    indent = len(line) - len(stripped)
    if not _BOX_CHAR.search(line) and seps[0] != indent:
        return None  # ASCII rows need a left border ("text | more |" is the pipe-cell form)
    origin = min(seps[0], indent)
    rule = any(is_rule_text(line[a + 1 : b]) for a, b in pairwise(seps))
    return FrameLine(number, line[origin:], tuple(s - origin for s in seps), rule=rule)


def is_rule_line(fl: FrameLine) -> bool:
    """Does the line draw a rule anywhere (a bare rule, or strokes between two separators)?"""
    return fl.rule


def _is_table(lines: list[FrameLine], raw: list[str]) -> bool:
    content = [fl for fl in lines if not fl.bare and len(fl.seps) >= 2]
    rules = [fl for fl in lines if is_rule_line(fl)]
    if len(content) < 1 or (not rules and len(content) < 2):
        return False
    if any(_BOX_CHAR.search(fl.text) for fl in lines):
        return True
    # a Markdown pipe table: one "|---|---|" rule and no '+' junctions or bare rules
    md = [fl for fl in rules if _MD_SEPARATOR.match(raw[fl.number - 1])]
    if len(rules) == 1 and md and "+" not in rules[0].text:
        return False
    return bool(rules)


def _gap_end(raw: list[str], i: int) -> int | None:
    """After frame lines end at i: where the table resumes past a page break, or None."""
    j = i
    while j < len(raw) and j - i < _MAX_GAP and (not raw[j].strip() or _PAGE_NOISE.match(raw[j])):
        j += 1
    if j == i or j >= len(raw):
        return None
    return j if parse_line(j + 1, raw[j]) is not None else None


_GLUED = re.compile(r"\|\s*-{3,}")  # a rule "|-----" inside a line that lost its breaks
_GLUED_MIN = 2  # pieces a glued line must give


def glued_lines(number: int, raw: str) -> list[FrameLine]:
    """A drawn table whose line breaks were lost (a page copied without them): its lines
    glued end to start, "|----|----|| 18. Текст | … || продолжение |" — cut apart at "||"
    (every piece keeps the line's number); none when the pieces are not frame lines."""
    if "||" not in raw or not _GLUED.search(raw) or len(raw) > MAX_LINE:
        return []
    text = raw.strip().lstrip("\"«'„“ ")
    pieces = [p if p.startswith("|") else f"|{p}" for p in text.split("||")]
    pieces = [p if p.rstrip().endswith("|") else f"{p.rstrip()}|" for p in pieces if p.strip("| ")]
    lines = [parse_line(number, p) for p in pieces]
    if len(lines) < _GLUED_MIN or any(fl is None for fl in lines):
        return []
    return [fl for fl in lines if fl is not None]


def _run(raw: list[str], i: int) -> tuple[int, list[FrameLine]]:
    out: list[FrameLine] = []
    while i < len(raw):
        if glued := glued_lines(i + 1, raw[i]):
            out.extend(glued)
        elif (fl := parse_line(i + 1, raw[i])) is not None:
            out.append(fl)
        else:
            break
        i += 1
    return i, out


def regions(raw: list[str]) -> list[Region]:
    """The drawn tables of a document, in order (page-break gaps inside them bridged)."""
    out: list[Region] = []
    i = 0
    while i < len(raw):
        end, lines = _run(raw, i)
        if not lines:
            i += 1
            continue
        region = Region(i, end, lines)
        while (resume := _gap_end(raw, region.end)) is not None:
            end, more = _run(raw, resume)
            if not _same_table(region.lines, more):
                break
            region.breaks.add(more[0].number)
            region.lines.extend(more)
            region.end = end
        if _is_table(region.lines, raw):
            out.append(region)
        i = region.end
    return out


def _widths(lines: list[FrameLine]) -> set[int]:
    return {fl.seps[-1] if fl.seps else len(fl.text) - 1 for fl in lines}


def _same_table(before: list[FrameLine], after: list[FrameLine]) -> bool:
    """Parts on two pages are one table when they are as wide (±2) and share separators."""
    if not after:
        return False
    wide = _widths(before)
    if not any(abs(w - v) <= 2 for w in _widths(after[:3]) for v in wide):
        return False
    known = {s for fl in before for s in fl.seps}
    seps = [s for fl in after[:3] for s in fl.seps]
    near = sum(any(k in known for k in (s - 1, s, s + 1)) for s in seps)
    return not seps or near >= 0.6 * len(seps)


def has_frame_chars(text: str) -> bool:
    """Cheap test on the whole text: could it hold a drawn table at all?"""
    return bool(_BOX_CHAR.search(text)) or "-+" in text or "+-" in text or "¦" in text \
        or "|-" in text or "\n---" in text or "\n|" in text
