"""Generated tables written as TSV, DOCX and PDF come back through the readers cell for cell.

The writers are the test's own, not the project's: tab-separated lines, python-docx, and a PDF
drawn with pdfium's page objects (DejaVu Sans text in ruled cells; `make sysdeps` installs the
font). Every table has a header row and one to five data rows of two to five columns; a cell
holds one to three words, numbers, dates or a quoted name of an organisation."""

from __future__ import annotations

import ctypes
import io
from collections.abc import Callable
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.docx.reader import read_docx
from ingest.limits import Limits
from ingest.models import ReadResult, Table
from ingest.pdf.reader import read_pdf
from ingest.text.reader import read_text

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LIMITS = Limits()
Grid = list[list[str]]

WORDS = ["Семинар", "для", "педагогов", "конкурс", "чтецов", "МКУ", "«ИМЦ»", "март", "2024",
         "2025 г.", "15.03.2024", "ежегодно", "управление", "образования", "не менее", "20",
         "участников", "доля", "12,5", "%", "отчёт", "наставник", "школ", "Ответственный",
         "Срок", "Показатель", "план", "факт", "II квартал", "района"]
HEADERS = ["№", "Мероприятие", "Срок", "Ответственные", "Результат", "Показатель", "2024",
           "2025", "Исполнитель", "Примечание"]

# A cell opens with a capital or a digit, as cells of a new row do: a row opening in lower case
# continues the row above in the text and PDF readers (a wrapped line), by design.
cell = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(
    lambda words: " ".join(words)[:1].upper() + " ".join(words)[1:])


# DOCX and PDF cells may hold two lines (a paragraph each, a text line each), the second in
# lower case too: inside a cell's rules it is still that cell.
tail = st.lists(st.sampled_from(WORDS), min_size=1, max_size=2).map(" ".join)
two_lines = st.tuples(cell, st.none() | tail).map(lambda p: p[0] if p[1] is None
                                                   else f"{p[0]}\n{p[1]}")


@st.composite
def grids(draw: st.DrawFn, cells: st.SearchStrategy[str] = cell) -> Grid:
    """A header row of distinct names, then data rows of the same width."""
    n = draw(st.integers(2, 5))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=n, max_size=n, unique=True))
    body = draw(st.lists(st.lists(cells, min_size=n, max_size=n), min_size=1, max_size=5))
    return [header, *body]


def tsv(grid: Grid) -> ReadResult:
    data = "\n".join("\t".join(row) for row in grid).encode("utf-8")
    return read_text(data, "table.txt", LIMITS)


def as_docx(grid: Grid) -> ReadResult:
    doc = docx.Document()
    table = doc.add_table(rows=len(grid), cols=len(grid[0]))
    table.style = "Table Grid"
    for i, row in enumerate(grid):
        for j, text in enumerate(row):
            first, *more = text.split("\n")
            target = table.cell(i, j)
            target.text = first
            for line in more:
                target.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return read_docx(out.getvalue(), "table.docx", LIMITS)


def _text(pdf: pdfium.PdfDocument, font: object, text: str, x: float, y: float) -> object:
    obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf, font, 10.0)
    utf16 = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(utf16, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    return obj


def _rules(xs: list[float], ys: list[float]) -> object:
    """The table's ruling: one path of every row and column line."""
    path = pdfium_c.FPDFPageObj_CreateNewPath(xs[0], ys[0])
    for y in ys:
        pdfium_c.FPDFPath_MoveTo(path, xs[0], y)
        pdfium_c.FPDFPath_LineTo(path, xs[-1], y)
    for x in xs:
        pdfium_c.FPDFPath_MoveTo(path, x, ys[0])
        pdfium_c.FPDFPath_LineTo(path, x, ys[-1])
    pdfium_c.FPDFPageObj_SetStrokeColor(path, 0, 0, 0, 255)
    pdfium_c.FPDFPageObj_SetStrokeWidth(path, ctypes.c_float(0.8))
    pdfium_c.FPDFPath_SetDrawMode(path, 0, 1)
    return path


def as_pdf(grid: Grid) -> ReadResult:
    assert FONT.is_file(), f"{FONT} missing: `make sysdeps` installs fonts-dejavu-core"
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(842, 595)  # A4 landscape
    data = FONT.read_bytes()
    buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    font = pdfium_c.FPDFText_LoadFont(pdf, buf, len(data), pdfium_c.FPDF_FONT_TRUETYPE, 1)
    widths = [max(len(line) for row in grid for line in row[j].split("\n")) * 6.2 + 12
              for j in range(len(grid[0]))]
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    heights = [6 + 13 * max(text.count("\n") + 1 for text in row) for row in grid]
    ys = [560.0]
    for h in heights:
        ys.append(ys[-1] - h)
    for i, row in enumerate(grid):
        for j, text in enumerate(row):
            for k, line in enumerate(text.split("\n")):  # 13 pt apart, from the cell's top
                obj = _text(pdf, font, line, xs[j] + 4, ys[i] - 13 * (k + 1))
                pdfium_c.FPDFPage_InsertObject(page.raw, obj)
    pdfium_c.FPDFPage_InsertObject(page.raw, _rules(xs, ys))
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    pdf.save(out)
    return read_pdf(out.getvalue(), "table.pdf", LIMITS)


def _cells(result: ReadResult) -> list[Grid]:
    return [[[c.text for c in row.cells] for row in block.rows]
            for block in result.blocks if isinstance(block, Table)]


SMALL = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIRST = [["№", "Мероприятие"], ["1", "Семинар"]]


def _same_back(grid: Grid, read: Callable[[Grid], ReadResult]) -> None:
    result = read(grid)
    assert _cells(result) == [grid]
    assert all(isinstance(b, Table) for b in result.blocks), "text outside the table"


@SMALL
@given(grids(), st.sampled_from([tsv, as_docx, as_pdf]))
@example(FIRST, tsv)
@example(FIRST, as_docx)
@example(FIRST, as_pdf)
def test_a_written_table_reads_back_cell_for_cell(
        grid: Grid, read: Callable[[Grid], ReadResult]) -> None:
    _same_back(grid, read)


@SMALL
@given(grids(two_lines), st.sampled_from([as_docx, as_pdf]))
@example([["№", "Мероприятие"], ["1", "Семинар для\nпедагогов"]], as_pdf)
def test_cells_of_two_lines_read_back(grid: Grid, read: Callable[[Grid], ReadResult]) -> None:
    _same_back(grid, read)
