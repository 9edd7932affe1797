"""Build the samples of the twenty-second real-document study's extra-education and
kindergarten documents (745_; a kindergarten's yearless heading over its owner's genitive
name is tested in tests/extract/test_extract_facts_forms26b.py only: a site's text export
does not join the two yet).

Run: .venv/bin/python samples/make_facts26b_samples.py [names…]
Each document is our own (invented municipalities, institutions, people and wording) and
reproduces a layout feature of real documents:
- 745 (docx): a self-assessment report of a centre of extra education: its letterhead's legal
  form on one line and its unquoted name on the next, a grif whose head signs with the short
  name, the day he signed and, under it, the approving order with its own later date; the
  town and the year of writing on one line at the title page's foot;
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic

HERE = Path(__file__).parent


def build_745() -> None:
    doc = new_doc()
    para(doc, "Муниципальное автономное учреждение дополнительного образования", align="center")
    para(doc, "Дом юных техников", align="center")
    for line in ("УТВЕРЖДАЮ:", "Директор МАУ ДО ДЮТ", "______ Г.С. Лаптева",
                 "«12» марта 2024 г.", "Приказ № 58/од от 26.03.2024 г."):
        para(doc, line, align="right")
    para(doc, "ОТЧЕТ О САМООБСЛЕДОВАНИИ", bold=True, align="center")
    para(doc, "муниципального автономного учреждения дополнительного образования", align="center")
    para(doc, "«Дом юных техников»", align="center")
    para(doc, "за 2023 год", align="center")
    para(doc, "Нижний Ольховск 2024", align="center")
    para(doc, "Введение", bold=True)
    para(doc, "Самообследование проведено комиссией, которую назначил директор; в отчёте "
         "собраны сведения о кружках, педагогах и материальной базе Дома.")
    save_deterministic(doc, HERE / "745_nizhny_olkhovsk_dyut_self_assessment_2023.docx")


BUILDERS: dict[str, Callable[[], None]] = {"745": build_745}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
