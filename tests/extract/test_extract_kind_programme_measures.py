"""A page cut from a programme's measures table names nothing above it: a header naming a
(sub)programme's measures or spending makes the document a programme (rule
programme_measures in extract/facts/kinds_tables.py), its rows read or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

ROW = ("1.1", "Ремонт спортивного зала школы в посёлке Луговом", "2025", "400,0",
       "Зал отремонтирован")


def _page(tmp_path: Path, captions: list[str], row: tuple[str, ...]) -> Path:
    cells = [*captions, *(str(i) for i in range(1, len(captions) + 1)), *row]
    path = tmp_path / "page.txt"
    path.write_text("\n|\n".join(cells) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("captions", "row", "kind"), [
    (["N\nп/п", "Мероприятия подпрограммы", "Срок", "Расходы, тыс. руб.", "Результат"], ROW,
     "programme"),
    (["N\nп/п", "Цели, задачи, мероприятия", "Код бюджетной классификации", "2025",
      "Результат"], ROW, "programme"),
    # the measures' row cut by the page's end: the header still says whose table it is
    (["N\nп/п", "Цели, задачи, мероприятия подпрограммы", "Срок", "Расходы, тыс. руб.",
      "Результат"], ("1.1", "Ремонт спортивного зала школы в посёлке Луг"), "programme"),
    # a plan of activities names no programme: a roadmap
    (["N\nп/п", "Мероприятие", "Срок", "Ответственный", "Результат"],
     ("1", "Ремонт спортивного зала", "2025", "Отдел образования", "Зал отремонтирован"),
     "roadmap"),
], ids=["subprogramme-measures", "budget-code", "cut-row", "plan"])
def test_kind_of_a_measures_table(tmp_path: Path, captions: list[str], row: tuple[str, ...],
                                  kind: str) -> None:
    record = process_file(_page(tmp_path, captions, row))
    assert record.document.kind == kind
