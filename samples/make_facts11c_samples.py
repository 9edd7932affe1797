"""Build the samples of issuers, signatories and places of the tenth real-document study
(540_–544_).

Run: .venv/bin/python samples/make_facts11c_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools, people and wording) and
reproduces a layout feature of real documents:
- 540 (txt): a school's analytical note from a site's page: a parent body's line, then the
  school's letterhead joined into one long line in capitals with its short name in
  parentheses, its tax numbers, its address and an outgoing number; the note's heading under
  it;
- 541 (docx): a kindergarten's calendar plan whose heading goes on, in a paragraph of its
  own, naming the programme it rests on and its owner by the full legal form in the genitive,
  with the village and district after the name;
- 542 (docx): a kindergarten's calendar plan under a grif table: "ПРИНЯТО" beside
  "УТВЕРЖДЕНО / Заведующей / МАДОУ «… «…»» (quotes closed once) / ____ И.О. Фамилия", the
  head's position in an oblique case over two lines;
- 543 (txt): a school's programme whose letterhead stands under "Российская Федерация / the
  department", the school's legal form ending in a dash before its type, over an appendix
  stamp naming the approving order;
- 544 (docx): a school's order under a capitals letterhead naming the school's stanitsa
  by "СТ." and its district with a spaced hyphen ("ВЕРХНЕ- ОЛЬХОВСКОГО РАЙОНА").
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
    set_widths,
    text_builders,
)

HERE = Path(__file__).parent

TXT_540 = """КОМИТЕТ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЛУГОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА
МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ОЗЁРНАЯ СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА ИМЕНИ А.П. ГРОМОВА» (МБОУ «ОЗЁРНАЯ СОШ ИМЕНИ А.П. ГРОМОВА») ИНН/ КПП 1234567890/123401001 ОГРН 1021234567890 170500, Луговская область, Луговской муниципальный округ, пос. Озёрный, улица Школьная, д.3 Тел./факс 48200-1-23-45, е-mail: school@example.ru № 71 от 14.05.2025г. |

Аналитическая справка
о работе по профилактике детского дорожно-транспортного травматизма
в МБОУ «Озёрная СОШ имени А.П. Громова»
за 2024-2025 учебный год

В течение учебного года в школе работал отряд юных инспекторов движения.
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_543 = """Российская Федерация
Департамент образования
Администрации города Северогорска
Муниципальное автономное общеобразовательное учреждение −
гимназия № 12
Приложение
к ООП ООО МАОУ гимназии № 12
Приказ № 15-од от 29.08.2024

ПРОГРАММА РАЗВИТИЯ
МАОУ ГИМНАЗИИ № 12
на 2024-2028 годы

Северогорск, 2024

Пояснительная записка
Программа развития определяет стратегию развития гимназии на 2024-2028 годы.
"""


def build_542() -> None:
    doc = new_doc()
    table = grif_row(doc,
                     ["ПРИНЯТО", "на заседании педагогического", "совета",
                      "протокол от 25.08.2024 № 1"],
                     ["УТВЕРЖДЕНО", "Заведующей", "МАДОУ «Ольховский детский", "сад «Ручеёк»",
                      "_______________ Е.С. Лаптева"])
    set_widths(table, [8.0, 8.0])
    centred_lines(doc, "Календарный план воспитательной работы МАДОУ «Ольховский детский сад "
                       "«Ручеёк»\nна 2024-2025 учебный год", bold=True)
    para(doc, "Мероприятия проводятся воспитателями групп по плану.")
    save_deterministic(doc, HERE / "542_olkhovka_ruchejok_upbringing_calendar_2024.docx")


def build_541() -> None:
    doc = new_doc()
    centred_lines(doc, "Календарный план воспитательной работы\nна 2024-2025 учебный год",
                  bold=True)
    centred_lines(doc, "на основе рабочей программы воспитания\nмуниципального бюджетного "
                       "дошкольного образовательного\nучреждения «Детский сад № 3 «Рябинка»\n"
                       "с. Заречье Ольховского района Лесогорского края")
    para(doc, "с. Заречье, 2024 г.", align="center")
    para(doc, "Календарный план конкретизирует формы воспитательной работы с детьми всех "
              "возрастных групп.", align="justify")
    save_deterministic(doc, HERE / "541_zarechye_ryabinka_upbringing_calendar_2024.docx")


def build_544() -> None:
    doc = new_doc()
    centred_lines(doc, "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n"
                       "СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 4 СТ. КАМЫШОВОЙ\n"
                       "ВЕРХНЕ- ОЛЬХОВСКОГО РАЙОНА", bold=True)
    centred_lines(doc, "ПРИКАЗ", bold=True)
    para(doc, "от 05.09.2024\t\t\t\t№ 212")
    para(doc, "ст-ца Камышовая", align="center")
    centred_lines(doc, "О работе школьного спортивного клуба\nв 2024-2025 учебном году",
                  bold=True)
    para(doc, "В целях развития физической культуры и спорта среди обучающихся "
              "п р и к а з ы в а ю:", align="justify")
    para(doc, "1. Утвердить состав совета школьного спортивного клуба.")
    save_deterministic(doc, HERE / "544_kamyshovaya_school4_sport_club_order_2024.docx")


TEXTS = {
    "540": ("540_ozerny_school_road_safety_note_2025.txt", TXT_540),
    "543": ("543_severogorsk_gymnasium12_devprog_2024.txt", TXT_543),
}

BUILDERS: dict[str, Callable[[], None]] = {
    "541": build_541,
    "542": build_542,
    "544": build_544,
    **text_builders(HERE, TEXTS),
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
