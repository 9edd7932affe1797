"""Build the samples of task facts49c (513–516): institutions' reports and plans as schools'
and centres' sites and document mirrors give them.

Run: .venv/bin/python samples/make_facts49c_samples.py [names…]
Each document is our own (invented municipality, institution, people and wording):
- 513 (docx): a centre's self-examination report; the owner's name in nested quotes closed by
  one quote before "за 2024 год", a bold "Аналитическая часть" under the title; the address
  names a town of a soft-stem adjective and a noun ("город Верхняя Сосновка").
- 514 (docx): a school's plan of introducing a standard; "Цели:" with the first goal on its
  line, the other goals as plain paragraphs, a section heading, then the activities table.
- 515 (txt): a school site's page: grif with the director's order, the school's name, the
  plan's title in capitals and its year alone on the next line.
- 516 (txt): a document mirror's page: the title glued to the source's address and a dotted
  date, "Upload / View" counters, "Embed Size (px)", "Citation preview", "Page 1:" headers, the
  cover's lines each a paragraph ("ОТЧЁТ" / "О РЕЗУЛЬТАТАХ …" / owner / year).
"""

from __future__ import annotations

import sys
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


def build_513() -> None:
    doc = new_doc()
    centred_lines(doc, "Муниципальное автономное учреждение\nдополнительного образования\n"
                       "«Центр детского творчества «Радуга»")
    grif_row(doc,
             ["ПРИНЯТ:", "Педагогическим советом", "МАУ ДО «ЦДТ «Радуга»",
              "протокол № 3 от 10.04.2025 г."],
             ["Директор МАУ ДО «ЦДТ «Радуга»", "О.П. Смолина", "10.04.2025 г."])
    centred_lines(doc, "Отчет о результатах самообследования\nмуниципального автономного "
                       "учреждения дополнительного образования\n«Центр детского творчества "
                       "«Радуга» за 2024 год", bold=True)
    para(doc, "Аналитическая часть", bold=True, align="center")
    para(doc, "I. Общие сведения об учреждении", bold=True)
    rows = [
        ("Полное наименование", "Муниципальное автономное учреждение дополнительного "
         "образования «Центр детского творчества «Радуга» (МАУ ДО «ЦДТ «Радуга»)"),
        ("Руководитель", "Смолина Ольга Петровна"),
        ("Адрес", "623500, Луговская область, город Верхняя Сосновка, улица Речная, дом 12"),
        ("Учредитель", "Управление образования городского округа Верхняя Сосновка"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for r, (label, value) in enumerate(rows):
        table.rows[r].cells[0].text = label
        table.rows[r].cells[1].text = value
    para(doc, "Центр занимает отдельное двухэтажное здание в центральной части города.")
    save_deterministic(doc, HERE / "513_verkhnyaya_sosnovka_cdt_selfexam_2024.docx")


def build_514() -> None:
    doc = new_doc()
    para(doc, "Утверждаю\nДиректор МОУ «Школа № 5 посёлка Лесной»\n"
              "________________ Н.С. Горюнова\n«____» __________ 20___г.", align="right")
    centred_lines(doc, "План работы по введению\nобновлённого федерального стандарта "
                       "основного общего образования\nМОУ «Школа № 5 посёлка Лесной» на "
                       "2025-2026 учебный год", bold=True)
    para(doc, "Цели: Обновление содержания основного общего образования в школе.")
    para(doc, "Создание кадровых и методических условий для работы по новому стандарту.")
    para(doc, "Методическая поддержка учителей основной школы в соответствии с требованиями "
              "стандарта.")
    para(doc, "1. Нормативное обеспечение введения стандарта", bold=True)
    table = doc.add_table(rows=3, cols=4)
    for c, text in enumerate(("Мероприятия", "Срок", "Ожидаемый результат", "Ответственные")):
        table.rows[0].cells[c].text = text
    rows = [
        ("Издание приказа о создании рабочей группы по введению стандарта",
         "Август 2025", "Приказ по школе", "Заместитель директора по УВР Котова А.Н."),
        ("Корректировка основной образовательной программы школы",
         "Сентябрь 2025", "Программа на сайте школы", "Рабочая группа"),
    ]
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text
    save_deterministic(doc, HERE / "514_lesnoy_school5_standard_plan_2025.docx")


_515 = """ВШК
Скачать:
Вложение | Размер |
---|---|
plan_vshk_2025.docx | 41.2 КБ |
Предварительный просмотр:
Согласовано:
Педагогический совет
Протокол № 1 от 28.08.2024
УТВЕРЖДАЮ:
Директор МБОУ «Кедровская СОШ»
______________ Зуева Т.М.
Приказ № 57/2 от 28.08.2024
Муниципальное бюджетное общеобразовательное учреждение
«Кедровская средняя общеобразовательная школа»
ПЛАН ВНУТРИШКОЛЬНОГО КОНТРОЛЯ
2025 год
"""

_ADDRESS = "lyceum3-zarechny.example.ru/docs/otchet_2024.pdf · 2025. 4. 14. · Самообследование"
# the mirror's preview: the cover's lines run into one line
_GLUED = " ".join([
    "Рассмотрен на заседании педагогического совета МОБУ «Лицей № 3 г. Заречного»",
    "Протокол № 4 от 14.04.20 25 г. ОТЧЁТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ",
    "муниципального общеобразовательного бюджетного учреждения «Лицей № 3 г. Заречного»",
    "за 2024 год Заречный, 2025 год СОДЕРЖАНИЕ"])
_516 = f"""37
{_GLUED}

ОТЧЁТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ{_ADDRESS}

  • Upload
    others

  • View
    3

Embed Size (px)

Citation preview

Page 1: ОТЧЁТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ{_ADDRESS}

Рассмотрен на заседании

педагогического совета

МОБУ «Лицей № 3 г. Заречного»

Протокол № 4 от 14.04.20 25 г.

ОТЧЁТ

О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ

муниципального общеобразовательного

бюджетного учреждения

«Лицей № 3 г. Заречного»

за 2024 год

Заречный, 2025 год

СОДЕРЖАНИЕ

Page 2: ОТЧЁТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ{_ADDRESS}

2

I. АНАЛИТИЧЕСКАЯ ЧАСТЬ. 1

1. Общие сведения о лицее. 2

2. Оценка системы управления. 4
"""

BUILDERS = {"513": build_513, "514": build_514, **text_builders(HERE, {
    "515": ("515_kedrovaya_school_control_plan_2025.txt", _515),
    "516": ("516_zarechny_lyceum3_selfexam_mirror_2024.txt", _516),
})}

if __name__ == "__main__":
    sys.exit(build_named(BUILDERS, sys.argv[1:]))
