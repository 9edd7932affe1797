"""OCR of scanned PDF pages: a skewed, noisy scan of a ruled table page and of a borderless
table page reads back as the text-layer PDF they were printed from; confidence per block;
--no-ocr; a missing Tesseract; and the image steps (deskew, ruling lines, words) on their own.

Needs Tesseract with Russian (`make test` installs tesseract-ocr tesseract-ocr-rus): without it
these tests fail rather than skip. Only two pages are recognised (Tesseract takes seconds each).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFilter

from ingest import DocumentLoadError, Limits, read_document
from ingest.models import Paragraph, Row, SourceDocument, Table
from ingest.ocr.image import Rule, find_rules, skew_angle, threshold
from ingest.ocr.reader import INSTALL_HINT, OcrPage, OcrRun, tesseract_problem
from ingest.ocr.words import Word, glyphs_of, parse_tsv, split_at_rules
from ingest.pdf.page import PageContent

FIXTURES = Path(__file__).parent / "fixtures_pdf"


def _scan(pdf_path: Path, index: int, angle: float, seed: int) -> Image.Image:
    """A page printed and scanned: 300 dpi, turned by `angle`, blurred, specks, bilevel."""
    pdf = pdfium.PdfDocument(pdf_path)
    img = pdf[index].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = np.asarray(img.filter(ImageFilter.GaussianBlur(0.5)), dtype=np.float32)
    rng = np.random.default_rng(seed)
    pixels += rng.normal(0, 12, pixels.shape)
    pixels[rng.random(pixels.shape) < 0.001] = 0
    grey = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return grey.point(lambda v: 255 if v > 150 else 0).convert("1")


@pytest.fixture(scope="module")
def mixed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Page 1 with a text layer, pages 2-3 scans (a ruled table, a borderless table)."""
    scans = [_scan(FIXTURES / "table_pages.pdf", 0, 0.8, 1),
             _scan(FIXTURES / "borderless.pdf", 0, -0.6, 2)]
    buf = io.BytesIO()
    scans[0].save(buf, format="PDF", save_all=True, append_images=scans[1:], resolution=300.0)
    out = pdfium.PdfDocument.new()
    out.import_pages(pdfium.PdfDocument(FIXTURES / "text_only.pdf"), [0])
    out.import_pages(pdfium.PdfDocument(buf.getvalue()))
    path = tmp_path_factory.mktemp("ocr") / "mixed_scan.pdf"
    out.save(path)
    return path


@pytest.fixture(scope="module")
def mixed(mixed_pdf: Path) -> SourceDocument:
    return read_document(mixed_pdf)


def _tables_on(doc: SourceDocument, page: int) -> list[Table]:
    return [t for t in doc.tables if t.source.page == page]


def test_tesseract_with_russian_is_installed() -> None:
    assert tesseract_problem() is None


def test_text_page_is_read_from_its_layer_scans_by_ocr(mixed: SourceDocument) -> None:
    text_page = [b for b in mixed.blocks if b.source.page == 1]
    original = read_document(FIXTURES / "text_only.pdf").blocks
    assert text_page == list(original)  # untouched: no confidence, same blocks
    assert mixed.pages == 3
    assert [w.split(" (")[0] for w in mixed.warnings[:2]] == [
        "page 2: no text layer, text recognised by OCR",
        "page 3: no text layer, text recognised by OCR"]


def _same_share(got: Sequence[Row], want: Sequence[Row]) -> float:
    cells = [(a.text, b.text) for ra, rb in zip(got, want, strict=True)
             for a, b in zip(ra.cells, rb.cells, strict=True)]
    return sum(a == b for a, b in cells) / len(cells)


def test_ruled_table_from_a_skewed_noisy_scan(mixed: SourceDocument) -> None:
    [scanned] = _tables_on(mixed, 2)
    original = read_document(FIXTURES / "table_pages.pdf").tables[0]
    page1 = [r for r in original.rows if r.source.page == 1]
    assert scanned.n_cols == original.n_cols == 5
    assert len(scanned.rows) == len(page1)
    assert [r.cells[0].text for r in scanned.rows] == [r.cells[0].text for r in page1]
    assert [(c.col, c.col_span) for c in scanned.rows[1].cells] == [(0, 5)]  # section row
    assert _same_share(scanned.rows, page1) >= 0.85
    assert all(c.confidence is not None and c.confidence > 60
               for r in scanned.rows for c in r.cells if c.text)
    assert scanned.confidence is not None and scanned.confidence > 85


def test_borderless_table_from_word_positions(mixed: SourceDocument) -> None:
    scanned = _tables_on(mixed, 3)
    original = read_document(FIXTURES / "borderless.pdf").tables[0]
    assert {t.n_cols for t in scanned} == {original.n_cols}
    rows = [r for t in scanned for r in t.rows]
    assert [r.cells[0].text for r in rows] == [r.cells[0].text for r in original.rows]
    assert _same_share(rows, list(original.rows)) >= 0.8
    paras = [b for b in mixed.blocks if isinstance(b, Paragraph) and b.source.page == 3]
    assert [p.text for p in paras] == ["Таблица без линий.", "Текст после таблицы."]
    assert all(p.confidence is not None and p.confidence > 80 for p in paras)


def test_no_ocr_keeps_scans_unread(mixed_pdf: Path) -> None:
    doc = read_document(mixed_pdf, Limits(ocr=False))
    assert {b.source.page for b in doc.blocks} == {1}
    assert doc.warnings == ("page 2 has no text layer (scanned image?)",
                            "page 3 has no text layer (scanned image?)")
    with pytest.raises(DocumentLoadError, match=r"^scanned\.pdf: no text layer — scanned\? "
                                                r"OCR needed$"):
        read_document(FIXTURES / "scanned.pdf", Limits(ocr=False))


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TESSERACT", "/nonexistent/tesseract")
    tesseract_problem.cache_clear()
    yield
    monkeypatch.undo()
    tesseract_problem.cache_clear()


@pytest.mark.usefixtures("no_tesseract")
def test_missing_tesseract_says_how_to_install(mixed_pdf: Path) -> None:
    with pytest.raises(DocumentLoadError) as err:
        read_document(FIXTURES / "scanned.pdf")
    assert err.value.reason == f"no text layer — scanned? {INSTALL_HINT}"
    assert "apt-get install tesseract-ocr tesseract-ocr-rus" in err.value.reason
    doc = read_document(mixed_pdf)  # the text page is still read
    assert {b.source.page for b in doc.blocks} == {1}
    assert f"page 2: no text layer, not recognised: {INSTALL_HINT}" in doc.warnings


def test_cli_no_ocr_flag(mixed_pdf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipelines.cli import main

    assert main(["blocks", "--no-ocr", str(FIXTURES / "scanned.pdf")]) == 2
    assert ("scanned.pdf: нет текстового слоя — скан? Нужно распознавание (OCR)"
            in capsys.readouterr().err)
    assert main(["extract", "--no-ocr", "--compact", str(FIXTURES / "scanned.pdf")]) == 2


# --- the steps on their own (no Tesseract) ----------------------------------------------


def _grid_page(angle: float = 0.0) -> Image.Image:
    """A 300 dpi page: a 3×4 ruled grid and lines of text-like bars (words) outside it."""
    img = Image.new("L", (1800, 1400), 255)
    draw = ImageDraw.Draw(img)
    for y in (200, 400, 600, 800):
        draw.rectangle((150, y, 1650, y + 3), fill=0)
    for x in (150, 650, 1150, 1650):
        draw.rectangle((x, 200, x + 3, 803), fill=0)
    for y in range(950, 1300, 60):  # words: bars 30 px high with gaps, as text lines
        for x in range(150, 1600, 130):
            draw.rectangle((x, y, x + 100, y + 30), fill=0)
    return img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


@pytest.mark.parametrize("angle", [0.0, 0.7, -1.2])
def test_skew_is_measured(angle: float) -> None:
    img = _grid_page(angle)
    assert skew_angle(img, threshold(img)) == pytest.approx(-angle, abs=0.15)


def test_ruling_lines_are_found_and_text_is_not() -> None:
    img = _grid_page()
    rules = find_rules(img, threshold(img), 300 / 72)
    horizontal = sorted(r.y0 for r in rules if r.y0 == r.y1)
    vertical = sorted(r.x0 for r in rules if r.x0 == r.x1)
    assert [y - 1 for y in horizontal] == pytest.approx([200, 400, 600, 800], abs=2)
    assert [x - 1 for x in vertical] == pytest.approx([150, 650, 1150, 1650], abs=2)


_TSV_HEAD = "\t".join(("level", "page_num", "block_num", "par_num", "line_num", "word_num",
                       "left", "top", "width", "height", "conf", "text"))


def _tsv(*rows: tuple[int, int, int, int, float, str], line: int = 1) -> str:
    body = [f"5\t1\t1\t1\t{line}\t{i}\t{x}\t{y}\t{w}\t{h}\t{c}\t{t}"
            for i, (x, y, w, h, c, t) in enumerate(rows, 1)]
    return "\n".join([_TSV_HEAD, "4\t1\t1\t1\t1\t0\t0\t0\t10\t10\t-1\t", *body])


@pytest.mark.parametrize(
    ("row", "text"),
    [((10, 10, 80, 30, 95.0, "План"), "План"),
     ((10, 10, 80, 30, 95.0, "З.1."), "3.1."),  # Cyrillic Ze read for a digit in a number
     ((10, 10, 80, 30, 95.0, "1.О"), "1.0"),
     ((10, 10, 80, 30, 95.0, "Зона"), "Зона"),  # a word stays a word
     ((10, 10, 8, 30, 90.0, "|"), None),  # a rule remnant
     ((10, 10, 80, 30, 10.0, "шум"), None),  # Tesseract does not believe it
     ((10, 10, 360, 46, 14.0, "УТВЕРЖДАЮ"), "УТВЕРЖДАЮ"),  # doubted, yet a requisite word
     ((10, 10, 360, 46, 12.0, "«СОГЛАСОВАНО»"), "«СОГЛАСОВАНО»"),
     ((10, 10, 360, 46, 12.0, "УТВЕРЖДАЮЩ"), None),  # not spelt right: noise as before
     ((10, 10, 12, 4, 40.0, "."), None),  # a speck
     ((10, 10, 30, 29, 41.0, "2:"), "2:"),  # a doubted row number is kept (repair.py fixes it)
     ((10, 10, 30, 29, 41.0, "о:"), None),
     ((10, 10, 30, 5, 92.0, "-"), "-"),  # a list dash is kept
     ((10, 10, 80, 30, 95.0, "|итого|"), "итого"),
     ((10, 10, 80, 30, 95.0, "«ИМЦЬ,"), "«ИМЦ»,"),  # a closing guillemet read as Ь
     ((10, 10, 80, 30, 95.0, "«ДЕНЬ"), "«ДЕНЬ"),  # the quotation may go on
     ((10, 10, 80, 30, 95.0, "ДЕНЬ,"), "ДЕНЬ,")],
)
def test_tsv_words_filtered_and_fixed(row: tuple, text: str | None) -> None:
    words = parse_tsv(_tsv(row))
    assert [w.text for w in words] == ([text] if text else [])


def test_glyphs_share_their_line_box_and_split_at_rules() -> None:
    words = parse_tsv(_tsv((100, 110, 100, 30, 96.0, "срок"), (220, 100, 150, 45, 96.0, "Дерево"),
                           (380, 120, 200, 30, 90.0, "годыпятьшесть")))
    words = split_at_rules(words, [Rule(460, 0, 460, 400)])
    assert [(w.left, w.width) for w in words][-1] == (461, 119)  # the larger part, right of it
    glyphs = glyphs_of(words, 300 / 72)
    assert {(g.top, g.bottom) for g in glyphs} == {(100 * 72 / 300, 150 * 72 / 300)}
    assert "".join(g.text for g in glyphs[:4]) == "срок" and glyphs[0].space_before
    assert not glyphs[1].space_before and glyphs[4].space_before


def test_low_confidence_blocks_are_reported() -> None:
    words = [Word("Нечёткий", 0, 0, 10, 10, 41.0, (1, 1, 1)),
             Word("текст", 0, 0, 10, 10, 45.0, (1, 1, 1)),
             Word("ясно", 0, 0, 10, 10, 96.0, (1, 1, 1))]
    page = OcrPage(PageContent(1, 100.0, 100.0, (), ()), words, 0.0)
    run = OcrRun([page.content], found={1: page}, warnings=["page 1: OCR confidence 61%"])
    blocks, warnings = run.annotate([
        Paragraph(text="Нечёткий текст", source={"page": 1}),
        Paragraph(text="ясно", source={"page": 1}),
        Paragraph(text="другая страница", source={"page": 2})])
    assert [b.confidence for b in blocks] == [43.0, 96.0, None]
    assert warnings == ["page 1: OCR confidence 61%",
                        "page 1: paragraph «Нечёткий текст» OCR confidence 43%"]
