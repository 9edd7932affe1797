"""Build the sample of session facts63 that needs a Word file (869); 863–868 are plain text
written by hand.

Run: .venv/bin/python samples/make_facts63_samples.py [names…]
Our own document (invented school, village, district and people, our own wording):
- 869 (docx): a village school's self-examination indicators — the council's and the
  director's grifs side by side in a borderless table, the approver's grif naming the school by
  its short name in straight quotes and the rural settlement ("с.п.") on the line under it, the
  director's surname before the initials; the heading of the form in capitals over four
  lines ending with the year; the indicators' table of the federal form whose "Единица
  измерения" column holds each count with its unit ("312 человек") and whose last column,
  captioned "%", the share.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, grid_table, grif_row, new_doc, para, save_deterministic

HERE = Path(__file__).parent

_ROWS = [
    ("N п/п", "Показатели", "Единица измерения", "%"),
    ("1.", "Образовательная деятельность", "", ""),
    ("1.1", "Общая численность учащихся, в том числе:", "312 человек", "100"),
    ("1.1.1", "Учащихся начального общего образования", "128 человек", "41"),
    ("1.1.2", "Учащихся основного общего образования", "150 человек", "48,1"),
    ("1.1.3", "Учащихся среднего общего образования", "34 человека", "10,9"),
    ("1.2", "Численность учащихся, успевающих на «4» и «5» по итогам года, в общей "
            "численности учащихся", "97 человек", "31,1"),
]


def build_869() -> None:
    doc = new_doc()
    grif_row(doc, ["Принят", "на заседании педагогического совета",
                   "протокол №3 от 28.03.2024г."],
             ["Утверждаю", 'Директор МКОУ "СОШ№4"', "с.п.Луговое", "Белова О.Н.",
              "Приказ №17 от 05.04.2024г."])
    para(doc, "ПОКАЗАТЕЛИ ДЕЯТЕЛЬНОСТИ\nМУНИЦИПАЛЬНОГО КАЗЕННОГО ОБЩЕОБРАЗОВАТЕЛЬНОГО "
              "УЧРЕЖДЕНИЯ\n«СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА №4» КЕДРОВСКОГО РАЙОНА,\n"
              "ПОДЛЕЖАЩЕГО САМООБСЛЕДОВАНИЮ, ЗА 2023 ГОД", bold=True, align="center")
    grid_table(doc, _ROWS, (1.5, 9.5, 3.5, 2.0))
    save_deterministic(doc, HERE / "869_6b21b71dd14c4f10.docx")


BUILDERS = {"869": build_869}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
