"""Value columns of plan and report tables (session tables73): an activity table's column
captioned as the indicators' values gives no result (CONTRACT `result`), and one value column
of no kind under a heading naming one year holds that year's values of the document's kind
(a self-examination's indicators are facts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize.models import Record
from normalize.record import Tools, default_tools
from pipelines.run import process_file


@pytest.fixture(scope="module")
def tools() -> Tools:
    return default_tools()


def _record(text: str, tmp_path: Path, tools: Tools) -> Record:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return process_file(path, tools)


PLAN = ("Перечень основных мероприятий муниципальной программы Лесного района\n"
        "| N п/п | Наименование мероприятия | Исполнитель | Срок начала реализации"
        " | Срок окончания реализации | {caption} |\n"
        "| 1 | Проведение родительских собраний по безопасности детей | Отдел образования"
        " | 2024 | 2025 | {cell} |\n")


@pytest.mark.parametrize(("caption", "cell", "result"), [
    # the indicators the measure serves, named in a column of their values: no result
    ("Значение целевых индикаторов по годам", "Доля родителей, посетивших собрания", None),
    ("Значение показателя", "100 %", None),
    # a column naming what the measure achieves is its result
    ("Показатель результата", "Доля родителей, посетивших собрания",
     "Доля родителей, посетивших собрания"),
    ("Ожидаемый результат", "Проведено 12 собраний", "Проведено 12 собраний"),
])
def test_indicator_value_column_is_no_result(caption: str, cell: str, result: str | None,
                                             tmp_path: Path, tools: Tools) -> None:
    rec = _record(PLAN.format(caption=caption, cell=cell), tmp_path, tools)
    assert [a.result for a in rec.activities] == [result]


REPORT = """{heading}
| N п/п | Показатели | Единица измерения | {caption} |
| 1.1 | Общая численность обучающихся | человек | 230 |
| 1.2 | Доля педагогов с первой категорией | % | 40 |
"""


@pytest.mark.parametrize(("heading", "caption", "values"), [
    ("ПОКАЗАТЕЛИ ДЕЯТЕЛЬНОСТИ МБОУ «СОШ № 2» ПО ИТОГАМ САМООБСЛЕДОВАНИЯ ЗА 2025 ГОД",
     "Значение", [(2025, "fact", 230.0), (2025, "fact", 40.0)]),
    ("Отчет о результатах самообследования МБОУ «СОШ № 2» за 2024 год",
     "Количество", [(2024, "fact", 230.0), (2024, "fact", 40.0)]),
])
def test_one_value_column_takes_the_heading_year(heading: str, caption: str,
                                                 values: list[tuple[int, str, float]],
                                                 tmp_path: Path, tools: Tools) -> None:
    rec = _record(REPORT.format(heading=heading, caption=caption), tmp_path, tools)
    got = [(v.year, v.kind, v.value) for i in rec.indicators for v in i.values]
    assert got == values
