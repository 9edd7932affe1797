"""Make the PDF reader's test fixtures (run by hand; the outputs are committed).

Needs LibreOffice (`soffice`) on PATH; tests only read the committed PDFs.

    .venv/bin/python tests/ingest/fixtures_pdf/make_fixtures.py

DOCX files are built with python-docx, converted with `soffice --headless`, and the
bad-input PDFs (truncated, encrypted, image-only, rotated) are derived from them.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from PIL import Image

HERE = Path(__file__).resolve().parent

HEADER = ("№ п/п", "Мероприятие", "Срок исполнения", "Ответственные", "Ожидаемый результат")
WIDTHS_CM = (1.3, 6.0, 2.8, 3.6, 4.0)


def _new_document() -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(12)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    _page_number_footer(section)
    return doc


def _page_number_footer(section) -> None:
    """A bare page number centred in the footer, as most municipal documents have."""
    par = section.footer.paragraphs[0]
    par.alignment = 1
    run = par.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _repeat_header(table: Table, n_rows: int = 1) -> None:
    for row in table.rows[:n_rows]:
        tr_pr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)


def _no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    # LibreOffice takes column widths from <w:tblGrid>, Word from the cells: set both
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=False):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width)


def _fill(table: Table, row: int, texts: Sequence[str], bold: bool = False) -> None:
    for cell, text in zip(table.rows[row].cells, texts, strict=False):
        lines = text.split("\n")
        par = cell.paragraphs[0]
        par.add_run(lines[0]).bold = bold
        for line in lines[1:]:
            cell.add_paragraph().add_run(line).bold = bold


def _activity_table(doc: Document, rows: Sequence[Sequence[str] | str], *,
                    borders: bool = True, header: bool = True) -> Table:
    """A roadmap table; a str row is a section title merged across the whole width."""
    table = doc.add_table(rows=1 + len(rows), cols=len(HEADER))
    if borders:
        table.style = "Table Grid"
    else:
        _no_borders(table)
    _fill(table, 0, HEADER, bold=True)
    if header:
        _repeat_header(table)
    for i, row in enumerate(rows, 1):
        if isinstance(row, str):
            merged = table.cell(i, 0).merge(table.cell(i, len(HEADER) - 1))
            merged.paragraphs[0].add_run(row).bold = True
        else:
            _fill(table, i, row)
    _set_widths(table, WIDTHS_CM)
    return table


def _activities(section: int, count: int, long_at: int | None = None) -> list[list[str]]:
    out = []
    for k in range(1, count + 1):
        title = f"Мероприятие {section}.{k}: проведение семинара для педагогов по теме {k}"
        if k == long_at:
            stage = "\nэтап {}: подготовка материалов и согласование с участниками"
            title += "".join(stage.format(j) for j in range(1, 13))
        out.append([
            f"{section}.{k}.",
            title,
            "2024-2026 годы" if k % 2 else "Ежегодно, март",
            "МКУ «ИМЦ»,\nруководители ОО",
            f"Не менее {10 * k} участников",
        ])
    return out


def make_table_pages(path: Path) -> None:
    """Intro text, a table over three pages with a repeated header, merged section rows and a
    long row split by a page break, then closing text and a signature."""
    doc = _new_document()
    doc.add_paragraph().add_run("ДОРОЖНАЯ КАРТА").bold = True
    doc.add_paragraph(
        "по развитию муниципальной методической службы на 2024-2026 годы. Документ определяет "
        "мероприятия, сроки их исполнения и ответственных исполнителей."
    )
    doc.add_paragraph("Второй абзац вводной части после пустой строки.")
    rows: list[Sequence[str] | str] = ["1. Организационное направление"]
    rows += _activities(1, 9, long_at=9)
    rows.append("2. Методическое направление")
    rows += _activities(2, 8)
    _activity_table(doc, rows)
    doc.add_paragraph("Начальник управления образования        И.И. Иванов")
    doc.save(path)


def make_no_repeat(path: Path) -> None:
    """A table crossing a page break without a repeated header row."""
    doc = _new_document()
    doc.add_paragraph("План мероприятий без повторяющейся шапки.")
    _activity_table(doc, _activities(1, 24), header=False)
    doc.save(path)


def make_running_header(path: Path) -> None:
    """A page header repeated on every page above a table crossing pages (no repeated
    header row): the header must not stop the join, and appears once in the text."""
    doc = _new_document()
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Приложение 2 к приказу от 15.01.2024 № 12"
    header.alignment = 2
    doc.add_paragraph("План работы на 2024 год.")
    _activity_table(doc, _activities(1, 24), header=False)
    doc.save(path)


def make_vertical_header(path: Path) -> None:
    """Header cells written bottom-to-top (btLr) and top-to-bottom (tbRl), as narrow
    indicator tables do."""
    doc = _new_document()
    table = _activity_table(doc, _activities(1, 2), header=False)
    for cell, direction in zip(table.rows[0].cells[2:4], ("btLr", "tbRl"), strict=True):
        el = OxmlElement("w:textDirection")
        el.set(qn("w:val"), direction)
        cell._tc.get_or_add_tcPr().append(el)
    table.rows[0].height = Cm(3)
    doc.save(path)


def make_landscape(path: Path) -> None:
    """Portrait text page, then a landscape section holding a wide table."""
    doc = _new_document()
    doc.add_paragraph("Пояснительная записка на книжной странице.")
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    doc.add_paragraph("Приложение: план на альбомной странице.")
    table = _activity_table(doc, _activities(1, 4))
    _set_widths(table, (1.5, 10.0, 4.0, 5.0, 5.0))
    doc.save(path)


def make_borderless(path: Path) -> None:
    """A table drawn without any borders: only text alignment shows the grid."""
    doc = _new_document()
    doc.add_paragraph("Таблица без линий.")
    _activity_table(doc, _activities(1, 5), borders=False, header=False)
    doc.add_paragraph("Текст после таблицы.")
    doc.save(path)


def make_text_only(path: Path) -> None:
    """Headings, bold line, body paragraphs; no tables."""
    doc = _new_document()
    doc.add_paragraph().add_run("ПРИКАЗ").bold = True
    doc.add_paragraph("от 15.01.2024 № 12")
    for k in range(1, 4):
        doc.add_paragraph(
            f"{k}. Пункт приказа номер {k}, достаточно длинный, чтобы занять больше одной строки "
            "на странице и проверить сборку строк в абзацы по вертикальным промежуткам."
        )
    doc.save(path)


def convert(docx: Path, out_dir: Path, export: str = "pdf") -> Path:
    """DOCX → PDF with a throw-away LibreOffice profile (parallel-safe)."""
    profile = Path(tempfile.mkdtemp(prefix="lo_profile_"))
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", export, "--outdir", str(out_dir), str(docx)],
            check=True, timeout=180, capture_output=True,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return out_dir / (docx.stem + ".pdf")


def _encrypted_export(password_json: str) -> str:
    encrypt = '"EncryptFile":{"type":"boolean","value":"true"}'
    return "pdf:writer_pdf_Export:{" + encrypt + "," + password_json + "}"


def make_bad_inputs(good_pdf: Path, text_docx: Path, tmp: Path) -> None:
    data = good_pdf.read_bytes()
    (HERE / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (HERE / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)

    for name, opts in (
        ("encrypted_user.pdf", '"DocumentOpenPassword":{"type":"string","value":"secret"}'),
        ("encrypted_owner.pdf", '"PermissionPassword":{"type":"string","value":"owner"},'
                                '"RestrictPermissions":{"type":"boolean","value":"true"}'),
    ):
        sub = tmp / name.removesuffix(".pdf")
        sub.mkdir()
        out = convert(text_docx, sub, _encrypted_export(opts))
        shutil.copy(out, HERE / name)

    # image-only: render the text page to a bitmap and save it as a PDF without text
    pdf = pdfium.PdfDocument(str(good_pdf))
    image = pdf[0].render(scale=1.0).to_pil().convert("RGB")
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=72.0)
    (HERE / "scanned.pdf").write_bytes(buf.getvalue())
    _ = Image  # Pillow is the writer behind image.save

    # a landscape page stored the way some printers write it: portrait media box, content
    # drawn turned by 90°, and /Rotate 90 so that it displays upright
    src = pdfium.PdfDocument(str(HERE / "landscape.pdf"))
    width, height = src[1].get_size()
    out = pdfium.PdfDocument.new()
    page = out.new_page(height, width)
    form = src.page_as_xobject(1, out).as_pageobject()
    form.set_matrix(pdfium.PdfMatrix(0, 1, -1, 0, height, 0))
    page.insert_obj(form)
    page.gen_content()
    page.set_rotation(90)
    out.save(str(HERE / "rotated.pdf"))


def write_pdf(path: Path, pages: Sequence[tuple[tuple[float, ...], str]]) -> None:
    """A minimal hand-written PDF (standard-14 fonts, Latin text): for what word processors
    never produce — overprinted fake bold, rules drawn as thin filled rectangles, a media box
    whose origin is not (0, 0)."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages (filled in below)
    fonts = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>")
    objects += fonts
    kids = []
    for box, content in pages:
        stream = content.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        media = " ".join(f"{v:g}" for v in box).encode()
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [" + media + b"] /Resources "
                       b"<< /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                       % (len(objects)))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def _text(font: str, size: float, x: float, y: float, text: str) -> str:
    return f"BT /{font} {size:g} Tf {x:g} {y:g} Td ({text}) Tj ET\n"


def make_handwritten(path: Path) -> None:
    """Page 1: a fake-bold title (printed twice, 0.3 pt apart), body text, a page number.
    Page 2 (media box origin at 100,100): a table ruled with thin filled rectangles whose
    last row merges two cells (no rule between them)."""
    page1 = (_text("F2", 14, 72, 760, "Fake bold title") + _text("F2", 14, 72.3, 760,
             "Fake bold title") + _text("F1", 11, 72, 730, "Plain body text, first line")
             + _text("F1", 11, 297, 40, "1"))
    xs, ys = (172, 272, 422, 572), (840, 816, 792, 768)
    rules = [f"{xs[0]} {y - 0.25:g} {xs[-1] - xs[0]} 0.5 re f\n" for y in ys]
    for x in xs:
        top = ys[-1] if x in (xs[0], xs[-1], xs[1]) else ys[-2]  # no rule inside the last row
        rules.append(f"{x - 0.25:g} {top} 0.5 {ys[0] - top} re f\n")
    cells = [("No", "Name", "Term"), ("1.", "Alpha", "2024"), ("2.", "Beta merged across", None)]
    texts = [
        _text("F1", 10, xs[c] + 4, ys[r] - 16, t)
        for r, row in enumerate(cells) for c, t in enumerate(row) if t
    ]
    page2 = "".join(rules) + "".join(texts) + _text("F1", 11, 397, 140, "2")
    write_pdf(path, [((0, 0, 595, 842), page1), ((100, 100, 695, 942), page2)])


MAKERS = {
    "table_pages": make_table_pages,
    "no_repeat": make_no_repeat,
    "running_header": make_running_header,
    "vertical_header": make_vertical_header,
    "landscape": make_landscape,
    "borderless": make_borderless,
    "text_only": make_text_only,
}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name, make in MAKERS.items():
            docx = tmp / f"{name}.docx"
            make(docx)
            shutil.copy(convert(docx, tmp), HERE / f"{name}.pdf")
        make_bad_inputs(HERE / "text_only.pdf", tmp / "text_only.docx", tmp)
    make_handwritten(HERE / "handwritten.pdf")
    print("fixtures written to", os.path.relpath(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
