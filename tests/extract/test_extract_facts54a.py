"""Document facts of institutions' covers (facts54a, written again with invented schools):
a council's and the director's grifs whose printed pieces a PDF's text layer gives one a line,
interleaved, the director's order under his signature ("Приказ № 17 от 30.08.24 г."); an
approving order naming the school by its own number before the order's ("приказом по МОУ СОШ
№ 4 с УИОП № 118-б от …"); a whole cover run into one paragraph ("… УТВЕРЖДАЮ: Директор …
« 1» сентября 2021 г. ОБРАЗОВАТЕЛЬНАЯ ПРОГРАММА … на период 2021-2024годы 2 Содержание: …")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, iso_date, lines_doc, pdf_doc

_HEAD = ("Муниципальное общеобразовательное учреждение",
         "«Основная общеобразовательная школа д. Кедровка»")

SPLIT_GRIFS = [
    # the two openers a line each, the columns' lines interleaved, the order closing the run
    (pdf_doc(*_HEAD, "СОГЛАСОВАНО", "УТВЕРЖДАЮ", "на заседании педсовета",
             "Директор МОУ «ООШ д. Кедровка»", "(протокол № 2 от 29.08.2024 г.)",
             "__________ Н. П. Сорокина", "Приказ № 17 от 30.08.24 г.",
             "Программа воспитания", "на 2024-2025 учебный год"), ("17", "2024-08-30")),
    # the approver's opener first, the council's second; the year in full
    (pdf_doc(*_HEAD, "УТВЕРЖДЕНО", "РАССМОТРЕНО", "Директор школы",
             "методическим объединением", "Приказ №203-о от 01.09.2023",
             "Протокол № 1 от 28.08.2023", "План работы библиотеки на 2023-2024 год"),
     ("203-о", "2023-09-01")),
    # the council's minutes only: no order of the approver's
    (pdf_doc(*_HEAD, "СОГЛАСОВАНО", "УТВЕРЖДАЮ", "на заседании педсовета", "Директор школы",
             "(протокол № 2 от 29.08.2024 г.)", "__________ Н. П. Сорокина",
             "Программа воспитания"), (None, None)),
]


@pytest.mark.parametrize(("doc", "expected"), SPLIT_GRIFS)
def test_order_under_split_grifs(doc, expected, tools: ExtractTools) -> None:
    got = facts_of(doc, tools).document
    assert (got.order_number, iso_date(got.order_date_text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the school's own number, then the order's with its date
    ("Утверждена приказом по МОУ СОШ №4 с УИОП № 118-б от 30.08.2019 года", "118-б"),
    ("приказом заведующего МБДОУ детский сад № 9 общеразвивающего вида № 31 от 02.09.2022",
     "31"),
    # no date after the second number: nothing says it is the order's
    ("Директор МОУ СОШ №4 с УИОП № 2", None),
    # one number, the school's
    ("Педагогический совет МОУ СОШ №4 с УИОП от 30.08.2019 года", None),
])
def test_order_number_after_school_number(text: str, expected: str | None, ctx: Ctx) -> None:
    assert rq.read(ctx, text).number == expected


def test_order_number_leaves_issuer(tools: ExtractTools) -> None:
    doc = lines_doc("Утверждена приказом по МОУ СОШ №4 с УИОП\n\n№ 118-б от 30.08.2019 года\n\n"
                    "Директор Т.Л. Гусева\n\nПрограмма развития муниципального "
                    "общеобразовательного учреждения\n\n«Средняя общеобразовательная школа № 4»"
                    " города Лесного\n\nна 2019 – 2023 годы")
    got = facts_of(doc, tools).document
    assert (got.order_number, iso_date(got.order_date_text), got.issuer) == (
        "118-б", "2019-08-30", "МОУ СОШ №4 с УИОП")


_RUN = ("Муниципальное бюджетное учреждение дополнительного образования «Дом детского "
        "творчества» УТВЕРЖДАЮ: Директор МБУ ДО ДДТ _________ Л.Н.Зуева « 1» сентября 2021 г. "
        "ОБРАЗОВАТЕЛЬНАЯ ПРОГРАММА Муниципального бюджетного учреждения дополнительного "
        "образования «Дома детского творчества» на период 2021-2024годы 2 Содержание: I. "
        "Информационная справка. 1.1 Пояснительная записка 1.2 Общие сведения об учреждении "
        "1.3 Концепция 1.4 Социальный заказ 1.5 Деятельность учреждения 1.5.1 Режим занятий "
        "1.5.2 Сведения об учащихся 1.5.3 Характеристика педагогического коллектива")


def test_cover_run_into_one_paragraph(tools: ExtractTools) -> None:
    got = facts_of(pdf_doc(_RUN), tools).document
    assert (got.kind, got.title, got.period_text) == (
        "programme", "ОБРАЗОВАТЕЛЬНАЯ ПРОГРАММА Муниципального бюджетного учреждения "
        "дополнительного образования «Дома детского творчества» на период 2021-2024годы",
        "на период 2021-2024годы")
    assert [(s.name, s.position) for s in got.signatories] == [
        ("Л.Н.Зуева", "Директор МБУ ДО ДДТ")]


@pytest.mark.parametrize(("text", "cut_before"), [
    ("… « 1» сентября 2021 г. ОБРАЗОВАТЕЛЬНАЯ ПРОГРАММА школы …", "ОБРАЗОВАТЕЛЬНАЯ"),
    ("… № 12 РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ …", "РАБОЧАЯ"),
    ("… «Дома творчества» на период 2021-2024годы 2 Содержание: …", "2 Содержание"),
    ("… учреждения на срок 2020-2022 гг. Пояснительная записка …", "Пояснительная"),
])
def test_flat_cuts(text: str, cut_before: str, ctx: Ctx) -> None:
    cuts = {m.start("cut") for rx in ctx.vocab.flat_cuts for m in rx.finditer(text)}
    assert any(text[c:].lstrip().startswith(cut_before) for c in cuts)


# A municipal task's explanatory note whose letterhead, requisites and addressee run on into
# its heading on one line; the heading's year abbreviated ("на 2024 г. за 6 месяцев.")
_NOTE = ("Управление образования Муниципальное бюджетное Дошкольное образовательное учреждение – "
         "детский сад № 12 624000, г. Заречный, ул. Лесная, 5; ИНН 6600000000/КПП 660000000 "
         "Начальнику Управления образования Ю.Г. Петровой Заведующий МБДОУ – детский сад № 12 "
         "А.В. Орлова Пояснительная записка к отчету о выполнении муниципального задания на "
         "2025 г. за 9 месяцев. Муниципальное задание на 2025 год и плановый период 2026 и 2027 "
         "годов муниципального бюджетного дошкольного образовательного учреждения – детского "
         "сада № 12 выполнено в полном объёме.")


def test_task_note_heading_with_year_abbreviation(tools: ExtractTools) -> None:
    got = facts_of(lines_doc(_NOTE), tools).document
    assert (got.kind, got.title) == (
        "report", "Пояснительная записка к отчету о выполнении муниципального задания на "
        "2025 г. за 9 месяцев")


@pytest.mark.parametrize(("name", "expected"), [
    ("Муниципальное бюджетное Дошкольное образовательное учреждение – детский сад № 12",
     "Муниципальное бюджетное дошкольное образовательное учреждение – детский сад № 12"),
    ("Муниципальное автономное Общеобразовательное учреждение «Лицей № 3»",
     "Муниципальное автономное общеобразовательное учреждение «Лицей № 3»"),
    # a capital in the name after the type noun is the name's own
    ("Муниципальное бюджетное учреждение «Дошкольный центр Радуга»",
     "Муниципальное бюджетное учреждение «Дошкольный центр Радуга»"),
])
def test_stray_capital_in_legal_form(name: str, expected: str, ctx: Ctx) -> None:
    from extract.facts.issuer_clean import form_capital
    assert form_capital(ctx, name) == expected
