"""Build the samples of cross-format task xf12 (600_–601_).

Run: .venv/bin/python samples/make_xf12_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools and wording) and reproduces
a layout feature of real documents:
- 600 (docx): a kindergarten's development programme whose tasks are one Word paragraph broken
  by line breaks, one numbered item a line, the numbers typed loose ("1.Обеспечение",
  "2 Создание", "3. Повысить");
- 601 (txt): a site's text export of a subprogramme saved a paragraph per line with no blank
  lines and few lines, so the reader joins them: the goal stated in a sentence ("Целью
  подпрограммы является …."), a sentence leading into the tasks ("… следующих задач:") and
  the tasks in lower case, each on its line ending with ";" but the last.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders
from real_b_common import new_doc, paragraphs, save_docx

HERE = Path(__file__).parent

TXT_601 = """Подпрограмма «Развитие дошкольного образования Кедровского района на 2011-2015 годы»
Целью подпрограммы является рост числа детей Кедровского района, получающих дошкольное \
образование, за счет открытия новых групп в детских садах и улучшения условий пребывания в них.
Решение поставленной цели предполагается посредством выполнения следующих задач:
открытие дополнительных групп для детей от полутора до семи лет в действующих детских садах \
и в помещениях общеобразовательных школ, не используемых для учебного процесса;
обновление игрового и спортивного оборудования детских садов района.
"""

TEXTS = {"601": ("601_kedrovy_preschool_subprogramme_tasks_2011.txt", TXT_601)}


def build_600() -> None:
    doc = new_doc()
    paragraphs(doc, [
        ("Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 5» "
         "города Заречный", "center", False),
        ("Программа развития на 2022-2026 годы", "center", True),
        ("Задачи Программы развития:", None, False),
        ("1.Обеспечение равного старта детей при переходе из детского сада в школу.\n"
         "2 Создание условий для укрепления здоровья воспитанников.\n"
         "3. Повысить уровень профессионального мастерства педагогов детского сада.\n"
         "4. Обновить развивающую предметно-пространственную среду групп.", None, False),
    ])
    save_docx(doc, "600_zarechny_ds5_devprog_tasks_2022.docx")


BUILDERS: dict[str, Callable[[], None]] = {**text_builders(HERE, TEXTS), "600": build_600}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
