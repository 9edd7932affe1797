"""Build the samples of the kind's last rule, the genre words' vote (982_).

Run: .venv/bin/python samples/make_kind_vote_samples.py
Each document is our own (invented institutions) and reproduces a layout feature of real
institutions' pages where no rule but the vote names the kind:
- 982 (docx): a kindergarten's development programme shown only by its contents — a caption
  "Содержание Программы развития:" over a table of sections and pages (one of them "Концепция
  развития", a contents row, no name across the table); no title, owner or years.
(A page a site ran into one line is in tests/extract/test_extract_kind_vote.py: its title and
owner are not read yet, so it cannot be a sample that reads whole.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import grid_table, new_doc, para, save_deterministic

HERE = Path(__file__).parent

ROWS_982 = [
    ["№ п/п", "Разделы Программы развития", "Страница"],
    ["1.", "Паспорт Программы развития", "3-4"],
    ["2.", "Пояснительная записка", "5"],
    ["3.", "Информационная справка о детском саде", "6-8"],
    ["4.", "Анализ состояния и проблем", "9-12"],
    ["5.", "Концепция развития", "13-15"],
    ["6.", "Механизм реализации Программы развития", "16"],
]

def build_982(path: Path) -> None:
    doc = new_doc()
    para(doc, "Содержание Программы развития:", bold=True)
    grid_table(doc, ROWS_982, [1.5, 12.0, 3.0])
    save_deterministic(doc, path)


def main() -> int:
    build_982(HERE / "982_kedrovy_dou_devprog_contents_only.docx")
    print("wrote sample 982")
    return 0


if __name__ == "__main__":
    sys.exit(main())
