"""Benchmark corpus: N documents made from samples/ by copying them with a unique marker.

Every copy has its own bytes (so its own sha256 and no "unchanged" skip) and reads like its
sample: a text file gets a last line with its number, a DOCX gets an XML comment in
word/document.xml (re-zipped), a PDF gets a comment line after %%EOF. Scanned PDFs (no text
layer) are left out unless asked for: OCR is another cost class (seconds per page).

    .venv/bin/python bench/corpus.py 1000 /tmp/bench-corpus
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FORMATS = (".docx", ".pdf", ".txt")


def samples(folder: Path = SAMPLES, scans: bool = False) -> list[Path]:
    """The sample documents (DOCX, PDF, text) in name order; PDFs without any text layer
    (scans, which go through OCR at seconds per page) only when `scans`."""
    found = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in FORMATS)
    return [p for p in found if scans or p.suffix != ".pdf" or has_text_layer(p)]


def has_text_layer(path: Path) -> bool:
    """Does any page of the PDF carry text?"""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            text = page.get_textpage()
            chars = text.count_chars()
            text.close()
            page.close()
            if chars:
                return True
        return False
    finally:
        pdf.close()


def mark_text(data: bytes, marker: str) -> bytes:
    """A text file with one more line: `marker`, in the file's own encoding family."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        return data + f"\n{marker}\n".encode(enc)
    return data + f"\n{marker}\n".encode("ascii")


def mark_docx(data: bytes, marker: str) -> bytes:
    """The DOCX re-zipped with an XML comment holding `marker` after the XML declaration."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/document.xml":
                end = body.index(b"?>") + 2 if body.startswith(b"<?xml") else 0
                body = body[:end] + f"<!-- {marker} -->".encode() + body[end:]
            dst.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def mark_pdf(data: bytes, marker: str) -> bytes:
    """The PDF with a comment line after its last %%EOF (readers ignore trailing bytes)."""
    return data + f"%{marker}\n".encode("ascii")


MARKERS: dict[str, Callable[[bytes, str], bytes]] = {
    ".txt": mark_text, ".docx": mark_docx, ".pdf": mark_pdf,
}


def build(dest: Path, n: int, sources: list[Path] | None = None) -> list[Path]:
    """Write `n` unique documents into `dest`, cycling through `sources` (default: samples
    with a text layer)."""
    sources = sources or samples()
    dest.mkdir(parents=True, exist_ok=True)
    blobs = {s: s.read_bytes() for s in sources}
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        path = dest / f"{i:06d}_{src.stem}{src.suffix}"
        path.write_bytes(MARKERS[src.suffix](blobs[src], f"bench copy {i:06d}"))
        out.append(path)
    return out


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("bench-corpus")
    files = build(target, count)
    print(f"{len(files)} documents in {target}")
