"""Periods as real files print them (written again in our own words for invented bodies): a
task form's budget cycle through its filled blanks or lost spaces, a form's year blank that is
no file's label, a report with no title found whose heading gives the date it reports as of."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.file_label import is_file_label
from extract.facts.period import period_budget_cycle
from extract.facts.vocab import facts_vocab
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import lines_doc, pdf_doc

_FIELD = "Наименование муниципального учреждения"
_SCHOOL = "Муниципальное бюджетное общеобразовательное учреждение «Кедровская основная школа»"
_BODY = ("В течение отчетного периода в учреждениях района проведено 18 семинаров для педагогов.",
         "Закуплено оборудование для 5 школ.")


@pytest.mark.parametrize(("text", "expected"), [
    ("ОТЧЕТ ОБ ИСПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 7 на2024годиплановыйпериод2025 и2026годов",
     "2024-2026"),
    ("Муниципальное задание на2021 год и на плановыйпериод2022-2023 годов", "2021-2023"),
    ("Отчет о выполнении муниципального задания за2023годиплановыйпериод2024,2025гг.",
     "2023-2025"),
    # no budget cycle: the years of a plan, the date of an act
    ("План работы на2024год", None),
    ("Приказ от 12.01.2024 № 5", None),
    (None, None),
])
def test_glued_budget_cycle(text: str | None, expected: str | None, ctx: Ctx) -> None:
    assert period_budget_cycle(ctx, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a form's year blank filled in: the form's heading
    ("Муниципальное задание № на 2024_год и на плановый период 2025 и 2026 годов", False),
    ("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ за 2023__год", False),
    # a file's label keeps its marks
    ("План_работы_на_2024_год", True),
    ("Муниципальное задание 2024_год.pdf", True),
    ("Отчет_самообследования_2023 (1)", True),
])
def test_form_year_blank_is_no_label(text: str, expected: bool) -> None:
    assert is_file_label(facts_vocab(), text) is expected


# (document, years or None)
DOCS = [
    # cause 1/2: a task form's heading with its year blank, read as the heading it is
    (pdf_doc("Муниципальное задание № на 2024_год и на плановый период 2025 и 2026 годов",
             _FIELD, _SCHOOL), (2024, 2026)),
    # the form's text layer lost its spaces
    (pdf_doc(_SCHOOL, "ОТЧЕТ ОБ ИСПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 7 "
             "на2024годиплановыйпериод2025 и2026годов", _FIELD), (2024, 2026)),
    # blanks around each year's digits
    (pdf_doc("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 2",
             "на 20__24__ год и плановый период 20_25_ и 20_26_ годов", _FIELD, _SCHOOL),
     (2024, 2026)),
    # cause 3: a report with no title found, its heading's date
    (lines_doc("\n".join(("Отдел образования администрации Кедрового района",
                          "Информация о ходе реализации плана мероприятий по развитию "
                          "дошкольного образования Кедрового района по состоянию на "
                          "01.07.2019 года", *_BODY))), (2019, 2019)),
    (lines_doc("\n".join(("Мониторинг", "оснащенности школьных библиотек Кедрового района",
                          "по состоянию на 1 сентября 2020 года", *_BODY))), (2020, 2020)),
    # a date in the body, after the heading's lines, is a fact's
    (lines_doc("\n".join(("Информация о ходе реализации плана мероприятий по развитию "
                          "дошкольного образования Кедрового района", *_BODY,
                          "Сведения собраны по состоянию на 01.07.2019 года."))), None),
]


@pytest.mark.parametrize(("doc", "years"), DOCS)
def test_period_of_forms(tools: ExtractTools, doc: SourceDocument,
                         years: tuple[int, int] | None) -> None:
    got = extract_document(doc, tools).document
    period = parse_period(got.period_text) if got.period_text else None
    assert (None if period is None else (period.start_year, period.end_year)) == years
