"""Build the project's own DOCX samples (101_…): documents of the genre written for testing.

Run: .venv/bin/python samples/make_own_samples.py
The content is invented but modelled on real district orders: an order approving a roadmap,
with a table whose column order differs from the seeds (№ | Срок | Мероприятие | Исполнители |
Ожидаемый результат), a two-row header (captions + column numbers), section rows merged across
the width and responsible cells merged vertically over several activities.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    mark_header,
    save_deterministic,
    set_base_font,
    set_cell_lines,
    set_page,
    set_widths,
)

HERE = Path(__file__).parent
NAME = "101_beloklyuchevsky_mentoring_2024.docx"

TITLE = ("План мероприятий («дорожная карта») по развитию системы наставничества педагогических "
         "работников в образовательных организациях Белоключевского муниципального района "
         "на 2024-2025 годы")

ORDER_TEXT = [
    "В соответствии с распоряжением Министерства просвещения Российской Федерации от "
    "25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества "
    "обучающихся для организаций, осуществляющих образовательную деятельность», в целях "
    "профессионального становления и закрепления молодых педагогов в образовательных "
    "организациях района",
    "ПРИКАЗЫВАЮ:",
    "1. Утвердить план мероприятий («дорожную карту») по развитию системы наставничества "
    "педагогических работников в образовательных организациях Белоключевского муниципального "
    "района на 2024-2025 годы (приложение).",
    "2. Руководителям общеобразовательных организаций обеспечить выполнение мероприятий "
    "плана в установленные сроки.",
    "3. МКУ «Информационно-методический центр» (Е.С. Орлова) обеспечить методическое "
    "сопровождение реализации плана.",
    "4. Контроль за исполнением настоящего приказа возложить на заместителя начальника "
    "Управления образования Н.В. Кузьмину.",
]

MANAGEMENT = ["Управление образования", "МКУ «Информационно-методический центр»"]
IMC_RMO = ["МКУ «Информационно-методический центр»",
           "Руководители районных методических объединений"]
SCHOOLS = ["Руководители общеобразовательных организаций, кураторы наставничества"]

# (section, [(number, deadline, title, responsibles or None = merged with the row above,
#   result)])
PLAN: list[tuple[str, list[tuple[str, str, str, list[str] | None, str]]]] = [
    ("1. Организационно-управленческое обеспечение", [
        ("1.1.", "до 01.03.2024", "Разработка и утверждение положений о системе наставничества "
         "в общеобразовательных организациях", MANAGEMENT,
         "Положения о наставничестве утверждены во всех общеобразовательных организациях"),
        ("1.2.", "15.02.2024", "Назначение кураторов наставничества в общеобразовательных "
         "организациях и формирование муниципального реестра наставников", None,
         "Муниципальный реестр наставников"),
        ("1.3.", "I квартал 2024 г.", "Формирование наставнических пар «наставник – молодой "
         "педагог»", None, "Не менее 30 наставнических пар"),
        ("1.4.", "ежегодно, сентябрь", "Корректировка плана мероприятий («дорожной карты») "
         "с учётом итогов мониторинга", ["Управление образования"],
         "Актуализированный план мероприятий"),
    ]),
    ("2. Методическое сопровождение наставников и молодых педагогов", [
        ("2.1.", "II квартал 2024 г.", "Проведение цикла обучающих семинаров для наставников "
         "«Технологии сопровождения молодого педагога»", IMC_RMO,
         "Не менее 40 наставников прошли обучение"),
        ("2.2.", "2024-2025 учебный год", "Работа районной школы молодого педагога", None,
         "Охват не менее 85 % молодых педагогов"),
        ("2.3.", "по мере необходимости", "Индивидуальные консультации наставников и молодых "
         "педагогов по вопросам профессионального развития", None,
         "Адресная методическая помощь"),
        ("2.4.", "ежеквартально", "Заседания муниципального совета наставников",
         ["Председатель муниципального совета наставников"], "Протоколы заседаний"),
        ("2.5.", "октябрь – ноябрь 2024 г.", "Муниципальный конкурс «Лучший наставник – 2024»",
         ["МКУ «Информационно-методический центр»",
          "Районная организация Профсоюза работников народного образования и науки"],
         "Выявление и распространение лучших практик наставничества"),
    ]),
    ("3. Мониторинг и оценка результатов", [
        ("3.1.", "постоянно", "Размещение информации о реализации программ наставничества на "
         "сайтах общеобразовательных организаций и Управления образования", SCHOOLS,
         "Информационные материалы на сайтах"),
        ("3.2.", "по отдельному графику", "Посещение уроков молодых педагогов наставниками "
         "с последующим анализом", None, "Листы наблюдения, рекомендации"),
        ("3.3.", "май 2025 г.", "Мониторинг удовлетворённости участников программ наставничества",
         ["МКУ «Информационно-методический центр»"],
         "Аналитическая справка по итогам мониторинга"),
        ("3.4.", "до 25.12.2025", "Подготовка итогового отчёта о реализации плана мероприятий "
         "(«дорожной карты»)", MANAGEMENT, "Итоговый отчёт"),
    ]),
]

HEADER = ["№ п/п", "Срок исполнения", "Мероприятие", "Исполнители", "Ожидаемый результат"]
WIDTHS = [1.1, 2.6, 6.0, 3.8, 3.5]


def _centered(doc: docx.document.Document, text: str, bold: bool = False) -> None:
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run(text).bold = bold or None


def _order(doc: docx.document.Document) -> None:
    _centered(doc, "АДМИНИСТРАЦИЯ БЕЛОКЛЮЧЕВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", bold=True)
    _centered(doc, "УЛЬЯНОВСКОЙ ОБЛАСТИ", bold=True)
    _centered(doc, "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", bold=True)
    _centered(doc, "ПРИКАЗ", bold=True)
    dated = doc.add_paragraph()
    dated.add_run("15.01.2024\t\t\t\t\t\t\t\t№ 112")
    _centered(doc, "р.п. Белый Ключ")
    _centered(doc, "Об утверждении плана мероприятий («дорожной карты») по развитию системы "
              "наставничества педагогических работников в образовательных организациях "
              "Белоключевского муниципального района на 2024-2025 годы", bold=True)
    for text in ORDER_TEXT:
        para = doc.add_paragraph(text)
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph()
    doc.add_paragraph("Начальник Управления образования\t\t\t\t\tТ.А. Смирнова")


def _appendix_intro(doc: docx.document.Document) -> None:
    for line in ("Приложение", "к приказу Управления образования", "от 15.01.2024 № 112"):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    heading = doc.add_heading(TITLE, level=1)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    goal = doc.add_paragraph()
    goal.add_run("Цель: ").bold = True
    goal.add_run("создание условий для профессионального становления и закрепления молодых "
                 "педагогов в образовательных организациях района.")
    doc.add_paragraph().add_run("Задачи:").bold = True
    for task in ("сформировать нормативную базу наставничества в общеобразовательных "
                 "организациях;",
                 "организовать методическое сопровождение наставников и молодых педагогов;",
                 "обеспечить мониторинг эффективности наставнических практик."):
        doc.add_paragraph(task, style="List Number")


def _table(doc: docx.document.Document) -> None:
    n_rows = 2 + sum(1 + len(items) for _, items in PLAN)
    table = doc.add_table(rows=n_rows, cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for col, caption in enumerate(HEADER):
        set_cell_lines(table.cell(0, col), [caption], bold=True)
        set_cell_lines(table.cell(1, col), [str(col + 1)])
    mark_header(table.rows[0])
    mark_header(table.rows[1])
    r = 2
    for section, items in PLAN:
        merged = table.cell(r, 0).merge(table.cell(r, len(HEADER) - 1))
        set_cell_lines(merged, [section], bold=True)
        r += 1
        top = r
        for number, deadline, title, responsibles, result in items:
            for col, text in ((0, number), (1, deadline), (2, title), (4, result)):
                set_cell_lines(table.cell(r, col), [text])
            if responsibles is not None:
                top = r
                set_cell_lines(table.cell(r, 3), responsibles)
            else:  # same executors as the activity above: one merged cell
                lines = [p.text for p in table.cell(top, 3).paragraphs]
                set_cell_lines(table.cell(top, 3).merge(table.cell(r, 3)), lines)
            r += 1
    set_widths(table, WIDTHS)


def build(path: Path) -> None:
    """Write the sample DOCX to `path`."""
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    _order(doc)
    _appendix_intro(doc)
    _table(doc)
    save_deterministic(doc, path)


def main() -> int:
    out = HERE / NAME
    build(out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
