"""Samples 860…862 (tables40d): an indicator table printed one cell a line with a lone "|"
after each cell and ten column numbers, the last one standing before a numbered programme row;
a municipal task's execution report whose plan and fact columns name only "the reporting
period", the year standing in the heading above the table; a school's schedule of assessment
procedures. Invented places, own wording.

Run: .venv/bin/python samples/make_tables40d_samples.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import Act, Ind, doc_facts, write_expected
from real_b_common import add_table, new_doc, paragraphs, save_docx, write_text

YEARS860 = list(range(2024, 2031))
PROG860 = ('1. Муниципальная программа "Развитие образования Сосновского городского округа" '
           "на 2024-2030 годы")
SUB860 = '2. Подпрограмма N 1 "Развитие дошкольного образования"'
ROWS860 = [
    ("1.1.", "Доля родителей, удовлетворенных качеством образовательных услуг", "%",
     ["78,5", "79", "79,5", "80", "80,5", "81", "81,5"], PROG860),
    ("1.2.", "Доля выпускников, получивших аттестат о среднем общем образовании, в общей "
     "численности выпускников", "%", ["99,2", "99,3", "99,4", "99,5", "99,6", "99,7", "99,8"],
     PROG860),
    ("1.3.", "Количество общеобразовательных организаций с центрами цифрового образования",
     "ед.", ["4", "5", "6", "7", "8", "9", "10"], PROG860),
    ("2.1.", "Доступность дошкольного образования для детей от 3 до 7 лет", "%",
     ["100", "100", "100", "100", "100", "100", "100"], SUB860),
]


def _bare(cells: list[str]) -> list[str]:
    out: list[str] = []
    for c in cells:
        out += [c, "|"]
    return out


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def build_860() -> None:
    cells = ["N п/п", "Показатель (индикатор) (наименование)", "Ед. изм.",
             "Значение показателей", *map(str, YEARS860), *map(str, range(1, 11)), PROG860]
    inds: list[Ind] = []
    for number, name, unit, values, section in ROWS860:
        if section == SUB860 and SUB860 not in cells:
            cells.append(SUB860)
        cells += [number, name, unit, *values]
        inds.append(Ind(number.rstrip("."), name, unit, [],
                        [(y, "plan", _num(v)) for y, v in zip(YEARS860, values, strict=True)],
                        section=section.split(" ", 1)[1]))
    path = write_text("860_sosnovsky_bare_bar_indicators_2024.txt", _bare(cells))
    write_expected(path, "txt", None, doc_facts(
        "programme", None, "Сосновский городской округ", None, None, None, (2024, 2030), []),
        [], inds)


def build_861() -> None:
    doc = new_doc(size=12)
    paragraphs(doc, [
        ("Отчет об исполнении муниципального задания МБДОУ детский сад N 4 «Березка» за 2022 год",
         "center", True)])
    rows: list[list[str | None]] = [
        ["Наименование\nпоказателя", "Единица\nизмерения", "Значение,\nутвержденное в\n"
         "муниципальном задании на\nотчетный период", "Фактическое\nзначение за\nотчетный\n"
         "период", "Характеристика\nпричин отклонения", "Источник\nинформации"],
        ["1. Доля воспитателей с высшей квалификационной категорией", "%", "45", "48", "",
         "аттестационные листы"],
        ["2.Посещаемость детьми групп детского сада", "%", "80", "72",
         "Карантин в феврале", "табель посещаемости"],
        ["3. Число воспитанников, всего", "Чел", "120", "131", "Открыта новая группа",
         "Книга движения детей"]]
    add_table(doc, rows, widths=[5.0, 2.0, 3.0, 2.5, 3.0, 3.0])
    path = save_docx(doc, "861_berezka_kindergarten_task_report_2022.docx")
    inds = [
        Ind("1", "Доля воспитателей с высшей квалификационной категорией", "%", [],
            [(2022, "plan", 45.0), (2022, "fact", 48.0)]),
        Ind("2", "Посещаемость детьми групп детского сада", "%", [],
            [(2022, "plan", 80.0), (2022, "fact", 72.0)]),
        Ind("3", "Число воспитанников, всего", "Чел", [],
            [(2022, "plan", 120.0), (2022, "fact", 131.0)])]
    write_expected(path, "docx", None, doc_facts(
        "report", "Отчет об исполнении муниципального задания МБДОУ детский сад N 4 «Березка» "
        "за 2022 год", None, None, "МБДОУ детский сад N 4 «Березка»", None, (2022, 2022), []),
        [], inds)




def build_862() -> None:
    """A school's schedule of assessment procedures: its heading names it a plan of the school
    year (the kind, title and period come from the words "График оценочных процедур")."""
    title = "График оценочных процедур на 2025-2026 уч.г."
    rows = [
        ("1", "Стартовая диагностика по математике", "5 классы", "15.09.2025",
         "Заместитель директора по УВР"),
        ("2", "Контрольная работа по русскому языку за первое полугодие", "6-8 классы",
         "22.12.2025", "Руководитель методического объединения"),
        ("3", "Пробный экзамен по обществознанию", "9 классы", "12.03.2026",
         "Заместитель директора по УВР"),
    ]
    lines = [title, "",
             "| № | Наименование оценочной процедуры | Участники | Дата проведения | "
             "Ответственные |", "|---|---|---|---|---|"]
    lines += [f"| {' | '.join(r)} |" for r in rows]
    path = write_text("862_kedrovsky_school_assessment_schedule_2025.txt", lines)
    acts = [Act(n, t, d, (_iso(d), _iso(d), "once"), [r], [r]) for n, t, _, d, r in rows]
    write_expected(path, "txt", None, doc_facts(
        "roadmap", title, None, None, None, None, (2025, 2026), []), acts, [])


def _iso(date: str) -> str:
    d, m, y = date.split(".")
    return f"{y}-{m}-{d}"


if __name__ == "__main__":
    build_860()
    build_861()
    build_862()
