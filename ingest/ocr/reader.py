"""OCR for PDF pages without a text layer (scans): Tesseract words → the PDF reader's glyphs.

A page is rendered at 300 dpi (pypdfium2), binarised and deskewed; ruling lines are found in
the image and erased; Tesseract (`-l rus`, TSV output) gives words with boxes and confidences.
Tesseract's usual confusions are repaired (repair.py) and bold is told from stroke width.
Words become glyphs and the rules become segments of an ordinary PageContent, so the PDF
reader's own machinery (ruled tables, borderless tables, paragraphs, tables joined across
pages) handles scanned pages exactly like text pages. Afterwards each block from an OCR page
gets the mean confidence of its words; low confidence is reported in the warnings.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import Block, Cell, Paragraph, Row, Table
from ingest.ocr.blanks import read_blanks
from ingest.ocr.image import (
    BLANK_DARK_SHARE,
    Rule,
    deskew,
    erase,
    find_rules,
    ink_share,
    render,
    skew_angle,
    stroke_widths,
    threshold,
)
from ingest.ocr.missed import passed_over, read_again
from ingest.ocr.repair import repair
from ingest.ocr.words import (
    Word,
    drop_specks,
    glyphs_of,
    mark_bold,
    parse_tsv,
    split_at_rules,
)
from ingest.pdf.page import PageContent, Segment

OCR_TIMEOUT_S = 180.0
LANG = "rus"
# Automatic page segmentation: cells of a table come out as blocks of their own, whose lines
# Tesseract recognises far better than lines running across the cells (--psm 6): on the scanned
# samples 42 of 51 table cells exact against 33, indicator values F1 1.00 against 0.96.
PSM = "3"
# ink the first reading passed over is read again as a stack of lines (missed.py)
PSM_AGAIN = "6"
INSTALL_HINT = ("Tesseract with Russian is needed to read scanned pages: install it "
                "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-rus), "
                "or pass --no-ocr")
# a page (or block) whose words are recognised with less mean confidence is reported
LOW_PAGE_CONFIDENCE, LOW_BLOCK_CONFIDENCE = 80.0, 60.0
MAX_BLOCK_WARNINGS = 20


@functools.cache
def tesseract_problem() -> str | None:
    """Why OCR cannot run here (Tesseract or its Russian data missing), or None."""
    exe = shutil.which(os.environ.get("TESSERACT", "tesseract"))
    if exe is None:
        return INSTALL_HINT
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True,
                               timeout=30, check=False).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        return INSTALL_HINT
    return None if LANG in langs else INSTALL_HINT


def recognise(img: Image.Image, dpi: int, name: str, psm: str = PSM) -> list[Word]:
    """Words with pixel boxes and confidences (Tesseract TSV, one process per page)."""
    exe = shutil.which(os.environ.get("TESSERACT", "tesseract")) or "tesseract"
    # one thread per process: batch workers already fill the cores, and Tesseract's OpenMP
    # threads only fight each other there (5 s → 17 s per page measured on 2 cores)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="roadmaps-ocr-") as tmp:
        src = Path(tmp) / "page.png"
        img.save(src, format="PNG", compress_level=1)  # a file: no image copy on the heap
        cmd = [exe, str(src), "stdout", "-l", LANG, "--psm", psm, "--dpi", str(dpi), "tsv"]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=OCR_TIMEOUT_S, env=env,
                                  check=False)
        except subprocess.TimeoutExpired as exc:
            raise DocumentLoadError(
                name, f"OCR did not finish a page in {OCR_TIMEOUT_S:.0f} s") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise DocumentLoadError(name, f"OCR failed: {detail[0][:200]}")
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


@dataclass
class OcrPage:
    """What OCR found on one page: the page for the PDF reader and its words."""

    content: PageContent
    words: list[Word]
    angle: float

    @property
    def confidence(self) -> float | None:
        confs = [w.conf for w in self.words]
        return sum(confs) / len(confs) if confs else None


def ocr_page(page: pdfium.PdfPage, number: int, width: float, height: float,
             name: str) -> OcrPage:
    """Render, clean and recognise one page; its content in the page's own coordinates."""
    img, scale = render(page)
    level = threshold(img)
    if ink_share(img, level) < BLANK_DARK_SHARE:
        return OcrPage(PageContent(number, width, height, (), ()), [], 0.0)  # a blank page
    angle = skew_angle(img, level)
    img = deskew(img, angle)
    rules = find_rules(img, level, scale)
    img = erase(img, rules, scale)
    dpi = round(72 * scale)
    words = recognise(img, dpi, name)
    words += read_again(img, passed_over(img, level, words),
                        lambda sheet: recognise(sheet, dpi, name, PSM_AGAIN))
    words = repair(split_at_rules(drop_specks(words, scale), rules), rules)
    words = mark_bold(words, stroke_widths(img, level, [(w.left, w.top, w.width, w.height)
                                                         for w in words]))
    blanks, rules = read_blanks(rules, words)
    words += blanks
    segments = tuple(_segment(r, scale) for r in rules)
    content = PageContent(number, width, height, tuple(glyphs_of(words, scale)), segments)
    return OcrPage(content, words, angle)


def _segment(rule: Rule, scale: float) -> Segment:
    return Segment(rule.x0 / scale, rule.y0 / scale, rule.x1 / scale, rule.y1 / scale)


@dataclass
class OcrRun:
    """OCR of a PDF's text-less pages: the pages to read and what to say about them."""

    pages: list[PageContent]
    found: dict[int, OcrPage] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def annotate(self, blocks: Sequence[Block]) -> tuple[list[Block], list[str]]:
        """Blocks with the OCR confidence of their words; warnings for low confidence."""
        pool = {n: _WordPool(p.words) for n, p in self.found.items()}
        out: list[Block] = []
        low: list[str] = []
        for block in blocks:
            if isinstance(block, Paragraph) and block.source.page in pool:
                conf = pool[block.source.page].confidence(block.full_text)
                block = block.model_copy(update={"confidence": conf})
                if conf is not None and conf < LOW_BLOCK_CONFIDENCE:
                    low.append(f"page {block.source.page}: paragraph «{_short(block.text)}»"
                               f" OCR confidence {conf:.0f}%")
            elif isinstance(block, Table):
                block = _table_confidence(block, pool, low)
            out.append(block)
        if len(low) > MAX_BLOCK_WARNINGS:
            low = [*low[:MAX_BLOCK_WARNINGS], f"… {len(low) - MAX_BLOCK_WARNINGS} more blocks "
                   "with low OCR confidence"]
        return out, [*self.warnings, *low]


def _short(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _table_confidence(table: Table, pool: dict[int, _WordPool], low: list[str]) -> Table:
    rows: list[Row] = []
    confs: list[float] = []
    for row in table.rows:
        page = row.source.page
        if page not in pool:
            rows.append(row)
            continue
        cells: list[Cell] = []
        for cell in row.cells:
            conf = pool[page].confidence(cell.text)
            cells.append(cell.model_copy(update={"confidence": conf}))
            if conf is not None:
                confs.append(conf)
                if conf < LOW_BLOCK_CONFIDENCE:
                    low.append(f"page {page}: table {table.index}, row {row.source.row}, "
                               f"column {cell.col + 1} OCR confidence {conf:.0f}%")
        rows.append(row.model_copy(update={"cells": tuple(cells)}))
    if not confs:
        return table
    return table.model_copy(update={"rows": tuple(rows),
                                    "confidence": round(sum(confs) / len(confs), 1)})


class _WordPool:
    """A page's recognised words by text: a block takes the confidences of its own words."""

    def __init__(self, words: Sequence[Word]) -> None:
        self._by_text: dict[str, list[float]] = defaultdict(list)
        for w in words:
            self._by_text[w.text].append(w.conf)

    def confidence(self, text: str) -> float | None:
        confs = []
        for token in text.split():
            found = self._by_text.get(token)
            if found:
                confs.append(found.pop(0))
        return round(sum(confs) / len(confs), 1) if confs else None


def ocr_missing(data: bytes, pages: list[PageContent], name: str, limits: Limits) -> OcrRun:
    """Recognise the pages of `pages` that have no text layer (the rest are kept as read)."""
    todo = [i for i, p in enumerate(pages) if not p.glyphs]
    problem = tesseract_problem()
    if problem is not None:
        if len(todo) == len(pages):
            raise DocumentLoadError(name, f"no text layer — scanned? {problem}")
        return OcrRun(list(pages), warnings=[f"page {pages[i].number}: no text layer, not "
                                             f"recognised: {problem}" for i in todo])
    run = OcrRun(list(pages))
    pdf = pdfium.PdfDocument(data)
    try:
        for i in todo:
            page = pdf[i]
            try:
                found = ocr_page(page, pages[i].number, pages[i].width, pages[i].height, name)
            finally:
                page.close()
            if not found.content.glyphs:
                continue
            run.pages[i] = found.content
            run.found[found.content.number] = found
            run.warnings.append(_page_note(found))
    finally:
        pdf.close()
    return run


def _page_note(found: OcrPage) -> str:
    conf = found.confidence or 0.0
    note = f"page {found.content.number}: no text layer, text recognised by OCR " \
        f"(confidence {conf:.0f}%)"
    if conf < LOW_PAGE_CONFIDENCE:
        note = f"page {found.content.number}: OCR confidence {conf:.0f}% (low): check the " \
            "values read from this page"
    return note
