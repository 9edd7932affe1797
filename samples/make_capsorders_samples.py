"""Build the samples of the capsorders study: orders, titles, periods and places as school sites
print them (854_–858_).

Run: .venv/bin/python samples/make_capsorders_samples.py [names…]
Each document is our own (invented towns, institutions, people and wording) and reproduces a
layout feature of real school and department pages:
- 854 (txt): a school's order copied from its site without a letterhead: the act's number, date
  and the school it is issued for on one capitals line ("ПРИКАЗ № … ОТ … Г. ПО МБОУ «… С. …»"),
  the subject in capitals under it, the preamble, the operative verb, items, the director.
- 855 (txt): a school's order on a news page under the district department's heading: the
  site's name, a breadcrumb, the rubric "Управление образования информирует", the post's date
  and heading, then the school's letterhead naming its town, the act's word, date and number,
  subject, items and the director.
- 856 (docx): a kindergarten's self-examination report's cover: a "ПРИНЯТ" | "УТВЕРЖДАЮ" grif
  table (the head's grif names the approving order, not the institution), the title in bold
  capitals over several lines running through the institution's full name in the genitive and
  its village to the year; the village and year of print, a sentence of the body.
- 857 (txt): a school site's file page: the site's section ("Документы"), the file's label with
  its extension as the only heading, naming a school year, the file's size, the plan's table.
- 858 (txt): a school's report of a патриотический месячник as its site's text export, one line
  a paragraph and no blank lines: the heading naming the school after "в", the opening sentence
  with the dates, sentences and a table of measures naming a region's anthem, a town's
  liberation day and a district's contest — none of them the document's places.
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

TXT_854 = (
    "ПРИКАЗ № 58-ОД ОТ 04.09.2023 Г. ПО МБОУ «СОШ № 3 С. ОЗЁРНОЕ»\n"
    "ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА ПО ШКОЛЕ\n"
    "В целях поддержания порядка в здании и на территории школы\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить график дежурства администрации и учителей (приложение № 1).\n"
    "2. Установить время дежурства учителей с 7.45 до 14.30.\n"
    "3. Классным руководителям 5-11 классов ознакомить обучающихся с обязанностями дежурного "
    "класса.\n"
    "4. Контроль за исполнением приказа оставляю за собой.\n"
    "Директор школы                          Н.Г. Камышева\n"
)

TXT_855 = (
    "Управление образования администрации Ольховского района\n"
    "Главная / Новости\n"
    "Управление образования информирует\n"
    "12.09.2023\n"
    "Приказ об организации горячего питания\n"
    "Муниципальное бюджетное общеобразовательное учреждение\n"
    "«Средняя общеобразовательная школа № 4» г. Кленовска\n"
    "ПРИКАЗ\n"
    "01.09.2023                                   № 146\n"
    "Об организации горячего питания обучающихся\n"
    "В целях сохранения и укрепления здоровья обучающихся\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Организовать горячее питание обучающихся 1-11 классов.\n"
    "2. Назначить ответственной за организацию питания социального педагога Вербину Л.Н.\n"
    "3. Контроль за исполнением приказа оставляю за собой.\n"
    "Директор                                 Т.Н. Рожкова\n"
)


def build_856() -> None:
    doc = new_doc()
    grif_row(doc,
             ["ПРИНЯТ", "на педагогическом совете", "протокол № 3 от 10.04.2024"],
             ["УТВЕРЖДАЮ", "Заведующий", "__________ Е.В. Тучкова", "Приказ от 17.04.2024 № 42"])
    centred_lines(doc, "ОТЧЁТ\nО РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nМУНИЦИПАЛЬНОГО БЮДЖЕТНОГО\n"
                       "ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ\n«ДЕТСКИЙ САД № 15 «ТЕРЕМОК»\n"
                       "СЕЛА ПЕТРОВСКОЕ\nЗА 2023 ГОД", bold=True)
    para(doc, "с. Петровское, 2024", align="center")
    para(doc, "Самообследование проведено рабочей группой детского сада по итогам 2023 года.")
    save_deterministic(doc, HERE / "856_5420e97383a24804.docx")


TXT_857 = (
    "Документы\n"
    "План работы с одарёнными детьми на 2023-2024 учебный год.pdf\n"
    "Размер: 312 КБ\n"
    "| № | Мероприятие | Срок | Ответственный |\n"
    "| 1 | Составление банка данных одарённых детей | Сентябрь | Заместитель директора по УВР |\n"
    "| 2 | Школьный этап всероссийской олимпиады школьников | Октябрь | Учителя-предметники |\n"
    "| 3 | Муниципальный этап олимпиады | Ноябрь - декабрь | Руководители ШМО |\n"
    "| 4 | Научно-практическая конференция «Первые шаги в науку» | Март | "
    "Заместитель директора по УВР |\n"
)

TXT_858 = (
    "Отчёт о проведении месячника патриотического воспитания в МБОУ «Сосновская СОШ»\n"
    "С 23 января по 23 февраля 2024 года в школе прошёл месячник патриотического воспитания.\n"
    "Месячник открылся торжественной линейкой, на которой прозвучал гимн Луговской области.\n"
    "| № | Мероприятие | Дата | Участники |\n"
    "| 1 | Классные часы «День освобождения города Лесногорска» | 25.01.2024 | 5-9 классы |\n"
    "| 2 | Конкурс чтецов «Строки, опалённые войной» | 08.02.2024 | 2-4 классы |\n"
    "| 3 | Военно-спортивная игра «Зарница» Ольховского района | 16.02.2024 | 6-8 классы |\n"
    "Команда школы заняла второе место в районной игре «Зарница».\n"
    "Месячник завершился концертом для ветеранов.\n"
)


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, {
        "854": ("854_b13f4d6d9a9c3805.txt", TXT_854),
        "855": ("855_d5a95c5484a48c74.txt", TXT_855),
        "857": ("857_ab2756638dfde751.txt", TXT_857),
        "858": ("858_fa9ead6c641555d6.txt", TXT_858),
    }),
    "856": build_856,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
