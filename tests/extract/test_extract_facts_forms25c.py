"""Document facts of report forms set by an act's appendix (forms of the twenty-first real
set, written again with invented bodies, places and wording): "ФОРМА ОТЧЕТА" and
"Информация" / "о количестве …" headings are reports; a heading running into the form's
blanks ends before them, a bracketed caption under it is what to fill in; a report's title
closing on "… 2024 года" names its year."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, pdf_doc

_GRIF = ("Приложение N 3", "к приказу Управления образования", "Заречной области",
         "от 12 марта 2024 г. N 41-о")

# (document, kind, title, years)
FORMS = [
    # the form's heading with its caption line under it
    (pdf_doc(*_GRIF, "ФОРМА ОТЧЕТА", "о проведении зимних каникул 2024 года",
             "(муниципальный район)", bold=(4, 5, 6)),
     "report", "ФОРМА ОТЧЕТА о проведении зимних каникул 2024 года", (2024, 2024)),
    (pdf_doc(*_GRIF, "ФОРМА ОТЧЕТА", "об итогах работы кружков 2025 года",
             "(наименование учреждения)", bold=(4, 5, 6)),
     "report", "ФОРМА ОТЧЕТА об итогах работы кружков 2025 года", (2025, 2025)),
    # a one-word heading going on in lower case, its line running into blanks
    (pdf_doc(*_GRIF, "Информация", "о количестве школьников, занятых в летних отрядах "
             "в__________________ за ____________",
             "(наименование района)\t(отчетный период)", bold=(4, 5)),
     "report", "Информация о количестве школьников, занятых в летних отрядах", None),
]


@pytest.mark.parametrize(("doc", "kind", "title", "years"), FORMS)
def test_report_forms(tools: ExtractTools, doc: SourceDocument, kind: str, title: str,
                      years: tuple[int, int] | None) -> None:
    got = facts_of(doc, tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    assert (got.kind, got.title) == (kind, title)
    assert (parsed.start_year, parsed.end_year) == years if parsed else years is None


# (heading lines, title): a year's blank is part of the title; "(дорожная карта)" is no caption
KEPT = [
    (("ПЛАН РАБОТЫ", "школьного музея на 20____ год"), "ПЛАН РАБОТЫ школьного музея на 20____ год"),
    (("ПЛАН МЕРОПРИЯТИЙ", "(дорожная карта)", "по развитию школьных театров"),
     "ПЛАН МЕРОПРИЯТИЙ (дорожная карта) по развитию школьных театров"),
]


@pytest.mark.parametrize(("lines", "title"), KEPT)
def test_titles_kept_whole(tools: ExtractTools, lines: tuple[str, ...], title: str) -> None:
    got = facts_of(pdf_doc(*lines, bold=tuple(range(len(lines)))), tools).document
    assert got.title == title
