"""Build the samples of the cross-format study (570_–571_): documents as a legal or municipal
site's text export gives them (a line per paragraph, a table's row as "| cell | cell |").

Run: .venv/bin/python samples/make_xf_samples.py [names…]
Each document is our own (invented municipality, school, people and wording) and reproduces a
layout feature of such exports:
- 570 (txt): a school's development programme: the grifs set side by side in a one-row table,
  exported as one "| РАССМОТРЕНО … | УТВЕРЖДАЮ … |" line, each cell's lines joined by spaces
  (the director's position, signature and the approving order's number and date in the second
  cell), then the title's lines, the village and year under it, and the passport's rows;
- 571 (txt): a department's order: the subject over two lines and the preamble ("Во исполнение
  …") in one run of lines with no blank line between.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

GRIFS_570 = ("| РАССМОТРЕНО на заседании педагогического совета Протокол № 4 от 10.01.2023 "
             "| УТВЕРЖДАЮ Директор МБОУ «СОШ № 3» ________ Г.Р. Лозинская Приказ № 9 от "
             "16.01.2023 |")

TXT_570 = f"""Муниципальное бюджетное общеобразовательное учреждение
«Средняя общеобразовательная школа № 3» Ольховского муниципального района
{GRIFS_570}
Программа развития
МБОУ «СОШ № 3» на 2023–2027 годы
с. Ольховка
2023 год
| Наименование программы | Программа развития МБОУ «СОШ № 3» на 2023–2027 годы |
| Сроки реализации | 2023–2027 годы |
"""

TXT_571 = """Отдел образования администрации Заречного муниципального округа
ПРИКАЗ
14.03.2024 № 47
г. Заречный
Об утверждении положения о муниципальном конкурсе
«Учитель года»
Во исполнение плана работы отдела образования, в целях поддержки молодых педагогов
ПРИКАЗЫВАЮ:
1. Утвердить положение о муниципальном конкурсе «Учитель года» (приложение).
2. Контроль за исполнением приказа оставляю за собой.
Начальник отдела образования П.С. Дорохов
"""

TEXTS = {
    "570": ("570_olkhovka_school3_devprog_2023.txt", TXT_570),
    "571": ("571_zarechny_teacher_contest_order_2024.txt", TXT_571),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
