"""Build the samples of the dev32 study's institution title pages (850_).

Run: .venv/bin/python samples/make_facts40c_samples.py [names…]
Each document is our own (invented towns, institutions, people and wording) and reproduces a
layout feature of real documents:
- 850 (docx): a house of children's creativity's development programme: its full name as the
  letterhead, a "СОГЛАСОВАНО" | "УТВЕРЖДАЮ" table, the bare plan noun "Программа развития" in
  bold and in normal case, its owner's legal name in the genitive with the years ("на
  2021-2025 г.г.") as a plain block of lines, a bold motto in quotes, the place and year, and a
  passport line giving the term by months without days.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, centred_lines, new_doc, para, save_deterministic, set_cell_lines

HERE = Path(__file__).parent


def build_850() -> None:
    doc = new_doc()
    centred_lines(doc, "Муниципальное бюджетное учреждение\nдополнительного образования\n"
                       "Заречный Дом детского творчества")
    grif = doc.add_table(rows=1, cols=2)
    set_cell_lines(grif.rows[0].cells[0], ["СОГЛАСОВАНО:", "Начальник отдела образования",
                                           "администрации Ольховского района",
                                           "__________ В.П. Громова", "«___»________2021 г."])
    set_cell_lines(grif.rows[0].cells[1], ["УТВЕРЖДАЮ:", "Директор",
                                           "__________ Л.С. Рябинина", "«___»________2021 г."])
    para(doc, "Программа развития", bold=True, align="center")
    centred_lines(doc, "Муниципального бюджетного учреждения\nдополнительного образования\n"
                       "Заречный Дом детского творчества\nна 2021-2025 г.г.")
    para(doc, "«Мастерская открытий»", bold=True, align="center")
    para(doc, "с. Лесное 2021", align="center")
    para(doc, "Паспорт программы", bold=True)
    para(doc, "Сроки реализации. С сентября 2021 г. по август 2025 г.")
    para(doc, "Исполнители программы. Педагогический коллектив Дома детского творчества.")
    save_deterministic(doc, HERE / "850_zarechny_creativity_house_programme_2021.docx")


BUILDERS: dict[str, Callable[[], None]] = {"850": build_850}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
