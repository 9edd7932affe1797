"""A region written only as its abbreviation, as schools of the republics print it in their
names ("МБОУ «N-ская СОШ ЗМР РТ»") and in the laws they cite ("Закона РБ «О языках …»"). An
abbreviation counts only where a region stands: closing a body's name, after a municipal
district's abbreviation, after "Закон"; the table holds the readings that are the usual ones
(extract/vocab/facts.yaml region_abbreviations)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

_CHUNKS = 40  # the title page and the first paragraphs of the note


def region_of_abbreviation(ctx: Ctx) -> str | None:
    """The region the first abbreviation in a region's place names, None when none does."""
    table = ctx.vocab.region_abbreviations
    for c in ctx.chunks[:_CHUNKS]:
        upper = c.text.upper()
        if not any(abbr in upper for abbr in table):
            continue  # no abbreviation the table reads: the places' patterns need not run
        for rx in ctx.vocab.region_abbreviation_places:
            found = (table.get(m.group("abbr").upper()) for m in rx.finditer(c.text))
            name = next((n for n in found if n), None)
            if name:
                return name
    return None


_REPUBLIC = re.compile(r"(?<![А-Яа-яЁё])республик[аиеу]\s+(?P<name>[а-яё][а-яё-]+)")


def region_in_lower_case(text: str | None, table: dict[str, str]) -> str | None:
    """"… в республике дагестан на 2011-2015 годы" (a site that lowered a title's case): a
    republic named by a one-word name the abbreviation table knows, returned capitalised as
    written ("Республике Дагестан")."""
    known = {v.split()[1].lower() for v in table.values()
             if v.startswith("Республика ") and len(v.split()) == 2}
    for m in _REPUBLIC.finditer(text or ""):
        if m.group("name") in known:
            return " ".join(w[:1].upper() + w[1:] for w in m.group().split())
    return None
