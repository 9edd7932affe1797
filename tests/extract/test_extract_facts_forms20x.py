"""Document facts whatever format carries them (issue 11, helper xff): a title page's bracketed
note on whom a programme is for and how long it runs ends the title, in a text export, a PDF or a
DOCX paragraph alike. Invented bodies, places and wording."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from ingest.registry import read_document

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc

_CAMP = ("ПРОГРАММА ЛЕТНЕГО ОТДЫХА", "пришкольного оздоровительного лагеря", "«Радуга»")
_CAMP_TITLE = "ПРОГРАММА ЛЕТНЕГО ОТДЫХА пришкольного оздоровительного лагеря «Радуга»"
_NOTES = [
    # the bracket left open on its line, closed a line later
    ("(возраст участников 8 – 14 лет, срок реализации – с 1 по 21 июня 2024 года", "(3 недели)"),
    ("(срок реализации: июнь 2024 г.)",),
    ("(продолжительность смены – 18 дней)",),
    ("(Возраст детей: 7-12 лет)",),
]


def _docs(lines: tuple[str, ...]) -> list[SourceDocument]:
    tail = ("Составитель: Лебедева Н.А., старший вожатый", "с. Заречное, 2024")
    every = (*lines, *tail)
    return [lines_doc("\n".join(every)), pdf_doc(*every, bold=(0, 1, 2)),
            docx_doc("\n".join(lines), *tail, bold=(0,))]


@pytest.mark.parametrize("note", _NOTES)
def test_audience_note_ends_the_title(tools: ExtractTools, note: tuple[str, ...]) -> None:
    for doc in _docs((*_CAMP, *note)):
        assert extract(doc, Found(), tools).document.title == _CAMP_TITLE, doc.format


# (lines, title): a bracket that is the title's own words stays on it
OWN_BRACKETS = [
    (("ПРОГРАММА РАЗВИТИЯ", "МБОУ «Озёрная СОШ»", "(2024 – 2028 годы)"),
     "ПРОГРАММА РАЗВИТИЯ МБОУ «Озёрная СОШ» (2024 – 2028 годы)"),
    (("Программа летнего отдыха", "(лагерь с дневным пребыванием)", "«Колосок» на 2024 год"),
     "Программа летнего отдыха (лагерь с дневным пребыванием) «Колосок» на 2024 год"),
]


@pytest.mark.parametrize(("lines", "title"), OWN_BRACKETS)
def test_own_bracket_stays_on_the_title(tools: ExtractTools, lines: tuple[str, ...],
                                        title: str) -> None:
    doc = lines_doc("\n".join((*lines, "Составитель: Лебедева Н.А.", "с. Заречное, 2024")))
    assert extract(doc, Found(), tools).document.title == title


_CAPS = ("ПРОГРАММА ВОСПИТАНИЯ", "НА 2024-2027 ГОДЫ", "МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ УЧРЕЖДЕНИЕ",
         "ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ «ДОМ ТВОРЧЕСТВА»")


# a capitals heading closed by its years, the owner's name in capitals under it: one paragraph
# (a text export's lines read as one block, a DOCX paragraph broken by line breaks) or a block
# a line, the title ends at the years
@pytest.mark.parametrize("make", [
    lambda: docx_doc("\n".join(_CAPS), "г. Заречный, 2024", "Пояснительная записка"),
    lambda: lines_doc("\n".join((*_CAPS, "", "г. Заречный, 2024", "Пояснительная записка"))),
    lambda: pdf_doc(*_CAPS, "г. Заречный, 2024", "Пояснительная записка"),
])
def test_capitals_heading_ends_at_its_years(tools: ExtractTools,
                                            make: Callable[[], SourceDocument]) -> None:
    doc = make()
    assert extract(doc, Found(), tools).document.title == "ПРОГРАММА ВОСПИТАНИЯ НА 2024-2027 ГОДЫ"


_HEAD = ("АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНЫЙ", "", "ПОСТАНОВЛЕНИЕ", "от 12 марта 2015 г. N 210")
_BODY = ("В целях поддержки одарённых детей администрация города Заречный постановляет:",
         "1. Утвердить прилагаемую муниципальную программу.")


# (subject's lines, title): a text export keeps the act's header lines in one block and sets
# the programme's quoted name apart after blank lines, its last line run into the preamble
SPLIT_SUBJECTS = [
    (("ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ", "", '"ПОДДЕРЖКА ОДАРЁННЫХ ДЕТЕЙ', "",
      'НА 2015-2017 ГОДЫ"'),
     'ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ "ПОДДЕРЖКА ОДАРЁННЫХ ДЕТЕЙ НА 2015-2017 ГОДЫ"'),
    (("Об утверждении муниципальной программы", "", '"Поддержка одарённых детей на 2015-2017 '
      'годы"'),
     'Об утверждении муниципальной программы "Поддержка одарённых детей на 2015-2017 годы"'),
]


@pytest.mark.parametrize(("subject", "title"), SPLIT_SUBJECTS)
def test_subject_split_by_blank_lines(tools: ExtractTools, tmp_path: Path,
                                      subject: tuple[str, ...], title: str) -> None:
    path = tmp_path / "act.txt"
    path.write_text("\n".join((*_HEAD, *subject, *_BODY)) + "\n", encoding="utf-8")
    assert extract(read_document(path), Found(), tools).document.title == title
