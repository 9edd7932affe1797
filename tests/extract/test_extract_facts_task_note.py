"""Task reports and their explanatory notes, written again with invented institutions: the
note's heading makes a report (its title up to the full stop when it reads clean, its years the
task's term or the quarter's year, its institution from the genitive), a misread scan's heading
still makes a report with its years; a task number's footnote star stays in the title."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, txt_doc

_NOTE = ("Пояснительная записка к отчету об исполнении муниципального задания муниципального "
         "бюджетного дошкольного образовательного учреждения «Детский сад № 7» за 3 квартал "
         "2025 года")


@pytest.mark.parametrize(("blocks", "expected"), [
    # a clean note: the heading sentence, the quarter's year, the institution in the nominative
    ((_NOTE + ".", "Муниципальное задание выполнено в соответствии с порядком."),
     ("report", _NOTE, "2025–2025",
      "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 7»")),
    # a scan's one line: letterhead, misread heading, the task's term in the first paragraph
    (("муниципальное бюджетное учреждепие Сосновка, ул. Лесная, 3, Пояснительная записка по "
      "результатам исполнения муниципального задания МБОУ СОШ № 2 за 9 месяцев 2O24 годa. "
      "Выполнение услуг регламентировано заданием на 2024-2026 годы.",),
     ("report", None, "2024–2026", None)),
])
def test_task_report_note(tools: ExtractTools, blocks: tuple[str, ...],
                          expected: tuple[str | None, ...]) -> None:
    d = facts_of(docx_doc(*blocks), tools).document
    period = d.period_text and "–".join(x.strip() for x in d.period_text.split("–"))
    if period and "–" not in period:
        period = f"{period}–{period}"
    got = (d.kind, d.title, period, d.issuer if expected[3] else None)
    assert got == expected


def test_task_number_star_kept(tools: ExtractTools, tmp_path: Path) -> None:
    text = ("ОТЧЕТ О ВЫ ПОЛНЕНИИ\nМ У Н И Ц И П А Л Ь Н О Г О ЗА Д А Н И Я\nн а 2 0 25\n№ 12*\n"
            "го д и н а п лан о вы й п ер и о д 2 0 26\nи 20 27\nго д о в\nК оды\n")
    title = facts_of(txt_doc(tmp_path, text), tools).document.title
    assert title == ("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 12* на 2025 год и на "
                     "плановый период 2026 и 2027 годов")


@pytest.mark.parametrize(("text", "title"), [
    # a text layer ran the form onto one line: the heading ends before the form's date
    ("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 5 на 2025 год и на плановый период 2026 и "
     "2027 годов от «01» октября 2025 г. Наименование муниципального учреждения "
     "(обособленного подразделения) Муниципальное бюджетное учреждение дополнительного "
     "образования «Дом творчества» Периодичность ежеквартально\n\nЧасть 1. Сведения об "
     "оказываемых услугах\n",
     "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 5 на 2025 год и на плановый период 2026 и "
     "2027 годов"),
    # no date printed: before the institution's field
    ("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ №____ на 2024 год и на плановый период 2025 "
     "и 2026 годов Наименование муниципального учреждения (обособленного подразделения) "
     "Муниципальное казенное общеобразовательное учреждение «Основная школа № 2»\n\n"
     "Часть 1. Сведения об оказываемых услугах\n",
     "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ №____ на 2024 год и на плановый период 2025 "
     "и 2026 годов"),
])
def test_flat_task_report_title_ends_at_form(tools: ExtractTools, tmp_path: Path, text: str,
                                             title: str) -> None:
    d = facts_of(txt_doc(tmp_path, text), tools).document
    assert (d.kind, d.title, d.order_number) == ("report", title, None)


@pytest.mark.parametrize(("blocks", "title"), [
    # the filled blanks over their captions, up to the year line
    (("ФОРМА ОТЧЕТА", "О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ НА ОКАЗАНИЕ",
      "МУНИЦИПАЛЬНОЙ УСЛУГИ (ВЫПОЛНЕНИЕ РАБОТ)", "________общее образование_______",
      "(наименование муниципальной услуги (работы))",
      "МУНИЦИПАЛЬНЫМ УЧРЕЖДЕНИЕМ МБОУ СОШ № 9", "(наименование учреждения)", "ЗА 20_24_ г.",
      "Услуга оказана в полном объеме."),
     "ФОРМА ОТЧЕТА О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ НА ОКАЗАНИЕ МУНИЦИПАЛЬНОЙ УСЛУГИ "
     "(ВЫПОЛНЕНИЕ РАБОТ) общее образование МУНИЦИПАЛЬНЫМ УЧРЕЖДЕНИЕМ МБОУ СОШ № 9 "
     "ЗА 20_24_ г."),
    # no year line closes them: the heading as printed
    (("ФОРМА ОТЧЕТА", "О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ НА ОКАЗАНИЕ",
      "МУНИЦИПАЛЬНОЙ УСЛУГИ (ВЫПОЛНЕНИЕ РАБОТ)", "________общее образование_______",
      "(наименование муниципальной услуги (работы))",
      "Услуга оказана в полном объеме, жалоб не поступало."),
     "ФОРМА ОТЧЕТА О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ НА ОКАЗАНИЕ МУНИЦИПАЛЬНОЙ УСЛУГИ "
     "(ВЫПОЛНЕНИЕ РАБОТ)"),
])
def test_form_heading_with_filled_blanks(tools: ExtractTools, blocks: tuple[str, ...],
                                         title: str) -> None:
    assert facts_of(docx_doc(*blocks), tools).document.title == title


def test_name_field_label_astride_the_name(tools: ExtractTools, tmp_path: Path) -> None:
    text = ("ОТЧЕТ о выполнении муниципального задания на 2025 год и на плановый период 2026 и "
            "2027 годов\nот «10» июля 2025 г.\nКОДЫ\nНаименование\n"
            "Муниципальное казенное дошкольное образовательное\n"
            "муниципального учреждения учреждение - детский сад № 4\n"
            "Виды деятельности муниципального учреждения (обособленного подразделения)\n"
            "Дошкольное образование\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == (
        "Муниципальное казенное дошкольное образовательное учреждение - детский сад № 4")


def test_conclusion_founder_it_was_submitted_to(tools: ExtractTools) -> None:
    # the approval stamp misread by OCR; the text says whom the report went to
    d = facts_of(docx_doc(
        "УТВЕРЖДЕН;", "Начальник У правлен Администрац^", "«15» июля 20",
        "Заключение об исполнении муниципального задания на оказание муниципальных услуг",
        "за 6 месяцев 2025 года",
        "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 6»",
        "Заключение составлено на основании отчета о выполнении муниципального задания за "
        "январь - июнь 2025 года, представленного Комитету по образованию учреждением "
        "03.07.2025."), tools).document
    assert (d.kind, d.issuer) == ("report", "Комитет по образованию")
