"""Build the samples of titles, periods and requisites of the seventh real-document study
(470_–477_).

Run: .venv/bin/python samples/make_facts7a_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools and wording) and reproduces a
layout feature of real documents:
- 470 (txt): a regional register's amending act — the site's heading line, then the letterhead
  with date, place and number on three lines (no "№"), the amended plan's years in brackets
  without "годы";
- 471 (txt): a legal site's page of an appendix — an amending act's subject as the page title,
  "Приложение № 3 / к Программе", the appendix's heading with its years in brackets, the
  table's unit "(проценты)" under it;
- 472 (txt): an appendix page whose only heading is "Паспорт" / "муниципальной программы …",
  the passport's name row in lower case;
- 473 (txt): a municipal task report whose one-line title stands in one block with its date
  line, the form's labels and "Часть 1";
- 474 (txt): a school site's page — the card's address row, a menu line "Программа развития
  гимназии" right above the programme's heading in capitals;
- 475 (docx): a school programme whose printed heading ends with its years over a passport
  whose name row has none; the approval cell is a bare "Приказ № … от …";
- 477 (docx): a page that opens with the passport's bold heading naming the programme and its
  years, the passport table right under it;
- 476 (txt): a programme's card whose title ends with the school's number and the bare years
  ("… ШКОЛА № 3 2024-2028").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    build_named,
    centred_lines,
    save_deterministic,
    set_base_font,
    set_page,
    text_builders,
)

HERE = Path(__file__).parent
Doc = docx.document.Document

TXT_470 = """Постановление Администрации Луговской области от 14.05.2018 № 412

О внесении изменений в План мероприятий «Доступная среда для жителей Луговской области (2016-2020)»



АДМИНИСТРАЦИЯ ЛУГОВСКОЙ ОБЛАСТИ



ПОСТАНОВЛЕНИЕ



14.05.2018

г. Ольховск

412



О внесении изменений в План мероприятий «Доступная среда для жителей Луговской области (2016-2020)»



Администрация области постановляет:

1. Внести в План мероприятий «Доступная среда для жителей Луговской области (2016-2020)», утвержденный постановлением администрации области от 20.01.2016 № 35, изменение, заменив в пункте 4 слова «до 40 процентов» словами «до 45 процентов».

2. Опубликовать настоящее постановление на официальном сайте администрации области.
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_471 = """Действующий

О внесении изменений в региональную программу «Чистая вода Луговской области»

Приложение № 3
к Программе


Показатели результативности первого этапа Программы
(2012-2015 годы)


(проценты)

Значения показателей приводятся по данным ежегодного мониторинга водопроводных сетей.
"""

TXT_472 = """Приложение N 1
к постановлению Администрации Ольховского района
от 12.03.2016 N 210

Паспорт
муниципальной программы Ольховского района «Цифровой район»

Наименование программы | муниципальная программа Ольховского района «Цифровой район» (далее - программа) |
Ответственный исполнитель программы | Администрация Ольховского района |
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_473 = """Отчет о выполнении муниципального задания за 2022 год
от «12» января 2023г.
Наименование муниципального учреждения
Муниципальное бюджетное общеобразовательное учреждение «Ольховская основная школа»
Часть 1. Сведения об оказываемых муниципальных услугах
Раздел 1
Уникальный номер реестровой записи
Значение показателя приведено в приложении к отчету.
"""

TXT_474 = """Муниципальное бюджетное общеобразовательное учреждение города Ольховска «Гимназия № 4»
Адрес: | 123456, г. Ольховск, ул. Садовая, д. 7 |
Год основания: | 1975 |
Программа развития гимназии
ПРОГРАММА РАЗВИТИЯ
муниципального бюджетного общеобразовательного
учреждения «Гимназия № 4»
ВВЕДЕНИЕ
Гимназия обновляет учебные лаборатории и расширяет работу с родителями.
"""

TXT_476 = """Программа развития МБОУ ШКОЛА № 3 2024-2028

Паспорт Программы развития

Полное наименование ОО | Муниципальное бюджетное общеобразовательное учреждение «Школа № 3» |
Основание для разработки | решение педагогического совета |
"""


def _row(doc: Doc, cells: tuple[str, ...]) -> None:
    table = doc.add_table(rows=1, cols=len(cells))
    for cell, text in zip(table.rows[0].cells, cells, strict=True):
        cell.text = text


def build_475() -> None:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    centred_lines(doc, "Муниципальное бюджетное общеобразовательное учреждение\n"
          "«Средняя школа № 8 г. Ольховки»", bold=True)
    _row(doc, ("Принята педагогическим советом\nПротокол № 2 от 10.01.2024",
               "Приказ № 12 от 15.01.2024"))
    centred_lines(doc, "ПРОГРАММА\nпо профилактике правонарушений среди обучающихся 5-9 классов\n"
          "«Мы вместе»\nна 2024-2027 гг", bold=True)
    centred_lines(doc, "ПАСПОРТ ПРОГРАММЫ", bold=True)
    _row(doc, ("Наименование Программы",
               "Программа по профилактике правонарушений «Мы вместе» (далее – Программа)"))
    save_deterministic(doc, HERE / "475_olkhovka_school8_prevention_programme_2024.docx")


def build_477() -> None:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    centred_lines(doc, "Паспорт программы развития МБДОУ д/с № 5 «Ромашка» на 2022-2025 годы",
          bold=True)
    _row(doc, ("Статус программы", "Локальный акт детского сада"))
    _row(doc, ("Исполнители программы", "Педагоги и специалисты детского сада"))
    save_deterministic(doc, HERE / "477_romashka_kindergarten_passport_2022.docx")


TEXTS = {
    "470": ("470_zarechnaya_access_amendment_2018.txt", TXT_470),
    "471": ("471_zarechnaya_water_indicators_2012.txt", TXT_471),
    "472": ("472_olkhovsky_open_city_passport_2016.txt", TXT_472),
    "473": ("473_olkhovskaya_school_mz_report_2022.txt", TXT_473),
    "474": ("474_gymnasium4_devprog.txt", TXT_474),
    "476": ("476_school3_devprog_card_2024.txt", TXT_476),
}


BUILDERS: dict[str, Callable[[], None]] = {
    "475": build_475, "477": build_477,
    **text_builders(HERE, TEXTS),
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
