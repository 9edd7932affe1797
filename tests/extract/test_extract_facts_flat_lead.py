"""A plan table flattened into one paragraph with the plan's title printed before it as a
plain sentence (extract/facts/flat_lead.py): the title is the document's title. Invented
wording."""

from __future__ import annotations

from functools import cache

import pytest

from extract.flat_paragraph import flattened_lead
from extract.models import Draft
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.limits import DEFAULT_LIMITS
from ingest.models import SourceDocument
from ingest.text.reader import read_text
from normalize.record import default_tools
from pipelines.run import extract_tools

ROWS = ("1. Викторина «Города-герои» (5-6 кл.) март Орлова Н. В. 2. Смотр строя и песни "
        "20 марта Учителя физкультуры 3. Акция «Письмо ветерану» апрель Кл. рук.")


@cache
def tools() -> ExtractTools:
    return extract_tools(default_tools())


def _draft(text: str) -> Draft:
    read = read_text(text.encode("utf-8"), "plan.txt", DEFAULT_LIMITS)
    doc = SourceDocument(file="plan.txt", sha256="0" * 64, format="txt", blocks=read.blocks)
    return extract_document(doc, tools())


@pytest.mark.parametrize(("text", "lead"), [
    (f"План мероприятий ко Дню космонавтики. № п/п Мероприятие Дата Ответственный {ROWS}",
     "План мероприятий ко Дню космонавтики."),
    # a lead of two sentences is left whole to the title rules (they cut its first sentence)
    (f"План мероприятий ко Дню космонавтики. МОУ «Лесная школа» № п/п Мероприятие Дата "
     f"Ответственный {ROWS}", "План мероприятий ко Дню космонавтики. МОУ «Лесная школа»"),
    # the header first: no lead
    (f"№ п/п Мероприятие Дата Ответственный {ROWS}", None),
    # no flattened table at all
    ("План мероприятий ко Дню космонавтики утверждён на заседании совета школы.", None),
])
def test_lead_of_a_flattened_paragraph(text: str, lead: str | None) -> None:
    assert flattened_lead(text, tools()) == lead


def test_lead_is_the_plan_title() -> None:
    text = (f"План мероприятий, посвящённых Дню космонавтики. № п/п Мероприятие Дата "
            f"Ответственный {ROWS} 4. Конкурс рисунков «Космос» апрель Учителя ИЗО 5. Встреча "
            "с выпускниками лётного училища 12 апреля Орлова Н. В. 6. Выставка моделей "
            "«Звёздный путь» апрель Учителя технологии\n")
    draft = _draft(text)
    assert draft.document.title == "План мероприятий, посвящённых Дню космонавтики"
    assert len(draft.activities) == 6
