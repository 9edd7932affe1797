"""Municipal-task forms as real files print them (written again with invented bodies, people
and wording): the heading letter-spaced and its years split by the form's cells, the form
flattened into one run under the founder's grif, a report's date cell read into its heading."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc

_GRIF = ("УТВЕРЖДАЮ", "Руководитель комитета по образованию администрации Кедрового района",
         "(наименование органа, осуществляющего функции и полномочия учредителя)",
         "__________ Сомова Т.Л.", "« 20 » декабря 20 24 г.")
_TASK = "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ на 2025 год и на плановый период 2026 и 2027 годов"
_FIELD = "Наименование муниципального учреждения"
_SCHOOL = "Муниципальное бюджетное общеобразовательное учреждение «Основная школа села Лесное»"

# (document, kind, title, (start, end))
FORMS = [
    # the heading letter-spaced, a pair of letters kept, the years split
    (pdf_doc(*_GRIF, "М У Н И Ц И П А Л Ь Н О Е ЗА Д А Н И Е",
             "на 20 25 год и на плановый период 20 26 и 20 27 годов", _FIELD, _SCHOOL),
     "order", _TASK, (2025, 2027)),
    # the whole form one run of text: the heading inside it, in capitals
    (lines_doc(" ".join([*_GRIF, _TASK, _FIELD, _SCHOOL])), "order", _TASK, (2025, 2027)),
    (lines_doc(" ".join([*_GRIF, "М У Н И Ц И П А Л Ь Н О Е ЗА Д А Н И Е на 20 25 год и на "
                         "плановый период 20 26 и 20 27 годов", _FIELD, _SCHOOL])),
     "order", _TASK, (2025, 2027)),
    # the head scattered by the form's layout: the number's cell and the rest of the years
    # printed after the field captions
    (pdf_doc(*_GRIF, "Государственное задание №", "на 20 25", "Наименование",
             "государственного учреждения", "Вид деятельности", "3",
             "год и плановый период 20 26 и 20 27 годов", _SCHOOL),
     "order", "Государственное задание № 3 на 2025 год и плановый период 2026 и 2027 годов",
     (2025, 2027)),
    (pdf_doc(*_GRIF, "Муниципальное задание №", "на 2025", "Наименование",
             "муниципального учреждения", "12 год и на плановый период 2026 и 2027 годов"),
     "order", "Муниципальное задание № 12 на 2025 год и на плановый период 2026 и 2027 годов",
     (2025, 2027)),
    # a report, its heading letter-spaced
    (docx_doc(_SCHOOL, "О Т Ч Е Т", "о выполнении муниципального задания за 20 24 год", _FIELD),
     "report", "ОТЧЕТ о выполнении муниципального задания за 2024 год", (2024, 2024)),
    # the report form's date cell interleaved with its heading, the fields run on after it
    (lines_doc(f"{_SCHOOL}\n\nОтчет от «14» об исполнении муниципального задания за 2024 год "
               f"января 2025 г. {_FIELD} {_SCHOOL}"),
     "report", "Отчет об исполнении муниципального задания за 2024 год", (2024, 2024)),
]


@pytest.mark.parametrize(("doc", "kind", "title", "years"), FORMS)
def test_task_forms(tools: ExtractTools, doc: SourceDocument, kind: str, title: str,
                    years: tuple[int, int]) -> None:
    got = extract_document(doc, tools).document
    assert (got.kind, got.title) == (kind, title)
    period = parse_period(got.period_text) if got.period_text else None
    assert period is not None and (period.start_year, period.end_year) == years


def test_founder_caption_is_no_position(tools: ExtractTools) -> None:
    """The founder's caption under the approving head's line is neither position nor body."""
    got = extract_document(lines_doc(" ".join([*_GRIF, _TASK, _FIELD, _SCHOOL])), tools).document
    assert got.issuer == "Комитет по образованию администрации Кедрового района"
    assert [s.position for s in got.signatories] == [
        "Руководитель комитета по образованию администрации Кедрового района"]
