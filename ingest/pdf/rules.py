"""Ruling segments of a page: path objects (lines, thin rectangles, boxes) in display
coordinates, found by walking the page's objects and form XObjects through `calls`' plain
bindings — pypdfium2's object wrappers (a finaliser and several typed calls each) cost more
than the walk itself on pages of a few hundred objects."""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium
from pypdfium2 import raw

from ingest.pdf import calls

# Segments thinner than this are ruling lines; rects up to this thickness are lines too.
LINE_MAX_THICKNESS = 3.0
# Form XObjects nested deeper than this are not looked into.
MAX_FORM_DEPTH = 8

Transform = Callable[[float, float], tuple[float, float]]


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


def _path_points(obj: int, matrix: pdfium.PdfMatrix) -> Iterator[list[tuple[float, float]]]:
    """Sub-paths of a path object as point lists (curves flattened to their end points)."""
    x, y = ctypes.c_float(), ctypes.c_float()
    px, py = ctypes.addressof(x), ctypes.addressof(y)
    current: list[tuple[float, float]] = []
    for i in range(calls.path_count_segments(obj)):
        seg = calls.path_segment(obj, i)
        calls.segment_point(seg, px, py)
        point = matrix.on_point(x.value, y.value)
        if calls.segment_type(seg) == raw.FPDF_SEGMENT_MOVETO and current:
            yield current
            current = []
        current.append(point)
        if calls.segment_close(seg) and current:
            current.append(current[0])
            yield current
            current = []
    if current:
        yield current


def _path_segments(obj: int, matrix: pdfium.PdfMatrix, tf: Transform) -> list[Segment]:
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


def _matrix(obj: int, outer: pdfium.PdfMatrix) -> pdfium.PdfMatrix:
    """An object's matrix concatenated with its container's (as `PdfObject.get_matrix`)."""
    m = raw.FS_MATRIX()
    if not calls.object_matrix(obj, ctypes.addressof(m)):
        raise pdfium.PdfiumError("Failed to get matrix of pageobject.")
    return pdfium.PdfMatrix.from_raw(m).multiply(outer)


def _children(parent: int, count: int, get: Callable[[int, int], int | None]) -> Iterator[int]:
    """Objects 0..count-1 of a page or form; a handle PDFium cannot give or type is an error,
    as it is for pypdfium2's `get_objects`."""
    if count < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    for i in range(count):
        obj = get(parent, i)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        yield obj


def _walk(objects: Iterator[int], matrix: pdfium.PdfMatrix, tf: Transform,
          out: list[Segment], depth: int = 0) -> None:
    for obj in objects:
        kind = calls.object_type(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            out += _path_segments(obj, _matrix(obj, matrix), tf)
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
            count = calls.form_count_objects(obj)
            _walk(_children(obj, max(count, 0), calls.form_object), _matrix(obj, matrix), tf,
                  out, depth + 1)
        elif kind == raw.FPDF_PAGEOBJ_UNKNOWN:
            raise pdfium.PdfiumError("Failed to determine pageobject type.")


def page_segments(page: pdfium.PdfPage, tf: Transform) -> list[Segment]:
    """Ruling segments of every path on the page and in its form XObjects, in display
    coordinates (`tf`)."""
    handle = calls.address(page.raw)
    out: list[Segment] = []
    top = _children(handle, calls.page_count_objects(handle), calls.page_object)
    _walk(top, pdfium.PdfMatrix(), tf, out)
    return out
