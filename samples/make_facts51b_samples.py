"""Build the samples of task facts51b that need a Word file (997, 998); 993, 995, 996 and 999
are plain text written by hand.

Run: .venv/bin/python samples/make_facts51b_samples.py [names…]
Our own documents (invented town, schools and wording):
- 997 (docx): a school's public report as its site shows it — a card "Публичный отчет" over the
  report's own capitals heading, its school year glued to the next word ("2020-2021УЧЕБНЫЙ"), a
  two-column facts table (the school's full name in lower case, the licence's term "бессрочно":
  no period), the same name unquoted in a sentence that goes on with its verb ("… городского
  округа Сосновка создано …").
- 998 (docx): a gymnasium's analysis of its methodical work — the page title "Анализ работы
  гимназии" in bold over the section heading whose Roman number is glued to it ("I.АНАЛИЗ …"),
  its school year on the next bold line; a goal line "Цель работы – …".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, set_cell_lines

HERE = Path(__file__).parent


def build_997() -> None:
    doc = new_doc()
    para(doc, "Публичный отчет")
    para(doc, "ПУБЛИЧНЫЙ ОТЧЕТ ШКОЛЫ", bold=True, align="center")
    para(doc, "ЗА 2020-2021УЧЕБНЫЙ ГОД", bold=True, align="center")
    para(doc, "РАЗДЕЛ 1", bold=True)
    para(doc, "ОБЩИЕ СВЕДЕНИЯ О ШКОЛЕ", bold=True)
    rows = (("Наименование школы (по уставу)", "муниципальное общеобразовательное учреждение "
             "средняя школа № 4 городского округа Сосновка"),
            ("Сокращённое наименование", "МОУ СШ № 4"),
            ("Тип", "Общеобразовательная организация"),
            ("Лицензия на образовательную деятельность", "№ 1234 от 12 мая 2015 г."),
            ("Срок действия", "бессрочно"),
            ("Учредитель", "Управление образования городского округа Сосновка"),
            ("Местонахождение", "город Сосновка, улица Школьная, 4"))
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), [text])
    para(doc, "Муниципальное общеобразовательное учреждение средняя школа № 4 городского округа "
              "Сосновка создано в 1967 году и с тех пор работает в одном здании.")
    save_deterministic(doc, HERE / "997_sosnovka_school_public_report_facts_table_2021.docx")


def build_998() -> None:
    doc = new_doc()
    para(doc, "Анализ работы гимназии", bold=True)
    para(doc, "I.АНАЛИЗ ИТОГОВ МЕТОДИЧЕСКОЙ РАБОТЫ ГИМНАЗИИ", bold=True, align="center")
    para(doc, "В 2022-2023 УЧЕБНОМ ГОДУ", bold=True, align="center")
    para(doc, "В 2022-2023 учебном году гимназия работала над методической темой «Современный "
              "урок как условие роста каждого ученика».")
    para(doc, "Цель работы – рост профессионального мастерства учителей; повышение качества "
              "знаний учащихся.")
    para(doc, "Направлениями работы стали:")
    para(doc, "обновление рабочих программ по предметам;")
    para(doc, "участие учителей в конкурсах мастерства.")
    save_deterministic(doc, HERE / "998_sosnovka_gymnasium_method_analysis_section_2023.docx")


BUILDERS = {"997": build_997, "998": build_998}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
