"""Document facts of reports met in real sets (municipal task reports on their forms, bodies'
yearly доклады), written again with invented bodies, places and wording: a task report's
period is the task's whole budget cycle, even with its years in a form's blanks; a form's
stamp naming the procedure that sets the form names no order or issuer; "Доклад о
результатах …" is a report; a year's report with the plan for the years after it covers
them all."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import lines_doc, pdf_doc


def _years(doc: SourceDocument, tools: ExtractTools) -> tuple[int | None, int | None] | None:
    got = extract(doc, Found(), tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    return (parsed.start_year, parsed.end_year) if parsed else None


# (document, (start year, end year))
PERIODS = [
    # a task report's heading with the years filled in over the form's blanks
    (lines_doc("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 2\n"
               "на 20_25__год и на плановый период 20_26__и 20_27_ годов\n"
               "Наименование муниципального учреждения\nМБОУ Заречная СОШ № 3\n"), (2025, 2027)),
    # a quarter's report on the task: still the task's cycle
    (pdf_doc("Пояснительная записка", "к отчету о выполнении муниципального задания на 2026 "
             "год и плановый период 2027 и 2028 годов", "за 2 квартал 2026 года",
             bold=(0, 1, 2)), (2026, 2028)),
    # a year's report with the plan for the years after it
    (lines_doc("ДОКЛАД\nо результатах за 2024 год и основных направлениях деятельности на "
               "2025-2027 годы управления образования Кедрового района\n"
               "Раздел 1. Основные результаты\n"), (2024, 2027)),
]


@pytest.mark.parametrize(("doc", "years"), PERIODS)
def test_report_periods(tools: ExtractTools, doc: SourceDocument,
                        years: tuple[int, int]) -> None:
    assert _years(doc, tools) == years


_FORM = ("Приложение N 2\nк Положению о формировании\nгосударственного задания на оказание\n"
         "государственных услуг, утвержденному\nпостановлением Правительства РФ\n"
         "от 14.03.2016 N 212\nОТЧЕТ О ВЫПОЛНЕНИИ\nМУНИЦИПАЛЬНОГО ЗАДАНИЯ\n"
         "на 2025 год и на плановый период 2026 и 2027 годов\n"
         "Наименование муниципального учреждения\n"
         "Муниципальное бюджетное дошкольное образовательное\n"
         "учреждение детский сад № 4 «Берёзка»\nПериодичность ежегодно\n")


def test_form_procedure_stamp_names_no_order(tools: ExtractTools) -> None:
    d = extract(lines_doc(_FORM), Found(), tools).document
    assert (d.order_number, d.order_date_text) == (None, None)
    assert d.issuer != "Правительство РФ"


# (document, kind)
KINDS = [
    (lines_doc("Доклад о результатах мониторинга исполнения муниципальных заданий "
               "учреждений образования в 2025 году\nОтчетный период 2025 год\n"), "report"),
    (lines_doc("Доклад о ходе реализации муниципальной программы «Образование Лесного "
               "округа»\nВ 2024 году программа выполнялась …\n"), "report"),
]


@pytest.mark.parametrize(("doc", "kind"), KINDS)
def test_doklad_is_report(tools: ExtractTools, doc: SourceDocument, kind: str) -> None:
    assert extract(doc, Found(), tools).document.kind == kind
