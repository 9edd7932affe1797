"""Build the sample of the twenty-sixth real-document study's school title pages (790_).

Run: .venv/bin/python samples/make_facts30a_samples.py [names…]
Each document is our own (invented municipality, school, people and wording) and reproduces a
layout feature of real documents:
- 790 (docx): a development programme's title page under the school's letterhead: the heading
  in bold over six lines — the genre words, the owner's legal name in the genitive, its quoted
  name broken over two lines — and its years on the seventh as "на период … г.г."; the town
  and the year at the foot.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic

HERE = Path(__file__).parent


def build_790() -> None:
    doc = new_doc()
    para(doc, "Муниципальное бюджетное учреждение дополнительного образования", align="center")
    para(doc, "«Детская художественная школа № 3» города Берёзовска", align="center")
    for line in ("ПРОГРАММА РАЗВИТИЯ", "муниципального бюджетного учреждения",
                 "дополнительного образования", "«Детская художественная",
                 "школа № 3»", "города Берёзовска", "на период 2018-2022 г.г."):
        para(doc, line, bold=True, align="center")
    para(doc, "г. Берёзовск, 2018", align="center")
    para(doc, "Введение", bold=True)
    para(doc, "Программа описывает, как школа будет обновлять мастерские, набирать учеников в "
         "новые группы живописи и керамики и готовить преподавателей к выставкам.")
    save_deterministic(doc, HERE / "790_berezovsk_art_school3_development_programme_2018.docx")


BUILDERS: dict[str, Callable[[], None]] = {"790": build_790}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
