"""Glyphs → visual lines → paragraphs, and running page furniture (bare page numbers) dropped."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from ingest.bullets import SYMBOL_BULLETS, as_bullet
from ingest.pdf.page import Glyph

_X0, _TOP, _BOTTOM = attrgetter("x0"), attrgetter("top"), attrgetter("bottom")
_SIZE, _BOLD, _TURN = attrgetter("size"), attrgetter("bold"), attrgetter("turn")

# A gap wider than this many font sizes inside a line separates two text groups (tab stop).
TAB_GAP = 3.0
# A gap wider than this many font sizes is a word break even without a space character.
SPACE_GAP = 0.18
# Page margins (fraction of the page height) where page numbers live.
FURNITURE_ZONE = 0.12

_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:стр\.?|страница|page|с\.)\s*)?\d{1,4}(?:\s*(?:из|/|of)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)
# (Word's Symbol-font bullets too: private-use characters, ingest/bullets.py)
_LIST_MARKER = re.compile(
    rf"^(\d{{1,3}}(?:\.\d{{1,3}})*[.)]|[а-яa-z]\)|[•·▪●◦‣∙–—{SYMBOL_BULLETS}-])\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Word:
    """A run of glyphs without a space, in display coordinates."""

    x0: float
    x1: float
    text: str
    size: float


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line of text in display coordinates."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    words: tuple[Word, ...]

    @property
    def first_word_width(self) -> float:
        return self.words[0].x1 - self.words[0].x0


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A paragraph found on a page, before it becomes an ingest Paragraph."""

    text: str
    list_number: str | None
    bold: bool
    top: float
    bottom: float


def group_lines(glyphs: Sequence[Glyph]) -> list[Line]:
    """Cluster glyphs into visual lines, in reading order. Turned text (vertical table headers,
    stamps) is read in its own direction, each line placed where it stands on the page."""
    if not any(map(_TURN, glyphs)):  # all upright (turn 0)
        return _group_upright(glyphs)
    lines = _group_upright([g for g in glyphs if g.turn == 0])
    upright = bool(lines)
    for turn in (90, 180, 270):
        turned = [_to_turned(g, turn) for g in glyphs if g.turn == turn]
        lines += [_from_turned(ln, turn) for ln in _group_upright(turned)]
    if upright:  # mixed text (a page with a stamp): page order; else keep the turned order
        lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return lines


def _to_turned(g: Glyph, turn: int) -> Glyph:
    """A glyph in the frame where its text reads left to right, top to bottom."""
    if turn == 90:
        box = (-g.bottom, g.x0, -g.top, g.x1)
    elif turn == 270:
        box = (g.top, -g.x1, g.bottom, -g.x0)
    else:
        box = (-g.x1, -g.bottom, -g.x0, -g.top)
    # PDFium breaks its text stream around turned glyphs: trust gaps, not stream spaces
    return g._replace(x0=box[0], top=box[1], x1=box[2], bottom=box[3], size=box[3] - box[1],
                      space_before=False)


def _from_turned(ln: Line, turn: int) -> Line:
    """A line grouped in a turned frame, boxed again in page coordinates."""
    if turn == 90:
        box = (ln.top, -ln.x1, ln.bottom, -ln.x0)
    elif turn == 270:
        box = (-ln.bottom, ln.x0, -ln.top, ln.x1)
    else:
        box = (-ln.x1, -ln.bottom, -ln.x0, -ln.top)
    return Line(ln.text, box[0], box[1], box[2], box[3], ln.size, ln.bold, ln.words)


def _group_upright(glyphs: Sequence[Glyph]) -> list[Line]:
    # a glyph joins the row whose first glyph's centre is near its own; centres computed once
    centres = [(g.top + g.bottom) / 2 for g in glyphs]
    rows: list[list[Glyph]] = []
    row_centre = row_size = 0.0
    for i in sorted(range(len(glyphs)), key=centres.__getitem__):
        g, centre = glyphs[i], centres[i]
        size = g.size  # max(row_size, size) written out: a call per glyph costs ~15 %
        if rows and abs(centre - row_centre) < 0.4 * (size if size > row_size else row_size):
            rows[-1].append(g)
            continue
        rows.append([g])
        row_centre, row_size = centre, size
    lines = [_make_line(sorted(row, key=_X0)) for row in rows]
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return lines


def _words(glyphs: list[Glyph]) -> list[Word]:
    words: list[Word] = []
    start = glyphs[0]
    text = [start.text]
    prev = start
    for g in glyphs[1:]:
        size, prev_size = g.size, prev.size  # = max(prev.size, g.size), without the call
        if g.space_before or g.x0 - prev.x1 > SPACE_GAP * (size if size > prev_size
                                                            else prev_size):
            words.append(Word(start.x0, prev.x1, "".join(text), max(start.size, prev_size)))
            start, text = g, []
        text.append(g.text)
        prev = g
    words.append(Word(start.x0, prev.x1, "".join(text), max(start.size, prev.size)))
    return words


def _make_line(glyphs: list[Glyph]) -> Line:
    words = _words(glyphs)
    parts = [words[0].text]
    for prev, word in itertools.pairwise(words):
        parts.append("\t" if word.x0 - prev.x1 > TAB_GAP * max(prev.size, word.size) else " ")
        parts.append(word.text)
    return Line(
        text="".join(parts),
        x0=glyphs[0].x0,
        top=min(map(_TOP, glyphs)),
        x1=glyphs[-1].x1,
        bottom=max(map(_BOTTOM, glyphs)),
        size=max(map(_SIZE, glyphs)),
        bold=all(map(_BOLD, glyphs)),
        words=tuple(words),
    )


def _in_margin(line: Line, page_height: float) -> bool:
    return line.bottom < page_height * FURNITURE_ZONE or line.top > page_height * (
        1 - FURNITURE_ZONE
    )


def is_page_furniture(line: Line, page_height: float) -> bool:
    """A bare page number ("3", "- 3 -", "Страница 3 из 9") in the top or bottom margin."""
    return _in_margin(line, page_height) and bool(_PAGE_NUMBER.match(line.text))


def _running_key(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.split())).lower()


def drop_running_lines(pages: Sequence[tuple[float, list[Line]]]) -> list[list[Line]]:
    """Lines per page without running headers/footers: a line in the top or bottom margin
    whose text (digits aside) recurs in the margins of at least half of the pages (two at
    least). Its first occurrence stays: it often names the document ("Приложение 1 к …")."""
    counts: Counter[str] = Counter()
    for height, lines in pages:
        counts.update({_running_key(ln) for ln in lines if _in_margin(ln, height)})
    need = max(2, (len(pages) + 1) // 2)
    running = {k for k, n in counts.items() if n >= need}
    if not running:
        return [lines for _, lines in pages]
    seen: set[str] = set()
    out = []
    for height, lines in pages:
        kept = []
        for ln in lines:
            key = _running_key(ln) if _in_margin(ln, height) else ""
            if key in running and key in seen:
                continue
            seen.add(key)
            kept.append(ln)
        out.append(kept)
    return out


def common_pitch(lines: Sequence[Line]) -> float:
    """The usual distance between consecutive lines inside a paragraph on this page: the
    smallest distance that recurs (paragraph spacing recurs too, but is larger)."""
    pitches = Counter(
        round(b.bottom - a.bottom)
        for a, b in itertools.pairwise(lines)
        if 0 < b.bottom - a.bottom < 3 * a.size
    )
    recurring = [p for p, n in pitches.items() if n >= 2]
    if not recurring:  # too few lines to tell: single spacing (a loose box is ~1.15 em)
        return max((ln.size for ln in lines), default=12.0) * 1.15
    return float(min(recurring))


def _starts_paragraph(prev: Line, line: Line, pitch: float, left: float, right: float) -> bool:
    if line.bottom - prev.bottom > pitch * 1.3 + 1.0 or line.top < prev.top:
        return True
    if prev.bold != line.bold or (_LIST_MARKER.match(line.text) and not _range_cut(prev, line)):
        return True
    if "\t" in prev.text or "\t" in line.text:  # "date <tab> number", signature lines
        return True
    if _heading_years_end(prev, line):
        return True
    # the first word of this line would have fitted on the previous one: that line ended early
    # (unless a line break inside the paragraph cut its sentence: "Об утверждении плана" /
    # "по реализации …", the next line in lower case straight under it)
    need = 0.3 * line.size + line.first_word_width
    if prev.x1 + need < right - line.size and not _broken_sentence(prev, line):
        return True
    indent = 2 * line.size
    if line.x0 < left + indent and _centred_or_right(prev, left, right):
        return True  # a heading or a right-aligned note, then left-aligned text
    if prev.x0 < left + indent and line.x0 > (left + right) / 2:
        return True  # left-aligned text, then a right-aligned grif ("Приложение 2") under it
    # centred or right-aligned lines: compare widths, since positions say nothing
    return (
        prev.x0 > left + indent
        and line.x0 > left + indent
        and prev.x1 - prev.x0 + need < right - left - line.size
    )


_ENDS_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d(?:\s*(?:г|гг|год|года|годы)\.?)?$")
_DASH_YEAR = re.compile(r"^[–—-]\s*(?:19|20)\d\d\b")


_HEADING_YEARS = re.compile(r"\b(?:19|20)\d\d\s*(?:год|года|году|годы|годов)$")


def _heading_years_end(prev: Line, line: Line) -> bool:
    """A bold heading ends with its years ("Отчет об исполнении … в 2012 году", "… за 2
    квартал 2014 года"): a bold line in capital letters under it is a paragraph of its own
    (the owner's name, the heading repeated in a cover's lines), as it is in the original."""
    return prev.bold and line.bold and line.text[:1].isupper() \
        and bool(_HEADING_YEARS.search(prev.text.rstrip().rstrip(".")))


def _broken_sentence(prev: Line, line: Line) -> bool:
    """A line break inside a sentence (a manual one, as a subject's or a first paragraph's
    lines are often set): the next line starts in lower case at the same left edge and the
    line above has no final stop, colon or semicolon."""
    return line.text[:1].islower() and abs(line.x0 - prev.x0) < line.size / 2 \
        and not prev.text.rstrip().endswith((".", ":", ";", "!", "?"))


def _range_cut(prev: Line, line: Line) -> bool:
    """"… на 2008" / "- 2011 годы": a year range wrapped before its dash; the dash is the
    range's, not a list marker."""
    return bool(_ENDS_WITH_YEAR.search(prev.text.rstrip()) and _DASH_YEAR.match(line.text))


def _centred_or_right(line: Line, left: float, right: float) -> bool:
    """Starts in the right half, or sits in the middle well away from the left edge."""
    if line.x0 > (left + right) / 2:
        return True
    middle = abs((line.x0 + line.x1) / 2 - (left + right) / 2) < line.size / 2
    # farther in than a first-line indent (1.25 cm ≈ 35 pt), which can look centred
    return middle and line.x0 > left + max(4 * line.size, 45.0)


def paragraphs(lines: Sequence[Line], pitch: float | None = None) -> list[TextBlock]:
    """Group lines into paragraphs by vertical gaps, list markers, bold changes, short lines.

    pitch is the page's line spacing when the lines are only part of a page (text above a
    table): a few equally spaced heading lines would otherwise set their own spacing as the
    norm and read as one paragraph."""
    if not lines:
        return []
    if pitch is None:
        pitch = common_pitch(lines)
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in itertools.pairwise(lines):
        if _starts_paragraph(prev, line, pitch, left, right):
            groups.append([line])
        else:
            groups[-1].append(line)
    return [_block(group) for group in groups]


_YEAR_END = re.compile(r"\b(?:19|20)\d\d[-–—]$")
_YEAR_START = re.compile(r"(?:19|20)\d\d\b")


def join_lines(texts: Sequence[str]) -> str:
    """Lines of running text → one string. A soft hyphen at a line end is dropped; a real
    hyphen is kept without a space ("учителей-/предметников"), since word processors rarely
    hyphenate automatically and dropping it would glue compound words."""
    out = ""
    for text in texts:
        if not out:
            out = text
        elif out.endswith("\u00ad"):
            out = out[:-1] + text
        elif (re.search(r"\w-$", out) and text[:1].isalpha()) or (
                _YEAR_END.search(out) and _YEAR_START.match(text)):
            out = out + text  # "учителей-/предметников", "2021-/2026 годы"
        else:
            out = f"{out} {text}"
    return out.replace("\u00ad", "")


def _block(group: list[Line]) -> TextBlock:
    text = join_lines([ln.text for ln in group])
    marker = _LIST_MARKER.match(text)
    list_number = as_bullet(marker.group(1)) if marker else None
    if marker:
        text = text[marker.end() :]
    return TextBlock(
        text=text,
        list_number=list_number,
        bold=all(ln.bold for ln in group),
        top=group[0].top,
        bottom=group[-1].bottom,
    )
