"""A dash list item of a hard-wrapped text, then without a blank line a passport row's label or
a short label line closed by a colon: the item ends there and the label opens a paragraph of its
own; a wrap of the item (lower case, a name going on with a capital inside an open quote or
after an open word) stays the item's. (lines, paragraph texts) cases."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph
from ingest.text.item_ends import item_end_rule
from ingest.text.reader import read_text


def _paragraphs(lines: list[str]) -> list[str]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(("lines", "texts"), [
    # the tasks' last item, then the next passport row: label and value apart from the task
    (["Задачи программы", "- обновить материальную базу кружков;",
      "- расширить сеть летних площадок", "Сроки реализации программы 2025-2029 годы"],
     ["Задачи программы", "обновить материальную базу кружков;",
      "расширить сеть летних площадок", "Сроки реализации программы 2025-2029 годы"]),
    (["– вовлечь родителей в управление школой.", "Целевые индикаторы и показатели",
      "доля охваченных детей"],
     ["вовлечь родителей в управление школой.",
      "Целевые индикаторы и показатели\nдоля охваченных детей"]),
    (["- Устав учреждения «Радужный берег».", "Основные исполнители программы: педагоги"],
     ["Устав учреждения «Радужный берег».", "Основные исполнители программы: педагоги"]),
    # a plan's "Цель:" list, then its tasks introduced by a short label line
    (["- поддержка выбора профессии учениками", "Задачи работы по профориентации:",
      "- знакомство с предприятиями района;"],
     ["поддержка выбора профессии учениками", "Задачи работы по профориентации:",
      "знакомство с предприятиями района;"]),
    # wraps of one item: lower case, a capital inside an open quote, after an open word
    (["- проведение конкурса «Знатоки родного", "Приозерья» среди учеников;"],
     ["проведение конкурса «Знатоки родного\nПриозерья» среди учеников;"]),
    (["- приказ управления образования", "Сосновского округа от 3 мая;"],
     ["приказ управления образования\nСосновского округа от 3 мая;"]),
    (["- развитие технического творчества и", "Целевые программы района поддерживают его"],
     ["развитие технического творчества и\nЦелевые программы района поддерживают его"]),
    # a capitalised line that is no label: still the item's (a long sentence, no colon)
    (["- участие в олимпиадах;", "Олимпиады проводятся ежегодно для учеников пятых классов"],
     ["участие в олимпиадах;\nОлимпиады проводятся ежегодно для учеников пятых классов"]),
])
def test_dash_item_ends_before_a_label(lines: list[str], texts: list[str]) -> None:
    assert _paragraphs(lines) == texts


@pytest.mark.parametrize(("item", "line", "rule"), [
    (["- создать медиацентр"], "Объемы и источники финансирования", "row_label"),
    (["• организовать питание;"], "Ожидаемые результаты реализации", "row_label"),
    (["- провести смотр;"], "Направления работы с семьёй:", "label_line"),
    (["1. Провести смотр;"], "Ожидаемые результаты реализации", None),  # not a dash item
    (["- провести смотр «Весна"], "Ожидаемые результаты» в апреле", None),
])
def test_item_end_rule(item: list[str], line: str, rule: str | None) -> None:
    assert item_end_rule(item, line) == rule
