"""`make demo`'s import: `roadmaps ingest` of the samples this machine can read.

LibreOffice (DOC, RTF, ODT) and Tesseract (scanned PDFs) are optional for the demo, which must
run without root: the samples that need a missing program are left out, and one line says
which and how to add them (`make sysdeps`). `make test` installs both and reads every sample.

    python samples/demo_ingest.py samples/ --db roadmaps.duckdb
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ingest.convert.reader import find_soffice
from ingest.ocr.reader import tesseract_problem
from ingest.registry import sniff_format
from pipelines.batch_walk import collect_files
from pipelines.cli import main as roadmaps

CONVERTED = frozenset({"doc", "rtf", "odt"})


def scanned(path: Path) -> bool:
    """A PDF with a page without a text layer: only OCR reads it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return any(page.get_textpage().count_chars() == 0 for page in pdf)
    finally:
        pdf.close()


def program_needed(path: Path) -> str | None:
    """The optional program that reading `path` needs and that is missing here, or None."""
    with path.open("rb") as f:
        head = f.read(4096)
    fmt = sniff_format(head, path.name)
    if fmt in CONVERTED and find_soffice() is None:
        return "LibreOffice"
    if fmt == "pdf" and tesseract_problem() is not None and scanned(path):
        return "Tesseract"
    return None


def split(files: list[Path]) -> tuple[list[Path], dict[str, list[Path]]]:
    """Files to import, and the skipped ones by the program they need."""
    keep: list[Path] = []
    skipped: dict[str, list[Path]] = {}
    for f in files:
        need = program_needed(f)
        if need is None:
            keep.append(f)
        else:
            skipped.setdefault(need, []).append(f)
    return keep, skipped


def skip_line(skipped: dict[str, list[Path]]) -> str:
    """One line: what was left out, why, and how to add it."""
    parts = [f"{len(files)} need {program} ({', '.join(f.name for f in files)})"
             for program, files in skipped.items()]
    n = sum(len(files) for files in skipped.values())
    return (f"demo: {n} samples skipped, {'; '.join(parts)}: `make sysdeps` installs "
            f"{' and '.join(skipped)} (root or sudo), then `make demo` reads them too")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--db", default="roadmaps.duckdb")
    args = ap.parse_args(argv)
    keep, skipped = split(collect_files([args.folder]).files)
    if skipped:
        print(skip_line(skipped), file=sys.stderr)
    return roadmaps(["ingest", *map(str, keep), "--db", args.db])


if __name__ == "__main__":
    sys.exit(main())
