"""Build the samples of the cross-format task xf11 (589_, 590_): the same facts from a
document's DOCX, its site's text export and its PDF print.

Run: .venv/bin/python samples/make_xf11_samples.py [names…]
Each document is our own (invented municipality, school and wording) and reproduces a layout
feature of such copies:
- 589 (pdf): a school's development programme printed to PDF: its running title, the page's
  number, a contents page whose entries (each with dot leaders to its page) the print gives a
  block each, one naming the school's concept; then its target indicators in a table whose
  name column is so narrow that long words are broken there into pieces without hyphens, a
  comma pushed onto a line of its own;
- 590 (txt): the same kind of first page as a site's text export, a line per paragraph in one
  block: the running title, the page's number alone on the next line, the contents.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_BREAK

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import save_pdf
from docx_build import (
    build_named,
    new_doc,
    para,
    set_cell_lines,
    set_widths,
    text_builders,
)

HERE = Path(__file__).parent

_TITLE_589 = "ПРОГРАММА РАЗВИТИЯ МБОУ СОШ 3 им. В.П. Чкалова с. Кедровое"
_CONTENTS_589 = [
    "Введение ……………………………………………………………………… 3",
    "Анализ потенциала развития МБОУ СОШ № 3 им. В.П. Чкалова с. Кедровое …………… 5",
    "Концепция развития МБОУ СОШ № 3 им. В.П. Чкалова с. Кедровое в контексте реализации "
    "стратегии развития образования ………………………… 9",
    "Целевые показатели Программы развития ……………………………………… 12",
    "Дорожная карта мероприятий по реализации Программы развития ……………… 14",
]
_ROWS_589 = [
    ["№ п/п", "Наименование показателя", "Единица измерения", "2024 год", "2025 год",
     "2026 год"],
    ["1.", "Доля несовершеннолетних обучающихся, охваченных дополнительным образованием",
     "процентов", "70", "75", "80"],
]


def build_589() -> None:
    doc = new_doc()
    para(doc, _TITLE_589, align="center")
    para(doc, "1", align="right")
    para(doc, "СОДЕРЖАНИЕ", align="center")
    for line in _CONTENTS_589:
        para(doc, line)
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)
    para(doc, "Целевые показатели Программы развития", align="center")
    table = doc.add_table(rows=len(_ROWS_589), cols=len(_ROWS_589[0]))
    table.style = "Table Grid"
    for r, row in enumerate(_ROWS_589):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), [text])
    set_widths(table, [1.0, 1.0, 2.6, 2.0, 2.0, 2.0])
    save_pdf(doc, HERE / "589_kedrovoe_school3_devprog_contents_2024.pdf")


TXT_590 = """ПРОГРАММА РАЗВИТИЯ МАОУ «Лицей № 2» г. Заречный
1
СОДЕРЖАНИЕ
Паспорт программы развития МАОУ «Лицей № 2» г. Заречный ………………………… 3
Введение ……………………………………………………………………… 6
Концепция развития МАОУ «Лицей № 2» г. Заречный в контексте реализации стратегии \
развития образования ………………………… 9
Дорожная карта мероприятий по реализации Программы развития ……………… 14
"""

BUILDERS = {
    **text_builders(HERE, {"590": ("590_zarechny_lyceum2_devprog_page_number_2024.txt",
                                   TXT_590)}),
    "589": build_589,
}

if __name__ == "__main__":
    sys.exit(build_named(BUILDERS, sys.argv[1:]))
