"""A measures table's total row ("Итого", "ИТОГО по задаче 1:") under a numbered activity sums
the money of the rows above: it is neither a new activity nor a wrapped line of the one above."""

from __future__ import annotations

import pytest
from extract_tables_helpers import run, table, tsv


@pytest.mark.parametrize("total", ["Итого", "ИТОГО по задаче 1:", "Итого по подпрограмме"])
def test_total_row_is_no_activity(total: str) -> None:
    rows = tsv(f"""
№ п/п | Наименование мероприятия | Срок исполнения | Исполнитель | Объем финансирования, тыс. руб.
1.1. | Ремонт спортивного зала школы № 2 | 2024 год | управление образования | 1200,0
1.2. | Закупка инвентаря для секций | 2025 год | школы района | 300,0
 | {total} |  |  | 1500,0
""")
    found = run(table(rows))
    assert [a.title for a in found.activities] == [
        "Ремонт спортивного зала школы № 2", "Закупка инвентаря для секций"]
