"""Build the samples of issuers, places, order numbers and signatures of the seventh
real-document study (480_, 481_, 483_).

Run: .venv/bin/python samples/make_facts7b_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools, people and wording) and
reproduces a layout feature of real documents:
- 480 (docx): a school's upbringing programme whose letterhead ends its full name with the
  short name in parentheses, then tax numbers and the address; a grif table whose approval
  gives no school name, its order number with a register code ("№ 15-од");
- 481 (docx): a capitals letterhead with the short name in parentheses, a three-column grif
  table whose approver's position breaks after "им." and goes on with the patrons' initials
  and surnames; the order number under the "№" a line below ("№" / "112 (1)");
- 483 (txt): a school page naming its city of two words ("города Верхние Ключи") and the
  same city in the address.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    build_named,
    centred_lines,
    save_deterministic,
    set_base_font,
    set_cell_lines,
    set_page,
    set_widths,
    text_builders,
)

HERE = Path(__file__).parent
Doc = docx.document.Document


def _grif(doc: Doc, cells: list[str]) -> None:
    """A one-row borderless table: the grifs side by side ("\n" between lines)."""
    table = doc.add_table(rows=1, cols=len(cells))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, text in enumerate(cells):
        set_cell_lines(table.cell(0, c), text.split("\n"))
    set_widths(table, [16.0 / len(cells)] * len(cells))


def _new() -> Doc:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    return doc


def build_480() -> None:
    doc = _new()
    centred_lines(doc, "Муниципальное автономное общеобразовательное учреждение\n"
          "Ольховского городского округа «Средняя общеобразовательная школа № 14\n"
          "с углубленным изучением отдельных предметов» (МАОУ СОШ № 14)\n"
          "ИНН 6600000014 КПП 660001001\n"
          "ул. Полевая, 3, г. Ольховский Луговской области, 600100")
    _grif(doc, ["Согласовано\nПротокол педагогического совета\n№_2_ от «_14_» января_2025г",
                "Утверждена\nприказом директора\n№15-од от «20»_января_2025г"])
    centred_lines(doc, "Рабочая программа воспитания\n2024-2025 учебный год", bold=True)
    centred_lines(doc, "г. Ольховский\n2025г")
    centred_lines(doc, "Пояснительная записка", bold=True)
    centred_lines(doc, "Школа организует воспитательную работу с обучающимися и их семьями в "
          "течение всего учебного года.")
    save_deterministic(doc, HERE / "480_olkhovsky_school14_upbringing_2025.docx")


def build_481() -> None:
    doc = _new()
    centred_lines(doc, "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ЛЕСНОВСКОГО РАЙОНА\n"
          "«СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА №3 им. В.КЕДРОВА И Г.ЛОСЕВА»\n"
          "(МБОУ СОШ №3 им. В.Кедрова и Г.Лосева)", bold=True)
    _grif(doc, ["Принято на\nпедагогическом совете\nПротокол № 5 от 30.05.2024",
                "Согласовано на заседании\nсовета родителей\nот 31.05.2024\nпротокол № 3",
                "«Утверждаю»\nДиректор МБОУ СОШ №3 им.\nВ. Кедрова и Г.Лосева\n"
                "Смирнова Е.П.\nприказом от 3 июня 2024 г. №\n112 (1)"])
    centred_lines(doc, "ПРОГРАММА ВОСПИТАНИЯ\nна 2024-2025 учебный год", bold=True)
    centred_lines(doc, "Пояснительная записка", bold=True)
    centred_lines(doc, "Программа воспитания школы задаёт общие ценности и порядок воспитательной "
          "работы классных руководителей.")
    save_deterministic(doc, HERE / "481_lesnovsky_school3_upbringing_2024.docx")


TXT_483 = """Муниципальное бюджетное общеобразовательное учреждение города Верхние Ключи «Гимназия № 3»
Адрес: | 600200, Луговская область, г. Верхние Ключи, ул. Садовая, д. 4 |
ПРОГРАММА РАЗВИТИЯ
муниципального бюджетного общеобразовательного учреждения «Гимназия № 3»
на 2025-2029 годы
Пояснительная записка
Гимназия обновляет программу развития, чтобы расширить профильное обучение.
"""  # noqa: E501 (document lines are as long as the document has them)

TEXTS = {
    "483": ("483_verkhnie_klyuchi_gymnasium3_devprog_2025.txt", TXT_483),
}


BUILDERS: dict[str, Callable[[], None]] = {
    "480": build_480, "481": build_481,
    **text_builders(HERE, TEXTS),
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
