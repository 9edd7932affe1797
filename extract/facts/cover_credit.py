"""A cover's credit line: "ПУБЛИЧНЫЙ ДОКЛАД" / "за 2012-2013 учебный год" / "Заведующий МАДОУ –
Гаврилова Е.М." / the address / "ОГЛАВЛЕНИЕ". A report's cover names its head with a dash
between the position and the name, under no grif and over the contents or the body's first
sentence: it says who heads the institution, no one signs there (CONTRACT `signatories`: only
the approver's grif and the act's signature block sign). people.signatories leaves it out."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

_COVER_LINES = 15  # the letterhead, the heading, the head's line, the address
_BODY_WORDS = 12  # the body's first sentence: long and closed by a full stop
# "Заведующий МАДОУ – Гаврилова Е.М.", "Директор школы — Петрова Анна Ивановна": a dash
# before the name, nothing but the name after it (a signature prints underscores instead)
_CREDIT = re.compile(r"^[А-ЯЁ][^_\d]{2,80}?\s[–—-]\s*[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?"
                     r"|\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)\s*$")


def cover_credit(ctx: Ctx, text: str) -> bool:
    """`text` is a cover's credit line: a position, a dash and the name, among the cover's
    first lines, the contents' heading or the body's first sentence after it."""
    line = " ".join(text.split())
    if not _CREDIT.match(line):
        return False
    top = [" ".join(x.text.split()) for x in ctx.top[:_COVER_LINES * 2]]
    at = next((k for k, x in enumerate(top[:_COVER_LINES]) if x == line), None)
    if at is None:
        return False
    return any(_body_opens(ctx, x) for x in top[at + 1 :])


def _body_opens(ctx: Ctx, line: str) -> bool:
    lem = ctx.lemmas(line)
    if len(lem) == 1 and lem[0] in ctx.vocab.contents_headings:
        return True
    return len(line.split()) > _BODY_WORDS and line.endswith(".")
