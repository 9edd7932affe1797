"""Goals and tasks whose list a reader kept inside one paragraph's lines: a Word paragraph of
numbered items broken by line breaks with loose numbers ("1.Обеспечение" / "2 Создание" /
"3. Повысить"), a text export's item swallowing the next one whose loose number the reader
took for a wrapped line, and a short text export saved a paragraph per line that the reader
joined (goal sentence, "… следующих задач:", items in lower case). Each form reads as the
list it is (cross-format task xf12)."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.limits import Limits
from ingest.models import SourceDocument
from ingest.text.reader import read_text
from tests.extract.facts_helpers import docx_doc


def _txt(text: str) -> SourceDocument:
    blocks = read_text(text.encode(), "t.txt", Limits()).blocks
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


_TASKS = ("Обеспечение подвоза учеников сельских школ",
          "Создание кружков робототехники",
          "Обновить спортивные залы школ района")


@pytest.mark.parametrize("items", [
    # a Word paragraph: loose and strict numbers on lines of one paragraph
    "1.Обеспечение подвоза учеников сельских школ.\n2 Создание кружков робототехники.\n"
    "3. Обновить спортивные залы школ района.",
    # numbered strictly, one wrapped item's rest in lower case
    "1. Обеспечение подвоза учеников\nсельских школ;\n2. Создание кружков робототехники;\n"
    "3. Обновить спортивные залы школ района.",
])
def test_numbered_lines_of_one_paragraph(tools: ExtractTools, items: str) -> None:
    found = extract(docx_doc("Программа развития образования Лесного района",
                             "Задачи Программы:", items), Found(), tools)
    assert found.tasks == _TASKS


def test_text_export_item_swallowing_the_next(tools: ExtractTools) -> None:
    text = ("Программа развития школы № 3 посёлка Сосновка\nЗадачи Программы развития:\n"
            "1.Обеспечение подвоза учеников сельских школ.\n2 Создание кружков робототехники.\n"
            "3. Обновить спортивные залы школ района.\n")
    assert extract(_txt(text), Found(), tools).tasks == _TASKS


@pytest.mark.parametrize(("lines", "goals", "tasks"), [
    (("Целью подпрограммы является рост охвата детей Кедровского района кружками "
      "технического творчества за счет открытия новых объединений в школах и домах "
      "творчества района и обновления их оборудования.",
      "Достижение цели возможно при решении следующих задач:",
      "открытие новых объединений технического творчества в сельских школах и в домах "
      "творчества, работающих в районном центре и в крупных поселках района;",
      "обновление оборудования кружков."),
     ("рост охвата детей Кедровского района кружками технического творчества за счет "
      "открытия новых объединений в школах и домах творчества района и обновления их "
      "оборудования",),
     ("открытие новых объединений технического творчества в сельских школах и в домах "
      "творчества, работающих в районном центре и в крупных поселках района",
      "обновление оборудования кружков")),
])
def test_joined_lines_of_a_text_export(tools: ExtractTools, lines: tuple[str, ...],
                                       goals: tuple[str, ...], tasks: tuple[str, ...]) -> None:
    found = extract(_txt("\n".join(lines) + "\n"), Found(), tools)
    assert (found.goals, found.tasks) == (goals, tasks)


@pytest.mark.parametrize("text", [
    # numbers that do not run on one by one are no list (a date, a sum on the next line)
    "1. Обеспечение подвоза учеников.\n5 Создание кружков робототехники.",
    # a sentence's lines, not a colon's list
    "Программа решает задачи района.\nобновление залов;\nремонт школ.",
])
def test_no_list_in_the_lines(tools: ExtractTools, text: str) -> None:
    found = extract(docx_doc("Программа развития образования Лесного района", text),
                    Found(), tools)
    assert found.tasks == ()
