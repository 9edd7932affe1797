"""DOCX and PDF renderings of the seed texts (samples/000..004_*.txt) for the DOCX/PDF readers.

Run: .venv/bin/python samples/make_renderings.py [--no-pdf] [SEED.txt ...]

Each seed is read with the project's text reader (`ingest.read_document`); its blocks are written
as a Word document with real tables (merged cells, section rows spanning the width, header rows
repeated on every page, one responsible per line), bold where the text is bold and headings as
outline-level headings. The PDF is then made by LibreOffice headless. The generated files are
committed, so tests never need LibreOffice.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from docx_build import (
    mark_header,
    save_deterministic,
    set_base_font,
    set_cell_lines,
    set_page,
    set_widths,
)

from ingest import read_document
from ingest.models import Paragraph, SourceDocument, Table

HERE = Path(__file__).parent
SEED_GLOB = "00[0-4]_*.txt"
SOFFICE_TIMEOUT_S = 180
_INSTALL_HINT = ("LibreOffice is needed for the PDF renderings: apt-get install "
                 "libreoffice-writer-nogui (or set SOFFICE=/path/to/soffice); "
                 "--no-pdf makes the DOCX only")


def _paragraph(doc: docx.document.Document, para: Paragraph) -> None:
    # List markers are written as text: the seeds' markers ("-", "1.") are not Word lists.
    out = doc.add_heading(level=min(para.heading, 9)) if para.heading else doc.add_paragraph()
    for i, line in enumerate(para.full_text.split("\n")):
        run = out.add_run()
        if i:
            run.add_break()
        run.add_text(line)
        if para.bold and not para.heading:
            run.bold = True


def _widths(table: Table, total_cm: float) -> list[float]:
    """Column widths proportional to the text they hold, at least 1.2 cm each."""
    weight = [1.0] * table.n_cols
    for row in table.rows:
        for cell in row.cells:
            longest = max((len(line) for line in cell.text.split("\n")), default=0)
            for c in range(cell.col, cell.col + cell.col_span):
                weight[c] = max(weight[c], min(longest, 60) / cell.col_span)
    scale = (total_cm - 1.2 * table.n_cols) / sum(weight)
    return [1.2 + w * scale for w in weight]


def _is_section_row(row: object, n_cols: int) -> bool:
    """One non-empty cell that is not in the last column: a section caption of the table."""
    filled = [c for c in row.cells if c.text.strip()]  # type: ignore[attr-defined]
    return (len(filled) == 1 and n_cols > 2 and not row.header  # type: ignore[attr-defined]
            and filled[0].col < n_cols - 1 and filled[0].col_span < n_cols
            and len(row.cells) <= 2)  # type: ignore[attr-defined]


def _table(doc: docx.document.Document, table: Table, total_cm: float) -> None:
    out = doc.add_table(rows=len(table.rows), cols=table.n_cols)
    out.style = "Table Grid"
    for r, row in enumerate(table.rows):
        if row.header:
            mark_header(out.rows[r])
        if _is_section_row(row, table.n_cols):
            cell = next(c for c in row.cells if c.text.strip())
            merged = out.cell(r, 0).merge(out.cell(r, table.n_cols - 1))
            set_cell_lines(merged, cell.text.split("\n"), bold=cell.bold, size=10)
            continue
        for cell in row.cells:
            target = out.cell(r, cell.col)
            if cell.col_span > 1 or cell.row_span > 1:
                last_row = min(r + cell.row_span, len(table.rows)) - 1
                last_col = min(cell.col + cell.col_span, table.n_cols) - 1
                target = target.merge(out.cell(last_row, last_col))
            set_cell_lines(target, cell.text.split("\n"), bold=cell.bold or row.header, size=10)
    set_widths(out, _widths(table, total_cm))
    doc.add_paragraph()


def render_docx(src: SourceDocument, path: Path) -> None:
    """Write the blocks of `src` as a Word document at `path`."""
    doc = docx.Document()
    wide = any(t.n_cols >= 5 for t in src.tables)
    set_page(doc, landscape=wide)
    set_base_font(doc)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    total_cm = (29.7 if wide else 21.0) - 4.0
    for block in src.blocks:
        if isinstance(block, Table):
            _table(doc, block, total_cm)
        else:
            _paragraph(doc, block)
    save_deterministic(doc, path)


def find_soffice() -> str:
    """Path of LibreOffice's soffice, or SystemExit with how to install it."""
    candidates = [os.environ.get("SOFFICE", ""), shutil.which("soffice") or "",
                  shutil.which("libreoffice") or "", "/usr/lib/libreoffice/program/soffice",
                  "/opt/libreoffice/program/soffice",
                  "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
    for cand in candidates:
        if cand and Path(cand).exists():
            return cand
    raise SystemExit(_INSTALL_HINT)


def render_pdf(docx_path: Path, soffice: str) -> Path:
    """Convert with LibreOffice headless in a throw-away profile; returns the PDF path."""
    with tempfile.TemporaryDirectory(prefix="roadmaps-lo-") as tmp:
        profile = Path(tmp, "profile").as_uri()
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", tmp, str(docx_path)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=SOFFICE_TIMEOUT_S,
                              check=False)
        made = Path(tmp, docx_path.with_suffix(".pdf").name)
        if done.returncode != 0 or not made.exists():
            raise SystemExit(f"soffice failed on {docx_path.name}: {done.stderr.strip()}")
        target = docx_path.with_suffix(".pdf")
        shutil.copyfile(made, target)
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds", nargs="*", type=Path, help="seed .txt files (default: samples/)")
    ap.add_argument("--no-pdf", action="store_true", help="write the DOCX files only")
    args = ap.parse_args(argv)
    seeds = args.seeds or sorted(HERE.glob(SEED_GLOB))
    soffice = None if args.no_pdf else find_soffice()
    for seed in seeds:
        src = read_document(seed)
        if not src.tables:
            raise SystemExit(f"{seed.name}: the text reader gave no tables; is it the real one?")
        out = seed.with_suffix(".docx")
        render_docx(src, out)
        made = [out.name]
        if soffice:
            made.append(render_pdf(out, soffice).name)
        print(f"{seed.name}: {len(src.tables)} tables → {', '.join(made)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
