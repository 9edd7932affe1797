"""Tesseract's TSV output → words with boxes → glyphs for the PDF reader's layout code."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace

from ingest.ocr.image import Rule
from ingest.ocr.vocab import known_words
from ingest.pdf.page import Glyph

# Words Tesseract itself barely believes are noise; lone punctuation from specks of dust is
# kept only when recognised with some confidence (dashes and list markers are real).
MIN_CONF, MIN_SHORT_CONF, MIN_PUNCT_CONF = 15.0, 45.0, 55.0
# A word is bold when its strokes are this much wider than the page's usual ones (measured: bold
# ≈ 1.5, regular 0.9-1.1 at the same size); strokes grow with the type, so the ratio is raised
# for a line larger than the page's usual (up to a bound); smaller print is not measured down,
# as a short line's height says little (no capital, no tall letter)
BOLD_RATIO, SIZE_BOUNDS = 1.3, (1.0, 1.6)
LINE_BOLD_SHARE = 2 / 3
# Specks of dust come out as tiny "|" or "'" words; a real mark is at least this big (pt)
MIN_MARK_PT = 1.5
_RULE_CHARS = frozenset("|¦[]{}!/\\_`'’‘")
_WORD_PUNCT = ":;,.«»\"()"
# Cyrillic and Latin letters that OCR confuses with digits, fixed only inside numbers like
# "З.1." or "1.О" (a token of digits and dots with at least one real digit)
_LOOKALIKE_DIGITS = str.maketrans("ЗзОоOбIl", "33000611")
_OPEN_QUOTE_SOFT = re.compile(r"^(«[^»]*[А-ЯЁ])Ь([,.;:)]+)$")
# a row number ("2.", "2:") is small and often doubted by Tesseract, yet seldom a speck
_ROW_NUMBER = re.compile(r"^\d{1,3}[.:]$")
_NUMBERING = re.compile(r"^[0-9ЗзОоOбIl]{1,3}(?:\.[0-9ЗзОоOбIl]{1,3})*\.?$")


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised word: pixel box, confidence 0..100, and its Tesseract line."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int]  # block, paragraph, line
    bold: bool = False


def _keep(text: str, conf: float) -> bool:
    if conf < MIN_CONF and text.strip(_WORD_PUNCT).lower() in known_words():
        return True
    if not text or conf < MIN_CONF or all(ch in _RULE_CHARS for ch in text):
        return False
    # "о", "00" out of a cluster of specks
    if len(text) <= 2 and conf < MIN_SHORT_CONF and not _ROW_NUMBER.match(text):
        return False
    return any(ch.isalnum() for ch in text) or conf >= MIN_PUNCT_CONF


def _fix_number(text: str) -> str:
    if "." in text and any(ch.isdigit() for ch in text) and _NUMBERING.match(text):
        return text.translate(_LOOKALIKE_DIGITS)
    return text


def _fix_quote(text: str) -> str:
    """«ИМЦЬ, → «ИМЦ», : a closing guillemet read as a soft sign after an upper-case name
    (punctuation must follow: at a line end the quotation may go on, as in «ДЕНЬ / УЧИТЕЛЯ»)."""
    found = _OPEN_QUOTE_SOFT.match(text)
    return f"{found.group(1)}»{found.group(2)}" if found else text


def parse_tsv(tsv: str) -> list[Word]:
    """Words (level 5 rows) of a Tesseract TSV, in Tesseract's reading order."""
    words: list[Word] = []
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        text = _fix_quote(_fix_number(cols[11].strip().strip("|")))
        if _keep(text, conf) and width > 0 and height > 0:
            words.append(Word(text, left, top, width, height, conf,
                              (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


def drop_specks(words: list[Word], scale: float) -> list[Word]:
    """Words too small to be print (dust on the scanner glass)."""
    least = MIN_MARK_PT * scale
    return [w for w in words if max(w.width, w.height) >= least]


def split_at_rules(words: list[Word], rules: list[Rule]) -> list[Word]:
    """A word box reaching over a vertical rule (Tesseract joined a cell's last word with
    the erased rule or the next cell's edge) is cut back to the side holding most of it."""
    verticals = [r for r in rules if r.x0 == r.x1]
    out = []
    for w in words:
        mid = w.top + w.height // 2
        for r in verticals:
            if r.y0 <= mid <= r.y1 and w.left + 2 < r.x0 < w.left + w.width - 2:
                left_part = r.x0 - w.left
                if left_part >= w.width - left_part:
                    w = replace(w, width=left_part)
                else:
                    w = replace(w, left=r.x0 + 1, width=w.width - left_part - 1)
        out.append(w)
    return out


def mark_bold(words: list[Word], strokes: list[float]) -> list[Word]:
    """Words whose strokes (`stroke_widths`) are wider than the page's usual for their size
    marked bold: OCR has no font, and the facts rules read a bold heading as a title."""
    by_line: dict[tuple[int, int, int], list[int]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w.height)
    size = {key: max(hs) for key, hs in by_line.items()}  # a capital or a tall letter
    usual = [(s, size[w.line]) for w, s in zip(words, strokes, strict=True)
             if len(w.text) > 2 and s > 0]
    if len(usual) < 3:
        return words
    stroke0 = statistics.median(s for s, _ in usual)
    size0 = statistics.median(h for _, h in usual)
    low, high = SIZE_BOUNDS
    bars = [BOLD_RATIO * stroke0 * min(max(size[w.line] / size0, low), high) for w in words]
    own = [len(w.text) > 2 and s > bar for w, s, bar in zip(words, strokes, bars, strict=True)]
    votes: dict[tuple[int, int, int], list[tuple[float, float]]] = {}
    for w, s, bar in zip(words, strokes, bars, strict=True):
        if len(w.text) > 2:
            votes.setdefault(w.line, []).append((s, bar))
    line_bold = {key: _line_bold(v) for key, v in votes.items()}
    return [replace(w, bold=True) if b or line_bold.get(w.line, False) else w
            for w, b in zip(words, own, strict=True)]


def _line_bold(measured: list[tuple[float, float]]) -> bool:
    """A line mostly bold is bold throughout: its short words ("в", "на") cannot be measured,
    and one word misjudged must not split a heading into two paragraphs. A short line
    ("учебный год") half over the bar is bold when its strokes together are."""
    over = sum(s > bar for s, bar in measured)
    if over >= LINE_BOLD_SHARE * len(measured):
        return True
    return 2 * over >= len(measured) and sum(s for s, _ in measured) > sum(b for _, b in measured)


def _line_boxes(words: list[Word]) -> dict[tuple[int, int, int], tuple[int, float] | None]:
    """Per Tesseract line: (top, bottom) shared by its words when they sit on one visual line;
    None when Tesseract joined words of different heights (cells of a table side by side)."""
    by_line: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    out: dict[tuple[int, int, int], tuple[int, float] | None] = {}
    for key, ws in by_line.items():
        usual = statistics.median([w.height for w in ws if any(c.isalnum() for c in w.text)]
                                  or [w.height for w in ws])
        centres = [w.top + w.height / 2 for w in ws if w.height >= 0.5 * usual]
        if centres and max(centres) - min(centres) <= 0.5 * usual:
            top = min(w.top for w in ws)
            out[key] = (top, max(w.top + w.height for w in ws) - top)
        else:
            out[key] = None
    return out


def glyphs_of(words: list[Word], scale: float) -> list[Glyph]:
    """One glyph per character, spread evenly over its word's box (in pt). Words of one
    visual line share the line's top and bottom, like a text layer's font boxes do, so that
    lines group and align as on a text page; a word of a mixed Tesseract line keeps its own."""
    boxes = _line_boxes(words)
    out: list[Glyph] = []
    for w in words:
        box = boxes[w.line] or (w.top, w.height)
        top, bottom = box[0] / scale, (box[0] + box[1]) / scale
        step = w.width / scale / len(w.text)
        x = w.left / scale
        for i, ch in enumerate(w.text):
            out.append(Glyph(ch, x + i * step, top, x + (i + 1) * step, bottom, bottom - top,
                             w.bold, i == 0))
    return out
