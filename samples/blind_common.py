"""Shared pieces of the blind generality samples (201…206): expected-record model and writer,
python-docx and LibreOffice helpers. See make_blind_samples.py.

PDF output is made deterministic by blanking LibreOffice's creation dates and document ids.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import save_deterministic, set_base_font, set_cell_lines, set_page

HERE = Path(__file__).parent
EXPECTED = HERE / "expected"
SY_2025 = ("2025-09-01", "2026-08-31")  # the 2025-2026 school year (1 September – 31 August)


@dataclass
class Act:
    """One activity as the document writes it, with its hand-made expected reading."""

    number: str | None
    title: str
    deadline: str
    dl: tuple[str | None, str | None, str | None]  # start, end, recurrence
    resp_cell: list[str]  # lines of the responsible cell as typed
    resp: list[str]  # expected parties
    result: str | None = None
    target: tuple[str, float, str] | None = None
    status: tuple[str, bool, list[int]] | None = None
    section: str | None = None
    source: dict[str, Any] = field(default_factory=dict)


@dataclass
class Ind:
    """One indicator row with its expected values ((year, kind, value) ...)."""

    number: str | None
    name: str
    unit: str | None
    cells: list[str]
    values: list[tuple[int, str, float]]
    section: str | None = None
    source: dict[str, Any] = field(default_factory=dict)
    theme: tuple[str, str] | None = None  # (code, label) of store/themes, given by a reader


def _src(page: int | None = None, table: int | None = None, row: int | None = None,
         line: int | None = None) -> dict[str, Any]:
    return {"page": page, "table": table, "row": row, "line": line}


def act_record(a: Act) -> dict[str, Any]:
    """The CONTRACT form of an expected activity."""
    start, end, rec = a.dl
    return {
        "number": a.number, "section": a.section, "title": a.title,
        "deadline": {"text": a.deadline, "start": start, "end": end, "recurrence": rec},
        "responsibles": a.resp, "result": a.result,
        "target": ({"op": a.target[0], "value": a.target[1], "unit": a.target[2]}
                   if a.target else None),
        "status": ({"text": a.status[0], "done": a.status[1], "years": a.status[2]}
                   if a.status else None),
        "source": a.source or _src(),
    }


def ind_record(i: Ind, themes: bool = False) -> dict[str, Any]:
    """The CONTRACT form of an expected indicator (with its theme when the record gives themes)."""
    rec: dict[str, Any] = {
        "number": i.number, "section": i.section, "name": i.name, "unit": i.unit,
        "values": [{"year": y, "kind": k, "value": v} for y, k, v in i.values],
        "source": i.source or _src()}
    if themes:
        rec["theme"] = {"code": i.theme[0], "label": i.theme[1]} if i.theme else None
    return rec


def write_expected(path: Path, fmt: str, pages: int | None, document: dict[str, Any],
                   acts: list[Act], inds: list[Ind], goals: list[str] | None = None,
                   tasks: list[str] | None = None, themes: bool = False) -> None:
    """samples/expected/<stem>.json for the sample at `path`."""
    rec = {
        "schema_version": "1",
        "source": {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                   "format": fmt, "pages": pages},
        "document": document,
        "goals": goals or [], "tasks": tasks or [],
        "activities": [act_record(a) for a in acts],
        "indicators": [ind_record(i, themes) for i in inds],
        "warnings": [],
    }
    out = EXPECTED / f"{path.name.split('.', 1)[0]}.json"
    out.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def doc_facts(kind: str, title: str, municipality: str, region: str | None, issuer: str | None,
              order: tuple[str, str] | None, period: tuple[int, int] | None,
              signatories: list[tuple[str, str]]) -> dict[str, Any]:
    """The expected `document` part."""
    return {
        "kind": kind, "title": title, "municipality": municipality, "region": region,
        "issuer": issuer,
        "order": {"number": order[0], "date": order[1]} if order else None,
        "period": {"start_year": period[0], "end_year": period[1]} if period else None,
        "signatories": [{"name": n, "position": p} for n, p in signatories],
    }


# ----------------------------------------------------------------------------- docx helpers

def new_doc(landscape: bool = False, size: float = 12) -> DocxDocument:
    d = docx.Document()
    set_page(d, landscape=landscape)
    set_base_font(d, size=size)
    return d


def para(d: DocxDocument, text: str, bold: bool = False, align: str | None = None,
         size: float | None = None) -> None:
    p = d.add_paragraph()
    for i, line in enumerate(text.split("\n")):
        run = p.add_run(line)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if i < len(text.split("\n")) - 1:
            run.add_break()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def signature(d: DocxDocument, position: str, name: str) -> None:
    """Position left, name right on one line via a tab stop (how orders are signed)."""
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Pt(400))
    p.add_run(f"{position}\t{name}")


def section_row(table: Any, text: str, n_cols: int) -> None:
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[n_cols - 1])
    set_cell_lines(cell, [text], bold=True)


def fill_row(table: Any, values: list[list[str] | str], size: float | None = None) -> None:
    row = table.add_row()
    for cell, val in zip(row.cells, values, strict=True):
        set_cell_lines(cell, val if isinstance(val, list) else [val], size=size)


# ------------------------------------------------------------------------------ pdf helpers

_PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]"
                     rb"|/DocChecksum\s*/[0-9A-Fa-f]+")


def _blank(m: re.Match[bytes]) -> bytes:
    """Same-length replacement keeps the xref offsets valid."""
    text = m.group(0)
    if text.startswith(b"/ID"):
        return re.sub(rb"[0-9A-Fa-f](?=[0-9A-Fa-f]*>)", b"0", text)
    if text.startswith(b"/DocChecksum"):
        head, _, digest = text.rpartition(b"/")
        return head + b"/" + b"0" * len(digest)
    head, _, rest = text.partition(b"(D:")
    return head + b"(D:" + re.sub(rb"\d", b"0", rest)


def to_pdf(docx_path: Path) -> Path:
    """LibreOffice headless conversion in a throw-away profile, dates and ids blanked."""
    with tempfile.TemporaryDirectory(prefix="lo_blind_") as tmp:
        profile = Path(tmp, "profile").as_uri()
        cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", tmp, str(docx_path)]
        subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=True)
        made = Path(tmp, docx_path.with_suffix(".pdf").name)
        data = _PDF_ID.sub(_blank, _PDF_DATE.sub(_blank, made.read_bytes()))
    target = docx_path.with_suffix(".pdf")
    target.write_bytes(data)
    return target


def save_pdf(doc: DocxDocument, path: Path) -> Path:
    """`doc` printed as the PDF `path` (`to_pdf`): its DOCX, saved deterministically under the
    same name in a temporary folder, is only the way to it and is not kept."""
    with tempfile.TemporaryDirectory(prefix="save_pdf_") as tmp:
        docx_path = Path(tmp, path.with_suffix(".docx").name)
        save_deterministic(doc, docx_path)
        path.write_bytes(to_pdf(docx_path).read_bytes())
    return path


def pdf_pages(path: Path) -> list[str]:
    """Text of each page (pdfium's text layer), to record on which page an item was printed."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def page_of(pages: list[str], text: str) -> int | None:
    """First page holding the first words of `text` (ignoring layout spacing)."""
    probe = " ".join(text.split()[:3])
    for n, page in enumerate(pages, 1):
        if probe in " ".join(page.split()):
            return n
    return None
