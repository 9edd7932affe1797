"""Document facts in forms of the sixth real-document study (acts and school papers written
again with invented bodies, places and people): an act's page that opens at its preamble, a
legal site's "(утв. постановлением … от … N …)" bracket under an appendix's heading."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.deadlines import parse_date

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import full_tools, lines_doc, pdf_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


def _date(text: str | None) -> str | None:
    got = parse_date(text) if text else None
    return got.isoformat() if got else None


# (document, issuer, order number, order date)
ACTS = [
    # the page starts at the preamble: the operative sentence names the body
    (lines_doc("В целях уточнения объемов финансирования, Администрация Заречного района "
               "постановляет:\n"
               "1. Внести в муниципальную программу \"Доступная среда\", утвержденную "
               "постановлением администрации Заречного района от 01.02.2019 г. N 55, "
               "следующие изменения:\n"
               "1.1. Пункт 2 паспорта программы изложить в следующей редакции:"),
     "Администрация Заречного района", None, None),
    # the body is named by the bracket under the appendix's heading
    (pdf_doc("Приложение", "Муниципальная программа",
             "муниципального образования Луговской район \"Развитие культуры\"",
             "(утв. постановлением администрации муниципального",
             "образования Луговской район от 12 мая 2021 г. N 604)",
             "Паспорт", bold=(1, 2, 3, 4, 5)),
     "Администрация муниципального образования Луговской район", "604", "2021-05-12"),
]


@pytest.mark.parametrize(("doc", "issuer", "number", "date"), ACTS)
def test_issuer_and_order_of_acts(tools: ExtractTools, doc: SourceDocument, issuer: str,
                                  number: str | None, date: str | None) -> None:
    d = extract(doc, Found(), tools).document
    assert d.issuer == issuer
    assert (d.order_number, _date(d.order_date_text)) == (number, date)


def test_a_quoted_preamble_further_down_names_no_issuer(tools: ExtractTools) -> None:
    """Without the act's header only the first paragraph may be the act's own preamble."""
    doc = pdf_doc("Пояснительная записка к отчету за 2019 год",
                  "Отчет составлен по данным отделов администрации.",
                  "В тексте решения сказано: Администрация Заречного района постановляет:",
                  bold=(0,))
    assert extract(doc, Found(), tools).document.issuer is None
