"""Build the samples of the facts65 study's municipal acts approving education programmes
(886_, 889_).

Run: .venv/bin/python samples/make_facts65_samples.py
The documents are our own (invented district, people and wording) and reproduce layout features
of real district sites' pages: an act printed without its requisites, its subject set as three
paragraphs (the programme's quoted name and its years each a paragraph), a preamble closing on
a body named without its place ("… администрация района") and the operative verb as a paragraph
of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import new_doc, para, save_deterministic, set_cell_lines, set_widths

HERE = Path(__file__).parent


def build_886(path: Path) -> None:
    doc = new_doc()
    para(doc, "Об утверждении муниципальной программы", bold=True)
    para(doc, "\"Развитие школьного спорта", bold=True)
    para(doc, "на 2025 – 2027 годы\"", bold=True)
    para(doc, "В соответствии с Бюджетным кодексом Российской Федерации, постановлением "
              "администрации района о порядке разработки муниципальных программ Ольшанского "
              "района, в целях вовлечения школьников Ольшанского района в занятия физической "
              "культурой администрация района")
    para(doc, "ПОСТАНОВЛЯЕТ:", bold=True)
    para(doc, "Утвердить прилагаемую муниципальную программу «Развитие школьного спорта на "
              "2025 – 2027 годы».")
    para(doc, "Отделу образования администрации района обеспечить исполнение программы.")
    para(doc, "Контроль за исполнением постановления возложить на заместителя главы "
              "администрации района.")
    save_deterministic(doc, path)


_PASSPORT = (
    ("Наименование Программы", "\"Школьная мастерская\" на учебный 2015 - 2016 год"),
    ("Заказчик-координатор Программы", "Администрация района"),
    ("Разработчики Программы", "Отдел образования администрации района Отдел культуры и "
     "молодежной политики администрации района МБУ \"Районный дом творчества\""),
    ("Цели и задачи Программы", "Развитие технического творчества школьников; оснащение "
     "школьных мастерских станками и инструментом; обучение учителей технологии работе на "
     "новом оборудовании."),
)
_MEASURES = (
    ("Мероприятия", "Стоимость, тыс. руб.", "Сроки", "Ответственные"),
    ("1. Приобретение токарных станков", "420,0", "II - III кв.", "руководители ОУ"),
    ("2. Приобретение ручного инструмента", "95,0", "IV кв.", "руководители ОУ"),
    ("3. Курсы для учителей технологии", "60,0\n40,0", "IV кв.\nI кв.",
     "заведующие МБДОУ\nруководители МБОУ СОШ"),
    ("4. Приобретение расходных материалов", "55,0", "I кв.", "руководители ОУ"),
    ("Итого:", "670,0", "", ""),
)


def build_889(path: Path) -> None:
    doc = new_doc()
    para(doc, "Приложение к Постановлению от 12.10.2015 г № 512 Программа")
    para(doc, "Районная целевая программа «Школьная мастерская» на учебный 2015 — 2016 год")
    passport = doc.add_table(rows=len(_PASSPORT), cols=2)
    passport.style = "Table Grid"
    for r, row in enumerate(_PASSPORT):
        for c, text in enumerate(row):
            set_cell_lines(passport.cell(r, c), [text])
    set_widths(passport, (5.0, 11.0))
    para(doc, "Мероприятия программы")
    table = doc.add_table(rows=len(_MEASURES), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(_MEASURES):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), text.split("\n"))
    set_widths(table, (6.0, 3.0, 3.0, 4.0))
    save_deterministic(doc, path)


if __name__ == "__main__":
    build_886(HERE / "886_71c80eab81330d4a.docx")
    build_889(HERE / "889_14854a3c93ef6e15.docx")
