"""Build the table samples of the tenth real-document study (530_, 531_).

Run: .venv/bin/python samples/make_facts11a_samples.py [names…]
Each document is our own (invented kindergartens, people and wording) and reproduces a layout
feature of real documents:
- 530 (pdf): a kindergarten plan's page that starts at a section heading; the two cells of its
  "Согласовано / Утверждаю" grif are printed as the first row of the plan's own table (one
  frame, the grif's divider on no column of the plan), a "3.1." group row above items "1." …
  "4.", an empty mark column;
- 531 (docx): a kindergarten's schedule of matinees by group under its head's grif: "Дата
  проведения 8 марта | Время | Группа | Место проведения | Ответственные" — no column is named
  for the events, the group names each row, the hour column holds "09.30";
- 532 (txt): a kindergarten's calendar plan for a school year written as a dated list, "day
  month: name" lines (names wrapped over short lines) under month labels "Сентябрь:".
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import Act, doc_facts, save_pdf, write_expected
from docx_build import build_named
from real_b_common import add_table, new_doc, paragraphs, save_docx
from real_b_office import pdf_page_count

HERE = Path(__file__).parent

HEADING530 = "ВЗАИМОДЕЙСТВИЕ С СЕМЬЯМИ ВОСПИТАННИКОВ"
SECTION530 = "3.1. РАБОТА С РОДИТЕЛЯМИ БУДУЩИХ ПЕРВОКЛАССНИКОВ"
ISSUER530 = "МБДОУ № 12 «Ромашка»"
ITEMS530 = [
    ("1.", "Родительское собрание «Скоро в школу»: - знакомство с требованиями начальной "
           "школы; - выбор программы обучения", "сентябрь 2024 г.",
     ("2024-09-01", "2024-09-30", "once"), "Воспитатели подготовительных групп"),
    ("2.", "Консультации педагога-психолога о готовности ребёнка к школе", "", (None, None, None),
     ""),
    ("3.", "Выставка детских рисунков «Какой я буду школьник»", "март 2025 г.",
     ("2025-03-01", "2025-03-31", "once"), "Воспитатели"),
    ("4.", "День открытых дверей для родителей", "апрель 2025 г.",
     ("2025-04-01", "2025-04-30", "once"), "Заведующий"),
]


def build_530() -> None:
    """One frame: the grif row on a 6-slot grid whose divider falls inside the plan's deadline
    column (its two slots merged in every other row); the PDF has no rule in common."""
    doc = new_doc(size=11)
    paragraphs(doc, [(HEADING530, "center", True)])
    grif = ["Согласовано:\nПредседатель родительского совета\n______ Кузьмина О.П.", None, None,
            f"Утверждаю:\nЗаведующий {ISSUER530}\n______ Лебедева Т.А.", None, None]
    head: list[str | None] = ["№", "Содержание работы", "Сроки", None, "Ответственные",
                              "Отметка о выполнении"]
    rows: list[list[str | None]] = [grif, head, [SECTION530, *[None] * 5]]
    rows += [[n, title, when, None, resp, ""] for n, title, when, _dl, resp in ITEMS530]
    merges = [(0, 0, 0, 2), (0, 3, 0, 5), (2, 0, 2, 5)]
    merges += [(r, 2, r, 3) for r in range(1, len(rows)) if r != 2]
    add_table(doc, rows, merges, widths=[1.0, 5.0, 1.5, 1.5, 3.2, 2.6], size=11)
    pdf = save_pdf(doc, HERE / "530_romashka_family_plan_2024.pdf")
    section = SECTION530.split(" ", 1)[1]
    acts = [Act(n, title, when, dl, [resp] if resp else [], [resp] if resp else [],
                section=section) for n, title, when, dl, resp in ITEMS530]
    facts = doc_facts("roadmap", HEADING530, None, None, ISSUER530, None, None,
                      [("Лебедева Т.А.", f"Заведующий {ISSUER530}")])
    write_expected(pdf, "pdf", pdf_page_count(pdf), facts, acts, [])
    _no_deadline(pdf, "2.")


def _no_deadline(path: Path, number: str) -> None:
    """The item printed without a deadline has `null`, not an empty text."""
    import json

    from blind_common import EXPECTED

    out = EXPECTED / f"{path.name.split('.', 1)[0]}.json"
    rec = json.loads(out.read_text(encoding="utf-8"))
    for act in rec["activities"]:
        if act["number"] == number:
            act["deadline"] = None
    out.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


TITLE531 = "График проведения утренников, посвящённых Международному женскому дню"
ROWS531 = [
    ("05.03.2025", "09.30", "Младшая группа № 2", "в музыкальном зале", "Соколова А.Н."),
    ("05.03.2025", "10.30", "Средняя группа № 5", "в музыкальном зале", "Павлова Е.И."),
    ("06.03.2025", "09.30", "Старшая группа № 1", "в группе", "Соколова А.Н."),
    ("06.03.2025", "10.30", "Подготовительная группа № 3", "в группе", "Павлова Е.И."),
]
ISSUER531 = "МБДОУ детский сад № 7 «Солнышко»"


def build_531() -> None:
    doc = new_doc(size=12)
    paragraphs(doc, [(f"УТВЕРЖДАЮ\nЗаведующий {ISSUER531}\n__________ Н.В. Гусева", "right", False),
                     (TITLE531, "center", True)])
    head: list[str | None] = ["Дата проведения\n8 марта", "Время", "Группа", "Место проведения",
                              "Ответственные"]
    rows: list[list[str | None]] = [head, *[list(r) for r in ROWS531]]
    add_table(doc, rows, widths=[3.0, 2.0, 4.5, 4.0, 3.5], header_rows=1)
    path = save_docx(doc, "531_solnyshko_matinee_schedule_2025.docx")
    acts = [Act(None, group, day, (_iso(day), _iso(day), "once"), [resp], [resp])
            for day, _hour, group, _place, resp in ROWS531]
    facts = doc_facts("roadmap", TITLE531, None, None, ISSUER531, None, None,
                      [("Н.В. Гусева", f"Заведующий {ISSUER531}")])
    write_expected(path, "docx", None, facts, acts, [])


def _iso(day: str) -> str:
    d, m, y = day.split(".")
    return f"{y}-{m}-{d}"


ISSUER532 = "МБДОУ детский сад № 4 «Берёзка»"
TITLE532 = "Календарный план воспитательной работы на 2024-2025 учебный год"
# (month label, [(date, name lines, start)])
DATES532 = [
    ("Сентябрь", [("1 сентября", ["День знаний"], "2024-09-01"),
                  ("27 сентября", ["День воспитателя и", "всех дошкольных работников"],
                   "2024-09-27")]),
    ("Октябрь", [("1 октября", ["Международный день", "пожилых людей"], "2024-10-01"),
                 ("5 октября", ["День учителя"], "2024-10-05")]),
    ("Ноябрь", [("4 ноября", ["День народного", "единства"], "2024-11-04")]),
    ("Январь", [("11 января", ["День заповедников", "и национальных парков"], "2025-01-11")]),
]


def build_532() -> None:
    lines = ["УТВЕРЖДАЮ", f"Заведующий {ISSUER532}", "__________ С.П. Орлова", "",
             "Календарный план воспитательной работы", "на 2024-2025 учебный год", "",
             "Памятные даты учебного года"]
    acts = []
    for month, items in DATES532:
        lines.append(f"{month}:")
        for day, name, start in items:
            lines += [f"{day}: {name[0]}", *name[1:]]
            acts.append(Act(None, " ".join(name), day, (start, start, "once"), [], [],
                            section=month))
    path = HERE / "532_beryozka_memorable_dates_2024.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    facts = doc_facts("roadmap", TITLE532, None, None, ISSUER532, None, (2024, 2025),
                      [("С.П. Орлова", f"Заведующий {ISSUER532}")])
    write_expected(path, "txt", None, facts, acts, [])


BUILDERS: dict[str, Callable[[], None]] = {"530": build_530, "531": build_531, "532": build_532}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
