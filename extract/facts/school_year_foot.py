"""A title page's foot: the town on a line of its own, the school year on the line under it
("г. Заречинск" / "2024 – 2025 учебный год"). A school year stated so is the term of the plan
the title page opens (a plan's heading over it may name none: "Материалы для подготовки к …",
its plan-graph further down); the year a title page was made alone ("Заречинск" / "2024") is
no term of a plan (extract/facts/period.py period_of_place_line, years_under_place)."""

from __future__ import annotations

import re
from itertools import pairwise

from extract.facts.ctx import Ctx
from extract.facts.lines import squash
from extract.facts.place_line import NAME_ALONE, place_name

# "2024 – 2025 учебный год", "2024/2025 уч. год", "2024-25 учебный год": a school year alone
_SCHOOL_YEAR = re.compile(r"^(?:на\s+)?(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\s*"
                          r"(?:учебн\w+\s+год\w*|уч\.\s*(?:год\w*|г\.?))\.?$", re.IGNORECASE)
# a settlement's mark and its name alone on the line ("г. Заречинск", "с. Луговое", "пгт Лесной")
MARKED_PLACE = re.compile(r"^(?:г|гор|с|п|пос|пгт|рп|р\.п|ст|ст-ца|д|х)\.?\s?"
                           r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:\s[А-ЯЁ][а-яё-]+)?$")


def school_year_under_place(ctx: Ctx) -> str | None:
    """The school year printed alone under a title page's town line, as written."""
    for line, below in pairwise(ctx.top):
        text, years = squash(line.text), squash(below.text)
        if not _SCHOOL_YEAR.match(years):
            continue
        if MARKED_PLACE.match(text) or (NAME_ALONE.match(text) and place_name(ctx, text)):
            return years
    return None
