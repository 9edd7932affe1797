"""Build the real-layout samples 351…363 and their expected records (study B).

Run: .venv/bin/python samples/make_real_b_samples.py [351 352 …]

Each sample reproduces layouts met in real municipal education programmes, their indicator
appendices and the acts approving them, as legal sites and municipal sites publish them — with
an invented municipality and our own wording (docs: /work/realdev notes of study B):

- 351 txt  Unicode box table (┌─┬─┐), a merged "Значение по годам" split over the year columns,
           a fact column before the years, full-width task rows, "%" inside value cells;
           lawmix-style header: site title line, CAPITAL title over three lines, "N" as the
           number sign, an "(В редакции …)" block of later acts.
- 352 txt  cp866 pseudographics header (----T---¬ ¦ +---+ L---+) over unframed, space-aligned
           body rows with wrapped names; base value column; "-" for no value; amendment line.
- 353 txt  em-dash frames (|———|), the column-number row wrapped over two lines, letter-spaced
           "Р А С П О Р Я Ж Е Н И Е", date left and number right on one line.
- 354 txt  garant export: one table cell per line ending in " |", programme and subprogramme
           names in their own column, amendment date line, two-cell signature.
- 355 docx number inside the name cell, a "source" column, base value column, group rows of
           subprogrammes, a parent row "…, в том числе:" with sub-rows 3.1/3.2, a footnote mark
           "<*>", remarks ("не планируется") instead of values, ";" at the ends of names.
- 356 docx nested stamps (the amending act's appendix restating the original approval),
           numbered passport rows, tasks inline "1. … 2. … 3." in one cell, indicators listed in
           the passport, "Руководитель: … ______ (И.О. Фамилия)".
- 357 pdf  "Система основных мероприятий и плановых показателей": indicator name and unit in one
           column ("…, %"), programme rows with start/end years and coordinators merged down,
           a base-year column, a ratio column after the years.
- 358 pdf  indicator table with a free-text "Результаты" column after the years and the unit
           "безразмерная величина".
- 359 txt  a text export whose line breaks were lost (words and requisites glued).
- 360 docx letter-spaced act word, requisites as a table row (date | place | №), the title's first
           word alone on its line, cited and repealed acts in the body, signature as two cells,
           approval stamp and passport after a page break.
- 361 pdf  a programme's activity list with three header rows (money per year), "Цель:" and
           "Задача N:" rows across the width, numbers inside the activity cells.
- 362 txt  aggregator text with "№" shown as "в„–", "Список изменяющих документов", surname in
           capitals, a passport as tab-separated rows with numbered tasks and indicators.
- 363 pdf  a draft programme: approval stamp with blanks ("от _____ № ___"), passport listing
           target indicators without values.

Output is deterministic (fixed zip times; PDF dates and ids blanked) so sha256 is stable; PDFs
need LibreOffice (soffice) and are committed, so tests never need it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import real_b_acts
import real_b_office
import real_b_text
from docx_build import build_named

BUILDERS = {b.__name__.removeprefix("build_"): b
            for b in (*real_b_text.BUILDERS, *real_b_office.BUILDERS, *real_b_acts.BUILDERS)}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
