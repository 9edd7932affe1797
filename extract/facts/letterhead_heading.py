"""A letterhead over an act's word a text reader joined with its date line ("АДМИНИСТРАЦИЯ /
ЗАРЕЧНОГО РАЙОНА / Распоряжение от 5 марта 2023 г. № 17-р"), read as a site's heading without
a body: the letterhead above it names the issuer. Split from extract/facts/issuer.py."""

from __future__ import annotations

from extract.facts.acts import heading_header, letterhead_header
from extract.facts.ctx import Ctx
from extract.facts.issuer import issuer_of_letterhead, lines_above
from extract.facts.lines import requisites_row


def letterhead_over_heading(ctx: Ctx) -> str | None:
    """"АДМИНИСТРАЦИЯ / ЗАРЕЧНОГО РАЙОНА / Распоряжение от 5 марта 2023 г. № 17-р": a text
    reader joined the act's word and its date line into one line, read as a site's heading
    without a body; the letterhead above it names the issuer (a heading that names its own body
    decides before this rule). Only the act's own header: a line of prose with the act's
    subject under it ("Приказ № 7 от …" in a title page's grif cell is the approving act)."""
    h = heading_header(ctx)
    if h is None or h.org or not h.index or not h.subject or letterhead_header(ctx) is not None:
        return None
    row = ctx.chunks[ctx.top[h.index].chunk]
    if row.cells is not None and not requisites_row(row):
        return None
    return issuer_of_letterhead(ctx, lines_above(ctx, h.index))
