"""A self-examination report's issuer, title and period: the full name a card's row spells out
without quotes over the short name in the title, a letterhead's full name over its short name
on a line of its own, an analytic note "о результатах самообследования" with its institution's
line under it, and a school year printed with its end year cut to two digits."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, full_tools, txt_doc

_BODY = "\nВ школе обучаются 120 учеников, работают 15 педагогов. Школа работает в одну смену.\n"


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


@pytest.mark.parametrize(("text", "issuer"), [
    # a card's full-name row without quotes beats the short name in the report's title
    ("Отчет о результатах самообследования\nМБОУ «Луговская СОШ» за 2023 год\n\n"
     "Полное наименование учреждения: Муниципальное бюджетное общеобразовательное учреждение "
     "Луговская средняя общеобразовательная школа\nСокращенное наименование: МБОУ «Луговская "
     "СОШ»\n" + _BODY,
     "Муниципальное бюджетное общеобразовательное учреждение Луговская средняя "
     "общеобразовательная школа"),
    # another school's full name in the card names no institution of the title's
    ("Отчет о результатах самообследования\nМБОУ «Луговская СОШ» за 2023 год\n\n"
     "Вышестоящая организация: Муниципальное бюджетное учреждение Ольховский методический "
     "центр\n" + _BODY,
     "МБОУ «Луговская СОШ»"),
    # the letterhead's full name on two lines, its short name on a third line of its own
    ("Муниципальное бюджетное общеобразовательное учреждение\nОльховская средняя "
     "общеобразовательная школа\nМБОУ «Ольховская СОШ»\n\nОТЧЕТ\nо результатах "
     "самообследования\nза 2023 год\n" + _BODY,
     "Муниципальное бюджетное общеобразовательное учреждение Ольховская средняя "
     "общеобразовательная школа"),
])
def test_report_keeps_the_full_name(tmp_path: Path, tools: ExtractTools, text: str,
                                    issuer: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


@pytest.mark.parametrize(("text", "title", "issuer"), [
    ("Аналитическая записка\nо результатах самообследования за 2022 год\n"
     "МКОУ СОШ № 7 г. Ольховки\n" + _BODY,
     "Аналитическая записка о результатах самообследования за 2022 год",
     "МКОУ СОШ № 7 г. Ольховки"),
    ("Информационная справка\nпо итогам самообследования за 2022 год\n"
     "МКОУ «Луговская ООШ»\n" + _BODY,
     "Информационная справка по итогам самообследования за 2022 год",
     "МКОУ «Луговская ООШ»"),
])
def test_analytic_note_is_a_report(tmp_path: Path, tools: ExtractTools, text: str, title: str,
                                   issuer: str) -> None:
    doc = facts_of(txt_doc(tmp_path, text), tools).document
    assert (doc.kind, doc.title, doc.issuer) == ("report", title, issuer)
    period = parse_period(doc.period_text or "")
    assert period is not None and period.start_year == period.end_year == 2022


def test_note_explaining_a_plan_is_no_report(tmp_path: Path, tools: ExtractTools) -> None:
    # a note without results or a summing-up explains a plan: no report title
    text = ("Аналитическая записка\nк программе развития школы\n\n"
            "Программа развития составлена на основе анализа работы школы.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.kind != "report"


@pytest.mark.parametrize("years", [
    "2023/24 уч. год", "2023-24 уч.г.", "за 2023/24 учебный год", "2023-2024 уч.г.",
    "2023/2024 уч. год",
])
def test_school_year_with_short_end_year(tmp_path: Path, tools: ExtractTools,
                                         years: str) -> None:
    text = f"Отчет о самообследовании {years}\n" + _BODY
    period = parse_period(facts_of(txt_doc(tmp_path, text), tools).document.period_text or "")
    assert period is not None and (period.start_year, period.end_year) == (2023, 2024)
