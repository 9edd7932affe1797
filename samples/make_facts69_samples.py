"""Build the generated sample of session facts69 (972_).

Run: .venv/bin/python samples/make_facts69_samples.py
The document is our own (an invented district, department and people) and reproduces layout
features of real appendices of municipal acts as legal sites print them:
- 972 (docx): a plan of measures printed as an act's appendix; over the act's approval stamp a
  legal site's note says a later act amended the appendix ("Приложение 2 изменено. -
  Постановление … от … N …"), which is no stamp of the document's own act; the heading split
  over two bold paragraphs; a five-column table (number, measure, date with a time, place,
  department and person in one cell) whose last row the page cut between a surname and its
  initials.
The other samples of the session (973-977) are plain texts written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import grid_table, new_doc, para, save_deterministic

HERE = Path(__file__).parent

PLAN_972 = [
    ["N п/п", "Мероприятие", "Дата", "Место проведения", "Ответственные"],
    ["1", "Праздничный концерт творческих коллективов для детей и родителей",
     "1 июня 11.00 ч.", "Сквер у Дома культуры", "Отдел культуры, Лебедева О.П."],
    ["2", "Конкурс рисунков на асфальте «Мир глазами детей»", "1 июня 12.00 ч.",
     "Площадь у здания администрации", "Отдел по социальной политике, Гущина Т.В."],
    ["3", "Спортивная эстафета для воспитанников летних пришкольных лагерей",
     "1 июня 14.00 ч.", "Стадион «Юность»", "Отдел по делам молодежи и спорта, Рябов С.К."],
    ["4", "Награждение победителей районного конкурса детских проектов", "1 июня 16.00 ч.",
     "Районный Дом культуры", "Отдел по социальной политике, Белов"],
]


def build_972(path: Path) -> None:
    doc = new_doc()
    para(doc, "Приложение 2 изменено. - Постановление администрации Заречного муниципального "
              "района от 14 марта 2025 г. N 233")
    for line in ("Приложение 2", "Утвержден постановлением",
                 "администрации Заречного муниципального района", "от 20 января 2025 г. N 41"):
        para(doc, line, align="right")
    para(doc, "План", bold=True, align="center")
    para(doc, "мероприятий по проведению Дня защиты детей", bold=True, align="center")
    grid_table(doc, PLAN_972, [1.2, 6.0, 2.6, 3.2, 4.0])
    save_deterministic(doc, path)


def main() -> int:
    build_972(HERE / "972_640b8a5b60247def.docx")
    print("wrote sample 972")
    return 0


if __name__ == "__main__":
    sys.exit(main())
