"""Build the samples of the dev32 study's institution title pages (850_).

Run: .venv/bin/python samples/make_facts40c_samples.py [names…]
Each document is our own (invented towns, institutions, people and wording) and reproduces a
layout feature of real documents:
- 850 (docx): a house of children's creativity's development programme: its full name as the
  letterhead, a "СОГЛАСОВАНО" | "УТВЕРЖДАЮ" table, the bare plan noun "Программа развития" in
  bold and in normal case, its owner's legal name in the genitive with the years ("на
  2021-2025 г.г.") as a plain block of lines, a bold motto in quotes, the place and year, and a
  passport line giving the term by months without days.
- 851 (docx): a school's programme for gifted pupils: a quoted "«УТВЕРЖДАЮ»" grif as one
  paragraph whose position names the school by its short name and its town spelled out on the
  next line ("города Кедрового"), the programme's quoted name, the town and year.
- 852 (txt): a school's public report copied as text, its "ПРИНЯТ" / "УТВЕРЖДЕНО" grifs one
  line each: the approving order's requisites, the director's position closed by the school's
  bracketed profile and its town "г. Лесного" wrapped onto the next line, the report's title
  with its school year, a greeting and the report's purpose.
- 853 (txt): a kindergarten's order copied as text, one printed line a line: its item setting
  up a working group "в следующем составе:", the chair and the members each on a line ending in
  a name (a position before it, a label "Члены рабочей группы:" on the first), the next item,
  the control clause and the head's signature.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    build_named,
    centred_lines,
    grif_row,
    new_doc,
    para,
    save_deterministic,
    text_builders,
)

HERE = Path(__file__).parent


def build_850() -> None:
    doc = new_doc()
    centred_lines(doc, "Муниципальное бюджетное учреждение\nдополнительного образования\n"
                       "Заречный Дом детского творчества")
    grif_row(doc,
             ["СОГЛАСОВАНО:", "Начальник отдела образования", "администрации Ольховского района",
              "__________ В.П. Громова", "«___»________2021 г."],
             ["УТВЕРЖДАЮ:", "Директор", "__________ Л.С. Рябинина", "«___»________2021 г."])
    para(doc, "Программа развития", bold=True, align="center")
    centred_lines(doc, "Муниципального бюджетного учреждения\nдополнительного образования\n"
                       "Заречный Дом детского творчества\nна 2021-2025 г.г.")
    para(doc, "«Мастерская открытий»", bold=True, align="center")
    para(doc, "с. Лесное 2021", align="center")
    para(doc, "Паспорт программы", bold=True)
    para(doc, "Сроки реализации. С сентября 2021 г. по август 2025 г.")
    para(doc, "Исполнители программы. Педагогический коллектив Дома детского творчества.")
    save_deterministic(doc, HERE / "850_zarechny_creativity_house_programme_2021.docx")


def build_851() -> None:
    doc = new_doc()
    para(doc, "«УТВЕРЖДАЮ»\nДиректор МАОУ СОШ № 4\nгорода Кедрового\n"
              "______________Н.В. Ольхова", align="right")
    para(doc, "Программа\n«Читающая школа»", bold=True, align="center")
    para(doc, "на 2023-2026 годы", bold=True, align="center")
    para(doc, "Кедровый 2023", align="center")
    para(doc, "Программа помогает ученикам полюбить чтение и научиться понимать тексты.")
    save_deterministic(doc, HERE / "851_kedrovy_school4_reading_programme_2023.docx")


TXT_852 = (
    "ПРИНЯТ\n"
    "на Педагогическом совете\n"
    "Протокол от 02.07.2024 № 11\n"
    "\n"
    "УТВЕРЖДЕНО\n"
    "Приказом от 05.07.2024 № 318\n"
    "директор МБОУ СОШ (кадетская)\n"
    "г. Лесного\n"
    "Р.Т. Жаворонкова\n"
    "\n"
    "ПУБЛИЧНЫЙ ДОКЛАД\n"
    "муниципального бюджетного общеобразовательного учреждения\n"
    "средней общеобразовательной школы (кадетской) г. Лесного\n"
    "за 2023-2024 учебный год\n"
    "\n"
    "г. Лесной, 2024\n"
    "\n"
    "Уважаемые родители, педагоги и ученики!\n"
    "\n"
    "Вы читаете публичный доклад МБОУ СОШ (кадетская) г. Лесного о работе школы за год.\n"
)


TXT_853 = (
    "Муниципальное бюджетное дошкольное образовательное учреждение\n"
    "Сосновского района «Детский сад № 12 «Ромашка»\n"
    "ПРИКАЗ № 9\n"
    "20.01.2025\n"
    "О подготовке к празднику «Масленица»\n"
    "В целях подготовки и проведения праздника «Масленица» в детском саду\n"
    "ПРИКАЗЫВАЮ:\n"
    "1.Создать рабочую группу по подготовке праздника в следующем составе:\n"
    "Председатель рабочей группы: - старший воспитатель Клёнова И. П.\n"
    "Члены рабочей группы: воспитатель Ручейкова М. А.\n"
    "воспитатель Полянская О. В.\n"
    "музыкальный руководитель Звонарёва Н. С.\n"
    "2.Рабочей группе подготовить сценарий праздника до 10.02.2025.\n"
    "3.Контроль за исполнением приказа оставляю за собой.\n"
    "Заведующий Т.Е. Берёзкина\n"
)


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, {
        "852": ("852_lesnoy_cadet_school_public_report_2024.txt", TXT_852),
        "853": ("853_sosnovsky_kindergarten12_holiday_group_order_2025.txt", TXT_853),
    }),
    "850": build_850,
    "851": build_851,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
