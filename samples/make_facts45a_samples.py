"""Build the samples of task facts45a (981_): an institution's title page printed to PDF.

Run: .venv/bin/python samples/make_facts45a_samples.py [names…]
Each document is our own (invented municipality, school, people and wording):
- 981 (pdf): two grifs side by side in a borderless table, printed to PDF, so that each printed
  line holds a piece of each grif or of one only; the right grif's approving order names the
  school by its short name wrapped before its bracketed part ("Приказом МБОУ СОШ" /
  "(казачья)"), and the director's position follows the order's number.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import to_pdf
from docx_build import build_named, centred_lines, grif_row, new_doc, para

HERE = Path(__file__).parent


def build_981() -> None:
    doc = new_doc()
    grif_row(doc,
             ["СОГЛАСОВАНО:", "Начальник управления образования", "администрации города",
              "Кедровска", "__________И.Н. Белова", "«___»__________2025 г."],
             ["УТВЕРЖДЕНО", "Приказом МБОУ СОШ", "(казачья)", "г. Кедровска",
              "от 29.08.2025 № 118", "директор МБОУ СОШ (казачья)", "г. Кедровска",
              "__________ В.А. Лаптева"])
    para(doc, "")
    para(doc, "")
    centred_lines(doc, "ПУБЛИЧНЫЙ ДОКЛАД", bold=True)
    centred_lines(doc, "муниципального бюджетного общеобразовательного учреждения\n"
                       "средней общеобразовательной школы (казачьей) г. Кедровска\n"
                       "за 2024-2025 учебный год", bold=True)
    para(doc, "")
    centred_lines(doc, "г. Кедровск, 2025")
    para(doc, "Раздел 1. Общие сведения о школе", bold=True)
    para(doc, "Школа работает в одну смену, в ней учатся 214 обучающихся.")
    path = HERE / "981_kedrovsk_cossack_school_public_report_2025.docx"
    doc.save(str(path))
    to_pdf(path)
    path.unlink()


BUILDERS = {"981": build_981}

if __name__ == "__main__":
    sys.exit(build_named(BUILDERS, sys.argv[1:]))
