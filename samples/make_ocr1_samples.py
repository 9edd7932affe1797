"""Build the scanned-order sample of the OCR study (670_).

Run: .venv/bin/python samples/make_ocr1_samples.py [names…]
The document is our own (invented district, people and wording); it is typeset as a text PDF
by LibreOffice, then every page is rendered to a grey image at 200 dpi, turned by a fraction
of a degree and saved as an image-only PDF (no text layer), as an office scanner saves a signed
paper order. Only the scan is kept.
- 670 (scan.pdf): a district administration's resolution in the legal-database style: its
  number printed with a Latin "N" ("от 14 марта 2025 г. N 215"), which Tesseract's Russian
  model reads as a capital "М"; the act it amends named with its own "N" number; the
  programme's years are the period.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from docx.shared import Pt
from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import doc_facts, new_doc, para, save_pdf, write_expected
from docx_build import build_named

HERE = Path(__file__).parent
SCAN_DPI, SCAN_ANGLE = 200, 0.4

ISSUER670 = "Администрация Заречинского района"
TITLE670 = ("О внесении изменений в муниципальную программу «Развитие образования "
            "Заречинского района на 2024 - 2028 годы»")


def scan_pdf(pdf_path: Path) -> Path:
    """<stem>.scan.pdf next to `pdf_path`: its pages as grey images, slightly turned."""
    pdf = pdfium.PdfDocument(pdf_path)
    pages: list[Image.Image] = []
    for page in pdf:
        img = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
        pages.append(img.rotate(SCAN_ANGLE, resample=Image.Resampling.BICUBIC, fillcolor=255))
    pdf.close()
    out = pdf_path.with_name(pdf_path.name.split(".", 1)[0] + ".scan.pdf")
    pages[0].save(out, "PDF", resolution=float(SCAN_DPI), save_all=True,
                  append_images=pages[1:])
    return out


def build_670() -> None:
    doc = new_doc(size=13)
    para(doc, ISSUER670.upper(), bold=True, align="center")
    para(doc, "ПОСТАНОВЛЕНИЕ", bold=True, align="center")
    para(doc, "от 14 марта 2025 г. N 215", align="center")
    para(doc, "с. Заречное", align="center")
    para(doc, TITLE670, bold=True, align="center")
    para(doc, "В целях уточнения объёмов финансирования мероприятий муниципальной программы "
              "администрация Заречинского района постановляет:")
    para(doc, "1. Внести в муниципальную программу «Развитие образования Заречинского района "
              "на 2024 - 2028 годы», утверждённую постановлением администрации Заречинского "
              "района от 20.12.2023 N 987, изменения согласно приложению.")
    para(doc, "2. Контроль за исполнением настоящего постановления возложить на заместителя "
              "главы администрации района по социальным вопросам.")
    sign = doc.add_paragraph()
    sign.paragraph_format.tab_stops.add_tab_stop(Pt(330))
    sign.add_run("Глава района\tП.С. Воронцов")
    pdf = save_pdf(doc, HERE / "670_zarechny_programme_amendment_order_2025.pdf")
    scan = scan_pdf(pdf)
    pdf.unlink()
    facts = doc_facts("order", TITLE670, "Заречинский район", None, ISSUER670,
                      ("215", "2025-03-14"), (2024, 2028), [("П.С. Воронцов", "Глава района")])
    write_expected(scan, "pdf", 1, facts, [], [])


BUILDERS: dict[str, Callable[[], None]] = {"670": build_670}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
