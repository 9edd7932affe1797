"""Build the samples of titles, kinds and periods of the sixth real-document study (450_–457_).

Run: .venv/bin/python samples/make_facts6a_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools, people and wording) and
reproduces a layout feature of real documents:
- 450 (docx): a kindergarten's development programme — a bold "ПРОГРАММА РАЗВИТИЯ" paragraph,
  then the owner's long name as the next bold paragraph ending "с 2023 года по 2027 год", the
  village and year under it;
- 451 (docx): a head's grif, then the title page with the owner's name over several bold
  lines, the town in the genitive on a line of its own before "на 2024 - 2028 гг.", the town
  in the nominative under it;
- 452 (txt): a legal site's appendix whose passport name cell ends "(далее - Программа) |" and
  whose next row's label has an empty value;
- 453 (txt): a register's page whose line runs the programme's name into "паспорт" and the
  same name again;
- 454 (txt): a legal site's appendix whose heading has the "(утв. постановлением … от … N …)"
  note under it;
- 455 (txt): an amending act's page that starts at its operative preamble, an item "Раздел 2
  … изложить в следующей редакции:" and the financing table it brings;
- 456 (txt): a regional government's act from a register whose text layer glued words
  ("межмуниципальнойпрограммы", "реализациимежмуниципальной"), the programme's heading
  under the approval stamp;
- 457 (txt): an education department's order approving a school's municipal task, then the
  task's own heading in capitals.
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


def _new() -> Doc:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    return doc


def build_450() -> None:
    doc = _new()
    centred_lines(doc, "ПРОГРАММА РАЗВИТИЯ", bold=True)
    centred_lines(doc, "Структурного подразделения муниципального бюджетного общеобразовательного\n"
          "учреждения «Берёзовская средняя школа» Лесного района Краснодольской\n"
          "области – детский сад «Колокольчик» села Берёзовка Лесного района\n"
          "Краснодольской области\nс 2023 года по 2027 год", bold=True)
    centred_lines(doc, "с. Берёзовка\n2023 г.")
    centred_lines(doc, "Пояснительная записка", bold=True)
    centred_lines(doc, "Программа определяет, как детский сад будет обновлять развивающую среду и "
          "работать с семьями воспитанников в ближайшие пять лет.")
    save_deterministic(doc, HERE / "450_berezovka_kindergarten_devprog_2023.docx")


def build_451() -> None:
    doc = _new()
    for line in ("УТВЕРЖДАЮ", "Заведующий МБДОУ д/с «Рябинка»",
                 "__________ О.В. Синицына", "Приказ № 41 от 30.08.2024"):
        centred_lines(doc, line)
    centred_lines(doc, "ПРОГРАММА РАЗВИТИЯ", bold=True)
    centred_lines(doc, "муниципального бюджетного дошкольного образовательного", bold=True)
    centred_lines(doc, "учреждения «Детский сад «Рябинка»", bold=True)
    centred_lines(doc, "г. Заречного", bold=True)
    centred_lines(doc, "на 2024 - 2028 гг.", bold=True)
    centred_lines(doc, "г. Заречный")
    centred_lines(doc, "Пояснительная записка", bold=True)
    centred_lines(doc, "Программа развития детского сада «Рябинка» описывает шаги по обновлению "
          "образовательной среды.")
    save_deterministic(doc, HERE / "451_zarechny_kindergarten_devprog_2024.docx")


TXT_452 = """Откройте полную версию документа на сайте правовой системы
Приложение
к постановлению
администрации
муниципального образования -
городской округ город Верхнеречье
от 16.02.2021 N 95
Муниципальная программа
"Здоровье жителей городского округа город Верхнеречье"
Паспорт программы
Наименование программы |
Муниципальная программа "Здоровье жителей городского округа город Верхнеречье" (далее - Программа) |
Дата принятия решения о разработке Программы |
|
Заказчик Программы: |
Администрация муниципального образования - городской округ город Верхнеречье |
"""

TXT_453 = """Приложение к Постановлению от 11.04.2015 г № 77 Программа

Долгосрочная целевая программа «Чистая вода города Заозёрска на 2016-2018 годы» паспорт долгосрочной целевой программы «Чистая вода города Заозёрска на 2016-2018 годы»

Обоснование программы: в городе Заозёрске изношено больше половины водопроводных сетей.
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_454 = """Приложение
к постановлению администрации Ольховского района
от 3 марта 2019 г. N 210
Муниципальная программа Ольховского района "Доступная среда"
(утв. постановлением администрации Ольховского района от 3 марта 2019 г. N 210)
Паспорт
муниципальной программы Ольховского района "Доступная среда"
1. Общая характеристика сферы реализации программы
"""

TXT_455 = """Руководствуясь Уставом муниципального образования Сосновский район, постановляю:
1. Внести в муниципальную программу "Старшее поколение Сосновского района на 2020 - 2025 годы", утвержденную постановлением от 01.11.2019 N 512, следующие изменения:
1.1. Раздел 2 "Ресурсное обеспечение программы" изложить в следующей редакции:
2. Ресурсное обеспечение программы
Наименование подпрограммы |
Объем финансирования, тыс. руб. |
|||
всего |
2020 |
2021 |
2022 |
Подпрограмма "Активное долголетие на 2020 - 2025 гг." | ||||
Всего по подпрограмме |
520,0 |
170,0 |
170,0 |
180,0 |
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_456 = """ПРАВИТЕЛЬСТВО
АРХАНГЕЛЬСКОЙ ОБЛАСТИ
ПОСТАНОВЛЕНИЕ
от 14.03.2019 № 118-ПП
Архангельск
Об утверждении межмуниципальнойпрограммы Архангельской области "Туризм без границ"
В соответствии с законом Архангельской области о туризме Правительство Архангельской области постановляет:
утвердить прилагаемую межмуниципальную программу Архангельской области "Туризм без границ".
УТВЕРЖДЕНА
постановлением
Правительства Архангельской области
от 14.03.2019 № 118-ПП
Межмуниципальная программа Архангельской области
"Туризм без границ"
Срок реализациимежмуниципальной программы 2019-2021 годы.
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_457 = """УПРАВЛЕНИЕ ОБРАЗОВАНИЯ
АДМИНИСТРАЦИИ ГОРОДА ОЗЁРСКА

ПРИКАЗ

от 27.12.2023 № 310

Об утверждении муниципального задания МБОУ СОШ № 4 на 2024 год

В соответствии с порядком формирования муниципального задания
ПРИКАЗЫВАЮ:
1. Утвердить муниципальное задание № 12 на 2024 год МБОУ СОШ № 4 согласно приложению.
2. Контроль за исполнением приказа оставляю за собой.

Приложение к приказу
Управления образования
от 27.12.2023 № 310
МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 12
на 2024 год
Часть 1. Сведения об оказываемых муниципальных услугах
"""

TEXTS = {
    "452": ("452_verkhnerechye_health_passport_2021.txt", TXT_452),
    "453": ("453_zaozerny_water_passport_2015.txt", TXT_453),
    "454": ("454_olkhovsky_access_programme_2019.txt", TXT_454),
    "455": ("455_sosnovsky_elderly_amendment_2021.txt", TXT_455),
    "456": ("456_arkhangelsk_tourism_programme_2019.txt", TXT_456),
    "457": ("457_ozersk_school4_mz_order_2023.txt", TXT_457),
}


BUILDERS: dict[str, Callable[[], None]] = {
    "450": build_450, "451": build_451,
    **text_builders(HERE, TEXTS),
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
