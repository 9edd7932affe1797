"""Build the samples 411…417 and their expected records (helper tables3, real documents of
/work/realdev/dev4: programme appendices and plans).

Run: .venv/bin/python samples/make_tables3_samples.py [411 412 …]

Each sample reproduces a layout met in real programme appendices and plans, with an invented
municipality and our own wording:

- 411 txt  garant cell-per-line export: a subprogramme's appendix stamp over six lines, the
           heading "Перечень" / "основных мероприятий подпрограммы …" under it; the
           subprogramme's row carries its executor and years (a section, not an activity);
           "2.1. | Основное мероприятие 2.1. …" rows; the excerpt ends inside a numbered row.
- 412 docx "4. Система программных мероприятий подпрограммы …" (numbered heading) of a region's
           programme: "Цели подпрограммы: a; b" and "Задача. …" rows across the width; one
           activity over two rows by source of financing (number and title merged down);
           recipient sub-rows naming a district and a school, the executor repeated.
- 413 pdf  indicator appendix without heading: a base-year fact column "2023 г. (факт)" in a
           narrow column before plan years; sub-rows "- их доля …" under count rows.
- 414 txt  cntd compact text: a long capitals heading naming the programme, a two-line header
           whose second line opens with the unit caption "Ед.".
- 415 txt  one cell a paragraph, the title and the date of a row (and two header captions) with
           no blank line between them, "п/п" under the title, a "Место проведения" column;
           a closed town (ЗАТО) as the place.
- 416 docx passport: 'Муниципальная программа' / '"…"' title on two lines, a stamp "к
           постановлению администрации города" naming no place, goals "1. …", "2. …" one per
           row under a label merged down.
- 417 txt  a site's HTML table flattened into running text: cells joined by " | " inside
           wrapped lines, the "№ п/п" caption glued to the heading and the heading to the site's
           line ("2027Перечень"), a "Цель:" row, a "Вес показателя" column, a number cell over
           three lines run into the name, a ЗАТО in the programme's name.

Output is deterministic (fixed zip times; PDF dates and ids blanked) so sha256 is stable; PDFs
need LibreOffice (soffice) and are committed, so tests never need it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import tables3_office
import tables3_text
from docx_build import build_named

BUILDERS = {b.__name__.removeprefix("build_"): b
            for b in (*tables3_text.BUILDERS, *tables3_office.BUILDERS)}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
