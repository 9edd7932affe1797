"""Regional acts of a twenty-first study set (issue 11): an amending item restating the whole
plan in the act's own text (the original's stamp repeated in quotes, then the plan's heading),
and an act's date and number set in a row of cells under a letterhead printing no act's word."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, pdf_doc, table, txt_doc

_ACT = ("ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ", "от 4 марта 2020 года N 61-П",
        "О внесении изменения в постановление", "Правительства Заречной области от 10",
        "мая 2015 года N 212-П", "Правительство Заречной области", "постановляет:",
        "1. Внести в государственную программу", "Заречной области \"Здоровое",
        "детство\" на 2015 - 2025 годы,", "утвержденную постановлением",
        "Правительства Заречной области от 10", "мая 2015 года N 212-П, изменение,")
_STAMP = ("\"Утверждена постановлением", "Правительства Заречной области",
          "от 10 мая 2015 года N 212-П")
_HEADING = ("Государственная программа Заречной", "области \"Здоровое детство\" на",
            "2015 - 2025 годы", "Паспорт государственной программы")
_TITLE = "Государственная программа Заречной области \"Здоровое детство\" на 2015 - 2025 годы"

RESTATED = [
    # the lead-in split over two narrow lines, the plan printed after the colon: the plan's
    # kind, heading and original act
    ((*_ACT, "изложив ее в следующей", "редакции:", *_STAMP, *_HEADING),
     ("programme", _TITLE, "212-П", "2015-05-10")),
    # "изложить его" on one line: the same
    ((*_ACT[:-1], "мая 2015 года N 212-П, изменение и изложить ее в новой редакции:", *_STAMP,
      *_HEADING), ("programme", _TITLE, "212-П", "2015-05-10")),
    # an item restating a point of the plan ("пункт 4 изложить в следующей редакции:") names no
    # pronoun: the amending act stays an order with its own requisites
    ((*_ACT[:-1], "мая 2015 года N 212-П, изменение, пункт 4 изложить в следующей",
      "редакции:", *_STAMP, *_HEADING), ("order", None, "61-П", "2020-03-04")),
    # the restated text opens with no quoted stamp of the original: nothing restated here
    ((*_ACT, "изложив ее в следующей", "редакции:", *_HEADING),
     ("order", None, "61-П", "2020-03-04")),
]


@pytest.mark.parametrize(("lines", "expected"), RESTATED)
def test_plan_restated_in_the_acts_text(lines: tuple[str, ...],
                                        expected: tuple[str, str | None, str, str],
                                        tools: ExtractTools) -> None:
    kind, title, number, date = expected
    doc = facts_of(docx_doc(*lines, bold=(0, 1, *range(len(lines) - 4, len(lines)))), tools)
    assert doc.document is not None
    assert doc.document.kind == kind
    if title is not None:
        assert doc.document.title == title
    assert doc.document.order_number == number
    assert iso_date(doc.document.order_date_text) == date


def _row_act(row: tuple[str, ...], *above: str) -> SourceDocument:
    return docx_doc(*above, table(row),
                    table(("О внесении изменений в постановление Правительства Заречной "
                           "области от 2 июня 2018 года № 230",)),
                    "В целях уточнения объёмов финансирования Правительство Заречной области",
                    "ПОСТАНОВЛЯЕТ:",
                    "1. Внести в постановление Правительства Заречной области от 2 июня 2018 "
                    "года № 230 следующие изменения:")


REQUISITES_ROW = [
    # date, number and the signing town cell by cell under the government's letterhead
    (_row_act(("от", "15 апреля 2021 года", "№", "73", "г. Лесноборск"),
              "ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ"),
     ("73", "2021-04-15", "постановление", "Правительство Заречной области")),
    # a letterhead over two lines, the number with a suffix, no town
    (_row_act(("от", "15.04.2021", "№", "73-рп"), "ПРАВИТЕЛЬСТВО", "ЗАРЕЧНОЙ ОБЛАСТИ"),
     ("73-рп", "2021-04-15", "постановление", "Правительство Заречной области")),
]


@pytest.mark.parametrize(("source", "expected"), REQUISITES_ROW)
def test_requisites_in_a_row_of_cells(source: SourceDocument,
                                      expected: tuple[str | None, ...],
                                      tools: ExtractTools) -> None:
    number, date, act, issuer = expected
    doc = facts_of(source, tools).document
    assert doc is not None
    assert (doc.order_number, iso_date(doc.order_date_text), doc.act_type) == (number, date, act)
    assert doc.issuer == issuer


def test_requisites_row_without_number(tools: ExtractTools) -> None:
    """A draft's row with the number left blank gives no act's requisites."""
    doc = facts_of(_row_act(("от", "15 апреля 2021 года", "№", "", "г. Лесноборск"),
                            "ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ"), tools).document
    assert doc is not None
    assert doc.order_number is None


def test_requisites_row_in_a_pdf_line(tools: ExtractTools) -> None:
    """The same act printed as lines: its date line is read as before."""
    doc = facts_of(pdf_doc("ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ",
                           "от 15 апреля 2021 года № 73 г. Лесноборск",
                           "О внесении изменений в постановление Правительства Заречной "
                           "области от 2 июня 2018 года № 230",
                           "Правительство Заречной области постановляет:"), tools).document
    assert doc is not None
    assert (doc.order_number, iso_date(doc.order_date_text)) == ("73", "2021-04-15")


def test_restated_heading_left_on_a_dangling_word(tmp_path: Path, tools: ExtractTools) -> None:
    """A site's text keeps the narrow column's lines in one paragraph: the heading's line
    ending on "на" goes on in the years under it."""
    text = "\n".join((*_ACT, "изложив ее в следующей", "редакции:", "", *_STAMP, "",
                      "Государственная программа Заречной", "области \"Здоровое детство\" на",
                      "2015 - 2025 годы", "", "Паспорт государственной программы"))
    doc = facts_of(txt_doc(tmp_path, text), tools).document
    assert doc is not None
    assert (doc.kind, doc.title, doc.order_number) == ("programme", _TITLE, "212-П")
