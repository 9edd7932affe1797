"""Raw page content from PDFium: glyphs with boxes and boldness, ruling segments.

Everything is returned in display coordinates (page /Rotate applied), y growing downwards,
so that later stages see the page as a reader does. PDFium's text layer is ~60x faster than
pdfminer's, which is why tables are found here too instead of with pdfplumber.
"""

from __future__ import annotations

import ctypes
import itertools
import math
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pypdfium2 as pdfium
from pypdfium2 import raw

if TYPE_CHECKING:
    from _ctypes import CFuncPtr, _CData

# Segments thinner than this are ruling lines; rects up to this thickness are lines too.
LINE_MAX_THICKNESS = 3.0
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
class Segment:
    """A horizontal or vertical ruling segment in display coordinates."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(frozen=True, slots=True)
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    segments: tuple[Segment, ...]


Transform = Callable[[float, float], tuple[float, float]]


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


def _fast(func: CFuncPtr, restype: type[_CData] | None, *argtypes: type[_CData]) -> CFuncPtr:
    """The same PDFium function with plain void* arguments: ~3x less ctypes overhead per call,
    which matters at one call per glyph."""
    address = ctypes.cast(func, ctypes.c_void_p).value
    if address is None:  # a function of the loaded library has an address
        raise RuntimeError("PDFium function without an address")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_VOIDP, _INT = ctypes.c_void_p, ctypes.c_int
_text_object = _fast(raw.FPDFText_GetTextObject, _VOIDP, _VOIDP, _INT)
# the box's address as a plain integer: map() can then drive the calls (see _boxes)
_loose_box_at = _fast(raw.FPDFText_GetLooseCharBox, _INT, _VOIDP, _INT, _VOIDP)
_RECT_SIZE = ctypes.sizeof(raw.FS_RECTF)


def _address(handle: _CData) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


class _StyleCache:
    """Per text object (one font, one direction each): bold — from the base font name, else
    the weight — and the text's turn on the displayed page (0, 90, 180, 270 degrees)."""

    def __init__(self, textpage: pdfium.PdfTextPage, rotation: int) -> None:
        self._page = textpage
        self._rotation = rotation
        self._by_obj: dict[int | None, tuple[bool, int]] = {}
        self._by_font: dict[int, bool] = {}
        self._buf = ctypes.create_string_buffer(256)
        self._matrix = raw.FS_MATRIX()

    def styles(self, objects: list[int | None], indices: list[int]) -> list[tuple[bool, int]]:
        """(bold, turn) of each character `indices[k]`, whose text object is `objects[k]`
        (None: none); each object is looked at once, at its first character."""
        by_obj = self._by_obj
        # each object's first character: built backwards, the first occurrence writes last
        first = dict(zip(reversed(objects), reversed(indices), strict=True))
        for obj, index in first.items():
            if obj not in by_obj:
                by_obj[obj] = (self._font_bold(obj) if obj else False, self._turn(index))
        return list(map(by_obj.__getitem__, objects))

    def _turn(self, index: int) -> int:
        m = self._matrix
        if not raw.FPDFText_GetMatrix(self._page, index, m):
            return 0
        angle = math.degrees(math.atan2(m.b, m.a)) - self._rotation
        return round(angle / 90) % 4 * 90

    def _font_bold(self, obj: int) -> bool:
        font = raw.FPDFTextObj_GetFont(ctypes.cast(obj, raw.FPDF_PAGEOBJECT))
        key = _address(font)
        if key not in self._by_font:
            n = raw.FPDFFont_GetBaseFontName(font, self._buf, 256)
            name = self._buf.raw[: max(n - 1, 0)].decode("latin-1").lower()
            self._by_font[key] = any(w in name for w in ("bold", "black", "heavy")) or (
                raw.FPDFFont_GetWeight(font) >= 600
            )
        return self._by_font[key]


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
    deque(map(_loose_box_at, repeat(handle), indices, at), maxlen=0)
    return np.frombuffer(boxes, dtype=np.float32).reshape(-1, 4).astype(np.float64)


def _first_copies(code: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Indices, ascending, of each (code, x, y) key's first occurrence: `np.unique(axis=0,
    return_index=True)` without its sort of row records (~2 ms a page), by a stable lexsort."""
    order = np.lexsort((y, x, code))
    new = np.ones(len(order), dtype=bool)
    new[1:] = ((code[order[1:]] != code[order[:-1]]) | (x[order[1:]] != x[order[:-1]])
               | (y[order[1:]] != y[order[:-1]]))
    return np.sort(order[new])


def _glyphs(textpage: pdfium.PdfTextPage, tf: Transform, rotation: int) -> list[Glyph]:
    count = raw.FPDFText_CountChars(textpage)
    text = _page_text(textpage, count).replace("\ufffe", "-")  # PDFium's line-end hyphen
    if not text:
        return []
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = np.isin(codes, _SPACE_CODES)
    chars = np.flatnonzero(~space)
    if not len(chars):
        return []
    handle = _address(textpage.raw)
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
    objects = list(map(_text_object, repeat(handle), indices))
    bold, turn = zip(*_StyleCache(textpage, rotation).styles(objects, indices), strict=True)
    fields = zip(map(text.__getitem__, indices), x0[kept].tolist(), top[kept].tolist(),
                 x1[kept].tolist(), bottom[kept].tolist(), (bottom - top)[kept].tolist(),
                 bold, space_before.tolist(), turn, strict=True)
    return list(map(tuple.__new__, repeat(Glyph), fields))


def _path_points(obj: ctypes.c_void_p, matrix: pdfium.PdfMatrix) -> Iterator[list[tuple]]:
    """Sub-paths of a path object as point lists (curves flattened to their end points)."""
    x, y = ctypes.c_float(), ctypes.c_float()
    current: list[tuple[float, float]] = []
    for i in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        point = matrix.on_point(x.value, y.value)
        if raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO and current:
            yield current
            current = []
        current.append(point)
        if raw.FPDFPathSegment_GetClose(seg) and current:
            current.append(current[0])
            yield current
            current = []
    if current:
        yield current


def _path_segments(obj: ctypes.c_void_p, matrix: pdfium.PdfMatrix, tf: Transform) -> list[Segment]:
    out: list[Segment] = []
    for points in _path_points(obj, matrix):
        shown = [tf(px, py) for px, py in points]
        xs = [p[0] for p in shown]
        ys = [p[1] for p in shown]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if len(shown) >= 4 and w > LINE_MAX_THICKNESS and h > LINE_MAX_THICKNESS:
            # a rectangle (cell shading or a box): its four sides act as rules
            x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
            out += [Segment(x0, y0, x1, y0), Segment(x0, y1, x1, y1),
                    Segment(x0, y0, x0, y1), Segment(x1, y0, x1, y1)]
            continue
        thin = w <= LINE_MAX_THICKNESS or h <= LINE_MAX_THICKNESS
        if thin and (len(shown) > 2 or w > LINE_MAX_THICKNESS or h > LINE_MAX_THICKNESS):
            out.append(_thin(min(xs), min(ys), max(xs), max(ys)))
            continue
        for (ax, ay), (bx, by) in itertools.pairwise(shown):
            if abs(ax - bx) <= 0.5 or abs(ay - by) <= 0.5:
                out.append(Segment(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    return [s for s in out if max(s.x1 - s.x0, s.bottom - s.top) > 1.0]


def _thin(x0: float, top: float, x1: float, bottom: float) -> Segment:
    """A thin filled rectangle or stroke → a zero-thickness rule along its centre."""
    if x1 - x0 >= bottom - top:
        mid = (top + bottom) / 2
        return Segment(x0, mid, x1, mid)
    mid = (x0 + x1) / 2
    return Segment(mid, top, mid, bottom)


def _walk(objects: Iterator[pdfium.PdfObject], matrix: pdfium.PdfMatrix, tf: Transform,
          out: list[Segment], depth: int = 0) -> None:
    for obj in objects:
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            out += _path_segments(obj.raw, obj.get_matrix().multiply(matrix), tf)
        elif obj.type == raw.FPDF_PAGEOBJ_FORM and depth < 8:
            inner = obj.get_matrix().multiply(matrix)
            count = raw.FPDFFormObj_CountObjects(obj.raw)
            children = (
                pdfium.PdfObject(raw.FPDFFormObj_GetObject(obj.raw, i), page=obj.page, pdf=obj.pdf)
                for i in range(count)
            )
            _walk(children, inner, tf, out, depth + 1)


def read_page(page: pdfium.PdfPage, number: int) -> PageContent:
    """Glyphs and ruling segments of one page, in display coordinates."""
    mediabox = page.get_mediabox()
    width, height = mediabox[2] - mediabox[0], mediabox[3] - mediabox[1]
    rotation = page.get_rotation() % 360
    tf = display_transform(mediabox, rotation)
    textpage = page.get_textpage()
    try:
        glyphs = _glyphs(textpage, tf, rotation)
    finally:
        textpage.close()
    segments: list[Segment] = []
    _walk(page.get_objects(max_depth=1), pdfium.PdfMatrix(), tf, segments)
    if rotation in (90, 270):
        width, height = height, width
    return PageContent(number, width, height, tuple(glyphs), tuple(segments))
