"""Build the samples of the self-examination indicator form (401_, 402_).

Run: .venv/bin/python samples/make_tables46b_samples.py
Each document is our own (invented preschools and numbers) and reproduces a layout feature of
real documents of the genre — the federal self-examination indicator form, whose "Единица
измерения" column holds each value glued to its unit:
- 401 (txt): a site page's text of the form, one cell a line with no blank line at all, a
  "№ п/п" line opening the header, a caption wrapped in lower case, values glued to their unit
  ("64человек", "3Человек," / "5%"), section rows whose only other cell is the unit, a yes/no
  answer; the heading names the year;
- 402 (docx): the same form as a Word table whose heading names no year ("256 человек/100%",
  "250 человек 98%", a bare "0", a section row with an empty value cell): the values cannot be
  tied to a year, so the indicators have none.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import centred_lines, grid_table, new_doc, para, save_deterministic

HERE = Path(__file__).parent

TXT_401 = """Отчет о результатах самообследования МБДОУ «Детский сад № 3» за 2025 год
Показатели работы детского сада, подлежащего самообследованию
за 2025 год
№ п/п
Показатели
Единица
измерения
1
Образовательная деятельность
человек
1.1
Общее число детей, которые осваивают программу дошкольного образования,
в том числе:
64человек
1.1.1
В группах полного дня (10,5 часов)
60человек
1.1.2
В группах кратковременного пребывания
4человек
1.2
Число детей младше трех лет
15человек
1.3
Число детей от трех до семи лет
49человек
1.4
Число/доля детей с ограниченными возможностями здоровья в общем
числе детей
3Человек,
5%
1.5
Средний показатель пропущенных по болезни дней на одного ребенка
7день
2
Инфраструктура
кв. м
2.1
Общая площадь помещений для занятий с детьми в расчете на одного ребенка
4,5кв. м
2.2
Наличие физкультурного зала
да
"""

ROWS_402 = [
    ["№ п/п", "Показатели", "Единица измерения"],
    ["1.", "Образовательная деятельность", ""],
    ["1.1", "Общее число воспитанников, посещающих детский сад, в том числе:", "120 человек"],
    ["1.1.1", "В режиме полного дня (10,5 часов)", "120 человек/100%"],
    ["1.1.2", "В режиме кратковременного пребывания", "0"],
    ["1.2", "Число/доля воспитанников, получающих услуги присмотра и ухода:",
     "118 человек 98%"],
    ["1.3", "Число педагогов, в том числе:", "12 человек"],
    ["1.3.1", "с высшим образованием", "9 человек/75%"],
]


def build_402(path: Path) -> None:
    doc = new_doc()
    centred_lines(doc, "Отчет о результатах самообследования\nМБДОУ «Детский сад № 5»", bold=True)
    para(doc, "Ниже приведены показатели деятельности детского сада.")
    grid_table(doc, ROWS_402, [1.5, 11.0, 4.0])
    save_deterministic(doc, path)


def main() -> int:
    (HERE / "401_sosnovka_dou3_selfexam_form_2025.txt").write_text(TXT_401, encoding="utf-8")
    build_402(HERE / "402_lesnoy_dou5_selfexam_form.docx")
    print("wrote samples 401, 402")
    return 0


if __name__ == "__main__":
    sys.exit(main())
