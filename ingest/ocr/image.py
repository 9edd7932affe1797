"""Page images for OCR: render, binarise, deskew, find ruling lines and erase them.

All in numpy on one grey page image (300 dpi A4 ≈ 9 Mpx): ruling lines are long runs of dark
pixels along a row (horizontal) or a column (vertical), after closing the small gaps that noise
and thresholding punch into them. Text strokes are far shorter than the shortest rule we accept.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw

OCR_DPI = 300
# a huge page (a poster, a broken media box) is rendered smaller rather than eating memory
MAX_PIXELS = 40_000_000
# rules shorter than this (pt) are not looked for: a tall letter stroke at 14 pt is ~10 pt
MIN_RULE_PT = 24.0
# pages darker than this share of pixels are photos or black scans: no rule search
MAX_DARK_SHARE = 0.5
BLANK_DARK_SHARE = 0.0005
# a rule is at most this thick (pt), covers this share of its length with ink, and the bands
# beside it hold less than this share of ink (text lines have letters right above the baseline)
MAX_RULE_PT, MIN_COVER, MAX_SIDE_INK = 4.0, 0.8, 0.2
_SIDE = 6  # px of the bands beside a rule
_BAND = 256  # rows of the page rendered at a time
_STRIP = 128  # rows per strip when looking for runs
_GAP = 2  # px closed on each side along a rule (noise dropouts, thresholding gaps)
_SKEW_RANGE, _SKEW_STEP = 3.0, 0.1  # degrees


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line found in the image, in pixels: a horizontal rule has y0 ≈ y1."""

    x0: int
    y0: int
    x1: int
    y1: int


def render(page: pdfium.PdfPage) -> tuple[Image.Image, float]:
    """The page as a grey image at OCR_DPI (less for huge pages) and its scale (px per pt).
    Rendered in bands: PDFium's bitmap of a whole page would sit on the Python heap."""
    width, height = page.get_size()
    scale = OCR_DPI / 72
    if width * height * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / (width * height)) ** 0.5
    full_w, full_h = round(width * scale), round(height * scale)
    img = Image.new("L", (full_w, full_h), 255)
    for top in range(0, full_h, _BAND):
        bottom = min(top + _BAND, full_h)
        crop = (0, max(height - bottom / scale, 0), 0, top / scale)
        band = page.render(scale=scale, grayscale=True, crop=crop).to_pil().convert("L")
        img.paste(band, (0, top))
    return img, scale


def threshold(img: Image.Image) -> int:
    """Otsu's ink/paper threshold of a grey image (scans vary from pale grey to bilevel)."""
    hist = np.array(img.histogram()[:256], dtype=np.float64)
    total = hist.sum()
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * np.arange(256))
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (m0[-1] * w0 / total - m0) ** 2 / (w0 * w1)
    between[~np.isfinite(between)] = 0
    return min(int(np.argmax(between)) if between.any() else 127, 200)


class _Ink:
    """Ink pixels (True) of a grey image, thresholded a box at a time: a whole page as a
    numpy mask would put a byte per pixel on the heap (9 MB at 300 dpi) for every worker."""

    def __init__(self, img: Image.Image, level: int) -> None:
        self.img = img
        self.lut = [1 if v <= level else 0 for v in range(256)]
        self.height, self.width = img.height, img.width

    def area(self, top: int, bottom: int, left: int, right: int) -> np.ndarray:
        top, left = max(top, 0), max(left, 0)
        bottom, right = min(bottom, self.height), min(right, self.width)
        if bottom <= top or right <= left:
            return np.zeros((0, 0), dtype=np.bool_)
        part = self.img.crop((left, top, right, bottom)).point(self.lut)
        return np.frombuffer(part.tobytes(), dtype=np.bool_).reshape(part.height, part.width)


def ink_share(img: Image.Image, level: int) -> float:
    """Share of ink pixels (from the histogram: no pixel copy)."""
    hist = img.histogram()[:256]
    return sum(hist[: level + 1]) / max(sum(hist), 1)


def skew_angle(img: Image.Image, level: int) -> float:
    """The rotation (degrees, PIL's sense) that makes text lines horizontal: the angle whose
    row profile is sharpest (text lines and rules give peaks, gaps zeros)."""
    small = img.reduce(4).point(lambda v: 255 if v <= level else 0)
    best, best_score = 0.0, -1.0
    steps = round(_SKEW_RANGE / _SKEW_STEP)
    for i in range(-steps, steps + 1):
        angle = i * _SKEW_STEP
        rows = np.asarray(small.rotate(angle, resample=Image.Resampling.BILINEAR),
                          dtype=np.float32).sum(axis=1)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score:
            best, best_score = angle, score
    return best


def deskew(img: Image.Image, angle: float) -> Image.Image:
    if abs(angle) < _SKEW_STEP / 2:
        return img
    return img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


def _close_rows(mask: np.ndarray) -> np.ndarray:
    """Dilate along rows by _GAP px each side (gaps up to 2·_GAP px vanish)."""
    out = mask.copy()
    for d in range(1, _GAP + 1):
        out[:, d:] |= mask[:, :-d]
        out[:, :-d] |= mask[:, d:]
    return out


def _runs(ink: _Ink, min_len: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, start, end) of every run of ink along rows at least `min_len` long, gaps closed;
    a strip of rows at a time."""
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for first in range(0, ink.height, _STRIP):
        strip = _close_rows(ink.area(first, first + _STRIP, 0, ink.width))
        padded = np.zeros((strip.shape[0], strip.shape[1] + 2), dtype=np.int8)
        padded[:, 1:-1] = strip
        edges = np.diff(padded, axis=1)
        rows, starts = np.nonzero(edges == 1)
        _, ends = np.nonzero(edges == -1)
        keep = ends - starts >= min_len
        found.append((rows[keep] + first, starts[keep] + _GAP, ends[keep] - _GAP))
    return tuple(np.concatenate(parts) for parts in zip(*found, strict=True))  # type: ignore[return-value]


def _group(rows: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> list[list[int]]:
    """Runs on neighbouring rows that overlap → one rule [row0, row1, start, end]."""
    groups: list[list[int]] = []
    open_: list[list[int]] = []
    for r, a, b in sorted(zip(rows.tolist(), starts.tolist(), ends.tolist(), strict=True)):
        open_ = [g for g in open_ if g[1] >= r - 2]
        for g in open_:
            if min(b, g[3]) - max(a, g[2]) > 0.5 * min(b - a, g[3] - g[2]):
                g[1], g[2], g[3] = r, min(a, g[2]), max(b, g[3])
                break
        else:
            g = [r, r, a, b]
            groups.append(g)
            open_.append(g)
    return groups


def _clear_sides(ink: _Ink, r0: int, r1: int, a: int, b: int) -> bool:
    """A rule has white on both sides (cell padding); a text baseline has letters above it."""
    near, far = 3, 3 + _SIDE
    bands = (ink.area(r0 - far, r0 - near, a, b), ink.area(r1 + near, r1 + far, a, b))
    return all(band.mean() < MAX_SIDE_INK for band in bands if band.size)


def _rules(ink: _Ink, min_len: int, max_thick: int) -> list[tuple[int, int, int, int]]:
    """(row0, row1, start, end) of rules along rows (a transposed image gives columns)."""
    found = []
    for r0, r1, a, b in _group(*_runs(ink, min_len)):
        if r1 - r0 <= max_thick and ink.area(r0, r1 + 1, a, b).any(axis=0).mean() >= MIN_COVER \
                and _clear_sides(ink, r0, r1, a, b):
            found.append((r0, r1, a, b))
    return found


def find_rules(img: Image.Image, level: int, scale: float) -> list[Rule]:
    """Horizontal and vertical ruling lines of a page image (thick rules count once)."""
    if ink_share(img, level) > MAX_DARK_SHARE:
        return []
    min_len, thick = int(MIN_RULE_PT * scale), int(MAX_RULE_PT * scale)
    rules = [Rule(a, (r0 + r1) // 2, b, (r0 + r1) // 2)
             for r0, r1, a, b in _rules(_Ink(img, level), min_len, thick)]
    columns = _Ink(img.transpose(Image.Transpose.TRANSPOSE), level)
    rules += [Rule((c0 + c1) // 2, a, (c0 + c1) // 2, b)
              for c0, c1, a, b in _rules(columns, min_len, thick)]
    return rules


def erase(img: Image.Image, rules: list[Rule], scale: float) -> Image.Image:
    """A copy of the image with the rules painted white (so OCR does not read them as | or —);
    the band is a little wider than the rule for thick or slightly slanted ones."""
    out = img.copy()
    draw = ImageDraw.Draw(out)
    pad = max(2, round(1.5 * scale))
    for r in rules:
        draw.rectangle((r.x0 - pad, r.y0 - pad, r.x1 + pad, r.y1 + pad), fill=255)
    return out


def stroke_widths(img: Image.Image, level: int,
                  boxes: list[tuple[int, int, int, int]]) -> list[float]:
    """Mean length (px) of the ink runs along the rows of each (left, top, width, height) box:
    the width of a letter's vertical strokes, about 1.5 times larger in bold type."""
    ink = _Ink(img, level)
    out = []
    for left, top, width, height in boxes:
        box = ink.area(top, top + height, left, left + width)
        if not box.size:
            out.append(0.0)
            continue
        starts = int(box[:, 0].sum()) + int((np.diff(box.view(np.int8), axis=1) == 1).sum())
        out.append(float(box.sum()) / max(starts, 1))
    return out
