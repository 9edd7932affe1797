"""Document facts in forms of the twenty-second real set's extra-education and kindergarten
documents (written again with invented bodies, places, people and wording): the order's own
date under a head's grif below the day he signed, a place and its year on one line, a plan
heading without years going on in its owner's name in the genitive, and a letterhead whose
legal form ends its line before an unquoted name."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_helpers import facts_of, iso_date, pdf_doc, txt_doc

from extract.tools import ExtractTools

_REPORT = "\nОТЧЕТ О САМООБСЛЕДОВАНИИ\nза 2023 год\n\nВведение\nТекст отчёта.\n"

# (the grif's lines under "Директор …", the order's date read)
GRIF_DATES = [
    # the order line's own date, not the signing day printed above it
    ("«10» марта 2024 г.\nПриказ № 41/о от 22.03.2024 г.", "2024-03-22"),
    ("«10» марта 2024 г.\nПриказ от 22 марта 2024 г. № 41", "2024-03-22"),
    # an order line without its date: the signing day is all there is
    ("Приказ № 41\n«10» марта 2024 г.", "2024-03-10"),
]


@pytest.mark.parametrize(("lines", "date"), GRIF_DATES)
def test_order_date_under_signing_day(tools: ExtractTools, tmp_path: Path, lines: str,
                                      date: str) -> None:
    text = f"УТВЕРЖДАЮ:\nДиректор МАОУ ДО «ЦДО»\n______ Е.Н. Соколова\n{lines}\n{_REPORT}"
    assert iso_date(facts_of(txt_doc(tmp_path, text), tools).document.order_date_text) == date


# (the title page's foot, the hint put first among the context texts)
FOOTS = [
    ("Нижний Ольховск 2024", "Нижний Ольховск"),
    ("Кленовск 2024 г.", "Кленовск"),
    ("Содержание 2024", None),  # a heading and a year: no place
]


@pytest.mark.parametrize(("foot", "hint"), FOOTS)
def test_place_and_year_on_one_line(tools: ExtractTools, tmp_path: Path, foot: str,
                                    hint: str | None) -> None:
    found = facts_of(txt_doc(tmp_path, f"ОТЧЕТ О САМООБСЛЕДОВАНИИ\nцентра творчества\n"
                                  f"за 2023 год\n\n{foot}\n\nВведение\nТекст отчёта.\n"), tools)
    first = found.document.context_texts[0]
    assert (first if first == hint else None) == hint
    assert ("header.municipality_hint:place_over_year" in found.trace) == (hint is not None)


# (the bold heading, the plain line under it, the title read)
OWNER_LINES = [
    ("Программа на летний оздоровительный период",
     "Муниципального бюджетного дошкольного образовательного учреждения детского сада № 4",
     "Программа на летний оздоровительный период Муниципального бюджетного дошкольного "
     "образовательного учреждения детского сада № 4"),
    # a sentence under the heading is the text, no owner
    ("Программа на летний оздоровительный период",
     "Муниципальное бюджетное дошкольное учреждение работает летом.",
     "Программа на летний оздоровительный период"),
    # a heading that said its years is closed
    ("Программа развития на 2024-2027 годы",
     "Муниципального бюджетного дошкольного образовательного учреждения детского сада № 4",
     "Программа развития на 2024-2027 годы"),
]


@pytest.mark.parametrize(("heading", "below", "title"), OWNER_LINES)
def test_heading_without_years_goes_on_in_owner(tools: ExtractTools, heading: str, below: str,
                                               title: str) -> None:
    doc = pdf_doc(heading, below, "Лесогорск – 2025г.", "1. Пояснительная записка",
                  "Летом дети много времени проводят на воздухе.", bold=(0, 3))
    assert facts_of(doc, tools).document.title == title


# (letterhead's two lines, the grif's position, issuer)
LETTERHEADS = [
    ("Муниципальное бюджетное учреждение дополнительного образования\n"
     "Дом юных техников", "Директор МБУ ДО ДЮТ",
     "Муниципальное бюджетное учреждение дополнительного образования Дом юных техников"),
    ("Муниципальное автономное учреждение дополнительного образования детей\n"
     "Станция юных туристов", "Директор МАУ ДОД СЮТ",
     "Муниципальное автономное учреждение дополнительного образования детей Станция юных "
     "туристов"),
    # a short name the full one does not spell stays the grif's
    ("Муниципальное бюджетное учреждение дополнительного образования\n"
     "Дом юных техников", "Директор МБУ ДО ЦВР", "МБУ ДО ЦВР"),
]


@pytest.mark.parametrize(("letterhead", "position", "issuer"), LETTERHEADS)
def test_letterhead_name_under_its_legal_form(tools: ExtractTools, tmp_path: Path,
                                              letterhead: str, position: str,
                                              issuer: str) -> None:
    text = f"{letterhead}\nУтверждаю\n{position}\n_________ О. П. Рябова\n{_REPORT}"
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


def test_programme_keeps_grif_short_name(tools: ExtractTools, tmp_path: Path) -> None:
    # a programme goes by the short name its grif prints; only reports keep the full one
    text = ("Муниципальное бюджетное учреждение дополнительного образования\nДом юных техников\n"
            "Утверждаю\nДиректор МБУ ДО ДЮТ\n_________ О. П. Рябова\n\n"
            "ПРОГРАММА РАЗВИТИЯ\nна 2024-2028 годы\n\nПояснительная записка\nТекст программы.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == "МБУ ДО ДЮТ"
