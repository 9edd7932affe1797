"""Build the blind set samples/blind3/ (documents and expected records) from one data table.

Run: .venv/bin/python samples/make_blind3_samples.py [--no-pdf] [--out DIR]

Every document of samples/blind3/data.yaml is printed in its layout (blind3_text.py: garant
" |" export, box-drawing and em-dash frames, tabs; blind3_office.py: stage table with merged
stage cells, wide indicator table with two header rows and base values, execution report with
marks, draft order with blank requisites and capitals, school plan under a capitals grif) and
its expected record is written from the same entry (blind3_common.py), so the record says
what the document says by construction. PDFs are the DOCX printed by LibreOffice (dates and
ids blanked); they are committed, so tests need LibreOffice only to regenerate them.

The set is a measure, not training data: its first-contact scores are in docs/blind-scores.md
and no rule or phrase table may be fitted to it. It lives apart from samples/ so the golden
test (thresholds at 1.0) does not take it; tests/test_blind3.py holds it to its first scores.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import blind3_office
import blind3_text
from blind3_common import DATA, HERE, Doc, Sources, load, record, write_record
from blind_common import save_pdf
from docx_build import save_deterministic

OUT = HERE / "blind3"


def _pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def build(doc: Doc, out: Path, pdf: bool) -> Path | None:
    """Print one document into `out` and write its expected record; None if skipped."""
    path = out / doc["file"]
    layout = doc["layout"]
    pages: int | None = None
    src: Sources
    if layout in blind3_text.PRINTERS:
        lines, src = blind3_text.PRINTERS[layout](doc)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif path.suffix == ".docx":
        d, src = blind3_office.PRINTERS[layout](doc)
        save_deterministic(d, path)
    elif not pdf:
        return None
    else:
        d, src = blind3_office.PRINTERS[layout](doc)
        save_pdf(d, path)
        pages = _pdf_pages(path)
    (out / "expected").mkdir(exist_ok=True)
    write_record(record(doc, path, pages, src), out / "expected")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the PDF documents (no soffice)")
    ap.add_argument("--out", type=Path, default=OUT, help="folder to write (default: %(default)s)")
    ap.add_argument("--data", type=Path, default=DATA, help="data table (default: %(default)s)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for doc in load(args.data):
        made = build(doc, args.out, pdf=not args.no_pdf)
        print(f"{doc['file']}: {'written' if made else 'skipped (--no-pdf)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
