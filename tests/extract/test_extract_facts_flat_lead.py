"""A plan table flattened into one paragraph with the plan's title printed before it as a
plain sentence (extract/facts/flat_lead.py): the title is the document's title. Invented
wording."""

from __future__ import annotations

import pytest

from extract.flat_paragraph import flattened_lead
from tests.extract.text_draft import full_tools, text_draft

ROWS = ("1. Викторина «Города-герои» (5-6 кл.) март Орлова Н. В. 2. Смотр строя и песни "
        "20 марта Учителя физкультуры 3. Акция «Письмо ветерану» апрель Кл. рук.")


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
    assert flattened_lead(text, full_tools()) == lead


def test_lead_is_the_plan_title() -> None:
    text = (f"План мероприятий, посвящённых Дню космонавтики. № п/п Мероприятие Дата "
            f"Ответственный {ROWS} 4. Конкурс рисунков «Космос» апрель Учителя ИЗО 5. Встреча "
            "с выпускниками лётного училища 12 апреля Орлова Н. В. 6. Выставка моделей "
            "«Звёздный путь» апрель Учителя технологии\n")
    draft = text_draft(text, debug=False)
    assert draft.document.title == "План мероприятий, посвящённых Дню космонавтики"
    assert len(draft.activities) == 6
