"""Build the samples of task titles3 that need a Word file (945) or a PDF printed from one (946);
943, 944, 947 and 948 are plain text written by hand.

Run: .venv/bin/python samples/make_titles3_samples.py [names…]
Our own documents (invented kindergarten, school, district and wording):
- 945 (docx): a kindergarten's account of a health programme carried out, "Сведения о
  реализации программы «…» в МБДОУ «…» за 2025 год" in bold over two paragraphs, a table of
  measures with a column of marks ("Выполнено", "Выполнено частично").
- 946 (pdf): a school's self-examination report whose bold heading closes on a bare year
  ("Отчёт о самообследовании 2025"), its first section's card giving the full name, and a
  sentence stating the date it was drawn up as of ("по состоянию на 31 декабря 2024 года").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import save_pdf
from docx_build import build_named, centred_lines, grid_table, new_doc, para, save_deterministic

HERE = Path(__file__).parent


def build_945() -> None:
    doc = new_doc()
    centred_lines(doc, "Сведения о реализации программы «Здоровый дошкольник»", bold=True)
    centred_lines(doc, "в МБДОУ «Детский сад № 11 «Берёзка» за 2025 год", bold=True)
    para(doc, "")
    grid_table(doc, [
        ["№", "Мероприятие", "Срок", "Ответственный", "Отметка о выполнении"],
        ["1", "Утренняя гимнастика на свежем воздухе", "Ежедневно", "Воспитатели групп",
         "Выполнено"],
        ["2", "Спортивный праздник «Зимние забавы»", "Февраль 2025 г.",
         "Инструктор по физической культуре", "Выполнено"],
        ["3", "Консультации для родителей о закаливании", "Апрель 2025 г.",
         "Медицинская сестра", "Выполнено частично"],
        ["4", "Неделя здоровья «Малыши-крепыши»", "Октябрь 2025 г.", "Старший воспитатель",
         "Выполнено"],
    ], [1.0, 6.5, 3.0, 3.5, 3.0])
    save_deterministic(doc, HERE / "945_97a4a70114b02eee.docx")


def build_946() -> None:
    doc = new_doc()
    para(doc, "Отчёт о самообследовании 2025", bold=True, align="center")
    para(doc, "1. Общие сведения об образовательной организации", bold=True)
    para(doc, "Полное наименование: Муниципальное бюджетное общеобразовательное учреждение "
              "«Средняя школа № 4»")
    para(doc, "Сокращённое наименование: МБОУ «СШ № 4»")
    para(doc, "Отчёт составлен по состоянию на 31 декабря 2024 года рабочей группой, "
              "созданной приказом директора.")
    para(doc, "2. Система управления организацией", bold=True)
    para(doc, "Управление школой строится на принципах единоначалия и коллегиальности.")
    save_pdf(doc, HERE / "946_a4a603b8787749dd.pdf")


BUILDERS = {"945": build_945, "946": build_946}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
