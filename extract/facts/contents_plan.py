"""A page that is only a plan's contents ("Содержание Программы развития:" over a table of
"№ | section | pages"): the heading names the plan's kind, and the rows name its owner after
the plan's words ("Паспорт Программы развития МБДОУ «Лесной детский сад»"). Read late: a
title, a stamp or a letterhead says both better when the page has one."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution import issuer_from_title
from extract.facts.lines import Chunk

_HEADING_CHUNKS = 3  # the contents' heading opens the page
_PLAN_REACH = 4  # the plan's noun follows the heading's word (after its adjectives)
_ROWS = 12  # the owner is named in the first rows (the passport, the first sections)
# a space a typist left inside the quotes ("«Лесной детский сад »") is no part of the name
_INNER_SPACE = re.compile(r"(?<=«)\s+|\s+(?=»)")


def _contents_kind(ctx: Ctx, c: Chunk) -> str | None:
    lem = ctx.lemmas(c.text)
    if not lem or lem[0] not in ctx.vocab.contents_headings:
        return None
    return next((k for i in range(1, min(len(lem), _PLAN_REACH)) if (k := ctx.plan_noun(lem[i:]))),
                None)


def contents_kind(ctx: Ctx) -> str | None:
    """The kind of plan a contents heading at the page's top names, or None."""
    return next((k for c in ctx.head[:_HEADING_CHUNKS] if (k := _contents_kind(ctx, c))), None)


def contents_owner(ctx: Ctx) -> str | None:
    """The institution a contents row names as the plan's owner, right after the plan's
    words ("Паспорт Программы развития МБДОУ «…»", "Стратегия развития МБДОУ «…»"), in the
    nominative; only under a contents heading naming a plan."""
    if contents_kind(ctx) is None:
        return None
    rows = [c for c in ctx.chunks if c.cells is not None][:_ROWS]
    for row in rows:
        for cell in row.cells or ():
            lem = ctx.lemmas(cell)
            if not any(ctx.plan_noun(lem[i:]) for i in range(min(len(lem), _PLAN_REACH))):
                continue
            name = issuer_from_title(ctx, cell)
            if name:
                return _INNER_SPACE.sub("", name)
    return None


# flat3: "1 Содержание Программы развития МБДОУ «…», на 2022-2026 годы": a page number, the
# contents' word, the plan's name in the genitive ending with its years — the whole heading
_CONTENTS_HEAD = re.compile(r"^(?:\d{1,3}\s+)?(?P<word>\S+)\s+(?P<name>.+)$")
_YEARS_END = re.compile(
    r"\s(?:на|за)\s(?:период\s)?(?:19|20)\d\d(?:\s?[-–—]\s?(?:19|20)\d\d)?\s?(?:учебный\s)?"
    r"(?:год|года|годы|гг\.|г\.)$")


def _nominative(ctx: Ctx, words: list[str]) -> list[str] | None:
    """The plan's words up to its noun ("Основной образовательной программы") in the
    nominative, their capitals kept; None when a word has no nominative."""
    out = []
    for w in words:
        form = ctx.tools.nominative(w.lower())
        if not form:
            return None
        out.append(form.capitalize() if w[:1].isupper() else form)
    return out


def _plan_head(ctx: Ctx, lem: tuple[str, ...]) -> int:
    """How many words open `lem` up to the plan's noun: its adjectives and the noun itself
    ("основной образовательной программы" → 3, "плана мероприятий" → 1), 0 without one."""
    skip = 0
    while skip < len(lem) and lem[skip] in ctx.vocab.plan_adjectives:
        skip += 1
    found = any(lem[skip : skip + len(seq)] == seq for seq, _ in ctx.vocab.plan_nouns)
    return skip + 1 if found else 0


def contents_title(ctx: Ctx) -> str | None:
    """The plan a contents heading at the page's top names, its years included, in the
    nominative ("Содержание Программы развития … на 2022-2026 годы" → "Программа развития …
    на 2022-2026 годы"): a page that opens with its contents names itself there. Only a heading
    ending with the plan's years (the words after the plan's noun may be anything)."""
    for c in ctx.head[:_HEADING_CHUNKS]:
        m = _CONTENTS_HEAD.match(c.text.strip())
        if not m or not _YEARS_END.search(m["name"]) \
                or ctx.tools.lemma(m["word"].strip(":").lower()) not in ctx.vocab.contents_headings:
            continue
        words, lem = m["name"].split(), ctx.lemmas(m["name"])
        head = _plan_head(ctx, lem)
        front = _nominative(ctx, words[:head]) if head and "-" not in "".join(words[:head]) \
            else None
        if front:
            return " ".join([*front, *words[head:]]).rstrip(",")
    return None
