"""Tables printed one cell a paragraph whose rows open with a date (a site's text export of an
event plan): the header's captions give the width, a time or a bracketed note under a cell
stays in it, text after the last row stays text."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Table
from ingest.text.dated_paras import dated_runs
from ingest.text.reader import read_text


def _paras(*cells: str) -> str:
    return "\n\n".join(cells)


def _tables(text: str) -> list[Table]:
    doc = read_text(text.encode(), "d.txt", Limits())
    return [b for b in doc.blocks if isinstance(b, Table)]


HEAD = ("Дата, время", "Наименование мероприятия", "Место проведения", "Ответственный")


@pytest.mark.parametrize(("text", "rows"), [
    # a time under its date and a bracketed note under a place are one cell each
    (_paras("План мероприятий отдела культуры на май", *HEAD,
            "2.05.2026-15.05.2026", "Выставка детского рисунка «Весна в посёлке»",
            "Дома культуры", "(по графику)", "Отдел культуры",
            "9.05.2026", "10:00", "Концерт у мемориала", "пл. Победы", "Дом культуры «Заря»",
            "20.05.2026", "Вечер поэзии", "с.Ключи, клуб", "Библиотека",
            "Начальник отдела культуры О.П. Синицына"),
     [list(HEAD),
      ["2.05.2026-15.05.2026", "Выставка детского рисунка «Весна в посёлке»",
       "Дома культуры\n(по графику)", "Отдел культуры"],
      ["9.05.2026\n10:00", "Концерт у мемориала", "пл. Победы", "Дом культуры «Заря»"],
      ["20.05.2026", "Вечер поэзии", "с.Ключи, клуб", "Библиотека"]]),
    # dates written with the month's name; the text ends with the last row
    (_paras("Срок", "Мероприятие", "Исполнитель",
            "3 марта", "Семинар библиотекарей", "Центральная библиотека",
            "с 10 марта", "Конкурс чтецов", "Детская библиотека"),
     [["Срок", "Мероприятие", "Исполнитель"],
      ["3 марта", "Семинар библиотекарей", "Центральная библиотека"],
      ["с 10 марта", "Конкурс чтецов", "Детская библиотека"]]),
])
def test_rows_opened_by_dates(text: str, rows: list[list[str]]) -> None:
    (table,) = _tables(text)
    assert [[c.text for c in r.cells] for r in table.rows] == rows
    assert table.rows[0].header and not any(r.header for r in table.rows[1:])


def test_text_after_the_table_stays_a_paragraph() -> None:
    text = _paras(*HEAD, "4.06.2026", "Праздник двора", "сквер", "Клуб",
                  "11.06.2026", "Турнир по шашкам", "Клуб", "Клуб",
                  "Начальник отдела культуры О.П. Синицына")
    doc = read_text(text.encode(), "d.txt", Limits())
    assert [b.kind for b in doc.blocks] == ["table", "paragraph"]


@pytest.mark.parametrize("text", [
    # one row is no table
    _paras(*HEAD, "4.06.2026", "Праздник двора", "сквер", "Клуб"),
    # captions that do not open with the date column
    _paras("Наименование мероприятия", "Место проведения", "Дата",
           "Праздник двора", "сквер", "4.06.2026", "Турнир", "Клуб", "11.06.2026"),
    # two captions are too few to tell a header from text
    _paras("Дата", "Ответственный", "4.06.2026", "Клуб", "11.06.2026", "Школа"),
    # no date opens the body
    _paras(*HEAD, "Праздник двора", "сквер", "Клуб", "Отдел", "Турнир", "Клуб", "Клуб",
           "Отдел"),
])
def test_paragraphs_that_are_no_dated_table(text: str) -> None:
    assert dated_runs(text.split("\n")) == []


def test_a_row_too_long_ends_the_table() -> None:
    text = _paras(*HEAD, "4.06.2026", "Праздник двора", "сквер", "Клуб",
                  "11.06.2026", "Турнир", "Клуб", "Клуб",
                  "18.06.2026", "Закрытие сезона", "парк", "Отдел",
                  "25.06.2026", "Итоги месяца", "Отдел", "Отдел", "Совещание", "Отчёт",
                  "30.06.2026", "Выпускной вечер", "Школа", "Отдел")
    (run,) = dated_runs(text.split("\n"))
    assert [r[0].text for r in run.rows[1:]] == ["4.06.2026", "11.06.2026", "18.06.2026"]
