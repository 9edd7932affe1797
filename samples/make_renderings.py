"""DOCX and PDF renderings of the seed texts (samples/000..004_*.txt) for the DOCX/PDF readers.

Run: .venv/bin/python samples/make_renderings.py [--no-pdf] [SEED.txt ...]

Each seed is read by samples/seed_layout.py — a small reading of the seeds' tab layout, separate
from the project's readers, so that reader tests compare a reader with an independent source —
and its blocks are written as a Word document with real tables (merged cells, section rows
spanning the width, header rows repeated on every page, one responsible per line), bold where
the text is bold and headings as outline-level headings. The PDF is then made by LibreOffice
headless. The generated files are committed, so tests never need LibreOffice.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    mark_header,
    save_deterministic,
    set_base_font,
    set_cell_lines,
    set_page,
    set_widths,
)
from seed_layout import Grid, Para, read_seed

HERE = Path(__file__).parent
SEED_GLOB = "00[0-4]_*.txt"
SOFFICE_TIMEOUT_S = 180
_INSTALL_HINT = ("LibreOffice is needed for the PDF renderings: apt-get install "
                 "libreoffice-writer-nogui (or set SOFFICE=/path/to/soffice); "
                 "--no-pdf makes the DOCX only")


def _paragraph(doc: docx.document.Document, para: Para) -> None:
    # List markers are written as text: the seeds' markers ("-", "1.") are not Word lists.
    out = doc.add_heading(level=min(para.heading, 9)) if para.heading else doc.add_paragraph()
    for i, line in enumerate(para.text.split("\n")):
        run = out.add_run()
        if i:
            run.add_break()
        run.add_text(line)
        if para.bold and not para.heading:
            run.bold = True


def _spans_rest(table: Grid, r: int) -> bool:
    """A section caption: its text spans the rest of the row (a lone first cell is one too)."""
    row = table.rows[r]
    lone = (r >= table.headers and table.n_cols > 1 and len(row) > 0 and row[0] != ""
            and not any(row[1:]))
    return r in table.captions or lone


def _widths(table: Grid, total_cm: float) -> list[float]:
    """Column widths proportional to the text they hold, at least 1.2 cm each."""
    weight = [1.0] * table.n_cols
    for r, row in enumerate(table.rows):
        for col, text in enumerate(row):
            longest = max((len(line) for line in text.split("\n")), default=0)
            span = table.n_cols - col if _spans_rest(table, r) and col == len(row) - 1 else 1
            for c in range(col, col + span):
                weight[c] = max(weight[c], min(longest, 60) / span)
    scale = (total_cm - 1.2 * table.n_cols) / sum(weight)
    return [1.2 + w * scale for w in weight]


def _table(doc: docx.document.Document, table: Grid, total_cm: float) -> None:
    n_cols = table.n_cols
    out = doc.add_table(rows=len(table.rows), cols=n_cols)
    out.style = "Table Grid"
    for r, row in enumerate(table.rows):
        header = r < table.headers
        if header:
            mark_header(out.rows[r])
        spans = _spans_rest(table, r)
        for col, text in enumerate(row):
            target = out.cell(r, col)
            if spans and col == len(row) - 1:
                target = target.merge(out.cell(r, n_cols - 1))
            if text or spans:
                set_cell_lines(target, text.split("\n"), bold=header or (r, col) in table.bold,
                               size=10)
    set_widths(out, _widths(table, total_cm))
    doc.add_paragraph()


def render_docx(blocks: list[Grid | Para], path: Path) -> None:
    """Write the seed's blocks as a Word document at `path`."""
    doc = docx.Document()
    wide = any(b.n_cols >= 5 for b in blocks if isinstance(b, Grid))
    set_page(doc, landscape=wide)
    set_base_font(doc)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    total_cm = (29.7 if wide else 21.0) - 4.0
    for block in blocks:
        if isinstance(block, Grid):
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


def render_scratch_pdf(build: Callable[[Path], None], docx_path: Path, soffice: str) -> Path:
    """A PDF sample whose DOCX is only the way to it: `build` writes `docx_path`, LibreOffice
    prints it beside it (`render_pdf`), the DOCX goes; returns the PDF path."""
    build(docx_path)
    pdf = render_pdf(docx_path, soffice)
    docx_path.unlink()
    return pdf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds", nargs="*", type=Path, help="seed .txt files (default: samples/)")
    ap.add_argument("--no-pdf", action="store_true", help="write the DOCX files only")
    args = ap.parse_args(argv)
    seeds = args.seeds or sorted(HERE.glob(SEED_GLOB))
    soffice = None if args.no_pdf else find_soffice()
    for seed in seeds:
        blocks = read_seed(seed)
        out = seed.with_suffix(".docx")
        render_docx(blocks, out)
        made = [out.name]
        if soffice:
            made.append(render_pdf(out, soffice).name)
        n_tables = sum(isinstance(b, Grid) for b in blocks)
        print(f"{seed.name}: {n_tables} tables → {', '.join(made)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
