"""Plan tables a site's text export prints column by column, and sub-items under a lead-in
row: (text, expected) cases in our own words for invented places.

- dated-list lines that are cells of other columns (captions, row numbers, deadline cells)
  glued into "events": the run is refused, no activities;
- dash-led lines under a lead-in row ending with a colon, each with its own date or executor
  cell: rows (activities) of their own, the lead-in none."""

from __future__ import annotations

from functools import cache

import pytest

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


def _draft(text: str, name: str = "plan.txt") -> Draft:
    read = read_text(text.encode("utf-8"), name, DEFAULT_LIMITS)
    doc = SourceDocument(file=name, sha256="0" * 64, format="txt", blocks=read.blocks)
    return extract_document(doc, tools(), debug=True)


# the executors' column printed in a run after the titles, a row number on its own line
DUMP_EXECUTORS = """План по охране труда МБДОУ «Детский сад «Ёлочка» п. Кедровый на 2024 год
№
Наименование работ
1
Обновление инструкций по охране труда
Срок
Ответственные
Январь
Заведующий
Завхоз
2
Март
Ответственный
за охрану труда
Постоянно
Ответственный
за охрану труда
Апрель
Завхоз"""

# captions printed after the first cells, dates and numbers glued into the run
DUMP_CAPTIONS = """График контрольных работ МБОУ «Лесная СОШ» на 2024-2025 уч.г.
Наименование работы
Стартовая работа по математике
Итоговая работа по чтению
Сентябрь
школьный
Участники
Дата проведения
Ответственные
3 класс
10.09-15.09.2024
Декабрь
школьный
4 класс
16.12.2024
Май
школьный
1."""

EVENTS = """План мероприятий клуба «Родничок» п. Сосновка на 2025 год
Сентябрь
Праздник открытия сезона в клубе
Октябрь
Осенняя ярмарка поделок воспитанников
Январь-Февраль
Лыжные соревнования между объединениями"""


@pytest.mark.parametrize(("text", "titles", "trace"), [
    (DUMP_EXECUTORS, [], "dated_lists:table_columns_refused(2/3 items with column caption, "
                         "row number)"),
    (DUMP_CAPTIONS, [], "dated_lists:table_columns_refused(3/3 items with column caption, "
                        "deadline cell, row number)"),
    # a true list of date lines and events keeps its activities
    (EVENTS, ["Праздник открытия сезона в клубе", "Осенняя ярмарка поделок воспитанников",
              "Лыжные соревнования между объединениями"], "dated_lists:date_line_then_event(3)"),
])
def test_a_table_printed_by_columns_gives_no_glued_activities(
        text: str, titles: list[str], trace: str) -> None:
    draft = _draft(text)
    assert [a.title for a in draft.activities] == titles
    assert trace in draft.trace


HEAD = ("План подготовки к итоговой аттестации МБОУ «Заречная СОШ» на 2025-2026 учебный год\n\n"
        "№\tМероприятие\tСрок\tОтветственный\n"
        "1\tСоставление плана подготовки\tсентябрь\tзаместитель директора\n")
TAIL = "3\tСобрание для родителей выпускников\tмарт\tклассные руководители\n"


@pytest.mark.parametrize(("rows", "titles"), [
    # dash-led sub-items, each with its own date and executor: rows of their own
    ("2\tПроведение диагностики:\t\t\n\t- входной контроль по математике\tоктябрь\tучителя\n"
     "\t- пробный экзамен по русскому языку\tдекабрь\tучителя\n",
     ["Составление плана подготовки", "входной контроль по математике",
      "пробный экзамен по русскому языку", "Собрание для родителей выпускников"]),
    # a sub-item wrapped over two lines keeps its tail
    ("2\tПроведение диагностики:\t\t\n\t- входной контроль\tоктябрь\tучителя\n"
     "\tпо математике\t\t\n\t- пробный экзамен\tдекабрь\tучителя\n",
     ["Составление плана подготовки", "входной контроль по математике", "пробный экзамен",
      "Собрание для родителей выпускников"]),
    # one dash line with the cells (centred beside the list): one activity, as before
    ("2\tПроведение диагностики:\t\t\n\t- входной контроль;\tоктябрь\tучителя\n"
     "\t- пробный экзамен\t\t\n",
     ["Составление плана подготовки",
      "Проведение диагностики: - входной контроль; - пробный экзамен",
      "Собрание для родителей выпускников"]),
    # a dash list inside the lead-in's own cell, its date on the lead-in line: one activity
    ("2\tПроведение диагностики:\tоктябрь\tучителя\n\t- входной контроль;\t\t\n"
     "\t- пробный экзамен\t\t\n",
     ["Составление плана подготовки",
      "Проведение диагностики: - входной контроль; - пробный экзамен",
      "Собрание для родителей выпускников"]),
])
def test_sub_items_with_own_cells_under_a_lead_in_are_rows(rows: str, titles: list[str]) -> None:
    draft = _draft(HEAD + rows + TAIL)
    assert [a.title for a in draft.activities] == titles


FLAT_HEAD = ("План подготовки к итоговой аттестации МБОУ «Заречная СОШ» на 2025-2026 уч. год\n\n"
             "№     Мероприятие                              Срок          Ответственный\n"
             "1     Составление плана подготовки             сентябрь      заместитель директора\n")
FLAT_TAIL = "3     Собрание для родителей выпускников       март          классные руководители\n"


@pytest.mark.parametrize(("rows", "titles"), [
    # a flattened table (cells apart by spaces): the dash items with cells are rows
    ("2     Проведение диагностики:\n"
     "      - входной контроль по математике         октябрь       учителя математики\n"
     "      - пробный экзамен по русскому языку      декабрь       учителя\n",
     ["Составление плана подготовки", "входной контроль по математике",
      "пробный экзамен по русскому языку", "Собрание для родителей выпускников"]),
    # no lead-in colon: no sub-item rows (the dash lines stay in the row above)
    ("2     Проведение диагностики\n"
     "      - входной контроль по математике         октябрь       учителя математики\n"
     "      - пробный экзамен по русскому языку      декабрь       учителя\n", None),
    # one dash item only: it may be the lead-in's own cells printed beside its list
    ("2     Проведение диагностики:\n"
     "      - входной контроль по математике         октябрь       учителя математики\n",
     None),
])
def test_flattened_sub_items_with_own_cells_are_rows(rows: str, titles: list[str] | None) -> None:
    draft = _draft(FLAT_HEAD + rows + FLAT_TAIL)
    if titles is None:
        assert not any("[flat_sub_item]" in t for t in draft.trace)
    else:
        assert [a.title for a in draft.activities] == titles
        assert sum("[flat_sub_item]" in t for t in draft.trace) == 2
