"""Order facts: the order header, what it approves, its number and date, the issuer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.facts.ctx import Ctx, unspace
from extract.facts.lines import Chunk, run_text, squash
from extract.models import DraftSignatory

# An order header line is short: "ПРИКАЗ", "П Р И К А З", "ПРИКАЗ № 4-у".
_HEADER_WORDS = 8
# The header block (number, date, place) ends where running text begins.
_BODY_WORDS = 40
_HEADER_REACH = 8


def _words(c: Chunk) -> int:
    return len(c.text.split())


def order_header(ctx: Ctx) -> int | None:
    """Index in `ctx.head` of the order's header line, or None for documents without one."""
    for i, c in enumerate(ctx.head):
        line = c.lines[0] if c.lines else c.text  # a reader may join the lines under it
        lem = ctx.lemmas(line)
        if lem and lem[0] in ctx.vocab.order_words and len(line.split()) <= _HEADER_WORDS:
            first = unspace(line).split()[0]
            if first.isupper() or c.bold or c.heading:
                return i
    return None


def approved_kind(ctx: Ctx) -> tuple[str, int] | None:
    """(kind, chunk index) of the plan document an order approves ("Об утверждении программы")."""
    start = order_header(ctx)
    if start is None:
        return None
    for i in range(start, len(ctx.head)):
        lem = ctx.lemmas(ctx.head[i].text)
        for j, w in enumerate(lem):
            if w not in ctx.vocab.approve_words:
                continue
            for skip in range(3):  # "об утверждении [муниципальной] программы"
                kind = ctx.plan_noun(lem[j + 1 + skip :])
                if kind:
                    return kind, i
    return None


def _number_date(ctx: Ctx, text: str) -> tuple[str | None, str | None]:
    text = unspace(text)
    m = ctx.vocab.number.search(text)
    number = m.group("number").rstrip(".") if m else None
    date = None
    for rx in ctx.vocab.dates:
        d = rx.search(text)
        if d:
            date = squash(d.group("date"))
            break
    return number, date


def number_date_from_header(ctx: Ctx) -> tuple[str | None, str | None] | None:
    """Number and date in the lines around the order header ("от 09.12.2022", "№ 18")."""
    start = order_header(ctx)
    if start is None:
        return None
    number = date = None
    for c in ctx.head[start : start + _HEADER_REACH]:
        if _words(c) > _BODY_WORDS:
            break
        n, d = _number_date(ctx, c.text)
        number, date = number or n, date or d
    return (number, date) if number or date else None


def _stamp_match(lines: Sequence[Chunk], patterns: Sequence[re.Pattern[str]], need_org: bool
                 ) -> tuple[str, str] | None:
    """(org, text) of the first short line (with the lines a PDF split it into) that matches a
    stamp pattern: "Приложение к приказу <ORG> от … № …". With `need_org`, a match naming no
    organisation is passed over (without it, its number and date still count)."""
    for i, c in enumerate(lines):
        if _words(c) > _BODY_WORDS:
            continue
        text = run_text(lines, i)
        for rx in patterns:
            m = rx.search(text)
            if m and (m.group("org").strip() or not need_org):
                return squash(m.group("org")).strip(" ,;"), text
    return None


def _appendix_match(ctx: Ctx) -> tuple[str, str] | None:
    """(org, text) of an "Приложение к приказу <ORG> от … № …" line."""
    return _stamp_match(ctx.prose, ctx.vocab.appendix, need_org=False)


def number_date_from_appendix(ctx: Ctx) -> tuple[str | None, str | None] | None:
    """Number and date of the order an appendix belongs to."""
    m = _appendix_match(ctx)
    if not m:
        return None
    n, d = _number_date(ctx, m[1])
    return (n, d) if n or d else None


def number_date_from_approval(ctx: Ctx) -> tuple[str | None, str | None] | None:
    """"УТВЕРЖДЕНА приказом … от 01.02.2023 № 45" on a title page."""
    for i, c in enumerate(ctx.head):
        lem = ctx.lemmas(c.text)
        if lem[:1] != ("утвердить",) or _words(c) > _BODY_WORDS:
            continue
        text = run_text(ctx.head, i)  # PDF readers give the stamp's lines one by one
        if ctx.vocab.number.search(text):
            n, d = _number_date(ctx, text)
            if n or d:
                return n, d
    return None


def nominative_head(org: str, ctx: Ctx) -> str:
    """"Управления образования администрации …" (after "приказом") → "Управление образования
    администрации …": the head noun in the nominative, its dependents as written."""
    head, _, rest = org.partition(" ")
    lem = ctx.lemmas(head)
    if len(lem) != 1 or lem[0] not in ctx.vocab.org_words or not head.isalpha():
        return org
    if head.lower() == lem[0]:
        return org[:1].upper() + org[1:]
    nominative = lem[0].upper() if head.isupper() else lem[0].capitalize()
    return " ".join(p for p in (nominative, rest) if p)


def issuer_from_appendix(ctx: Ctx) -> str | None:
    """The organisation named in "Приложение к приказу <ORG>"."""
    m = _appendix_match(ctx)
    return nominative_head(m[0], ctx) if m and m[0] else None


def issuer_from_approval(ctx: Ctx) -> str | None:
    """The organisation in "УТВЕРЖДЕНА приказом <ORG> от …" on a title page."""
    m = _stamp_match(ctx.head, ctx.vocab.approval, need_org=True)
    return nominative_head(m[0], ctx) if m else None


def issuer_from_signatory(ctx: Ctx, signatories: tuple[DraftSignatory, ...]) -> str | None:
    """"Директор ИМДЦ" → "ИМДЦ": the organisation its head signs for."""
    for s in signatories[:1]:
        if not s.position:
            continue
        words = s.position.split()
        if ctx.lemmas(words[0])[:1] and ctx.lemmas(words[0])[0] in ctx.vocab.issuer_heads:
            rest = " ".join(words[1:]).strip(" ,:")
            if rest:
                return rest
    return None
