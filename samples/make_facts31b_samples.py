"""Build the samples of the twenty-seventh real-document study's culture and social documents
(810_–812_).

Run: .venv/bin/python samples/make_facts31b_samples.py [names…]
Each document is our own (invented towns, institutions, people and wording) and reproduces a
layout feature of real documents:
- 810 (txt): a village library's yearly plan copied from its site: the site's lines, the post's
  date and its heading in normal case naming the library by a short name and the year, then the
  plan's own cover: "ПЛАН" alone, "о деятельности", the library's full legal name in the
  genitive over three lines (its founder's settlement and district before the quoted name), the
  year, the village, the contents;
- 811 (docx): a district library centre's yearly plan whose "СОГЛАСОВАНО:" and "УТВЕРЖДАЮ:"
  grifs stand side by side in a borderless table of four rows, each signer's name glued to the
  underscores of the signature line; the centre's full name (the grif's short name spelt out)
  and the plan's heading in bold under it;
- 812 (txt): a regional social centre's yearly report from its site: the post's heading
  ("Анализ работы ОГБУ «…» за 2023 год") over the report's own heading ("Отчёт о результатах
  работы" / the centre's short name and "по итогам 2023 года"), then the report's first
  paragraphs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, set_cell_lines, text_builders

HERE = Path(__file__).parent

TXT_810 = (
    "Версия для слабовидящих\n"
    "\n"
    "Новости\n"
    "\n"
    "15 января 2025 г.\n"
    "\n"
    "План МКУК «Луговая библиотека» на 2025 год\n"
    "\n"
    "\n"
    "ПЛАН\n"
    "\n"
    "о деятельности\n"
    "\n"
    "муниципального казённого учреждения культуры\n"
    "\n"
    "Лугового сельского поселения Заречного района\n"
    "\n"
    "«Луговая сельская библиотека»\n"
    "\n"
    "2025 год\n"
    "\n"
    "\n"
    "с. Луговое\n"
    "\n"
    "СОДЕРЖАНИЕ\n"
    "\n"
    "Раздел 1\n"
    "\n"
    "Цели и задачи\n"
    "\n"
    "Раздел 2\n"
    "\n"
    "Работа с читателями\n"
    "\n"
    "Раздел 1. Цели и задачи\n"
    "\n"
    "Библиотека обслуживает жителей села и трёх соседних деревень.\n"
)

TXT_812 = (
    "Размер шрифта: A A A Цвет сайта\n"
    "\n"
    "Анализ работы ОГБУ «Заречный центр помощи семье» за 2023 год\n"
    "\n"
    "Отчёт о результатах работы\n"
    "\n"
    "ОГБУ «Заречный центр помощи семье» по итогам 2023 года\n"
    "\n"
    "В 2023 году специалисты центра помогали семьям с детьми в трудной жизненной ситуации.\n"
    "\n"
    "Центр работал по уставу и государственному заданию.\n"
)


def build_811() -> None:
    doc = new_doc()
    grifs = doc.add_table(rows=4, cols=2)
    rows = [("СОГЛАСОВАНО:", "УТВЕРЖДАЮ:"),
            ("Начальник отдела культуры", "Директор МКУК «Лесная ЦБС»"),
            ("администрации Лесного района", ""),
            ("____________Т.Н. Осокина", "____________Р.А. Ким")]
    for row, cells in zip(grifs.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            set_cell_lines(cell, [text] if text else [])
    para(doc, "муниципальное казённое учреждение культуры «Лесная централизованная "
         "библиотечная система»", align="center")
    for line in ["ПЛАН", "РАБОТЫ", "Центральной библиотеки и", "сельских филиалов Лесного района",
                 "на 2026 год"]:
        para(doc, line, bold=True, align="center")
    para(doc, "с. Лесное, 2025 год", align="center")
    para(doc, "ОГЛАВЛЕНИЕ:", bold=True)
    para(doc, "Цели и задачи")
    para(doc, "Библиотеки района работают для жителей всех сёл и посёлков.")
    save_deterministic(doc, HERE / "811_lesnoy_library_system_plan_2026.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, {
        "810": ("810_lugovoe_library_activity_plan_2025.txt", TXT_810),
        "812": ("812_zarechny_family_centre_report_2023.txt", TXT_812),
    }),
    "811": build_811,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
