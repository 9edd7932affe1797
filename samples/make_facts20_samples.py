"""Build the samples of school and kindergarten approval grifs (650_, 651_).

Run: .venv/bin/python samples/make_facts20_samples.py [names…]
Each document is our own (invented schools, people and wording) and reproduces a layout
feature of real documents:
- 650 (docx): a school camp programme whose approval cell names the approver by the director's
  order, not by a position line ("Утверждаю: / Приказ директора / МБОУ «…» / ____ Фамилия
  И.О. / №___от___"), beside a methodical council's grif;
- 651 (txt): a kindergarten plan under an approval stamp with the head's name in the genitive
  after the head's order and before its date and number ("УТВЕРЖДЕНО / Приказом заведующего /
  МБДОУ «…» / А.Б. Фамилией от … № …").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import doc_facts, write_expected
from docx_build import build_named
from real_b_common import add_table, new_doc, paragraphs, save_docx

HERE = Path(__file__).parent

LETTERHEAD650 = ("Муниципальное бюджетное общеобразовательное учреждение\n"
                 "«Ольховская средняя общеобразовательная школа»")
SHORT650 = "МБОУ «Ольховская СОШ»"
TITLE650 = "ПРОГРАММА ЛЕТНЕГО ЛАГЕРЯ С ДНЕВНЫМ ПРЕБЫВАНИЕМ ДЕТЕЙ «РАДУГА»"


def build_650() -> None:
    doc = new_doc(size=12)
    paragraphs(doc, [(LETTERHEAD650, "center", False)])
    add_table(doc, [["Согласовано\nМетодический совет школы\nПротокол №___ от ______2026г.",
                     f"Утверждаю:\nПриказ директора\n{SHORT650}\n"
                     "________________Лесная О.П.\n№_____от___________"]],
              widths=[8.0, 8.0])
    paragraphs(doc, [(TITLE650, "center", True),
                     ("Срок реализации: июнь 2026 года", "center", False),
                     ("с. Ольховка 2026 г.", "center", False)])
    path = save_docx(doc, "650_olkhovka_school_camp_programme_2026.docx")
    facts = doc_facts("programme", TITLE650, None, None, " ".join(LETTERHEAD650.split("\n")),
                      None, (2026, 2026), [("Лесная О.П.", f"Директор {SHORT650}")])
    write_expected(path, "docx", None, facts, [], [])


SHORT651 = "МБДОУ «Детский сад № 4 «Берёзка»"
TITLE651 = "План работы с молодыми педагогами на 2025-2026 учебный год"


def build_651() -> None:
    lines = ["Муниципальное бюджетное дошкольное образовательное учреждение",
             "«Детский сад № 4 «Берёзка» Ольховского района", f"({SHORT651})", "",
             "ПРИНЯТО", "педагогическим советом", "(протокол от 29.08.2025 № 1)", "",
             "УТВЕРЖДЕНО", "Приказом заведующего", SHORT651,
             "Т.Г. Лебедевой от 01.09.2025 № 31-о", "", TITLE651, "",
             "Цель: помочь молодым педагогам освоить профессию."]
    path = HERE / "651_beryozka_young_teachers_plan_2025.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # the approval stamp names the kindergarten by its short name, and the approving order
    facts = doc_facts("roadmap", TITLE651, "Ольховский район", None, SHORT651,
                      ("31-о", "2025-09-01"), (2025, 2026),
        [("Т.Г. Лебедева", f"Заведующий {SHORT651}")])
    write_expected(path, "txt", None, facts, [], [],
                   goals=["помочь молодым педагогам освоить профессию"])


BUILDERS: dict[str, Callable[[], None]] = {"650": build_650, "651": build_651}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
