"""Build the samples of the twenty-first real-document study's school documents (725_–727_).

Run: .venv/bin/python samples/make_facts25b_samples.py [names…]
Each document is our own (invented municipalities, schools, people and wording) and reproduces
a layout feature of real documents:
- 725 (docx): a head's public report whose title page prints the genre word alone in bold
  ("Публичный доклад") and goes on in plain paragraphs in lower case (the head's position and
  the school in the genitive) and the head's name; no letterhead, no grif; the body opens on
  the school year it covers with a spaced slash ("В 2018 / 2019  учебном году …");
- 726 (docx): a development programme's title "ПРОГРАММА РАЗВИТИЯ" (bold) over plain lines
  naming the school in the genitive, broken after "имени", and the years on the last line;
  the village and the year of writing at the page's foot;
- 727 (txt): a kindergarten's site text export: its letterhead in full (a name honouring a
  date, "имени 8 Марта"), an approval grif with the head's short name of the kindergarten and
  the approving order printed without "№" ("Приказ 02-14/77") and its date on the next line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, text_builders

HERE = Path(__file__).parent


def build_725() -> None:
    doc = new_doc()
    para(doc, "Публичный доклад", bold=True, align="center")
    para(doc, "директора", align="center")
    para(doc, "муниципального бюджетного общеобразовательного учреждения «Ключевская основная "
         "общеобразовательная школа»", align="center")
    para(doc, "Сомовой Е.Н.", align="center")
    para(doc, "В 2018 / 2019  учебном году коллектив школы продолжал работу над качеством "
         "уроков и развитием детских объединений.")
    para(doc, "Школа работает в одну смену; в ней учатся дети трёх соседних деревень.")
    save_deterministic(doc, HERE / "725_klyuchevskaya_head_public_report_2019.docx")


def build_726() -> None:
    doc = new_doc()
    para(doc, "ПРОГРАММА РАЗВИТИЯ", bold=True, align="center")
    for line in ("муниципального казенного общеобразовательного учреждения",
                 "«Средняя общеобразовательная школа имени",
                 "П.С. Вершинина»",
                 "на 2025-2029 годы"):
        para(doc, line, align="center")
    para(doc, "с. Ольховка, 2024", align="center")
    para(doc, "Содержание", bold=True)
    para(doc, "1. Паспорт Программы развития.")
    para(doc, "2. Анализ работы школы.")
    save_deterministic(doc, HERE / "726_olkhovka_school_devprog_2025.docx")


TXT_727 = (
    "Муниципальное бюджетное дошкольное образовательное учреждение\n"
    "«Детский сад № 7 имени 8 Марта»\n"
    "\n"
    "Принято\n"
    "на педагогическом совете\n"
    "протокол № 1\n"
    "от 30.08.2023г.\n"
    "\n"
    "Утверждаю\n"
    "заведующий МБДОУ\n"
    "«ДС № 7 имени 8 Марта»\n"
    "_________ О.П. Рябова\n"
    "Приказ 02-14/77\n"
    "от 30.08.2023г.\n"
    "\n"
    "ПЛАН РАБОТЫ С СЕМЬЯМИ ВОСПИТАННИКОВ\n"
    "муниципального бюджетного дошкольного образовательного\n"
    "учреждения «Детский сад № 7 имени 8 Марта»\n"
    "\n"
    "Детский сад встречает родителей на открытых занятиях и праздниках группы.\n"
)

TEXTS = {
    "727": ("727_kindergarten7_family_plan_2023.txt", TXT_727),
}

BUILDERS: dict[str, Callable[[], None]] = {
    "725": build_725, "726": build_726,
    **text_builders(HERE, TEXTS),
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
