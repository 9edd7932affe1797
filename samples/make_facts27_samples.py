"""Build the samples of the twenty-third real-document study's school reports (760_).

Run: .venv/bin/python samples/make_facts27_samples.py [names…]
Each document is our own (a real region, invented towns and wording) and reproduces a layout
feature of real documents:
- 760 (txt): a sports school's self-assessment report as a site's text export: the site's card
  heading in lower case over a grif table whose order number keeps a letter after a space
  ("№ 4 б") and whose next line is the head's signature on a blank; then the cover printed in
  capitals, the report's genre word going on in the owner's name in the genitive up to the year
  it covers ("за 2024 год").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import doc_facts, write_expected
from docx_build import build_named

HERE = Path(__file__).parent

OWNER760 = ("муниципального бюджетного учреждения дополнительного образования «Сосновская "
            "спортивная школа»")
TITLE760 = f"ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ {OWNER760} за 2024 год"

TXT_760 = (
    "отчет о самообследовании\n"
    "|\n"
    "Рассмотрен тренерским советом протокол № 1 20 января 2025г. |\n"
    "Утвержден Приказом от 22 января 2025 № 4 б\n"
    "директор СШ______________К.Л.Орлов\n"
    "|\n"
    "ОТЧЕТ\n"
    "О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\n"
    "муниципального бюджетного учреждения дополнительного образования\n"
    "«Сосновская спортивная школа»\n"
    "за 2024 год\n"
    "\n"
    "Раздел 1. Общие сведения.\n"
    "Учредитель: администрация Сосновского муниципального района Тверской области.\n"
    "В отчетном году в школе занимались 310 спортсменов в шести отделениях.\n"
)


def build_760() -> None:
    path = HERE / "760_sosnovka_sport_school_self_assessment_2024.txt"
    path.write_text(TXT_760, encoding="utf-8")
    facts = doc_facts("report", TITLE760, "Сосновский район", "Тверская область",
                      "Муниципальное бюджетное учреждение дополнительного образования "
                      "«Сосновская спортивная школа»", ("4 б", "2025-01-22"), (2024, 2024),
                      [("К.Л. Орлов", "директор СШ")])
    write_expected(path, "txt", None, facts, [], [])


BUILDERS: dict[str, Callable[[], None]] = {"760": build_760}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
