"""Build the samples of document facts in the forms met after the first round (387_ … 393_).

Run: .venv/bin/python samples/make_facts2_samples.py [--no-pdf]
Each document is our own (invented region, municipalities, schools, people and wording) and
reproduces a layout feature of real documents of the genre:
- 387 (docx): a school's calendar plan under a grif printed in capitals ("УТВЕРЖДАЮ / ДИРЕКТОР
  МБОУ «…» / ___ И.О.ФАМИЛИЯ / date"), its title over three bold paragraphs, year-less school
  deadlines ("сентябрь, в течение года"), responsible cells with a position and its holder on
  separate lines, two persons in a row, commas between class numbers;
- 388 (pdf): a municipal task's execution report — the "к Порядку формирования муниципального
  задания" stamp, "ОТЧЕТ" over four centred lines with its date, the institution after
  "Наименование муниципального учреждения …" in lower case;
- 389 (txt): a legal site's export of a city постановление with a letter-spaced letterhead whose
  word gaps the text lost, "п о с т а н о в л я ю", the approved plan with "далее ежегодно";
- 390 (pdf): a school's development programme — the school's name on top, "УТВЕРЖДАЮ ___ /
  приказом МОУ … / № … от …", a big-font title over three lines, a year line under it;
- 391 (docx): a region's распоряжение about something else that approves a roadmap among its
  appendices, a signature with a one-initial name in capitals, the roadmap's title in
  capitals, its deadline column last, responsibles split at ";", "/" and "и";
- 392 (docx): a department's programme passport under "Приложение к приказу / от … № …" that
  names no body: the official who approved it names the issuer;
- 393 (txt): a legal site's page that starts at a section of a programme ("Раздел IV. …").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import save_deterministic, set_base_font, set_cell_lines, set_page, set_widths
from make_renderings import find_soffice, render_scratch_pdf

HERE = Path(__file__).parent
Doc = docx.document.Document
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _para(doc: Doc, text: str, bold: bool = False, align: str = "left",
          size: float | None = None) -> None:
    p = doc.add_paragraph()
    p.alignment = _ALIGN[align]
    run = p.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)


def _grid(doc: Doc, rows: list[list[str]], widths: list[float], bold_rows: int = 1) -> None:
    """A bordered table; a row with text in its first cell only spans the whole width."""
    table = doc.add_table(rows=len(rows), cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        if len(row) == 1:
            cell = table.cell(r, 0).merge(table.cell(r, len(widths) - 1))
            set_cell_lines(cell, [row[0]], bold=True)
            continue
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), text.split("\n"), bold=r < bold_rows)
    set_widths(table, widths)


def _new() -> Doc:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    return doc


# --------------------------------------------------------------------------------- 387 (docx)

PLAN_387: list[list[str]] = [
    ["Модуль «Ключевые общешкольные дела»"],
    ["1.", "Торжественная линейка «День знаний»", "01.09",
     "Заместитель директора по ВР\nГусева Н.Н.\nклассные руководители"],
    ["2.", "Оформление классных уголков", "сентябрь, в течение года",
     "классные руководители 5, 7 классов"],
    ["Модуль «Спорт и здоровье»"],
    ["3.", "Школьная спартакиада", "октябрь - ноябрь",
     "Петров П.П.\nучитель физической культуры"],
    ["4.", "Неделя профессиональных проб", "II полугодие", "Е.В. Лаптева О.А. Котова"],
    ["5.", "Встречи с представителями колледжей", "по отдельному графику",
     "Руководитель ШМО, педагог-психолог"],
    ["6.", "Итоговое родительское собрание", "май", "Администрация школы"],
]


def build_387(path: Path) -> None:
    doc = _new()
    for line in ("УТВЕРЖДАЮ", "ДИРЕКТОР МБОУ «ЛУГОВСКАЯ СОШ № 4»", "______ К.К.ВЕТРОВА",
                 "«30» августа 2024 г."):
        _para(doc, line, align="right")
    for line in ("Календарный план воспитательной работы",
                 "МБОУ «Луговская СОШ № 4» на 2024-2025 учебный год",
                 "на уровне основного общего образования"):
        _para(doc, line, bold=True, align="center")
    rows = [["№", "Мероприятие", "Сроки", "Ответственные"], *PLAN_387]
    _grid(doc, rows, [1.0, 7.5, 3.7, 4.5])
    save_deterministic(doc, path)


# ---------------------------------------------------------------------------------- 388 (pdf)

def build_388(path: Path) -> None:
    doc = _new()
    for line in ("Приложение N 2", "к Порядку формирования муниципального задания",
                 "в отношении муниципальных учреждений", "Луговского городского округа"):
        _para(doc, line, align="right")
    for line in ("ОТЧЕТ", "об исполнении муниципального задания", "за 3 квартал 2025 года",
                 "от «06» октября 2025 года"):
        _para(doc, line, bold=True, align="center")
    _para(doc, "Наименование муниципального учреждения Луговского городского округа "
          "муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12 "
          "«Ромашка»»")
    _para(doc, "Периодичность ежеквартальная")
    _para(doc, "Часть 1. Сведения об оказываемых муниципальных услугах", bold=True,
          align="center")
    _para(doc, "Раздел 1")
    save_deterministic(doc, path)


# ---------------------------------------------------------------------------------- 389 (txt)

TXT_389 = """Постановление Администрации г. Луговска от 11.03.2015 № 212

          А Д М И Н И С Т Р А Ц И Я  Г О Р О Д А  Л У Г О В С К А

                      П О С Т А Н О В Л Е Н И Е

           11.03.2015                           N 212

 Об утверждении плана мероприятий
 по развитию школьных музеев
 на 2015 - 2016 годы

           (В редакции Постановления Администрации г. Луговска
           от 20.10.2015 г. N 640)

     В целях сохранения исторической памяти и развития школьных музеев
п о с т а н о в л я ю:
     1. Утвердить прилагаемый план мероприятий по развитию школьных музеев на 2015 - 2016 годы.
     2. Контроль за исполнением постановления возложить на заместителя главы администрации.

Глава города Луговска                                                      К.К. Ветров

                                                 УТВЕРЖДЕН
                                                 постановлением Администрации
                                                 г. Луговска
                                                 от 11.03.2015 N 212

План мероприятий по развитию школьных музеев на 2015 - 2016 годы

N п/п\tМероприятие\tСрок\tОтветственные
1.\tСоздание реестра школьных музеев\tдо 1 июня 2015 г.\tУправление образования, ИМЦ, руководители ОО
2.\tСеминар для руководителей школьных музеев\tежегодно, октябрь\tИМЦ и ЦДТ
3.\tКонкурс экспозиций школьных музеев\tапрель 2016 г., далее ежегодно\tУправление образования; МБУ ДО «Центр детского творчества»
"""  # noqa: E501 (document lines are as long as the document has them)

# ---------------------------------------------------------------------------------- 390 (pdf)

PASSPORT_390 = [
    ["Наименование", "Содержание"],
    ["Полное наименование ОО", "Муниципальное общеобразовательное учреждение Луговская средняя "
     "общеобразовательная школа № 3 имени Героя Труда Петра Кедрова"],
    ["Цель программы", "Создание условий для повышения качества образования"],
    ["Сроки реализации", "2024-2028 годы"],
]


def build_390(path: Path) -> None:
    doc = _new()
    _para(doc, "Муниципальное общеобразовательное учреждение Луговская СОШ №3 им. Героя Труда "
          "Петра Кедрова", align="center")
    _para(doc, "(МОУ Луговская СОШ № 3)", align="center")
    for line in ("УТВЕРЖДАЮ_____________________", "приказом МОУ Луговская СОШ №3",
                 "№ 18/2 от 29.03.2024"):
        _para(doc, line, align="right")
    for line in ("Программа развития МОУ Луговская", "СОШ № 3 им. Героя Труда Петра",
                 "Кедрова на 2024-2028 годы"):
        _para(doc, line, bold=True, align="center", size=20)
    _para(doc, "2024", align="center")
    _para(doc, "РАЗДЕЛ I.", bold=True, align="center")
    _para(doc, "Паспорт программы развития", bold=True, align="center")
    _grid(doc, PASSPORT_390, [5.0, 11.5])
    save_deterministic(doc, path)


# --------------------------------------------------------------------------------- 391 (docx)

PLAN_391 = [
    ["N", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
    ["1.", "Определение школ для создания центров школьного театра",
     "министерство образования Луговской области;\nорганы местного самоуправления "
     "(по согласованию)", "Перечень школ", "1 сентября 2024 года, далее ежегодно"],
    ["2.", "Повышение квалификации руководителей центров", "ИРО и ОМСУ",
     "Программы повышения квалификации", "IV квартал 2024 года"],
    ["3.", "Мониторинг работы центров школьного театра",
     "министерство образования Луговской области / ГАУ ДПО «Институт развития образования»",
     "Аналитическая справка", "ежегодно, декабрь"],
]


def build_391(path: Path) -> None:
    doc = _new()
    for line in ("ПРАВИТЕЛЬСТВО ЛУГОВСКОЙ ОБЛАСТИ", "РАСПОРЯЖЕНИЕ"):
        _para(doc, line, bold=True, align="center")
    _para(doc, "от 3 июля 2024 года N 402-р", align="center")
    _para(doc, "О создании центров школьного театра в Луговской области", bold=True,
          align="center")
    for text in ("В целях развития творческих способностей обучающихся:",
                 "1. Определить министерство образования Луговской области региональным "
                 "координатором создания центров школьного театра.",
                 "2. Утвердить прилагаемый комплекс мер («дорожную карту») по созданию центров "
                 "школьного театра."):
        _para(doc, text, align="justify")
    for line in ("Председатель Правительства", "Луговской области", "К.ВЕТРОВ"):
        _para(doc, line)
    for line in ("Утвержден", "распоряжением Правительства", "Луговской области",
                 "от 3 июля 2024 г. N 402-р"):
        _para(doc, line, align="right")
    _para(doc, "КОМПЛЕКС МЕР («ДОРОЖНАЯ КАРТА») ПО СОЗДАНИЮ ЦЕНТРОВ ШКОЛЬНОГО ТЕАТРА НА "
          "2024-2026 ГОДЫ", bold=True, align="center")
    _grid(doc, PLAN_391, [0.8, 5.2, 4.5, 3.2, 3.0])
    save_deterministic(doc, path)


# --------------------------------------------------------------------------------- 392 (docx)

PASSPORT_392 = [
    ["Наименование главного распорядителя средств областного бюджета",
     "Департамент образования Луговской области"],
    ["Наименование Программы", "«Одаренные дети Луговской области» на 2025-2027 годы (далее - "
     "Программа)"],
    ["Должностное лицо, утвердившее Программу",
     "Директор департамента образования Луговской области"],
    ["Цель Программы", "Выявление и поддержка одаренных детей"],
    ["Задачи Программы", "1. Развитие системы олимпиад. 2. Поддержка победителей конкурсов."],
    ["Сроки реализации Программы", "2025 - 2027 годы"],
]


def build_392(path: Path) -> None:
    doc = _new()
    for line in ("Приложение к приказу", "от 15.01.2025 № 12"):
        _para(doc, line, align="right")
    _para(doc, "Ведомственная целевая программа «Одаренные дети Луговской области» на "
          "2025-2027 годы", bold=True, align="center")
    _para(doc, "Паспорт ведомственной целевой программы", bold=True, align="center")
    _grid(doc, PASSPORT_392, [6.0, 10.5], bold_rows=0)
    save_deterministic(doc, path)


# ---------------------------------------------------------------------------------- 393 (txt)

TXT_393 = """Откройте актуальную версию документа прямо сейчас
Вход
Раздел IV. Мероприятия Программы

N п/п | Наименование мероприятия | Срок | Исполнитель |
1. | Открытие групп кратковременного пребывания | 2025 - 2026 годы | Управление образования |
2. | Ремонт помещений детских садов | ежегодно, июль | МКУ «Служба заказчика» |
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write the DOCX and text files only")
    args = ap.parse_args(argv)
    (HERE / "389_lugovsk_school_museums_2015.txt").write_text(TXT_389, encoding="utf-8")
    (HERE / "393_lugovoy_programme_section_2025.txt").write_text(TXT_393, encoding="utf-8")
    build_387(HERE / "387_lugovskaya_school4_calendar_2024.docx")
    build_391(HERE / "391_lugovskaya_oblast_theatres_2024.docx")
    build_392(HERE / "392_lugovskaya_oblast_gifted_passport_2025.docx")
    if not args.no_pdf:
        soffice = find_soffice()
        # 388 and 390 are PDF samples: their DOCX is only the way to make them
        for name, build in (("388_romashka_task_report_2025", build_388),
                            ("390_lugovskaya_school3_devprog_2024", build_390)):
            render_scratch_pdf(build, HERE / f"{name}.docx", soffice)
    print("wrote samples 387-393")
    return 0


if __name__ == "__main__":
    sys.exit(main())
