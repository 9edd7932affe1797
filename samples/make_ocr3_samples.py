"""Build the scanned samples of the ocr3 study (755_, 756_): fill-in blanks on scans.

Run: .venv/bin/python samples/make_ocr3_samples.py [names…]
The documents are our own (invented school, district, people and wording), typeset as text PDFs
by LibreOffice, then scanned as in make_ocr1_samples.py (grey images at 200 dpi, turned a
fraction of a degree, no text layer). Only the scans are kept.
- 755 (scan.pdf): a school's plan approved by its head: the approval block's signature line
  "____________ О.В. Климова" and its date "«___» ____________ 2024 г." are typed
  underscores, which a scan shows as short lone rules on the text line.
- 756 (scan.pdf): a report form an order appends: its heading ends in blanks to fill in
  ("в ______________ за __________"), the report's name stopping before them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import HERE, doc_facts, new_doc, para, save_pdf, write_expected
from docx_build import build_named
from make_ocr1_samples import scan_pdf

SCHOOL755 = "Муниципальное бюджетное общеобразовательное учреждение «Верхнеозёрская средняя " \
    "общеобразовательная школа»"
TITLE755 = ("План мероприятий по профилактике безнадзорности и правонарушений "
            "несовершеннолетних на 2024 - 2025 учебный год")
GOAL755 = "создание условий для предупреждения безнадзорности и правонарушений обучающихся школы"
TITLE756 = "Отчёт об участии обучающихся в муниципальных конкурсах чтецов"


def _scan(doc: object, name: str) -> Path:
    pdf = save_pdf(doc, (HERE / name).with_suffix(".pdf"))  # type: ignore[arg-type]
    scan = scan_pdf(pdf)
    pdf.unlink()
    return scan


def build_755() -> None:
    doc = new_doc(size=13)
    para(doc, SCHOOL755, align="center")
    para(doc, "УТВЕРЖДАЮ\nДиректор МБОУ «Верхнеозёрская СОШ»\n____________ О.В. Климова\n"
              "«___» ____________ 2024 г.", align="right")
    para(doc, TITLE755, bold=True, align="center")
    para(doc, f"Цель: {GOAL755}.")
    para(doc, "Мероприятия плана проводятся классными руководителями, социальным педагогом и "
              "педагогом-психологом в течение учебного года.")
    scan = _scan(doc, "755_verkhneozersk_school_prevention_plan_2024.docx")
    facts = doc_facts("roadmap", TITLE755, None, None, SCHOOL755, None,
                      (2024, 2025), [("О.В. Климова", "Директор МБОУ «Верхнеозёрская СОШ»")])
    write_expected(scan, "pdf", 1, facts, [], [], goals=[GOAL755])


def build_756() -> None:
    doc = new_doc(size=13)
    para(doc, "Приложение N 3\nк приказу управления образования\nадминистрации Кедровского "
              "района\nот 15 марта 2024 г. N 112", align="right")
    para(doc, "Отчёт", bold=True, align="center")
    para(doc, "об участии обучающихся в муниципальных конкурсах чтецов в ______________________ "
              "за ______________", bold=True, align="center")
    para(doc, "(наименование общеобразовательной организации)          (отчётный период)",
         align="center", size=9)
    para(doc, "Отчёт представляется в управление образования до 5 числа месяца, следующего "
              "за отчётным периодом.")
    scan = _scan(doc, "756_kedrovsky_reciters_contest_report_form_2024.docx")
    facts = doc_facts("report", TITLE756, "Кедровский район", None,
                      "Управление образования администрации Кедровского района",
                      ("112", "2024-03-15"), None, [])
    write_expected(scan, "pdf", 1, facts, [], [])


BUILDERS: dict[str, Callable[[], None]] = {"755": build_755, "756": build_756}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
