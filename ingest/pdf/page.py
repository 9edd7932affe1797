"""Raw page content from PDFium: glyphs with boxes and boldness, ruling segments.

Everything is returned in display coordinates (page /Rotate applied), y growing downwards,
so that later stages see the page as a reader does. PDFium's text layer is ~60x faster than
pdfminer's, which is why tables are found here too instead of with pdfplumber.
"""

from __future__ import annotations

import ctypes
import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple

import numpy as np
import pypdfium2 as pdfium
from pypdfium2 import raw

from ingest.pdf import calls
from ingest.pdf.rules import Segment, Transform, page_segments

__all__ = ["Centres", "Glyph", "PageContent", "Segment", "glyph_centres", "page_centres",
           "read_page"]

# Two copies of one glyph closer than this (pt) are one glyph (fake bold by overprinting).
DEDUPE_TOLERANCE = 1.0

_SPACES = frozenset(" \t\r\n\u00a0\u2002\u2003\u2009\u200b\ufeff\x00\x02")
_SPACE_CODES = np.array(sorted(ord(ch) for ch in _SPACES), dtype=np.uint32)


class Glyph(NamedTuple):
    """One visible character in display coordinates (top < bottom). A tuple: pages hold
    thousands and a frozen dataclass costs several times more to build."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    space_before: bool  # the text stream had a space right before this glyph
    turn: int = 0  # text direction on the displayed page, degrees counter-clockwise


_BOX = tuple(map(attrgetter, ("x0", "top", "x1", "bottom")))
Centres = tuple[np.ndarray, np.ndarray]  # x and y of each glyph's centre, in glyph order


def glyph_centres(glyphs: Sequence[Glyph]) -> Centres:
    """x and y of every glyph's centre as arrays: what decides which table box and which cell
    holds a glyph, computed once per page instead of once per table."""
    n = len(glyphs)
    x0, top, x1, bottom = (np.fromiter(map(get, glyphs), np.float64, count=n)
                           for get in _BOX)
    return (x0 + x1) / 2, (top + bottom) / 2


@dataclass(frozen=True, slots=True)
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    segments: tuple[Segment, ...]
    # the glyphs' centres when the reader had them as arrays already (see `page_centres`)
    centres: Centres | None = field(default=None, compare=False, repr=False)


def page_centres(page: PageContent) -> Centres:
    """The page's glyph centres: those `read_page` kept from its arrays, else computed."""
    return glyph_centres(page.glyphs) if page.centres is None else page.centres


def display_transform(
    mediabox: tuple[float, float, float, float], rotation: int
) -> Transform:
    """Map PDF user space (y up) to the displayed page (y down) for /Rotate 0/90/180/270."""
    left, bottom, right, top = mediabox
    if rotation == 90:
        return lambda x, y: (y - bottom, x - left)
    if rotation == 180:
        return lambda x, y: (right - x, y - bottom)
    if rotation == 270:
        return lambda x, y: (top - y, right - x)
    return lambda x, y: (x - left, top - y)


_RECT_SIZE = ctypes.sizeof(raw.FS_RECTF)


class _StyleCache:
    """Per text object (one font, one direction each): bold — from the base font name, else
    the weight — and the text's turn on the displayed page (0, 90, 180, 270 degrees)."""

    def __init__(self, handle: int, rotation: int) -> None:
        self._page = handle  # the text page, as `calls.address` gives it
        self._rotation = rotation
        self._by_font: dict[int, bool] = {}
        self._buf = ctypes.create_string_buffer(256)
        self._matrix = raw.FS_MATRIX()

    def styles(self, objects: np.ndarray, indices: np.ndarray) -> tuple[list[bool], list[int]]:
        """Bold and turn of each character `indices[k]`, whose text object is `objects[k]`
        (0: none); each object is looked at once, at its first character. Characters are
        mapped to their object's style by numpy: no Python step per character."""
        unique, first, inverse = np.unique(objects, return_index=True, return_inverse=True)
        bold = [self._font_bold(obj) if obj else False for obj in unique.tolist()]
        turn = [self._turn(index) for index in indices[first].tolist()]
        return (np.array(bold, dtype=bool)[inverse].tolist(),
                np.array(turn, dtype=np.int64)[inverse].tolist())

    def _turn(self, index: int) -> int:
        m = self._matrix
        if not calls.char_matrix(self._page, index, ctypes.addressof(m)):
            return 0
        angle = math.degrees(math.atan2(m.b, m.a)) - self._rotation
        return round(angle / 90) % 4 * 90

    def _font_bold(self, obj: int) -> bool:
        font = calls.text_font(obj) or 0
        if font not in self._by_font:
            n = calls.base_font_name(font, self._buf, 256)
            name = self._buf.raw[: max(n - 1, 0)].decode("latin-1").lower()
            self._by_font[font] = any(w in name for w in ("bold", "black", "heavy")) or (
                calls.font_weight(font) >= 600
            )
        return self._by_font[font]


def _page_text(textpage: pdfium.PdfTextPage, count: int) -> str:
    """All characters in one call; one UTF-16 unit per character index outside rare cases."""
    buf = (ctypes.c_ushort * (count + 1))()
    n = raw.FPDFText_GetText(textpage, 0, count, buf)
    text = bytes(buf)[: max(n - 1, 0) * 2].decode("utf-16-le", errors="replace")
    if len(text) != count:  # astral characters use two units: fall back to one call each
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    return text


def _boxes(handle: int, indices: list[int]) -> np.ndarray:
    """Loose boxes (left, top, right, bottom in PDF space) of the characters `indices`: one
    PDFium call each, driven by map into one array (no Python code runs per character)."""
    boxes = (raw.FS_RECTF * len(indices))()
    base = ctypes.addressof(boxes)
    at = range(base, base + _RECT_SIZE * len(indices), _RECT_SIZE)
    deque(map(calls.loose_char_box, repeat(handle), indices, at), maxlen=0)
    return np.frombuffer(boxes, dtype=np.float32).reshape(-1, 4).astype(np.float64)


def _first_copies(code: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Indices, ascending, of each (code, x, y) key's first occurrence: `np.unique(axis=0,
    return_index=True)` without its sort of row records (~2 ms a page), by a stable lexsort."""
    order = np.lexsort((y, x, code))
    new = np.ones(len(order), dtype=bool)
    new[1:] = ((code[order[1:]] != code[order[:-1]]) | (x[order[1:]] != x[order[:-1]])
               | (y[order[1:]] != y[order[:-1]]))
    return np.sort(order[new])


def _display_boxes(handle: int, chars: np.ndarray, tf: Transform
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """x0, top, x1, bottom of the characters `chars` on the displayed page."""
    # the loose box spans the font's ascent..descent: equal on a line, so lines group well
    left, high, right, low = _boxes(handle, chars.tolist()).T
    # the transform is affine: its coefficients, applied to all boxes at once
    c, f = tf(0.0, 0.0)
    a, d = (v - w for v, w in zip(tf(1.0, 0.0), (c, f), strict=True))
    b, e = (v - w for v, w in zip(tf(0.0, 1.0), (c, f), strict=True))
    ax, ay = a * left + b * low + c, d * left + e * low + f
    bx, by = a * right + b * high + c, d * right + e * high + f
    x0, x1 = np.where(ax <= bx, ax, bx), np.where(ax <= bx, bx, ax)
    top, bottom = np.where(ay <= by, ay, by), np.where(ay <= by, by, ay)
    return x0, top, x1, bottom


def _glyphs(textpage: pdfium.PdfTextPage, tf: Transform, rotation: int
            ) -> tuple[tuple[Glyph, ...], Centres | None]:
    """The page's glyphs and their centres (None when there are none)."""
    count = raw.FPDFText_CountChars(textpage)
    text = _page_text(textpage, count).replace("\ufffe", "-")  # PDFium's line-end hyphen
    if not text:
        return (), None
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = np.isin(codes, _SPACE_CODES)
    chars = np.flatnonzero(~space)
    if not len(chars):
        return (), None
    handle = calls.address(textpage.raw)
    x0, top, x1, bottom = _display_boxes(handle, chars, tf)
    # one glyph printed twice at (almost) the same place is fake bold: keep the first copy
    with np.errstate(invalid="ignore"):  # a NaN box (a broken matrix) is a key like any other
        keys = (codes[chars].astype(np.int64), np.rint(x0 / DEDUPE_TOLERANCE).astype(np.int64),
                np.rint(top / DEDUPE_TOLERANCE).astype(np.int64))
    kept = _first_copies(*keys)
    at = chars[kept]
    # a space in the text stream since the previous glyph kept (or the page's start)
    spaces_before = np.cumsum(space)[at]
    space_before = np.diff(spaces_before, prepend=0) > 0
    indices = at.tolist()
    objects = np.fromiter(map(calls.text_object, repeat(handle), indices), np.uint64,
                          count=len(indices))
    bold, turn = _StyleCache(handle, rotation).styles(objects, at)
    x0, top, x1, bottom = x0[kept], top[kept], x1[kept], bottom[kept]
    fields = zip(map(text.__getitem__, indices), x0.tolist(), top.tolist(), x1.tolist(),
                 bottom.tolist(), (bottom - top).tolist(), bold, space_before.tolist(), turn,
                 strict=True)
    # the centres from the arrays at hand: the same values `glyph_centres` reads back
    return tuple(map(tuple.__new__, repeat(Glyph), fields)), ((x0 + x1) / 2, (top + bottom) / 2)


def read_page(page: pdfium.PdfPage, number: int) -> PageContent:
    """Glyphs and ruling segments of one page, in display coordinates."""
    mediabox = page.get_mediabox()
    width, height = mediabox[2] - mediabox[0], mediabox[3] - mediabox[1]
    rotation = page.get_rotation() % 360
    tf = display_transform(mediabox, rotation)
    textpage = page.get_textpage()
    try:
        glyphs, centres = _glyphs(textpage, tf, rotation)
    finally:
        textpage.close()
    segments = page_segments(page, tf)
    if rotation in (90, 270):
        width, height = height, width
    return PageContent(number, width, height, glyphs, tuple(segments), centres)
