"""Build own sample 102: DOCX (python-docx) → PDF (LibreOffice) + its expected record.

    .venv/bin/python tests/ingest/fixtures_pdf/make_sample_102.py

Writes samples/102_….pdf and samples/expected/102_….json. The activity table crosses pages
with a repeated header row (w:tblHeader) and one long row split by a page break; an indicator
table has a two-row header with merged cells. Pages of the items (ACTIVITY_PAGES below) were
read off the rendered PDF by eye (pdftotext -layout) and must be checked after a re-render.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample_102_data as S  # noqa: E402
from make_fixtures import _page_number_footer, _repeat_header, _set_widths, convert  # noqa: E402

SAMPLES = HERE.parents[2] / "samples"
ACT_WIDTHS = (1.2, 5.0, 3.3, 3.5, 3.5)
IND_WIDTHS = (1.2, 6.6, 2.7, 2.0, 2.0, 2.0)

# page of each activity / indicator row (where the row starts), read off the rendered PDF
ACTIVITY_PAGES = {
    "1.1": 2, "1.2": 2, "1.3": 2, "1.4": 2, "2.1": 2, "2.2": 2, "2.3": 3, "2.4": 3, "2.5": 3,
    "3.1": 4, "3.2": 4, "3.3": 4, "3.4": 4, "4.1": 4, "4.2": 4,
}
INDICATOR_PAGE = 4


def _para(doc, text: str = "", *, bold: bool = False, align=None, indent: bool = False,
          space_after: float = 0):
    par = doc.add_paragraph()
    if text:
        par.add_run(text).bold = bold
    fmt = par.paragraph_format
    fmt.space_after = Pt(space_after)
    if align is not None:
        par.alignment = align
    if indent:
        fmt.first_line_indent = Cm(1.25)
    return par


def _tabbed(doc, left: str, right: str) -> None:
    par = _para(doc, f"{left}\t{right}")
    par.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)


def _cell(cell, lines: list[str], bold: bool = False, center: bool = False) -> None:
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        par = first if i == 0 else cell.add_paragraph()
        run = par.add_run(line)
        run.bold, run.font.size = bold, Pt(11)
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _order_page(doc) -> None:
    for line in (*S.HEAD_LINES, "ПРИКАЗ"):
        _para(doc, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    _tabbed(doc, S.ORDER_DATE, f"№ {S.ORDER_NUMBER}")
    _para(doc, "г. Верхнелужск", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    _para(doc, S.ORDER_TITLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    for text in S.ORDER_TEXT:
        _para(doc, text, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=6)
    _para(doc, space_after=24)
    _tabbed(doc, *S.SIGNATORY)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def _appendix_head(doc) -> None:
    for line in S.APPENDIX:
        _para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, space_after=6)
    _para(doc, S.TITLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    _para(doc, f"Цель: {S.GOAL[0].lower()}{S.GOAL[1:]}.", indent=True, space_after=6)
    _para(doc, "Задачи:", bold=True, indent=True)
    for k, task in enumerate(S.TASKS, 1):
        _para(doc, f"{k}. {task[0].lower()}{task[1:]};", indent=True)
    _para(doc, space_after=6)


def _activity_table(doc) -> None:
    n_rows = 1 + sum(1 + len(items) for _, items in S.SECTIONS)
    table = doc.add_table(rows=n_rows, cols=5)
    table.style = "Table Grid"
    header = ["№ п/п", "Наименование мероприятия", "Срок реализации",
              "Ответственные исполнители", "Ожидаемый результат"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        _cell(cell, [text], bold=True, center=True)
    _repeat_header(table)
    r = 1
    for s, (section, items) in enumerate(S.SECTIONS, 1):
        merged = table.cell(r, 0).merge(table.cell(r, 4))
        _cell(merged, [f"{s}. {section}"], bold=True, center=True)
        r += 1
        for k, item in enumerate(items, 1):
            cells = table.rows[r].cells
            _cell(cells[0], [f"{s}.{k}."])
            _cell(cells[1], [item["title"]])
            _cell(cells[2], [item["deadline"][0]])
            parties = item["responsibles"]
            _cell(cells[3], [p + ("," if i < len(parties) - 1 else "") for i, p in
                             enumerate(parties)])
            _cell(cells[4], [item["result"]])
            r += 1
    _set_widths(table, ACT_WIDTHS)


def _indicator_table(doc) -> None:
    _para(doc, space_after=6)
    _para(doc, S.INDICATOR_TITLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    table = doc.add_table(rows=2 + len(S.INDICATORS), cols=6)
    table.style = "Table Grid"
    top, sub = table.rows[0].cells, table.rows[1].cells
    for c, text in enumerate(["№ п/п", "Наименование показателя", "Единица измерения"]):
        _cell(table.cell(0, c).merge(table.cell(1, c)), [text], bold=True, center=True)
    _cell(top[3].merge(top[5]), ["Плановое значение по годам"], bold=True, center=True)
    for c, year in enumerate(S.YEARS, 3):
        _cell(sub[c], [f"{year} год"], bold=True, center=True)
    _repeat_header(table, 2)
    for i, (name, unit, values) in enumerate(S.INDICATORS, 1):
        cells = table.rows[1 + i].cells
        for c, text in enumerate([f"{i}.", name, unit, *values]):
            _cell(cells[c], [text], center=c != 1)
    _set_widths(table, IND_WIDTHS)


def build_docx(path: Path) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(12)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin, section.right_margin = Cm(3.0), Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    _page_number_footer(section)
    _order_page(doc)
    _appendix_head(doc)
    _activity_table(doc)
    _indicator_table(doc)
    doc.save(path)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        docx = tmp / f"{S.NAME}.docx"
        build_docx(docx)
        pdf = SAMPLES / f"{S.NAME}.pdf"
        shutil.copy(convert(docx, tmp), pdf)
    from expected_102 import expected_record

    record = expected_record(hashlib.sha256(pdf.read_bytes()).hexdigest(),
                             ACTIVITY_PAGES, INDICATOR_PAGE)
    out = SAMPLES / "expected" / f"{S.NAME}.json"
    out.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", pdf.name, "and", out.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
