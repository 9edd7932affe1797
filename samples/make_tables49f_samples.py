"""Build the sample of a sports calendar plan typed in narrow Word columns (333_).

Run: .venv/bin/python samples/make_tables49f_samples.py
The document is our own (an invented district and school) and reproduces layout features of
real calendar plans of regional sports schools and roadmaps printed in narrow columns:
- an unnumbered row under a numbered one that opens alike ("Районные соревнования по
  волейболу среди юношей" / "… среди девушек") with the same organiser: an activity of its own;
- a legal form on its own line before the school's name in the organiser cell ("ГБУДО" /
  "«Кедровская СШ»", "МУДО" / "ДЮСШ № 2");
- (words a narrow PDF column breaks at its edge, "естественно-" / "научного", "Совет" /
  "а депутатов", are left to the unit tests: a site's text export of a Word table joins a
  cell's lines with spaces, which these rules do not read.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import centred_lines, new_doc, para, save_deterministic, set_cell_lines, set_widths

HERE = Path(__file__).parent
NAME_333 = "333_kedrovy_sport_calendar_plan_2025.docx"

HEADER = ["№\nп/п", "Наименование\nмероприятия", "Сроки\nпроведения", "Организаторы",
          "Ожидаемый\nрезультат"]
ROWS = [
    ["1", "Районные соревнования по\nволейболу среди юношей\n2011-2012 гг. р.", "Февраль",
     "Отдел\nобразования,\nГБУДО\n«Кедровская СШ»", "Протокол\nсоревнований"],
    ["", "Районные соревнования по\nволейболу среди девушек\n2011-2012 гг. р.", "Февраль",
     "Отдел\nобразования,\nГБУДО\n«Кедровская СШ»", "Протокол\nсоревнований"],
    ["2", "Районный турнир по шахматам\nсреди школьников", "Март",
     "Отдел\nобразования,\nМУДО\nДЮСШ № 2", "Приказ\nотдела\nобразования\nоб итогах"],
    ["3", "Конференция юных\nисследователей\nестественно-научного\nпрофиля", "Апрель",
     "МБОУ\n«Кедровская\nСОШ № 1»", "Решение\nСовета\nдепутатов\nо поощрении\nпобедителей"],
]


def build_333() -> None:
    doc = new_doc()
    centred_lines(doc, "КАЛЕНДАРНЫЙ ПЛАН\nспортивно-массовых и научных мероприятий с "
                  "обучающимися Кедровского района на 2025 год", bold=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for i, row in enumerate([HEADER, *ROWS]):
        for j, text in enumerate(row):
            set_cell_lines(table.rows[i].cells[j], text.split("\n"), bold=i == 0)
    set_widths(table, [1.0, 5.5, 2.5, 3.2, 2.8])
    para(doc, "")
    save_deterministic(doc, HERE / NAME_333)


if __name__ == "__main__":
    build_333()
    print(f"built {NAME_333}")
