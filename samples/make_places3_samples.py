"""Build the samples of the places3 task (658, 659, 662): places and periods as documents print
them, written in our own words for invented places.

- 658 (txt): a city district's education department orders a plan; its letterhead opens with
  the republic on a line of its own in capitals, in one paragraph with the body's name. The
  district ("Ленинского района города Заречнска") is the city's own, no municipality: the city
  is; the republic is the region.
- 659 (docx): a school programme of a national district ("Кедровского немецкого национального
  района"); its passport's term is broken over two table rows ("2021 –" / "2025 годы"), its
  address names the region.
- 662 (txt): a kindergarten's plan in a city named with a connector, printed with a line break
  and spaced dashes at its hyphens in its letterhead's address ("г. Сосновск –" / "на – Амуре").
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx_build import (
    build_named,
    new_doc,
    para,
    save_deterministic,
    set_cell_lines,
    set_widths,
    text_builders,
)

HERE = Path(__file__).parent

TXT_658 = (
    "РЕСПУБЛИКА ЛЕСНОГОРИЯ\n"
    "Управление образования администрации Ленинского района города Заречнска\n"
    "\n"
    "ПРИКАЗ\n"
    "\n"
    "12.03.2020                                                    № 45\n"
    "\n"
    "Об утверждении плана мероприятий по профилактике детского травматизма на 2020 год\n"
    "\n"
    "В целях снижения детского травматизма в школах района ПРИКАЗЫВАЮ:\n"
    "1. Утвердить план мероприятий по профилактике детского травматизма на 2020 год.\n"
    "2. Контроль за исполнением приказа оставляю за собой.\n"
    "\n"
    "Начальник управления                                   И.И. Петров\n"
)

TXT_662 = (
    "Муниципальное бюджетное дошкольное образовательное учреждение\n"
    "«Детский сад № 3»\n"
    "682000, г. Сосновск –\n"
    "на – Амуре, ул. Лесная, д. 5\n"
    "\n"
    "ПЛАН РАБОТЫ С РОДИТЕЛЯМИ\n"
    "на 2023-2024 учебный год\n"
    "\n"
    "Детский сад работает с семьями воспитанников весь учебный год.\n"
)


def build_659() -> None:
    doc = new_doc()
    para(doc, "Муниципальное бюджетное общеобразовательное учреждение «Ольховская средняя "
              "общеобразовательная школа» Кедровского немецкого национального района",
         align="center")
    para(doc, "ПРОГРАММА РАЗВИТИЯ", bold=True, align="center")
    para(doc, "МБОУ «Ольховская СОШ»", bold=True, align="center")
    para(doc, "Паспорт программы", bold=True, align="center")
    rows = [
        ("Наименование программы", "Программа развития МБОУ «Ольховская СОШ»"),
        ("Сроки реализации программы", "2021 –"),
        ("", "2025 годы"),
        ("Адрес школы", "646100, Лесногорская область, Кедровский немецкий национальный "
                        "район, с. Ольховка, ул. Школьная, д. 1"),
        ("Цель программы", "Школа, где каждый ученик учится в полную силу"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), [text])
    set_widths(table, (6.0, 11.0))
    save_deterministic(doc, HERE / "659_kedrovsky_national_district_school_programme_2021.docx")


BUILDERS = {
    **text_builders(HERE, {
        "658": ("658_zarechnsk_city_district_order_2020.txt", TXT_658),
        "662": ("662_sosnovsk_na_amure_dou3_parents_plan_2023.txt", TXT_662),
    }),
    "659": build_659,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
