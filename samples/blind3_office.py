"""Word layouts of the blind set (the PDFs are these documents printed by LibreOffice).

stages       stage table, each stage's cell merged down over its activities
indicators   passport and a wide indicator table: two header rows, base value split into
             "значение | год", plan years under one merged cell, a text column after the years
report       execution report with an "Отметка о выполнении" column and a plan/fact table
draft_order  draft order: capitals letterhead, letter-spaced act word, blank requisites
             "от «__» ____ 20__ г. № ___", signature in capitals, grif with blanks, CAPS title
grif_plan    school plan under a capitals grif (УТВЕРЖДАЮ / ДИРЕКТОР … / И.О.ФАМИЛИЯ), section
             rows across the width
Each printer fills a python-docx Document and returns where each item was printed
(table number from 1, row index from 0 as the table is drawn).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import docx
from blind3_common import Doc, Sources, caps_signature, number, numbered, section_label
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt
from docx.table import Table
from docx_build import mark_header, set_base_font, set_cell_lines, set_page, set_widths

_ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}


def para(d: DocxDocument, text: str, bold: bool = False, align: str = "",
         size: float | None = None) -> None:
    """One paragraph; lines of `text` separated by line breaks."""
    p = d.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
    if align:
        p.alignment = _ALIGN[align]


def _table(d: DocxDocument, header: Sequence[str], n_rows: int, widths: Sequence[float]) -> Table:
    t = d.add_table(rows=n_rows + 1, cols=len(header))
    t.style = "Table Grid"
    mark_header(t.rows[0])
    for i, text in enumerate(header):
        set_cell_lines(t.cell(0, i), [text], bold=True, size=10)
    set_widths(t, widths)
    return t


def _fill(t: Table, row: int, cells: Sequence[Sequence[str] | str]) -> None:
    for col, value in enumerate(cells):
        lines = [value] if isinstance(value, str) else list(value)
        set_cell_lines(t.cell(row, col), lines, size=10)


def _new(landscape: bool = False) -> DocxDocument:
    d = docx.Document()
    set_page(d, landscape=landscape)
    set_base_font(d)
    return d


def stages(doc: Doc) -> tuple[DocxDocument, Sources]:
    """Letterhead, appendix stamp, title, a stage table with merged stage cells."""
    d = _new(landscape=True)
    for line in doc["letterhead"]:
        para(d, line, bold=True, align="c")
    order = doc["order"]
    para(d, f"Приложение\nк приказу Комитета по образованию\n{order['printed']}", align="r")
    para(d, doc["title"], bold=True, align="c")
    rows = [(sec, act) for sec in doc["sections"] for act in sec["activities"]]
    t = _table(d, doc["header"], len(rows), [4.0, 8.0, 3.5, 5.0, 4.5])
    src = Sources()
    r = 1
    for sec in doc["sections"]:
        first = r
        for act in sec["activities"]:
            src.add(act["title"], table=1, row=r)
            _fill(t, r, ["", act["title"], act["deadline"]["text"], act["responsibles"],
                         act["result"]])
            r += 1
        merged = t.cell(first, 0).merge(t.cell(r - 1, 0))
        set_cell_lines(merged, [sec["title"]], size=10)
    return d, src


def indicators(doc: Doc) -> tuple[DocxDocument, Sources]:
    """Stamp, title, passport table, indicator table with a two-row header."""
    d = _new(landscape=True)
    para(d, "\n".join(doc["stamp"]) + "\n" + doc["order"]["printed"], align="r")
    para(d, doc["title"], bold=True, align="c")
    para(d, "Паспорт муниципальной программы", bold=True, align="c")
    passport = [*doc["passport"], ["Цель программы", "\n".join(doc["goals"])],
                ["Задачи программы", numbered(doc["tasks"])]]
    p = d.add_table(rows=len(passport), cols=2)
    p.style = "Table Grid"
    for i, (label, value) in enumerate(passport):
        _fill(p, i, [label, value.split("\n")])
    set_widths(p, [7.0, 17.0])
    para(d, "Целевые показатели муниципальной программы", bold=True, align="c")
    years = doc["years"]
    n = 6 + len(years)
    t = d.add_table(rows=2 + len(doc["indicators"]), cols=n)
    t.style = "Table Grid"
    for row in t.rows[:2]:
        mark_header(row)
    for col, text in ((0, "№ п/п"), (1, "Наименование показателя"), (2, "Единица измерения"),
                      (n - 1, doc["trailing"])):
        set_cell_lines(t.cell(0, col).merge(t.cell(1, col)), [text], bold=True, size=10)
    set_cell_lines(t.cell(0, 3).merge(t.cell(0, 4)), ["Базовое значение"], bold=True, size=10)
    set_cell_lines(t.cell(0, 5).merge(t.cell(0, 4 + len(years))),
                   ["Плановое значение по годам"], bold=True, size=10)
    for col, text in enumerate(["значение", "год", *(str(y) for y in years)], start=3):
        set_cell_lines(t.cell(1, col), [text], bold=True, size=10)
    src = Sources()
    for r, ind in enumerate(doc["indicators"], start=2):
        src.add(ind["name"], table=2, row=r)
        _fill(t, r, [ind["number"], ind["name"], ind["unit"], number(ind["base"]),
                     str(doc["base_year"]), *(number(v) for v in ind["plan"]), ind["trailing"]])
    set_widths(t, [1.2, 8.0, 2.4, 2.2, 1.6, *([1.8] * len(years)), 4.4])
    return d, src


def report(doc: Doc) -> tuple[DocxDocument, Sources]:
    """Letterhead, title, activity table with execution marks, plan/fact table, signature."""
    d = _new(landscape=True)
    for line in doc["letterhead"]:
        para(d, line, bold=True, align="c")
    para(d, doc["title"], bold=True, align="c")
    acts = [act for sec in doc["sections"] for act in sec["activities"]]
    t = _table(d, doc["header"], len(acts), [1.2, 9.0, 4.0, 5.5, 5.5])
    src = Sources()
    for r, act in enumerate(acts, start=1):
        src.add(act["title"], table=1, row=r)
        _fill(t, r, [act["number"], act["title"], act["deadline"]["text"],
                     act["responsibles"], act["status"]["text"]])
    para(d, doc["indicator_caption"], bold=True, align="c")
    year = doc["report_year"]
    t = _table(d, ["№", "Наименование показателя", "Ед. изм.", f"План на {year} год",
                   f"Факт за {year} год"], len(doc["indicators"]), [1.2, 13.0, 2.5, 3.5, 3.5])
    for r, ind in enumerate(doc["indicators"], start=1):
        src.add(ind["name"], table=2, row=r)
        _fill(t, r, [ind["number"], ind["name"], ind["unit"], number(ind["plan"][0]),
                     number(ind["fact"][0])])
    sig = doc["signatories"][0]
    para(d, f"{sig['position']}\t\t\t\t{sig['name']}")
    return d, src


def draft_order(doc: Doc) -> tuple[DocxDocument, Sources]:
    """A draft order and the roadmap it approves, requisites left blank."""
    d = _new(landscape=False)
    para(d, "ПРОЕКТ", align="r")
    para(d, "\n".join(doc["letterhead"]), bold=True, align="c")
    para(d, "П Р И К А З", bold=True, align="c", size=14)
    para(d, "от «__» ____________ 20__ г.\t\t\t\t\t№ _____")
    para(d, doc["order_heading"], bold=True)
    para(d, "В целях создания равных условий получения образования п р и к а з ы в а ю:")
    para(d, "1. Утвердить прилагаемую дорожную карту.")
    para(d, "2. Контроль за исполнением приказа оставляю за собой.")
    position, name = caps_signature(doc["signatories"][0])
    para(d, f"{position}\t\t\t{name}")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(d, "УТВЕРЖДЕНА\nприказом отдела образования\nот «__» ________ 20__ г. № ___", align="r")
    para(d, "\n".join(doc["title_lines"]), bold=True, align="c")
    acts = [act for sec in doc["sections"] for act in sec["activities"]]
    t = _table(d, doc["header"], len(acts), [1.2, 6.0, 3.0, 4.0, 3.3])
    src = Sources()
    for r, act in enumerate(acts, start=1):
        src.add(act["title"], table=1, row=r)
        _fill(t, r, [act["number"], act["title"], act["deadline"]["text"],
                     act["responsibles"], act["result"]])
    return d, src


def grif_plan(doc: Doc) -> tuple[DocxDocument, Sources]:
    """A school plan under a grif in capitals, sections as rows across the table."""
    d = _new(landscape=False)
    position, name = caps_signature(doc["signatories"][0])
    para(d, f"УТВЕРЖДАЮ\n{position}\n____________ {name}\n{doc['order']['printed']}",
         align="r")
    para(d, doc["title"], bold=True, align="c")
    n_rows = sum(1 + len(sec["activities"]) for sec in doc["sections"])
    t = _table(d, doc["header"], n_rows, [1.2, 8.5, 3.8, 4.0])
    src = Sources()
    r = 1
    for sec in doc["sections"]:
        merged = t.cell(r, 0).merge(t.cell(r, len(doc["header"]) - 1))
        set_cell_lines(merged, [section_label(sec)], bold=True, size=10)
        r += 1
        for act in sec["activities"]:
            src.add(act["title"], table=1, row=r)
            _fill(t, r, [act["number"], act["title"], act["deadline"]["text"],
                         act["responsibles"]])
            r += 1
    return d, src


PRINTERS: dict[str, Callable[[Doc], tuple[DocxDocument, Sources]]] = {
    "stages": stages, "indicators": indicators, "report": report, "draft_order": draft_order,
    "grif_plan": grif_plan}
