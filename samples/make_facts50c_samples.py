"""Build the sample of task facts50c that needs a Word file (518); 507–509 and 517 are plain
text written by hand.

Run: .venv/bin/python samples/make_facts50c_samples.py [names…]
Our own document (invented district, council and wording):
- 518 (docx): a district council's decision printed from its preamble on (no heading on the
  page) amending its preschool programme: item "а) подпункт 4-б изложить в следующей
  редакции:", then the plan's one row as a Word table of five cells with no header row —
  number glued to the measure ("4-б Реконструкция …"), year, sum, source of funds, three
  responsibles parted by commas — between a paragraph holding only the opening quote and one
  holding the closing '";'.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, set_cell_lines

HERE = Path(__file__).parent


def build_518() -> None:
    doc = new_doc()
    para(doc, "В целях развития сети дошкольных образовательных учреждений Совет депутатов "
              "Ольховского муниципального района решил:")
    para(doc, "1. Внести в Муниципальную программу развития дошкольного образования в "
              "Ольховском муниципальном районе на 2012 - 2016 годы, утвержденную решением "
              "Совета депутатов Ольховского муниципального района от 14.02.2012 № 58, "
              "следующие изменения:")
    para(doc, "1.1. В разделе 2 \"Развитие сети дошкольных учреждений\":")
    para(doc, "а) подпункт 4-б изложить в следующей редакции:")
    para(doc, "\"")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    cells = ("4-б Реконструкция здания детского сада \"Берёзка\" в с. Ольховка",
             "2016", "52300", "Бюджет района и средства области",
             "Администрация Ольховского муниципального района, Отдел образования, "
             "Отдел капитального строительства")
    for c, text in enumerate(cells):
        set_cell_lines(table.cell(0, c), [text])
    para(doc, "\";")
    para(doc, "б) дополнить подпунктом 4-в следующего содержания:")
    save_deterministic(doc, HERE / "518_olkhovsky_council_preschool_row_amend.docx")


BUILDERS = {"518": build_518}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
