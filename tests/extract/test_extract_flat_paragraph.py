"""A whole plan table flattened into one paragraph by a site's export
(extract/flat_paragraph.py): cut back into header, section and row lines, then read by
flat_rows like a table flattened into lines; a section restarts the row numbering."""

from __future__ import annotations

from functools import cache

import pytest

from extract.flat_paragraph import unflatten
from extract.models import Draft
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.limits import DEFAULT_LIMITS
from ingest.models import SourceDocument
from ingest.text.reader import read_text
from normalize.record import default_tools
from pipelines.run import extract_tools


@cache
def tools() -> ExtractTools:
    return extract_tools(default_tools())


HEAD = "План мероприятий к юбилею посёлка Сосновка. МБОУ «Сосновская СОШ»"
ROW1 = "1 Выставка рисунков «Мой посёлок». 05.03.2025 Учителя ИЗО"
ROW2 = "2 Краеведческая викторина для 5-7 классов Апрель 2025г Петрова А.Н."
ROW3 = "1 Подборка книг о посёлке В течение года Библиотекарь"


@pytest.mark.parametrize(("text", "lines"), [
    # header after the heading, a section under it, rows by their bare numbers, a heading
    # mark before the next section, the numbering restarting at 1
    (f"{HEAD} № п/п Мероприятие Дата Ответственный Школьные мероприятия {ROW1} {ROW2} "
     f"^ Работа библиотеки {ROW3}",
     [HEAD, "№ п/п Мероприятие Дата Ответственный", "Школьные мероприятия", ROW1, ROW2,
      "Работа библиотеки", ROW3]),
    # a number inside a cell before a lower-case word ("1 сентября") is no row
    (f"{HEAD} № Мероприятие Срок Ответственный {ROW1} 2 Линейка ко Дню знаний 1 сентября "
     "Ст. вожатая 3 Концерт для ветеранов Май 2025г Педагог-организатор",
     [HEAD, "№ Мероприятие Срок Ответственный", ROW1,
      "2 Линейка ко Дню знаний 1 сентября Ст. вожатая",
      "3 Концерт для ветеранов Май 2025г Педагог-организатор"]),
    # prose with a number sign and numbers, but no header: nothing to cut
    (f"{HEAD}. В 2025 году в школе № 3 пройдут 2 конкурса и 1 выставка, в которых примут "
     "участие учащиеся 5-11 классов, их родители и педагоги школы, а также гости посёлка.",
     None),
])
def test_flattened_paragraph_is_cut_into_lines(text: str, lines: list[str] | None) -> None:
    assert unflatten(text, tools()) == lines


def _draft(text: str, name: str = "plan.txt") -> Draft:
    read = read_text(text.encode("utf-8"), name, DEFAULT_LIMITS)
    doc = SourceDocument(file=name, sha256="0" * 64, format="txt", blocks=read.blocks)
    return extract_document(doc, tools(), debug=True)


def test_rows_of_a_flattened_paragraph_are_activities() -> None:
    text = (f"{HEAD} № п/п Мероприятие Дата Ответственный Школьные мероприятия {ROW1} {ROW2} "
            f"^ Работа библиотеки {ROW3}\n")
    got = [(a.number, a.section, a.title, a.deadline_text, a.responsibles_text)
           for a in _draft(text).activities]
    assert got == [
        ("1", "Школьные мероприятия", "Выставка рисунков «Мой посёлок».", "05.03.2025",
         "Учителя ИЗО"),
        ("2", "Школьные мероприятия", "Краеведческая викторина для 5-7 классов", "Апрель 2025г",
         "Петрова А.Н."),
        ("1", "Работа библиотеки", "Подборка книг о посёлке", "В течение года", "Библиотекарь"),
    ]
