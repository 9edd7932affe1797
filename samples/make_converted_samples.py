"""DOC, RTF, ODT, HTML and scanned-PDF renderings of existing samples, for the converting readers
and OCR. They share their stem (and so their expected record) with the sample they come from.

Run: .venv/bin/python samples/make_converted_samples.py [--only doc,rtf,odt,html,scan]

- .doc / .rtf / .odt / .html: the sample's DOCX converted by LibreOffice headless. The HTML is
  then re-encoded as windows-1251 with a matching <meta charset>, as old municipal sites serve it.
- .scan.pdf: every page of the sample's PDF rendered to a grey image, turned by a slight angle
  (alternating sign), speckled with noise and slightly blurred, saved as an image-only PDF —
  what a photocopier's "scan to PDF" makes of a printed plan.

The generated files are committed; LibreOffice is needed only to regenerate them. Output is
deterministic for a given LibreOffice/Pillow version (noise from a fixed seed, fixed dates).
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from ingest.convert.reader import INSTALL_HINT, find_soffice  # noqa: E402

# (source DOCX stem, target extension, LibreOffice filter)
CONVERSIONS = (
    ("003_77383952ae1721a5", "doc", "doc:MS Word 97"),
    ("004_6ed2ca5933120da2", "rtf", "rtf:Rich Text Format"),
    ("000_c4cf482d7bba7efc", "odt", "odt:writer8"),
    ("002_37c3af1ea0d4163f", "html", "html:HTML (StarWriter)"),
)
SCAN_SOURCE = "000_c4cf482d7bba7efc"
SCAN_DPI = 300
SCAN_ANGLES = (0.7, -0.5, 0.9, -0.8, 0.6)  # degrees, per page (cycled)
SEED = 20240105
FIXED_DATE = time.gmtime(1704067200)  # 2024-01-01: byte-identical output on every run
TIMEOUT_S = 180


def convert(stem: str, ext: str, filter_: str, soffice: str) -> Path:
    """HERE/<stem>.<ext> from HERE/<stem>.docx via LibreOffice."""
    with tempfile.TemporaryDirectory(prefix="roadmaps-lo-") as tmp:
        profile = (Path(tmp) / "profile").as_uri()
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", filter_, "--outdir", tmp, str(HERE / f"{stem}.docx")]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S,
                              check=False)
        made = Path(tmp) / f"{stem}.{ext}"
        if not made.is_file():
            raise SystemExit(f"soffice failed on {stem}.docx: {done.stderr.strip()}")
        data = made.read_bytes()
    if ext == "html":
        data = _as_cp1251(data.decode("utf-8"))
    out = HERE / f"{stem}.{ext}"
    out.write_bytes(data)
    return out


_META_CHARSET = re.compile(r'<meta\s+http-equiv="content-type"[^>]*>|<meta\s+charset=[^>]*>',
                           re.IGNORECASE)


def _as_cp1251(html: str) -> bytes:
    """The page as a windows-1251 site serves it: declared in a meta tag, no BOM."""
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    html, n = _META_CHARSET.subn(meta, html, count=1)
    if not n:
        html = html.replace("<head>", f"<head>{meta}", 1)
    return html.encode("cp1251", errors="xmlcharrefreplace")


def _scan_page(img: Image.Image, angle: float, rng: np.random.Generator) -> Image.Image:
    """Skew, blur and speckle one rendered page like a photocopier scan."""
    img = img.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=False,
                                  fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    pixels = np.asarray(img, dtype=np.float32)
    pixels += rng.normal(0.0, 14.0, pixels.shape)  # sensor noise
    specks = rng.random(pixels.shape)
    pixels[specks < 0.0015] = 40.0  # dust
    pixels[specks > 0.9985] = 255.0  # dropouts
    grey = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    # a black-and-white scan (CCITT G4 in the PDF, as office scanners save it): the noise
    # survives the threshold as specks and ragged strokes
    return grey.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)


def scan(stem: str) -> Path:
    """HERE/<stem>.scan.pdf from HERE/<stem>.pdf (image-only: no text layer)."""
    rng = np.random.default_rng(SEED)
    pdf = pdfium.PdfDocument(HERE / f"{stem}.pdf")
    pages = []
    for i in range(len(pdf)):
        bitmap = pdf[i].render(scale=SCAN_DPI / 72, grayscale=True)
        pages.append(_scan_page(bitmap.to_pil(), SCAN_ANGLES[i % len(SCAN_ANGLES)], rng))
    pdf.close()
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:],
                  resolution=float(SCAN_DPI), creationDate=FIXED_DATE, modDate=FIXED_DATE)
    out = HERE / f"{stem}.scan.pdf"
    out.write_bytes(buf.getvalue())
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--only", default="doc,rtf,odt,html,scan",
                   help="comma-separated subset of doc,rtf,odt,html,scan")
    args = p.parse_args(argv)
    only = set(args.only.split(","))
    made = []
    todo = [c for c in CONVERSIONS if c[1] in only]
    if todo:
        soffice = find_soffice()
        if soffice is None:
            raise SystemExit(INSTALL_HINT)
        made += [convert(stem, ext, filter_, soffice) for stem, ext, filter_ in todo]
    if "scan" in only:
        made.append(scan(SCAN_SOURCE))
    for path in made:
        print(f"wrote {path.relative_to(HERE.parent)} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
