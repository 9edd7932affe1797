"""Build the samples of the kindergarten and school plans of the twelfth real-document study
(565_–567_).

Run: .venv/bin/python samples/make_facts14b_samples.py [names…]
Each document is our own (invented municipalities, kindergartens, schools, people and wording)
and reproduces a layout feature of real documents:
- 565 (txt): a kindergarten's summer plan as a site's text export runs it: the letterhead, the
  grif, the order's requisites written "Приказ№14§2от …" (a paragraph sign in the number), the
  title and the "Цель работы:" / "Задачи работы:" labels with their statements, all in one run
  of lines;
- 566 (docx): a kindergarten's calendar schedule: the grif in a two-column table whose
  approver's position wraps the kindergarten's short name onto a second line and whose name is
  signed after a slash, its surname wrapped under its initials ("____/Л.П." / "Кравцова/"); the
  capitals title broken after its two adjectives ("ГОДОВОЙ КАЛЕНДАРНЫЙ" / "УЧЕБНЫЙ ГРАФИК");
  "Основные задачи:" split by whom they concern ("С детьми:" / "1. …" / "С родителями:");
- 567 (docx): a primary school's annual plan: the approver's name glued to the signature's
  blank, its initials missing their second full stop ("________Е.А Лесникова"); the title's
  years followed by a bracketed note on the level of education in the same paragraph.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders
from real_b_common import add_table, new_doc, paragraphs, save_docx

HERE = Path(__file__).parent

TXT_565 = """Муниципальное бюджетное дошкольное образовательное учреждение
детский сад № 5 «Колосок»
Утверждаю: Заведующий МБДОУ д/с № 5 «Колосок» ____________ Н.С. Веретенникова
Приказ№14§2от 28.05.2024
План летней оздоровительной работы
на 2024 год
Цель работы:
Укрепление здоровья воспитанников и развитие их познавательного интереса в летние месяцы.
Задачи работы:
1. Обеспечить безопасность детей во время прогулок и игр на участке.
2. Проводить закаливающие процедуры с учетом возраста и здоровья детей.
"""

TEXTS = {
    "565": ("565_kolosok_dou5_summer_plan_2024.txt", TXT_565),
}

COUNCIL566 = "Принят на заседании\nпедагогического совета\nПротокол № 1 от « 30 » августа 2024 г."
GRIF566 = ("Утверждаю\nЗаведующий МДОАУ\n«ЦРР – д/с № 9» г. Заречного\n______________/Л.П.\n"
           "Кравцова/\nПр. № 12 от « 02 » сентября 2024 г.")


def build_566() -> None:
    doc = new_doc()
    add_table(doc, [[COUNCIL566, GRIF566]], widths=[8.0, 8.0])
    paragraphs(doc, [
        ("ГОДОВОЙ КАЛЕНДАРНЫЙ", "center", True),
        ("УЧЕБНЫЙ ГРАФИК", "center", True),
        ("на 2024-2025 учебный год", "center", True),
        ("Основные задачи:", None, True),
        ("С детьми:", None, False),
        ("1. Развивать у детей интерес к познанию окружающего мира.", None, False),
        ("С родителями:", None, False),
        ("1. Вовлекать семьи в жизнь детского сада.", None, False),
        ("Режим работы: пятидневная рабочая неделя.", None, False),
    ])
    save_docx(doc, "566_zarechny_dou9_calendar_schedule_2024.docx")


COUNCIL567 = "ПРИНЯТ\nрешением Педагогического совета\nпротокол от «_»____2024г. №____"
GRIF567 = ("УТВЕРЖДАЮ\nДиректор МАОУ Школы № 17\n____________________Е.А Лесникова\n"
           "приказ от «_»______2024г. №____")


def build_567() -> None:
    doc = new_doc()
    add_table(doc, [[COUNCIL567, GRIF567]], widths=[8.0, 8.0])
    paragraphs(doc, [
        ("ГОДОВОЙ ПЛАН РАБОТЫ\nНА 2024-2025 УЧЕБНЫЙ ГОД\n(начальное общее образование)",
         "center", True),
        ("СОДЕРЖАНИЕ", "center", True),
        ("Раздел 1. Информационная справка о школе", None, False),
    ])
    save_docx(doc, "567_school17_annual_plan_2024.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, TEXTS), "566": build_566, "567": build_567}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
