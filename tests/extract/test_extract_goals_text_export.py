"""Goals and tasks of a site's text export that prints a line per paragraph without blank
lines between them: the reader runs a heading, "Цели: …" and "Задачи: …" into one paragraph;
each labelled line is still read as its statement."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.limits import Limits
from ingest.models import SourceDocument
from ingest.text.reader import read_text


def _doc(text: str) -> SourceDocument:
    blocks = read_text(text.encode(), "t.txt", Limits()).blocks
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


@pytest.mark.parametrize(("lines", "goals", "tasks"), [
    (("2. Цели и задачи подпрограммы",
      "Цели: равный доступ детей Лесного округа к дополнительному образованию;",
      "обновление оборудования кружков в сельских школах.",
      "Задачи: открытие новых кружков технической направленности"),
     ("равный доступ детей Лесного округа к дополнительному образованию",
      "обновление оборудования кружков в сельских школах"),
     ("открытие новых кружков технической направленности",)),
    (("Подпрограмма «Здоровый школьник»",
      "Цель подпрограммы – сохранение здоровья обучающихся",
      "Задачи подпрограммы: организация горячего питания; проведение медосмотров"),
     ("сохранение здоровья обучающихся",),
     ("организация горячего питания", "проведение медосмотров")),
])
def test_labelled_lines_inside_one_paragraph(
        tools: ExtractTools, lines: tuple[str, ...], goals: tuple[str, ...],
        tasks: tuple[str, ...]) -> None:
    found = extract(_doc("\n".join(lines)), Found(), tools)
    assert (found.goals, found.tasks) == (goals, tasks)
