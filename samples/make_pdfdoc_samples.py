"""Build the samples of task pdfdoc (949_, 969_, 978_): document fields a PDF print's layout
hid.

Run: .venv/bin/python samples/make_pdfdoc_samples.py [names…]
Our own documents (invented towns, district and wording), each printed to PDF by LibreOffice:
- 949 (pdf): a plan annexed to a town administration's resolution, under a site's notice in
  small print whose last line runs far to the right; the grif under it ("Приложение № 3" /
  "к постановлению администрации …" / "от … № …") is right-aligned straight below that line,
  at the usual line spacing — the reader must not run the grif's first line into the notice.
- 969 (pdf): a page that is only a monitoring table: its first row across the width is the
  list's heading, the next a section's heading so long that it wraps inside its cell ("Раздел
  2. …" whose first line alone would pass for a short section heading).
- 978 (pdf): a school's self-examination indicators whose heading in bold capitals is one
  centred paragraph broken into lines, straight above the indicator table; the print gives each
  line a paragraph of its own — together they are the title, and the school's name in it the
  issuer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import save_pdf
from docx_build import (
    build_named,
    centred_lines,
    grid_table,
    new_doc,
    para,
    set_cell_lines,
    set_widths,
)

HERE = Path(__file__).parent

_NOTICE_949 = (
    "Справочная служба портала муниципальных правовых актов напоминает: текст размещён в "
    "редакции на день публикации; действующую редакцию уточняйте у справочной службы."
)
_ROWS_949 = [
    ["№ п/п", "Мероприятие", "Срок", "Место", "Ответственный"],
    ["1", "Праздничная программа для воспитанников детских садов", "1 июня 2025 г.",
     "Городской парк", "Управление образования, Сомова Л.Д."],
    ["2", "Выставка рисунков учащихся школ города", "1 - 5 июня 2025 г.",
     "Дом культуры «Радуга»", "Отдел культуры, Пахомов Р.С."],
    ["3", "Спортивная эстафета школьных команд", "2 июня 2025 г.", "Стадион «Юность»",
     "Отдел по спорту, Нечаев А.В."],
]


def build_949() -> None:
    doc = new_doc()
    para(doc, _NOTICE_949)
    for run in doc.paragraphs[-1].runs:
        run.font.size = Pt(9)
    para(doc, "Приложение № 3", align="right")
    para(doc, "к постановлению администрации г. Верхнеборска", align="right")
    para(doc, "от 14 мая 2025 г. № 412", align="right")
    para(doc, "План", bold=True, align="center")
    para(doc, "мероприятий, посвящённых Дню защиты детей", bold=True, align="center")
    grid_table(doc, _ROWS_949, [1.2, 5.5, 3.0, 3.2, 4.0])
    save_pdf(doc, HERE / "949_3c1f9a0d27e64b58.pdf")


_CAPTION_969 = ("Перечень показателей мониторинга доступности дошкольного образования "
                "в Заозёрном муниципальном округе")
_SECTION_969 = ("Раздел 2. Обеспечение доступности дошкольного образования для детей в возрасте "
                "от полутора до трёх лет в муниципальных дошкольных образовательных "
                "организациях округа")
_ROWS_969 = [
    ["2.1", "Численность детей от полутора до трёх лет, состоящих на учёте", "140", "152"],
    ["2.2", "Численность детей от полутора до трёх лет, получивших место в детском саду",
     "96", "118"],
]


def build_969() -> None:
    doc = new_doc()
    table = grid_table(doc, [
        ["", "", "", ""],
        ["№ п/п", "Показатель", "Город Заозёрск", "Посёлок Лесной"],
        ["1", "2", "за 1 полугодие 2025 г.", "за 1 полугодие 2025 г."],
        ["", "", "", ""],
        *_ROWS_969,
    ], [1.5, 8.0, 3.5, 3.5])
    caption = table.cell(0, 0).merge(table.cell(0, 3))
    set_cell_lines(caption, [_CAPTION_969], bold=True)
    section = table.cell(3, 0).merge(table.cell(3, 3))
    set_cell_lines(section, [_SECTION_969])
    set_widths(table, [1.5, 8.0, 3.5, 3.5])
    save_pdf(doc, HERE / "969_8e52b7c04a19d3f6.pdf")


_HEADING_978 = ("ПОКАЗАТЕЛИ САМООБСЛЕДОВАНИЯ\nМУНИЦИПАЛЬНОГО АВТОНОМНОГО ОБЩЕОБРАЗОВАТЕЛЬНОГО "
                "УЧРЕЖДЕНИЯ\n«СРЕДНЯЯ ШКОЛА № 7»\nПОСЁЛКА ЯСНОГОРСКИЙ ЗЕЛЕНОДОЛЬСКОГО "
                "РАЙОНА\nЗА 2025 год")
_ROWS_978 = [
    ["№ п/п", "Показатели", "Единица измерения"],
    ["1.1", "Общая численность учащихся", "486 человек"],
    ["1.2", "Численность учащихся по программам начального общего образования", "205 человек"],
    ["1.3", "Численность учащихся по программам основного общего образования", "231 человек"],
]


def build_978() -> None:
    doc = new_doc()
    centred_lines(doc, _HEADING_978, bold=True)
    grid_table(doc, _ROWS_978, [1.5, 10.0, 4.0])
    save_pdf(doc, HERE / "978_5b0e6c9d41f27a83.pdf")


BUILDERS = {"949": build_949, "969": build_969, "978": build_978}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
