"""Build the samples of task facts49d (446_–449_): school covers with grifs side by side.

Run: .venv/bin/python samples/make_facts49d_samples.py [names…]
Each document is our own (invented municipalities, schools, people and wording):
- 446 (txt): a school site's page: its title in capitals and links to other programmes over
  THREE grifs in one row (agreed / accepted / approved), kept apart by runs of spaces and
  double-spaced, then the title in three centred lines: a bare "ПРОГРАММА РАЗВИТИЯ", the
  school's short name with its patron ("им. …") and village, the years;
- 447 (docx): "План-график" in bold, then a bold block going on in lower case in the genitive
  ("введения …", the school in the prepositional case, its district); a right-aligned grif
  with the order glued to underscores; a four-column table of activities;
- 448 (txt): an aggregator's copy: grifs side by side flattened onto shared single-spaced
  lines (the protocol's number and the director's name on one line), the owner's full name
  split over two lines by blank lines between the grifs and the heading;
- 449 (pdf): two grifs in tabbed paragraphs printed to PDF: the right grif centred under its
  word (its longer lines start left of it), the left grif's position running on past the
  right word's column and wrapping.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import to_pdf
from docx_build import (
    build_named,
    centred_lines,
    new_doc,
    para,
    save_deterministic,
    set_cell_lines,
    text_builders,
)

HERE = Path(__file__).parent

TXT_446 = (
    "ПРОГРАММА РАЗВИТИЯ ШКОЛЫ\n\n"
    "Программа развития школы на 2020-2024 годы\n\n"
    "Программа развития школы на 2025-2029 годы\n\n"
    "   Согласовано                                   Принято"
    "                                         Утверждаю:\n\n"
    "заведующий отделом                    на заседании                              "
    "директор школы\n\n"
    "образования__________              педсовета                                   "
    "__________ Ооржак А.К.\n\n"
    "                    Сарыг К.Б.              протокол №1"
    "                                  приказ №___\n\n"
    "«____»_________ 2024г.               «30» августа 2024г.                   "
    "от «_2_» сентября 2024г.\n\n"
    " ПРОГРАММА РАЗВИТИЯ\n\n"
    "МБОУ СОШ им. К.Б. Кара-Сала с. Кедровка\n\n"
    "на 2025-2029 годы\n\n"
    "Кедровка, 2024.\n\n"
    "СОДЕРЖАНИЕ\n\n"
    "№ п/п Содержание Страница\n"
    "1. Паспорт программы развития школы  на 2025-2029 годы.   3\n"
    "2. Информационная справка о школе   5\n"
)

TXT_448 = (
    "Программа развития школы\n\n\n\n"
    "НазваниеПрограмма развития школы\n"
    "страница1/4\n"
    "Дата публикации11.02.2024\n"
    "Размер0.5 Mb.\n"
    "ТипПрограмма\n"
    "docs-school.ru > Образование > Программа\n"
    "  1   2   3   4\n"
    "Принята педагогическим советом «Утверждаю»\n\n"
    "Протокол № 4 от 26.01.2024 Директор школы Е.Н. Мальцева\n\n"
    "Муниципальное общеобразовательное учреждение\n\n\n"
    "«Сосновская основная общеобразовательная школа»\n\n"
    "Программа развития школы\n\n\n"
    "как школы равных возможностей\n\n"
    "на 2024 – 2028 годы\n\n"
    "Россия, Лесная область,\n\n"
    "г. Сосновск, ул. Школьная, д. 3.\n\n"
    "2024 год.\n\n"
    "Содержание: стр.\n"
    "Раздел 1. Паспорт Программы 3\n\n"
    "Раздел 2. Введение 9\n"
)


def build_447() -> None:
    doc = new_doc()
    para(doc, "ПРОЕКТ", bold=True, align="right")
    para(doc, "Утверждаю\nДиректор МОУ «Заречная\nООШ №4»\n__________ /О. П. Гусева/\n"
              "Приказ №_41 от 14.02.2025_", align="right")
    para(doc, "План-график", bold=True, align="center")
    centred_lines(doc, "введения обновлённого федерального государственного образовательного "
                       "стандарта\nосновного общего образования (ФГОС ООО)\n"
                       "в муниципальном общеобразовательном учреждении\n«Заречная ООШ №4»\n"
                       "Лесного района Луговской области", bold=True)
    table = doc.add_table(rows=4, cols=4)
    rows = [["№\nп/п", "Мероприятия", "Сроки\nреализации", "Ответственные"],
            ["1.", "Изучение нормативных документов по введению обновлённого ФГОС ООО.",
             "Февраль 2025 г.", "Директор"],
            ["2.", "Создание рабочей группы по введению обновлённого ФГОС ООО.",
             "Март 2025 г.", "Директор"],
            ["3.", "Проведение родительских собраний о переходе на обновлённый ФГОС ООО.",
             "Апрель-май 2025 г.", "Завуч"]]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            set_cell_lines(cell, text.split("\n"))
    save_deterministic(doc, HERE / "447_zarechnaya_oosh4_fgos_schedule_2025.docx")


def _tabbed(doc: object, left: str, right: str) -> None:
    """A grif line: the left grif's piece, a tab, the right grif's piece centred on a stop."""
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(400), WD_TAB_ALIGNMENT.CENTER)
    p.add_run(f"{left}\t{right}" if right else left)


def build_449() -> None:
    doc = new_doc()
    for left, right in [
            ("СОГЛАСОВАНО", "УТВЕРЖДАЮ"),
            ("Заместитель главы администрации Сосновского района по социальным вопросам", ""),
            ("", "Директор МБОУ СОШ № 2"),
            ("______ К.Л. Орехов", "______ Т.В. Фомина"),
            ("«28» августа 2025 г.", "Приказ от 29.08.2025 № 87-о")]:
        _tabbed(doc, left, right)
    para(doc, "")
    centred_lines(doc, "ДОРОЖНАЯ КАРТА\nпо введению обновлённых ФГОС\nв МБОУ СОШ № 2\n"
                       "на 2025-2026 учебный год", bold=True)
    para(doc, "")
    centred_lines(doc, "с. Лесное, 2025")
    path = HERE / "449_sosnovsky_school2_fgos_roadmap_side_grifs_2025.docx"
    doc.save(str(path))
    to_pdf(path)
    path.unlink()


BUILDERS = {
    **text_builders(HERE, {
        "446": ("446_kedrovka_school_devprog_three_grifs_2025.txt", TXT_446),
        "448": ("448_sosnovka_school_devprog_flat_grifs_2024.txt", TXT_448),
    }),
    "447": build_447,
    "449": build_449,
}

if __name__ == "__main__":
    sys.exit(build_named(BUILDERS, sys.argv[1:]))
