"""Build the sample of task campaigns that needs a Word file (803); 802 and 804 are plain text
written by hand.

Run: .venv/bin/python samples/make_campaigns_samples.py
Our own document (invented settlement, school and wording):
- 803 (docx): a school's report of a clean-up action posted as news — no heading, the opening
  sentence names the school in the prepositional case ("в МОУ Кедровской СОШ") and the term in
  words; a table of the measures held whose participants column gives counts and classes
  ("1-11 классы, 240 обучающихся"), a place above its date in the first column.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import new_doc, para, save_deterministic, set_cell_lines

HERE = Path(__file__).parent


def build_803() -> None:
    doc = new_doc()
    para(doc, "С целью воспитания у школьников бережного отношения к родному посёлку и "
              "привлечения их к общественно полезному труду в МОУ Кедровской СОШ с 10 апреля по "
              "28 апреля 2018 года была проведена акция «Зелёный посёлок».")
    para(doc, "Задачи акции:")
    para(doc, "- приучать детей к труду;")
    para(doc, "- беречь памятные места посёлка.")
    rows = (("Место и дата проведения", "Краткое содержание мероприятия",
             "Участники (количество, возраст)", "Публикации"),
            ("Школьный двор\n12.04.18, 19.04.18г.", "Уборка территории, закреплённой за школой",
             "1-11 классы,\n240 обучающихся\n7-17 лет", "Школьная газета"),
            ("Памятник землякам\nп. Кедровый\n16.04.18г.", "Побелка и покраска ограды памятника",
             "8-9 классы,\n42 обучающихся", ""),
            ("ул. Садовая, 12\n25.04.18г.", "Помощь ветерану труда в уборке двора",
             "15 обучающихся 12-13 лет", "Сайт школы"))
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), text.split("\n"), bold=r == 0)
    para(doc, "Акция показала, что ребята умеют работать дружно.")
    save_deterministic(doc, HERE / "803_kedrovy_school_green_village_action_report_2018.docx")


if __name__ == "__main__":
    build_803()
