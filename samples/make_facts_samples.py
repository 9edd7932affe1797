"""Build the samples of document facts as real acts print them (381_ … 386_).

Run: .venv/bin/python samples/make_facts_samples.py [--no-pdf]
Each document is our own (invented region, municipalities, bodies, people and wording) and
reproduces how real orders, постановления and распоряжения print their facts:
- 381 (txt): a legal site's text export of a regional распоряжение — the site's heading, the
  act's word glued to its date, a note of a later amendment, an approval stamp, the approved
  "Комплекс мер" with year-less and relative deadlines, responsibles split at "/" and "и";
- 382 (docx): a district's постановление approving a programme — a letterhead, date, place and
  number in a borderless table, the operative sentence, a stacked signature, the approval stamp,
  the programme's title over three bold lines, its passport and indicator table;
- 383 (docx, pdf): a school plan — "УТВЕРЖДАЮ / ДИРЕКТОР ГИМНАЗИИ / NAME" with a blank-filled
  stamp, a title in capitals over three lines, a school-year period and deadlines written
  without years (halves, month lists, relative spans), a person with a position;
- 384 (txt): an indicator appendix of a programme under two stacked stamps (an amending act's
  and the original one in quotes), the period only in the indicator table's year columns;
- 385 (docx): a roadmap appended to an order, its stamp over four lines, a title over two bold
  lines, deadlines naming one month in several years and halves of a school year;
- 386 (pdf): a district's распоряжение without "от" before its date, the plan appended, names
  broken at a hyphen in a narrow column, words broken across lines.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import save_deterministic, set_base_font, set_cell_lines, set_page, set_widths
from make_renderings import find_soffice, render_pdf, render_scratch_pdf

HERE = Path(__file__).parent
Doc = docx.document.Document

# ---------------------------------------------------------------------------------- 381 (txt)

TXT_381 = """Распоряжение Правительства Верхнекамской области от 14.03.2022 № 118-рп
"Об утверждении комплекса мер (дорожной карты) по развитию школьных библиотек в Верхнекамской области на 2022 - 2024 годы"

ПРАВИТЕЛЬСТВО ВЕРХНЕКАМСКОЙ ОБЛАСТИ
РАСПОРЯЖЕНИЕот 14 марта 2022 г. № 118-рп г. Камскоград

(в ред. распоряжения Правительства Верхнекамской области от 20.12.2022 № 640-рп)

В целях обновления фондов и пространства школьных библиотек области:
1. Утвердить прилагаемый комплекс мер (дорожную карту) по развитию школьных библиотек в Верхнекамской области на 2022 - 2024 годы.
2. Контроль за исполнением настоящего распоряжения возложить на министра образования области.

Председатель Правительства области                         Н.И. Громов

УТВЕРЖДЕН
распоряжением Правительства
Верхнекамской области
от 14 марта 2022 г. N 118-рп

Комплекс мер (дорожная карта)
по развитию школьных библиотек в Верхнекамской области на 2022 - 2024 годы

№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственный исполнитель
\t1. Нормативное обеспечение\t\t
1.1.\tПодготовка порядка обновления библиотечных фондов общеобразовательных организаций\tдо 1 мая 2022 г.\tминистерство образования Верхнекамской области
1.2.\tУтверждение муниципальных планов модернизации школьных библиотек\tIV квартал 2022 г.\tорганы местного самоуправления / руководители общеобразовательных организаций
\t2. Обновление инфраструктуры\t\t
2.1.\tЗакупка учебной и художественной литературы для школьных библиотек\tежегодно, сентябрь\tминистерство образования Верхнекамской области и ГАУ ДПО «Институт развития образования»
2.2.\tПереоснащение читальных залов школьных библиотек\t2022 - 2023 годы\tорганы местного самоуправления
2.3.\tНастройка электронных каталогов библиотек\tв течение месяца после поставки оборудования\tГАУ ДПО «Институт развития образования»
\t3. Кадровое обеспечение\t\t
3.1.\tПовышение квалификации педагогов-библиотекарей\t1 раз в 3 года\tГАУ ДПО «Институт развития образования»
3.2.\tРегиональный конкурс «Библиотека года»\tмарт, апрель - май, июнь 2023 г.\tминистерство образования Верхнекамской области
"""  # noqa: E501 (document lines are as long as the document has them)

# --------------------------------------------------------------------------------- 382 (docx)

ORDER_382 = [
    "В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской "
    "Федерации», порядком разработки муниципальных программ, утверждённым постановлением "
    "администрации района от 01.10.2013 № 812, администрация Синеборского муниципального района "
    "постановляет:",
    "1. Утвердить муниципальную программу «Развитие образования в Синеборском районе» на "
    "2024-2028 годы (прилагается).",
    "2. Контроль за исполнением постановления возложить на заместителя главы администрации "
    "по социальным вопросам.",
]
TITLE_382 = ["Муниципальная программа", "«Развитие образования в Синеборском районе»",
             "на 2024-2028 годы"]
PASSPORT_382 = [
    ("Наименование программы", "Муниципальная программа «Развитие образования в Синеборском "
     "районе» на 2024-2028 годы"),
    ("Ответственный исполнитель программы", "Управление образования администрации Синеборского "
     "муниципального района"),
    ("Цель программы", "Обеспечение доступности качественного образования для детей "
     "Синеборского района."),
    ("Задачи программы", "1) обновление материальной базы школ;\n2) развитие кадрового "
     "потенциала системы образования."),
    ("Сроки реализации программы", "2024 - 2028 годы"),
]
INDICATORS_382 = [
    ("1.", "Доля школ, оснащённых современным оборудованием", "%",
     ["40", "55", "70", "85", "100"]),
    ("2.", "Доля педагогов, прошедших повышение квалификации", "%",
     ["35", "45", "55", "65", "75"]),
    ("3.", "Число детей в очереди в детские сады", "чел.", ["120", "90", "60", "30", "0"]),
]


def _para(doc: Doc, text: str, bold: bool = False, align: str = "left") -> None:
    p = doc.add_paragraph()
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT,
                   "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    p.add_run(text).bold = bold or None


def _grid(doc: Doc, rows: list[list[str]], widths: list[float], bold_rows: int = 1,
          style: str | None = "Table Grid") -> None:
    table = doc.add_table(rows=len(rows), cols=len(widths))
    if style:
        table.style = style
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), text.split("\n"), bold=r < bold_rows)
    set_widths(table, widths)


def build_382(path: Path) -> None:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    for line in ("АДМИНИСТРАЦИЯ СИНЕБОРСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "ВЕРХНЕКАМСКОЙ ОБЛАСТИ",
                 "ПОСТАНОВЛЕНИЕ"):
        _para(doc, line, bold=True, align="center")
    _grid(doc, [["от 12.02.2024", "с. Синебор", "№ 57"]], [5.5, 5.5, 5.5], bold_rows=0,
          style=None)
    _para(doc, "Об утверждении муниципальной программы «Развитие образования в Синеборском "
          "районе» на 2024-2028 годы", bold=True, align="center")
    for text in ORDER_382:
        _para(doc, text, align="justify")
    for line in ("Глава администрации", "Синеборского муниципального района", "В.Г. Орлов"):
        _para(doc, line)
    for line in ("УТВЕРЖДЕНА", "постановлением администрации",
                 "Синеборского муниципального района", "от 12.02.2024 № 57"):
        _para(doc, line, align="right")
    for line in TITLE_382:
        _para(doc, line, bold=True, align="center")
    _para(doc, "ПАСПОРТ муниципальной программы", bold=True, align="center")
    _grid(doc, [list(r) for r in PASSPORT_382], [5.5, 11.0], bold_rows=0)
    _para(doc, "Целевые показатели муниципальной программы", bold=True, align="center")
    header = ["№ п/п", "Наименование показателя", "Ед. изм.", "2024 год", "2025 год",
              "2026 год", "2027 год", "2028 год"]
    rows = [header] + [[n, name, unit, *values] for n, name, unit, values in INDICATORS_382]
    _grid(doc, rows, [1.0, 6.0, 1.5, 1.6, 1.6, 1.6, 1.6, 1.6])
    save_deterministic(doc, path)


# --------------------------------------------------------------------------- 383 (docx, pdf)

PLAN_383 = [
    ("1.", "Информирование родителей о порядке проведения итоговой аттестации",
     "сентябрь, октябрь - ноябрь, декабрь", "Иванова Е.А., заместитель директора по УВР"),
    ("2.", "Пробные экзамены по обязательным предметам", "I полугодие",
     "руководители ШМО / классные руководители"),
    ("3.", "Повторные пробные экзамены по предметам по выбору", "II полугодие",
     "учителя-предметники и классные руководители"),
    ("4.", "Анализ результатов пробных экзаменов", "в течение месяца",
     "Иванова Е.А., заместитель директора по УВР"),
    ("5.", "Консультации для выпускников", "в период каникул", "учителя-предметники"),
    ("6.", "Психологическое сопровождение выпускников", "сентябрь 2023, далее постоянно",
     "педагог-психолог"),
    ("7.", "Инструктаж выпускников о правилах поведения на экзамене",
     "за 10 дней до пробного экзамена", "классные руководители"),
    ("8.", "Итоговое собрание с родителями выпускников", "май",
     "Иванова Е.А., заместитель директора по УВР"),
]


def build_383(path: Path) -> None:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    for line in ("УТВЕРЖДАЮ", "ДИРЕКТОР ГИМНАЗИИ", "А.Б.СОКОЛОВА",
                 "Приказ от « 29»______08____2023 г. № 164-о"):
        _para(doc, line, align="right")
    for line in ("ПЛАН МЕРОПРИЯТИЙ", "ПО ПОДГОТОВКЕ К ГОСУДАРСТВЕННОЙ ИТОГОВОЙ АТТЕСТАЦИИ",
                 "НА 2023/2024 УЧЕБНЫЙ ГОД"):
        _para(doc, line, bold=True, align="center")
    rows = [["№ п/п", "Мероприятие", "Срок", "Ответственные"]] + [list(r) for r in PLAN_383]
    _grid(doc, rows, [1.2, 7.0, 4.0, 4.5])
    save_deterministic(doc, path)


# ---------------------------------------------------------------------------------- 384 (txt)

TXT_384 = """Приложение
к постановлению администрации
Кедровск-Камского городского округа
от 18.11.2021 № 1302

"Приложение N 2
к постановлению администрации
Кедровск-Камского городского округа
от 25.01.2019 № 77

Целевые показатели муниципальной программы «Развитие образования в г. Кедровск-Камский»

№ п/п\tНаименование показателя\tЕдиница измерения\t2019 год\t2020 год\t2021 год\t2022 год\t2023 год
1.\tДоля выпускников, получивших аттестат о среднем общем образовании\t%\t97,5\t98,0\t98,5\t99,0\t99,5
2.\tЧисло детей, охваченных дополнительным образованием\tчел.\t4200\t4350\t4500\t4650\t4800
3.\tКоличество школ, работающих в одну смену\tед.\t9\t10\t11\t12\t14
"""  # noqa: E501 (document lines are as long as the document has them)

# --------------------------------------------------------------------------------- 385 (docx)

PLAN_385 = [
    ("1. Организационное обеспечение", [
        ("1.1.", "Создание муниципальной рабочей группы по функциональной грамотности",
         "март, апрель - май, июнь", "Управление образования / МКУ «Методический центр»"),
        ("1.2.", "Мониторинг читательской грамотности обучающихся 7-х классов",
         "май 2021 г., май 2022 г.", "МКУ «Методический центр»"),
    ]),
    ("2. Методическая поддержка педагогов", [
        ("2.1.", "Семинары для учителей по заданиям на функциональную грамотность",
         "I полугодие 2021-2022 учебного года", "МКУ «Методический центр» и руководители ШМО"),
        ("2.2.", "Обновление банка заданий для оценки функциональной грамотности",
         "2021-2022 гг.", "руководители общеобразовательных организаций"),
    ]),
]


def build_385(path: Path) -> None:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    for line in ("Приложение N 3", "к приказу управления образования",
                 "администрации города Камскограда", "от 3 февраля 2021 г. N 245"):
        _para(doc, line, align="right")
    _para(doc, "Дорожная карта по формированию функциональной грамотности обучающихся "
          "общеобразовательных организаций города Камскограда", bold=True, align="center")
    _para(doc, "на 2021-2022 годы", bold=True, align="center")
    rows = [["№ п/п", "Мероприятие", "Срок", "Ответственные"]]
    for section, items in PLAN_385:
        rows.append([section, "", "", ""])
        rows += [list(r) for r in items]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        if row[1:] == ["", "", ""]:
            set_cell_lines(table.cell(r, 0).merge(table.cell(r, 3)), [row[0]], bold=True)
            continue
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), [text], bold=r == 0)
    set_widths(table, [1.2, 7.0, 4.0, 4.5])
    save_deterministic(doc, path)


# ---------------------------------------------------------------------------------- 386 (pdf)

PLAN_386 = [
    ("1.", "Обновление программ дополнительного образования детей", "январь - февраль",
     "Отдел образова-\nния администрации района"),
    ("2.", "Мониторинг охвата детей дополнительным образованием", "ежеквартально",
     "МБУ ДО «Центр детского творчества» Верхне-\nЛесогорского сельского поселения"),
    ("3.", "Районный фестиваль детского творчества «Радуга»", "II квартал",
     "Отдел образования / МБУ ДО «Центр детского творчества»"),
    ("4.", "Сопровождение навигатора дополнительного образования", "в течение года",
     "МКУ «Информационно-методический центр»"),
    ("5.", "Курсы повышения квалификации педагогов дополнительного образования",
     "1 раз в 3 года", "руководители учреждений дополнительного образования"),
]


def build_386(path: Path) -> None:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    for line in ("АДМИНИСТРАЦИЯ ЛЕСОГОРСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "РАСПОРЯЖЕНИЕ"):
        _para(doc, line, bold=True, align="center")
    _para(doc, "9 декабря 2016 № 488-р")
    _para(doc, "пгт Лесогорск", align="center")
    _para(doc, "Об утверждении плана мероприятий по развитию дополнительного образования детей "
          "в Лесогорском районе на 2017 год", bold=True, align="center")
    _para(doc, "1. Утвердить план мероприятий по развитию дополнительного образования детей в "
          "Лесогорском районе на 2017 год (приложение).", align="justify")
    _para(doc, "2. Контроль за исполнением распоряжения оставляю за собой.", align="justify")
    for line in ("Глава администрации", "Лесогорского района", "К.П. Зимин"):
        _para(doc, line)
    doc.add_page_break()
    for line in ("Приложение", "к распоряжению администрации",
                 "Лесогорского муниципального района", "от 09.12.2016 № 488-р"):
        _para(doc, line, align="right")
    _para(doc, "План мероприятий по развитию дополнительного образования детей в Лесогорском "
          "районе на 2017 год", bold=True, align="center")
    rows = [["№ п/п", "Мероприятие", "Срок", "Ответственные"]] + [list(r) for r in PLAN_386]
    _grid(doc, rows, [1.2, 8.0, 3.3, 4.2])
    save_deterministic(doc, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write the DOCX and text files only")
    args = ap.parse_args(argv)
    (HERE / "381_verkhnekamsk_libraries_complex_2022.txt").write_text(TXT_381, encoding="utf-8")
    (HERE / "384_kedrovsk_kamsky_indicators_2019.txt").write_text(TXT_384, encoding="utf-8")
    build_382(HERE / "382_sineborsky_programme_2024.docx")
    build_383(HERE / "383_gymnasium_exam_plan_2023.docx")
    build_385(HERE / "385_kamskograd_literacy_roadmap_2021.docx")
    if not args.no_pdf:
        soffice = find_soffice()
        render_pdf(HERE / "383_gymnasium_exam_plan_2023.docx", soffice)
        # 386 is a PDF sample: its DOCX is only the way to make it
        render_scratch_pdf(build_386, HERE / "386_lesogorsky_supplementary_plan_2017.docx",
                           soffice)
    print("wrote samples 381-386")
    return 0


if __name__ == "__main__":
    sys.exit(main())
