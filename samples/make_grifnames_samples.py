"""Build the generated sample of session grifnames (914_).

Run: .venv/bin/python samples/make_grifnames_samples.py
The document is our own (an invented kindergarten, okrug and people) and reproduces layout
features of real title pages of the genre:
- 914 (docx): a kindergarten's development programme; its letterhead gives the full name and the
  postal address in the район its village lies in; grifs side by side in a borderless table, the
  approver's cell printing the kindergarten's nested name with its outer quote never closed
  ("Заведующий МАДОУ" / "«Детский сад № 11 «Светлячок»"), then the signature and the date; a
  passport whose "Учредитель" row names the городской округ that owns the kindergarten.
The samples 911, 912, 913 and 915 of the session are plain texts written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import centred_lines, grid_table, grif_row, new_doc, para, save_deterministic

HERE = Path(__file__).parent

PASSPORT_914 = [
    ["Учредитель", "Управление образования Каменского городского округа"],
    ["Цель программы", "Создание условий для всестороннего развития воспитанников "
                       "в соответствии с их возрастными возможностями."],
    ["Задачи программы", "- обновление развивающей предметно-пространственной среды;\n"
                         "- повышение профессиональной компетентности педагогов;\n"
                         "- развитие партнёрства с семьями воспитанников."],
    ["Сроки реализации", "2025-2030 годы"],
]


def build_914(path: Path) -> None:
    doc = new_doc()
    centred_lines(doc, "Муниципальное автономное дошкольное образовательное учреждение\n"
                       "«Детский сад № 11 «Светлячок»\n"
                       "623250, Луговская область, Ольховский район, п. Ключи, ул. Садовая, 4")
    grif_row(doc, ["ПРИНЯТО", "на педагогическом совете", "протокол № 3 от 28.08.2025"],
             ["УТВЕРЖДАЮ", "Заведующий МАДОУ", "«Детский сад № 11 «Светлячок»",
              "________ Л.Г. Устинова", "29 августа 2025 г"])
    centred_lines(doc, "ПРОГРАММА РАЗВИТИЯ\nна 2025-2030 годы", bold=True)
    para(doc, "Паспорт программы", bold=True, align="center")
    grid_table(doc, PASSPORT_914, [5.0, 11.5])
    save_deterministic(doc, path)


def main() -> int:
    build_914(HERE / "914_c900ce7061ef55b1.docx")
    print("wrote sample 914")
    return 0


if __name__ == "__main__":
    sys.exit(main())
