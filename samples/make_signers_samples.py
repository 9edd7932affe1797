"""Build the generated samples of session signers (927_, 928_) and their expected records.

Run: .venv/bin/python samples/make_signers_samples.py
The documents are our own (an invented district, school and people) and reproduce layout
features of real pages of the genre:
- 927 (docx): a district administration's decree approving a plan printed after it; its
  signature block stacked in capitals with an acting prefix ("И.О. ГЛАВЫ АДМИНИСТРАЦИИ" /
  "ОЛЬШАНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА" / the name) — written in normal case, "И.о. главы …".
- 928 (pdf, printed by LibreOffice from a DOCX): a school's plan whose council's and approver's
  grifs stand side by side on tab stops, each printed row one line of the PDF holding both
  columns ("Педагогическим советом    Директор МБОУ …"): the director signs, the council's
  minutes are no order, the approving order's number and date are the director's.
The samples 924, 925, 926 and 929 of the session are plain texts written by hand.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import pdf_pages, save_pdf
from docx_build import centred_lines, grid_table, new_doc, para, save_deterministic

HERE = Path(__file__).parent
EXPECTED = HERE / "expected"

# (number, title, deadline text, (start, end, recurrence), responsible)
Row = tuple[str, str, str, tuple[str | None, str | None, str | None], str]

ROWS_927: list[Row] = [
    ("1", "Открытие лагерей с дневным пребыванием детей на базе школ района", "Июнь",
     ("2024-06-01", "2024-06-30", "once"), "Управление образования"),
    ("2", "Проведение районного спортивного праздника «Летние старты»", "Июль",
     ("2024-07-01", "2024-07-31", "once"), "Отдел по делам молодёжи и спорту"),
    ("3", "Организация временного трудоустройства несовершеннолетних", "Июнь - август",
     ("2024-06-01", "2024-08-31", "once"), "Центр занятости населения"),
]
ROWS_928: list[Row] = [
    ("1", "Проведение инструктажей по правилам дорожного движения", "Сентябрь",
     ("2024-09-01", "2024-09-30", "once"), "Классные руководители"),
    ("2", "Конкурс агитбригад отрядов юных инспекторов движения", "Ноябрь",
     ("2024-11-01", "2024-11-30", "once"), "Педагог-организатор"),
    ("3", "Встреча с инспектором по пропаганде безопасности дорожного движения", "Апрель",
     ("2025-04-01", "2025-04-30", "once"), "Заместитель директора по ВР"),
]
_CAPTIONS = ["№ п/п", "Мероприятие", "Срок", "Ответственный"]
_WIDTHS = [1.5, 8.0, 3.0, 4.5]


def _tabbed(doc: DocxDocument, text: str, stop_cm: float) -> None:
    """One paragraph whose lines (breaks inside) print a second column at a tab stop."""
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(stop_cm))
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def _table(doc: DocxDocument, rows: list[Row]) -> None:
    grid_table(doc, [_CAPTIONS, *([n, t, d, r] for n, t, d, _, r in rows)], _WIDTHS)


def _activities(rows: list[Row], page: int | None) -> list[dict[str, Any]]:
    return [{"number": n, "section": None, "title": t,
             "deadline": {"text": d, "start": s, "end": e, "recurrence": rec},
             "responsibles": [r], "result": None, "target": None, "status": None,
             "source": {"page": page, "table": 1, "row": k + 2, "line": None}}
            for k, (n, t, d, (s, e, rec), r) in enumerate(rows)]


def _write(path: Path, fmt: str, pages: int | None, document: dict[str, Any],
           activities: list[dict[str, Any]]) -> None:
    rec = {"schema_version": "1",
           "source": {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                      "format": fmt, "pages": pages},
           "document": document, "goals": [], "tasks": [], "activities": activities,
           "indicators": [], "warnings": []}
    out = EXPECTED / f"{path.name.split('.', 1)[0]}.json"
    out.write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def build_927() -> None:
    path = HERE / "927_874b07a4c6c4106d.docx"
    doc = new_doc()
    centred_lines(doc, "АДМИНИСТРАЦИЯ\nОЛЬШАНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", bold=True)
    centred_lines(doc, "ПОСТАНОВЛЕНИЕ", bold=True)
    para(doc, "от 14.03.2024 № 219")
    para(doc, "Об утверждении плана мероприятий по организации летней занятости детей и "
              "подростков в 2024 году", bold=True)
    para(doc, "В целях организации занятости детей и подростков в период летних каникул "
              "администрация Ольшанского муниципального района постановляет:")
    para(doc, "1. Утвердить план мероприятий по организации летней занятости детей и "
              "подростков в 2024 году (прилагается).")
    para(doc, "2. Контроль за исполнением постановления возложить на заместителя главы "
              "администрации по социальным вопросам.")
    para(doc, "И.О. ГЛАВЫ АДМИНИСТРАЦИИ\nОЛЬШАНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nТ.В. ЖУРАВЛЁВ")
    para(doc, "Приложение\nк постановлению администрации\nот 14.03.2024 № 219", align="right")
    centred_lines(doc, "План мероприятий по организации летней занятости детей и подростков "
                       "в 2024 году", bold=True)
    _table(doc, ROWS_927)
    save_deterministic(doc, path)
    document = {
        "kind": "roadmap",
        "title": "План мероприятий по организации летней занятости детей и подростков в "
                 "2024 году",
        "municipality": "Ольшанский район", "region": None,
        "issuer": "Администрация Ольшанского муниципального района",
        "order": {"number": "219", "date": "2024-03-14", "act_type": "постановление"},
        "period": {"start_year": 2024, "end_year": 2024},
        "signatories": [{"name": "Т.В. Журавлёв",
                         "position": "И.о. главы администрации Ольшанского муниципального "
                                     "района"}]}
    _write(path, "docx", None, document, _activities(ROWS_927, None))


def build_928() -> None:
    path = HERE / "928_a9e5e9e922d185f7.pdf"
    doc = new_doc()
    _tabbed(doc, "СОГЛАСОВАНО\tУТВЕРЖДАЮ\n"
                 "Педагогическим советом\tДиректор МБОУ «Школа № 17»\n"
                 "протокол № 1 от 27.08.2024\t_________ А.Е. Соболева\n"
                 "\tПриказ № 158 от 29.08.2024", 9.5)
    centred_lines(doc, "ПЛАН\nработы по профилактике детского дорожно-транспортного "
                       "травматизма\nна 2024-2025 учебный год", bold=True)
    _table(doc, ROWS_928)
    save_pdf(doc, path)
    document = {
        "kind": "roadmap",
        "title": "ПЛАН работы по профилактике детского дорожно-транспортного травматизма на "
                 "2024-2025 учебный год",
        "municipality": None, "region": None, "issuer": "МБОУ «Школа № 17»",
        "order": {"number": "158", "date": "2024-08-29", "act_type": "приказ"},
        "period": {"start_year": 2024, "end_year": 2025},
        "signatories": [{"name": "А.Е. Соболева", "position": "Директор МБОУ «Школа № 17»"}]}
    pages = len(pdf_pages(path))
    _write(path, "pdf", pages, document, _activities(ROWS_928, 1))


def main() -> int:
    build_927()
    build_928()
    print("wrote samples 927, 928")
    return 0


if __name__ == "__main__":
    sys.exit(main())
