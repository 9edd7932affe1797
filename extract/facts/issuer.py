"""The issuer read from a letterhead, and the finishing every issuer gets.

A letterhead names the issuing body and often the body it belongs to, one or more lines each,
in capitals: "АДМИНИСТРАЦИЯ БЕЛОКЛЮЧЕВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА / УЛЬЯНОВСКОЙ ОБЛАСТИ /
УПРАВЛЕНИЕ ОБРАЗОВАНИЯ / ПРИКАЗ". Its lines group into units: a line that names a body in the
nominative ("УПРАВЛЕНИЕ …", "МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ") starts one; a line in the
genitive ("АДМИНИСТРАЦИИ …", "УЛЬЯНОВСКОЙ ОБЛАСТИ") or a name in quotes continues it. The issuer
is the last unit — the body nearest the order's header — and when it is a structural unit
(управление, комитет, отдел …) the unit above it follows in the genitive: "Управление
образования администрации Белоключевского муниципального района". The finishing every issuer then
gets (extract/facts/issuer_finish.py) is no part of this module, nor are the letterheads of
documents without an order (extract/facts/issuer_title_page.py); the letterhead's lines and
their grouping into units are extract/facts/letterhead_lines.py.
"""

from __future__ import annotations

import re

from extract.facts.acts import heading_header, letterhead_header
from extract.facts.body_under_district import body_under_formation
from extract.facts.ctx import Ctx, per_document
from extract.facts.letterhead_lines import (
    LETTERHEAD_CHUNKS,
    act_numbers,
    head_word,
    letterhead_lines,
    lines_above,
    nominative_run,
    units,
)
from extract.facts.lines import squash
from extract.facts.order import order_header


def _genitive(ctx: Ctx, unit: str) -> str | None:
    """"АДМИНИСТРАЦИЯ … РАЙОНА" → "АДМИНИСТРАЦИИ … РАЙОНА" (the head word only)."""
    head = head_word(ctx, unit)
    if head is None or head[0] != 0 or head[1] not in ctx.vocab.parent_genitive:
        return None
    first, _, rest = unit.partition(" ")
    gen = ctx.vocab.parent_genitive[head[1]]
    gen = gen.upper() if first.isupper() else gen
    return f"{gen} {rest}".strip()


def issuer_of_letterhead(ctx: Ctx, lines: list[str]) -> str | None:
    """The issuing body a letterhead names (see the module docstring)."""
    if lines and all(x.islower() for x in lines):
        # "российская федерация / администрация … района": a site's style printed the
        # letterhead in lower case; it is read as the capitals it stands for
        lines = [x.upper() for x in lines]
    found = units(ctx, lines)
    if not found:
        return None
    issuer = _without_country(ctx, found[-1])
    if (under := body_under_formation(ctx, issuer, lines)) is not None:
        return squash(under)  # "… МУНИЦИПАЛЬНЫЙ РАЙОН" / "АДМИНИСТРАЦИЯ"
    if len(found) == 1 and len(issuer.split()) == 1:
        return None  # "ПРАВИТЕЛЬСТВО" under the region's name: the body is named elsewhere
    full = _spelled_out(ctx, issuer) or _named_by_place(ctx, issuer, lines)
    if full:
        return full
    head = head_word(ctx, issuer)
    if len(found) >= 2 and head and head[1] in ctx.vocab.body_units:
        parent = _genitive(ctx, found[-2])
        if parent:
            issuer = f"{issuer} {parent}"
    return squash(issuer)


def _without_country(ctx: Ctx, unit: str) -> str:
    """"РОССИЙСКАЯ ФЕДЕРАЦИЯ АДМИНИСТРАЦИЯ … РАЙОНА": a text export joined the country's (or
    the region's) line to the body's; the body's name starts at its head word."""
    head = head_word(ctx, unit)
    if head is None or head[0] == 0:
        return unit
    words = unit.split()
    before = [(ctx.lemmas(w)[-1:] or ("",))[0] for w in words[: head[0]]]
    if set(before) <= ctx.vocab.not_places or before[-1] in ctx.vocab.region_nouns:
        return " ".join(words[head[0]:])
    return unit


_PARENTHESES = re.compile(r"\(([^()]+)\)")


def _nameless(ctx: Ctx, unit: str) -> bool:
    """"АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА": a body's word and place words, no name."""
    generic = (ctx.vocab.org_words | ctx.vocab.place_markers | ctx.vocab.municipal_words
               | ctx.vocab.place_marker_adjectives)
    return all(w in generic for w in ctx.lemmas(unit))


def _named_by_place(ctx: Ctx, unit: str, lines: list[str]) -> str | None:
    """A nameless body under the line naming its municipality in the nominative
    ("МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «N-СКИЙ РАЙОН»"): the body of that municipality, its name
    taken from the line ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «N-СКИЙ РАЙОН»")."""
    if not _nameless(ctx, unit):
        return None
    for line in lines:
        words = line.split()
        for seq in ctx.vocab.place_appositions:
            if not nominative_run(ctx, words[: len(seq)], seq) or len(words) == len(seq):
                continue
            gen = ctx.vocab.place_apposition_genitive[" ".join(seq)]
            gen = gen.upper() if words[0].isupper() else gen
            name = " ".join(words[len(seq) :])
            return squash(f"{unit.split()[0]} {gen} {name}")
    return None


def _spelled_out(ctx: Ctx, unit: str) -> str | None:
    """"КОМИТЕТ ОБРАЗОВАНИЯ (Комитет образования администрации Заречного района)": the body's
    own full name in parentheses under its short one, opening with the same head word."""
    m = _PARENTHESES.search(unit)
    if not m:
        return None
    short, inner = head_word(ctx, unit[: m.start()]), head_word(ctx, m.group(1))
    return squash(m.group(1)) if short and inner and inner == (0, short[1]) else None


@per_document
def issuer_from_header_block(ctx: Ctx) -> str | None:
    """The body named in the letterhead above the order header; in a text export that joined
    the letterhead's lines into one paragraph, the lines above the act's word."""
    start = order_header(ctx)
    if start == 0:
        start = _repeated_act_word(ctx)
    if start:
        numbers = act_numbers(ctx.head[start].text)
        return issuer_of_letterhead(ctx, letterhead_lines(
            ctx, ctx.head[:start], numbers[0] if numbers else None))
    header = letterhead_header(ctx)
    if header is None or start is not None or _named_heading(ctx):
        return None  # a site's heading names the body as written, not in capitals
    return issuer_of_letterhead(ctx, lines_above(ctx, header.index))


def letterhead_lines_above_header(ctx: Ctx) -> list[str]:
    """The letterhead's lines above the order header's act word (none without one)."""
    start = order_header(ctx)
    return letterhead_lines(ctx, ctx.head[:start]) if start else []


def _named_heading(ctx: Ctx) -> bool:
    """A site's heading that names its body ("Приказ министерства … от … № …"). A heading
    without one is the letterhead's own act line read with the lines around it (a text export
    giving the letterhead, "ПРИКАЗ", the date and the subject as one run of lines): the
    letterhead above the act's word names the issuer as in the printed form."""
    h = heading_header(ctx)
    return h is not None and (h.org is not None or h.index >= _letterhead_index(ctx))


def _letterhead_index(ctx: Ctx) -> int:
    header = letterhead_header(ctx)
    return header.index if header is not None else 0


def _repeated_act_word(ctx: Ctx) -> int | None:
    """Index of the act's word printed again under the letterhead ("П О С Т А Н О В Л Е Н И Е"
    / "АДМИНИСТРАЦИЯ … ОКРУГА" / "П О С Т А Н О В Л Е Н И Е" / "07.09.2020 № 895": a form
    whose act word heads the page too); None when the page opens with its only one."""
    word = ctx.unspaced(ctx.head[0].text).strip() if ctx.head else ""
    for i, c in enumerate(ctx.head[1 : LETTERHEAD_CHUNKS + 1], 1):
        if ctx.unspaced(c.text).strip() == word:
            return i
    return None
