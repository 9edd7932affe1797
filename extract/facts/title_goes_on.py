"""Whether the next line goes on a title whatever its weight (lower case, a quote or a bracket
that is no note, a quote still open), what stands under a title that has said its years (the
town of its foot, the owner's name in the nominative), a head's name under a title naming his
position. Asked by extract/facts/title_lines.py as it joins a title's lines, and by the title
rules that read a title's lines themselves."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import open_quote
from extract.facts.title_ends import SPECKS, has_period
from extract.facts.title_notes import note
from extract.facts.title_text import QUOTES

YEARS_END = re.compile(
    r"(?:19|20)\d\d\s*(?:г\.\s?г\.|гг?\.?|годы|год[аы]?|учебн\w+\s+год\w*)?\s*$", re.IGNORECASE)


# a line that opens with a settlement: "п. Лесной Ольховского района" under a title page's name
_PLACE_START = re.compile(r"^\s*(?:г|с|п|пос|ст|д|рп|р\.п)\.\s?[А-ЯЁ]")


def after_years(ctx: Ctx, line: str) -> bool:
    """Under a title that has said its years, a line of its own in lower case: the town of
    the title page's foot ("г. Заречный 2024 г."), the owner's name in the nominative
    ("муниципальное бюджетное … учреждение …"); a title's own words go on in the genitive."""
    if _PLACE_START.match(line):
        return True
    first = line.split()[0] if line.split() else ""
    return first[:1].islower() and ctx.tools.tag(first) in (("ADJF", "nomn"), ("ADJF", "accs"))


# "Кленовой А.А.", "А.А. Кленовой": a head's name printed alone under the title naming him
_NAME_LINE = re.compile(r"^\s*(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+(?:[А-ЯЁ]\.\s?){1,2}"
                        r"|(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s*$")


def head_name_line(ctx: Ctx, text: str, line: str) -> bool:
    """"Публичный отчет директора … школы" / "Ивановой А.А.": a title naming a head's position
    goes on in the head's name printed alone on the next line."""
    return bool(_NAME_LINE.match(line)) \
        and any(w in ctx.vocab.head_positions for w in ctx.lemmas(text))


def goes_on(ctx: Ctx, text: str, nxt: str) -> bool:
    """The next line continues a title whatever its weight: it starts in lower case, with a
    quote or a parenthesis that is no note ("(в редакции …)", "(далее – …)"), or a quote is
    still open."""
    if nxt[:1] == "(":
        return not note(ctx, nxt)
    if SPECKS.match(nxt.strip()):
        return False  # "tt", "i": an OCR reader's specks under the heading, no word of it
    return nxt[:1].islower() or nxt[:1] in QUOTES \
        or (open_quote(text) and not _closed_by_years(ctx, text) and not _lead_in(ctx, nxt))


def _lead_in(ctx: Ctx, nxt: str) -> bool:
    """"В плане мероприятий … (приложение):": a sentence opening with a capitalised preposition
    and ending on a colon leads into the items under it — the body, never a title's words, even
    after a heading whose straight quotes lost their closing mark."""
    words = nxt.split()
    return bool(words) and nxt.rstrip().endswith(":") and words[0][:1].isupper() \
        and ctx.tools.tag(words[0].lower())[0] == _PREPOSITION


_PREPOSITION = "PREP"


def _closed_by_years(ctx: Ctx, text: str) -> bool:
    """«Центр «Алые паруса» за 2019 год": a name in nested quotes printed with one closing
    quote for both leaves a quote open, yet the years after that quote close the title."""
    tail = text.rpartition("»")[2]
    return "»" in text and "«" not in tail and has_period(ctx, tail)
