"""Build the sample of task cardhead that needs a Word file (588); 587 is plain text written by
hand.

Run: .venv/bin/python samples/make_cardhead_samples.py [names…]
Our own document (invented kindergarten and wording):
- 588 (docx): a kindergarten's public report as a site builder's file page shows it — the
  file's card title in normal case with its school year cut short ("Публичный доклад 2024-25
  учебный год"), the letterhead (full and short name, a rule, the address), the grifs side by
  side in a two-cell table, then the report's own heading, one paragraph broken into lines,
  naming the kindergarten in full in the genitive and the school year; the town and year of
  the cover under it and the contents.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, set_cell_lines

HERE = Path(__file__).parent


def build_588() -> None:
    doc = new_doc()
    para(doc, "Публичный доклад 2024-25 учебный год")
    para(doc, "Муниципальное бюджетное дошкольное образовательное учреждение\n"
              "детский сад общеразвивающего вида № 14 «Снегирёк»\nМБДОУ детский сад № 14",
         align="center")
    para(doc, "_____________________________________________________")
    para(doc, "ул. Садовая, 8, г. Сосновка, телефон: 22-14-14, адрес сайта: ds14.example.ru")
    table = doc.add_table(rows=1, cols=2)
    set_cell_lines(table.cell(0, 0), ["ПРИНЯТ", "на педагогическом совете",
                                      "протокол № 5 от 26.06.2025"])
    set_cell_lines(table.cell(0, 1), ["УТВЕРЖДЕН", "приказом заведующего",
                                      "от 27.06.2025 № 72"])
    para(doc, "Публичный доклад\nМуниципального бюджетного дошкольного\nобразовательного "
              "учреждения\nдетский сад общеразвивающего вида № 14 «Снегирёк»\n"
              "за 2024-2025 учебный год", bold=True, align="center")
    para(doc, "г. Сосновка, 2025", align="center")
    para(doc, "Оглавление", bold=True)
    para(doc, "1. Общая характеристика детского сада ........................ 2")
    para(doc, "2. Результаты работы за год ................................. 5")
    para(doc, "1. Общая характеристика детского сада", bold=True)
    para(doc, "Детский сад работает с 1984 года; в 2024-2025 учебном году его посещали 146 "
              "воспитанников в семи группах.")
    save_deterministic(doc, HERE / "588_sosnovka_ds14_public_report_card_2025.docx")


BUILDERS = {"588": build_588}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
