"""A plain text's title page run into one block with its grifs: the grifs' rows, their date
blanks, then the heading ("Материалы для подготовки" / "к ОГЭ по …" / "для учащихся 9а класса" /
the owner in the genitive / its district / its region), its foot (the author's name, a
council's note, the town, the school year), and the plan's own heading further down
("План-график подготовки …"). The document is what the title page names (CONTRACT `title`),
in a genre that names no plan too; the plan is one of its parts. The heading runs from the
line under the grifs' date blanks to its years' line or to the first line that starts
something else, and counts only over a town's and school year's foot."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import Line, squash
from extract.facts.place_line import NAME_ALONE, place_name
from extract.facts.school_year_foot import MARKED_PLACE, school_year_under_place
from extract.facts.stamps import stamp_kind
from extract.facts.title_text import clean_title

_REACH = 30  # the title page's lines
_HEADING_LINES = 8
# a grif's date left blank: "«______» ____________2016г."
_BLANK_DATE = re.compile(r"«\s*_+\s*»\s*_+\s*(?:19|20)\d\d")
_YEARS = re.compile(r"(?:19|20)\d\d")


def _grifs_end(ctx: Ctx, lines: tuple[Line, ...]) -> int | None:
    """Index after the first grif date blanks under an approver's grif word (a council's
    note under the heading has its own), None without."""
    approved = next((k for k, x in enumerate(lines)
                     if any(stamp_kind(ctx, w.strip("«»\":.,")) in ("approval", "approve_self")
                            for w in x.text.split())), None)
    if approved is None:
        return None
    end = next((k for k in range(approved + 1, len(lines))
                if _BLANK_DATE.search(lines[k].text)), None)
    if end is None:
        return None
    while end < len(lines) and _BLANK_DATE.search(lines[end].text):
        end += 1
    return end


def _ends_heading(ctx: Ctx, text: str) -> bool:
    """The author's full name ("Лесной Анны Петровны,"), a grif's or a council's word, the
    town, a line holding a year, a plan's heading: the title page's heading is over."""
    bare = text.rstrip(" ,.;:")
    first = text.split()[0].strip("«»\":.,") if text.split() else ""
    return bool(ctx.vocab.full_name.match(bare) or stamp_kind(ctx, first)
                or ctx.vocab.grif_other.match(first) or MARKED_PLACE.match(bare)
                or (NAME_ALONE.match(bare) and place_name(ctx, bare)) or _YEARS.search(text)
                or ctx.plan_noun(ctx.lemmas(text)[:4]))


def _years_line(ctx: Ctx, text: str) -> bool:
    """"на 2024-2025 учебный год": a line that is the heading's years alone."""
    return any((m := rx.match(text)) is not None and m.end() >= len(text.rstrip(" .")) - 1
               for rx in ctx.vocab.period_title)


def cover_heading(ctx: Ctx) -> str | None:
    """The heading of a title page naming no plan, under grifs and over a town's and school
    year's foot, as its title (rule cover_heading)."""
    if not ctx.plain:
        return None
    lines = ctx.top[:_REACH]
    start = _grifs_end(ctx, lines)
    if start is None or start >= len(lines):
        return None
    first = squash(lines[start].text)
    if not first[:1].isupper():
        return None
    heading: list[str] = []
    for line in lines[start:start + _HEADING_LINES]:
        text = squash(line.text)
        if heading and _years_line(ctx, text):
            heading.append(text)  # "на 2024-2025 учебный год": joined up to its years
            break
        if heading and _ends_heading(ctx, text):
            break
        heading.append(text)
    else:
        return None  # no end seen: no title page's heading
    if not school_year_under_place(ctx):
        return None  # no title page's foot under it
    return clean_title(ctx, " ".join(heading))
