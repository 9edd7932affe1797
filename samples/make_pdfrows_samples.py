"""Build the samples of task pdfrows (056_, 057_): borderless tables printed to PDF whose first
column's cells wrap over several lines.

Run: .venv/bin/python samples/make_pdfrows_samples.py [names…]
Each document is our own (invented municipality, bodies and wording), written as a DOCX and
printed to PDF by LibreOffice, and reproduces a layout feature of real documents:
- 056 (pdf): a district's plan of events in a table without borders whose first column is the
  event (no number column): long names wrap over two or three lines while the deadline and the
  responsible body fit on one; the cells' paragraph spacing sets the rows apart;
- 057 (pdf): a programme's target indicators in a table without borders and without paragraph
  spacing, so rows stand as close as a cell's lines: an indicator's name wraps over lines of
  the first column, the unit and yearly values on its first line only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import save_pdf
from docx_build import build_named, new_doc, para, set_widths
from real_b_common import add_table

HERE = Path(__file__).parent


def build_056() -> None:
    doc = new_doc()
    para(doc, "Утвержден приказом Отдела образования администрации Сосновского района "
              "от 14.01.2031 № 9", align="right")
    para(doc, "План мероприятий по развитию школьных библиотек Сосновского района на 2031 год",
         bold=True, align="center")
    table = add_table(doc, [
        ["Мероприятие", "Срок", "Ответственный"],
        ["Пополнение фондов школьных библиотек учебной и художественной литературой",
         "до 1 сентября 2031 года", "Отдел образования"],
        ["Семинар для библиотекарей по электронным каталогам", "март 2031 года",
         "Методический кабинет"],
        ["Районный конкурс чтецов", "апрель 2031 года", "Дом детского творчества"],
        ["Подключение читальных залов школ к национальной электронной библиотеке",
         "в течение года", "Руководители школ"],
    ], header_rows=1)
    table.style = None  # no borders: the rows are told apart by the text alone
    set_widths(table, [8.0, 4.0, 5.0])
    save_pdf(doc, HERE / "056_38f3e10c889e6a31.pdf")


def build_057() -> None:
    doc = new_doc()
    normal = doc.styles["Normal"].paragraph_format
    normal.space_before, normal.space_after, normal.line_spacing = Pt(0), Pt(0), 1.0
    para(doc, "Целевые показатели муниципальной программы «Развитие образования "
              "Кедровского района на 2031-2033 годы»", bold=True, align="center")
    para(doc, "")
    table = add_table(doc, [
        ["Показатель", "Единица", "2031", "2032", "2033"],
        ["Доля детей, посещающих кружки технического творчества", "%", "41", "45", "50"],
        ["Число педагогов, прошедших курсы повышения квалификации", "человек", "120", "135",
         "150"],
        ["Охват детей летним отдыхом", "%", "62", "64", "66"],
    ], header_rows=1)
    table.style = None
    set_widths(table, [7.0, 2.5, 2.5, 2.5, 2.5])
    save_pdf(doc, HERE / "057_ee1ffaeb1fd93e71.pdf")


BUILDERS = {"056": build_056, "057": build_057}

if __name__ == "__main__":
    sys.exit(build_named(BUILDERS, sys.argv[1:]))
