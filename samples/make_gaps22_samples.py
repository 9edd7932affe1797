"""Build the samples of task gaps22 that need a Word file (013) or a PDF printed from one (012,
014); 010 and 011 are plain text written by hand.

Run: .venv/bin/python samples/make_gaps22_samples.py [names…]
Our own documents (invented district, formations, kindergarten and people):
- 012 (pdf): a district administration's act amending its programme, the subject in capitals
  over three lines naming the programme and its years; the acting head signs over three lines
  (position over two, the name alone under it), which the PDF reader runs into the last item.
- 013 (docx): a kindergarten's order naming the roadmap it approves only in its item, in the
  accusative ("Утвердить дорожную карту …"); the signature's position and name in two cells
  of one borderless row.
- 014 (pdf): a plan under a letterhead naming the district over two of its inner formations;
  the acting head's position in a narrow cell of the signature row, wrapped under the name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import save_pdf
from docx_build import (
    build_named,
    grid_table,
    grif_row,
    new_doc,
    para,
    save_deterministic,
    set_widths,
)

HERE = Path(__file__).parent


def build_012() -> None:
    doc = new_doc()
    para(doc, "АДМИНИСТРАЦИЯ ОЛЬШАНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", bold=True, align="center")
    para(doc, "ПОСТАНОВЛЕНИЕ", bold=True, align="center")
    para(doc, "от 03.03.2025 № 141")
    for line in ("О ВНЕСЕНИИ ИЗМЕНЕНИЙ В МУНИЦИПАЛЬНУЮ ПРОГРАММУ",
                 "«ДОСТУПНОЕ ДОПОЛНИТЕЛЬНОЕ ОБРАЗОВАНИЕ ДЕТЕЙ ОЛЬШАНСКОГО РАЙОНА",
                 "НА 2023-2027 ГОДЫ»"):
        para(doc, line, bold=True, align="center")
    para(doc, "В связи с изменением объёмов финансирования мероприятий администрация "
              "Ольшанского муниципального района постановляет:")
    para(doc, "1. Внести в муниципальную программу «Доступное дополнительное образование детей "
              "Ольшанского района на 2023-2027 годы», утверждённую постановлением администрации "
              "от 14.11.2022 № 705, изменения, изложив раздел 4 в новой редакции.")
    para(doc, "2. Контроль за исполнением постановления оставляю за собой.")
    para(doc, "Исполняющий обязанности главы")
    para(doc, "Ольшанского муниципального района")
    para(doc, "С.В. Грачёв")
    save_pdf(doc, HERE / "012_0a5417b5c349c3c4.pdf")


def build_013() -> None:
    doc = new_doc()
    para(doc, "Муниципальное бюджетное дошкольное образовательное учреждение", align="center")
    para(doc, "«Детский сад № 2 «Земляничка»", align="center")
    para(doc, "ПРИКАЗ", bold=True, align="center")
    para(doc, "от 05.09.2025 № 64")
    para(doc, "Для согласованной подготовки воспитанников подготовительных групп к обучению в "
              "школе приказываю:")
    para(doc, "1. Утвердить дорожную карту по преемственности дошкольного и начального общего "
              "образования на 2025-2026 учебный год (приложение).")
    para(doc, "2. Ответственным за выполнение назначить старшего воспитателя Л.П. Синичкину.")
    para(doc, "3. Контроль за исполнением приказа оставляю за собой.")
    table = grif_row(doc, ["Заведующий МБДОУ «Детский сад № 2»"], ["Е.К. Вишнякова"])
    set_widths(table, [11.0, 5.0])
    save_deterministic(doc, HERE / "013_741b2945c5fb177b.docx")


def build_014() -> None:
    doc = new_doc()
    for line in ("ТИХОВОДСКИЙ РАЙОН", "МО Берёзовый лог", "МО Ключевское сельское поселение"):
        para(doc, line, bold=True, align="center")
    para(doc, "")
    para(doc, "ПЛАН МЕРОПРИЯТИЙ", bold=True, align="center")
    para(doc, "по подготовке сельских школ к зимнему периоду на 2025 год", bold=True,
         align="center")
    grid_table(doc, [
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1", "Проверка систем отопления школьных зданий", "Август 2025 г.",
         "Руководители школ"],
        ["2", "Завоз топлива для котельных", "Сентябрь 2025 г.", "Главы поселений"],
    ], [1.0, 8.0, 3.5, 4.5])
    para(doc, "")
    table = grif_row(doc, ["Исполняющий обязанности начальника отдела образования"],
                     ["Н.А. Соловьёва"])
    set_widths(table, [6.0, 10.0])
    save_pdf(doc, HERE / "014_b5aa740024e55afc.pdf")


BUILDERS = {"012": build_012, "013": build_013, "014": build_014}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
