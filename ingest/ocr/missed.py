"""Ink Tesseract's page layout passed over: lone short items (a row's number "1", a column's
number "7" or "13" in a narrow cell of a report form) that page segmentation drops as noise
while reading every longer line around them.

The ink no recognised word covers is grouped into blobs on a coarse grid; blobs of a word's
size are cut out, stacked one under another on a blank image and recognised once more, as
plain lines (one extra Tesseract run per page, only when such blobs exist).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import replace

import numpy as np
from PIL import Image

from ingest.ocr.words import Word

_CELL = 8  # px per grid cell (300 dpi: a digit is 3-4 cells tall)
# a blob is read again when it is about as tall as the page's words and no wider than a short
# number or word; thinner or bigger ink (specks, underlines, seals, signatures) is left alone
MIN_HEIGHT, MAX_HEIGHT, MAX_WIDTH = 0.6, 1.8, 5.0  # × the page's usual word height
MIN_CELLS = 3
MAX_BLOBS = 80  # more is a picture or a noisy page, not a few items passed over
# what the second reading gives is kept only when Tesseract believes it
MIN_CONF = 70.0
_LINE_BASE = 10_000  # Tesseract block numbers of the second reading, apart from the first's

Recognise = Callable[[Image.Image], list[Word]]


def _ink_grid(img: Image.Image, level: int) -> np.ndarray:
    """True for each _CELL × _CELL cell of the page holding any ink."""
    h, w = img.height // _CELL * _CELL, img.width // _CELL * _CELL
    grey = np.asarray(img.crop((0, 0, w, h)), dtype=np.uint8)
    small: np.ndarray = grey.reshape(h // _CELL, _CELL, w // _CELL, _CELL).min(axis=(1, 3))
    return small <= level


def _blank_words(grid: np.ndarray, words: list[Word], pad: int) -> None:
    """Clear the cells under recognised words (padded: accents, descenders, commas)."""
    for w in words:
        top, left = max((w.top - pad) // _CELL, 0), max((w.left - pad) // _CELL, 0)
        grid[top:(w.top + w.height + pad) // _CELL + 1,
             left:(w.left + w.width + pad) // _CELL + 1] = False


def _blobs(grid: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """(top, left, bottom, right, cells) of groups of ink cells touching (gaps of one cell
    closed: the two digits of "13")."""
    seen = np.zeros_like(grid)
    out = []
    rows, cols = grid.shape
    for r0, c0 in zip(*np.nonzero(grid), strict=True):
        if seen[r0, c0]:
            continue
        seen[r0, c0] = True
        stack, box, n = [(int(r0), int(c0))], [int(r0), int(c0), int(r0), int(c0)], 0
        while stack:
            r, c = stack.pop()
            n += 1
            box = [min(box[0], r), min(box[1], c), max(box[2], r), max(box[3], c)]
            for rr in range(max(r - 2, 0), min(r + 3, rows)):
                for cc in range(max(c - 2, 0), min(c + 3, cols)):
                    if grid[rr, cc] and not seen[rr, cc]:
                        seen[rr, cc] = True
                        stack.append((rr, cc))
        out.append((box[0], box[1], box[2] + 1, box[3] + 1, n))
    return out


def passed_over(img: Image.Image, level: int, words: list[Word]) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (left, top, right, bottom) of word-sized ink no recognised word covers."""
    heights = [w.height for w in words if any(ch.isalnum() for ch in w.text)]
    if len(heights) < 5:
        return []
    usual = statistics.median(heights)
    grid = _ink_grid(img, level)
    _blank_words(grid, words, round(0.3 * usual))
    found = []
    for top, left, bottom, right, n in _blobs(grid):
        h, w = (bottom - top) * _CELL, (right - left) * _CELL
        if n >= MIN_CELLS and MIN_HEIGHT * usual <= h <= MAX_HEIGHT * usual + _CELL \
                and w <= MAX_WIDTH * usual:
            found.append(((left - 1) * _CELL, (top - 1) * _CELL, (right + 1) * _CELL,
                          (bottom + 1) * _CELL))  # a cell of paper around the ink
    return found if len(found) <= MAX_BLOBS else []


def read_again(img: Image.Image, boxes: list[tuple[int, int, int, int]],
               recognise: Recognise) -> list[Word]:
    """Words in `boxes`, read from one image of the boxes stacked with blank space between."""
    if not boxes:
        return []
    margin = max(b[3] - b[1] for b in boxes)
    width = max(b[2] - b[0] for b in boxes) + 2 * margin
    offsets, y = [], margin
    for b in boxes:
        offsets.append(y)
        y += b[3] - b[1] + margin
    sheet = Image.new("L", (width, y), 255)
    for b, top in zip(boxes, offsets, strict=True):
        sheet.paste(img.crop(b), (margin, top))
    out = []
    for w in recognise(sheet):
        mid = w.top + w.height // 2
        i = next((i for i, (b, top) in enumerate(zip(boxes, offsets, strict=True))
                  if top <= mid < top + b[3] - b[1]), None)
        if i is None or w.conf < MIN_CONF or not any(ch.isalnum() for ch in w.text):
            continue
        b = boxes[i]
        out.append(replace(w, left=w.left - margin + b[0], top=w.top - offsets[i] + b[1],
                           line=(_LINE_BASE + i, 1, 1)))
    return out
