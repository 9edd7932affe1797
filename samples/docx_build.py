"""Small python-docx helpers shared by the sample-building scripts (not used by the pipeline)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell, _Row

# Fixed zip timestamps make the generated files byte-identical on every run (stable sha256).
_FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def mark_header(row: _Row) -> None:
    """Mark a table row as a header row repeated on every page (w:tblHeader)."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    tr_pr.append(el)


def set_cell_lines(cell: _Cell, lines: Sequence[str], bold: bool = False,
                   size: float | None = None) -> None:
    """Write each line as its own paragraph of the cell (as people type responsibles)."""
    first = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    first.text = ""
    for i, line in enumerate(lines or [""]):
        para = first if i == 0 else cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)


def grif_row(doc: DocxDocument, *columns: Sequence[str]) -> Table:
    """A borderless one-row table of grifs side by side ("ПРИНЯТО …" | "УТВЕРЖДАЮ …"), each
    column's lines a paragraph of its cell, as title pages print them."""
    table = doc.add_table(rows=1, cols=len(columns))
    for cell, lines in zip(table.rows[0].cells, columns, strict=True):
        set_cell_lines(cell, lines)
    return table


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Column widths in the table grid (LibreOffice reads these) and on every cell (Word)."""
    table.autofit = False
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths_cm, strict=False):
        grid_col.w = Cm(width)
    for row in table.rows:
        for idx, width in enumerate(widths_cm[: len(row.cells)]):
            row.cells[idx].width = Cm(width)


def grid_table(doc: DocxDocument, rows: Sequence[Sequence[str]],
               widths_cm: Sequence[float]) -> Table:
    """A ruled table of text cells, one line each, its first row bold (a header)."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), [text], bold=r == 0)
    set_widths(table, widths_cm)
    return table


def set_page(doc: DocxDocument, landscape: bool = False) -> None:
    """A4 with the margins Russian office documents use (left 2.5-3 cm, right 1-1.5 cm)."""
    from docx.enum.section import WD_ORIENT

    section = doc.sections[0]
    short, long_ = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = long_, short
    else:
        section.page_width, section.page_height = short, long_
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)


def set_base_font(doc: DocxDocument, name: str = "Times New Roman", size: float = 12) -> None:
    """Body font of the Normal style, including the east-Asian/complex-script slots."""
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), name)


def save_deterministic(doc: DocxDocument, path: Path) -> None:
    """Save with fixed zip timestamps and core properties so re-runs give the same bytes."""
    from datetime import datetime

    props = doc.core_properties
    props.created = props.modified = datetime(2024, 1, 1)
    props.last_modified_by = props.author = "roadmaps samples"
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def new_doc() -> DocxDocument:
    """An A4 document in the samples' base font."""
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    return doc


def para(doc: DocxDocument, text: str, bold: bool = False, align: str = "left") -> None:
    """One paragraph of one run ("\n" in `text`: line breaks), aligned `align`."""
    p = doc.add_paragraph()
    p.alignment = _ALIGN[align]
    run = p.add_run(text)
    run.bold = bold or None


def centred_lines(doc: DocxDocument, text: str, bold: bool = False) -> None:
    """One centred paragraph, a run per line of `text` with a break between them (a title
    page's block as Word keeps it when typed line by line)."""
    p = doc.add_paragraph()
    p.alignment = _ALIGN["center"]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold or None
        if k < len(lines) - 1:
            run.add_break()


def text_builders(folder: Path, texts: dict[str, tuple[str, str]]) -> dict[str, Callable[[], None]]:
    """Builders of plain-text samples: key → (file name, text), each written into `folder`."""
    def writer(name: str, text: str) -> Callable[[], None]:
        def write() -> None:
            (folder / name).write_text(text, encoding="utf-8")
        return write
    return {key: writer(name, text) for key, (name, text) in texts.items()}


def build_named(builders: dict[str, Callable[[], None]], argv: list[str]) -> int:
    """A generator's command line: build the samples named in `argv` (all when none)."""
    wanted = argv or sorted(builders)
    unknown = [w for w in wanted if w not in builders]
    if unknown:
        print(f"unknown sample(s): {', '.join(unknown)}; known: {', '.join(sorted(builders))}")
        return 2
    for name in wanted:
        builders[name]()
        print(f"built {name}")
    return 0
