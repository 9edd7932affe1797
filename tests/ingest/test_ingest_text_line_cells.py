"""A plan table printed one cell a line under a caption paragraph with no "№" caption."""

from __future__ import annotations

import pytest

from ingest.text.line_cells import line_run_at

_PLAN = """

Мероприятие
Срок
Участники
Ответственный

Общие дела


1
Выставка поделок «Осенний букет»
Октябрь

2-4 классы
Учитель технологии

2
Классные часы о родном крае
в течение года
1-4 классы
Заместитель директора по ВР,
классные руководители

3
Конкурс чтецов
ноябрь
3 классы
Завуч
директор


Директор школы          И.И. Петров
"""


@pytest.mark.parametrize(("text", "expected"), [
    (_PLAN, [["", "Мероприятие", "Срок", "Участники", "Ответственный"],
             ["Общие дела"],
             ["1", "Выставка поделок «Осенний букет»", "Октябрь", "2-4 классы",
              "Учитель технологии"],
             ["2", "Классные часы о родном крае", "в течение года", "1-4 классы",
              "Заместитель директора по ВР,\nклассные руководители"],
             ["3", "Конкурс чтецов", "ноябрь", "3 классы", "Завуч\nдиректор"]]),
    # one numbered item is a list, not a table
    ("\nМероприятие\nСрок\nОтветственный\n\n1\nСбор\nМай\nДиректор\n\nТекст после.\n", None),
    # a caption paragraph of long lines is text
    ("\nВ школе прошла неделя\nТеатра и музыки для всех\nДетей\n\n1\nа\nб\nв\n\n2\nа\nб\nв\n",
     None),
])
def test_line_cells(text: str, expected: list[list[str]] | None) -> None:
    raw = text.split("\n")
    run = line_run_at(raw, next(i for i, line in enumerate(raw) if line))
    if expected is None:
        assert run is None
        return
    assert run is not None
    texts = [t.text for t in run.tokens]
    assert texts == [cell for row in expected for cell in row]
    assert "Директор школы" not in "\n".join(raw[run.start:run.end])
