"""Build the samples of the school and kindergarten documents of the ninth real-document study
(520_–522_).

Run: .venv/bin/python samples/make_facts10b_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools, people and wording) and
reproduces a layout feature of real documents:
- 520 (txt): a municipal task form under its founder's УТВЕРЖДАЮ: the founder's name broken
  over two lines above the caption "(наименование органа, осуществляющего функции и
  полномочия учредителя …)", the heading "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ №" with its number left blank
  and its years printed as the form's "20" and the filled blank ("20 25"), then the school's
  name in the form's field;
- 521 (docx): a kindergarten's annual plan: the full name as the letterhead, joined to the
  type by a dash; a grif table whose head names the kindergarten by its short name and
  number over lines, the approving order's "Приказ № …" and "от …" on lines of their own;
- 522 (txt): a kindergarten's self-examination report: a capitals letterhead closing its
  nested quotes once, over a town and region line (the town an indeclinable name); the
  title's owner "№5 «…»" and its year on lines of their own;
- 523 (txt): a report on a municipal task exported as text: the form's fields printed left of
  a narrow "Коды" column drawn with box-drawing characters, the institution's name over
  several lines beside it, labels ("Дата", "По ОКВЭД") set by the column;
- 524 (txt): a kindergarten's plan from a portal's page: the card line giving the short name
  and the address ("… Россия, … область, город …"), the heading twice, the owner printed in
  the genitive on two lines under it, then the tab-separated table of activities.
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

TXT_520 = """УТВЕРЖДАЮ
Руководитель
(уполномоченное лицо)
Комитет по образованию администрации Ольховского муниципального
округа
(наименование органа, осуществляющего функции
и полномочия учредителя, главного распорядителя бюджетных средств)
Председатель комитета по образованию
(должность)          (подпись)
"___" декабря 20__ г.

МУНИЦИПАЛЬНОЕ ЗАДАНИЕ №
на 20 25 год и на плановый период 20 26 и 20 27 годов

Наименование муниципального учреждения (обособленного подразделения)
Муниципальное бюджетное общеобразовательное учреждение "Ольховская основная (сельская) школа"
Виды деятельности муниципального учреждения
образование и наука
Часть 1. Сведения об оказываемых муниципальных услугах
"""

TXT_522 = """МУНИЦИПАЛЬНОЕ КАЗЕННОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ДЕТСКИЙ САД № 5 «РОМАШКА»
г.Сомари, Ольховская область

ПРИНЯТО:
на Педагогическом совете
Протокол № от ______2024 г.

Отчет о результатах самообследования деятельности муниципального казённого дошкольного образовательного учреждения
№5 «Ромашка»
за 2023 год
Содержание
1. Аналитическая часть
"""  # noqa: E501 (document lines are as long as the document has them)


TXT_524 = """МБДОУ Детский сад №12 «Ласточка» Россия, Заречная область, город Ольховск

План мероприятий празднования 50-й годовщины со дня основания города Ольховска

1 — 10 сентября

План мероприятий празднования 50-й годовщины со дня основания города Ольховска.

Муниципального бюджетного дошкольного образовательного учреждения

Детского сада № 12 «Ласточка»

\tСодержание работы\tГруппа\tСроки\tОтветственный
1\tБеседы об истории города\tвсе\t02.09.2024г.\tВоспитатели
2\tВыставка рисунков «Мой город»\tстаршая\t06.09.2024г.\tСт. воспитатель
"""

_PAD = " " * 68
TXT_523 = f"""                  ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ
                                на 2024 ГОД
                               от 08.07.2024
{_PAD}    ┌────────┐
{_PAD}    │  Коды  │
{_PAD}    ├────────┤
Наименование муниципального учреждения __________     Форма по ОКУД  │0506001 │
Муниципальное автономное дошкольное образовательное                  │        │
учреждение детский сад комбинированного вида                         ├────────┤
с углублённым осуществлением художественно-эстетического      Дата   │        │
развития воспитанников № 41                                          │08.07.24│
Вид деятельности муниципального учреждения ______                    ├────────┤
Реализация основных общеобразовательных программ           По ОКВЭД  │ 85.11  │
дошкольного образования, присмотр и уход                             ├────────┤
Периодичность (указывается в соответствии                            │        │
с периодичностью представления отчета о выполнении                   │        │
муниципального задания) за 6 месяцев 2024 года                       │        │
__________________________________________________                   └────────┘

        Часть 1. СВЕДЕНИЯ ОБ ОКАЗЫВАЕМЫХ МУНИЦИПАЛЬНЫХ УСЛУГАХ
"""


def build_521() -> None:
    doc = new_doc()
    centred_lines(doc, "Муниципальное бюджетное дошкольное образовательное учреждение – "
                       "детский сад\nкомбинированного вида № 214")
    para(doc, "______________________________ 600100, г. Заречный, ул. Лесная, 5, "
              "тел. 12-34-56")
    table = grif_row(doc,
                     ["Принято на педагогическом", "совете", "Протокол № 1 от 28.08.2024 г."],
                     ["Утверждаю:", "Заведующий МБДОУ –", "детский сад", "комбинированного вида №",
                      "214", "__________ (К.Л. Петрова)", "Приказ № 3-41", "от 28.08.2024"])
    set_widths(table, [8.0, 8.0])
    centred_lines(doc, "ГОДОВОЙ ПЛАН", bold=True)
    centred_lines(doc, "на 2024-2025 учебный год", bold=True)
    para(doc, "Заречный, 2024", align="center")
    centred_lines(doc, "СОДЕРЖАНИЕ", bold=True)
    para(doc, "1. Организационно-управленческая работа.")
    save_deterministic(doc, HERE / "521_zarechny_kindergarten214_annual_plan_2024.docx")


TEXTS = {
    "520": ("520_olkhovsky_school_mz_2025.txt", TXT_520),
    "522": ("522_somari_romashka_selfexam_report_2023.txt", TXT_522),
    "523": ("523_kindergarten41_mz_report_2024.txt", TXT_523),
    "524": ("524_olkhovsk_lastochka_city_day_plan_2024.txt", TXT_524),
}

BUILDERS: dict[str, Callable[[], None]] = {
    "521": build_521,
    **text_builders(HERE, TEXTS),
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
