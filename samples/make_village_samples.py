"""Build the sample of task village (335_): a village school's plan owner read with its village.

Run: .venv/bin/python samples/make_village_samples.py
The document is our own (an invented village school) and reproduces a layout of real schools'
pages: a development programme shown only by its contents — a caption "Содержание Программы
развития" over a table of sections and pages whose first row names the owner after the plan's
words by its short name and its village, the village's mark glued to its name ("МКОУ ООШ
с.Озёрки"); no title, years or signatures.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import grid_table, new_doc, para, save_deterministic

HERE = Path(__file__).parent

ROWS_335 = [
    ["№", "Раздел", "Стр."],
    ["1.", "Паспорт Программы развития МКОУ ООШ с.Озёрки", "3"],
    ["2.", "Информационная справка о школе", "5"],
    ["3.", "Проблемный анализ работы школы", "7"],
    ["4.", "Цель и задачи развития", "10"],
    ["5.", "Ожидаемые результаты", "12"],
    ["6.", "Управление реализацией Программы развития", "14"],
]


def build_335(path: Path) -> None:
    doc = new_doc()
    para(doc, "Содержание Программы развития", bold=True)
    grid_table(doc, ROWS_335, [1.2, 12.5, 2.0])
    save_deterministic(doc, path)


def main() -> int:
    build_335(HERE / "335_ozerki_oosh_devprog_contents_2025.docx")
    print("wrote sample 335")
    return 0


if __name__ == "__main__":
    sys.exit(main())
