"""The school a letterhead's order is issued for, printed on the act's own lines: "ПРИКАЗ №
45-ОД ОТ 02.09.2023 Г. ПО МБОУ «СОШ № 2 С. ЛУГОВОЕ»" (a school's print in capitals, one line),
or "ПРИКАЗ № 87-О от 28.09.2022" / "по МБОУ «Гимназия № 1»" (the phrase on a line of its own
before the subject). The act names its own issuer there: it wins over what stands above the
act's word — a news page's chrome, a department's name the school's order is posted under —
unless the letterhead above names the same school, whose full name its orders go by (CONTRACT
`issuer`). The phrase is issued_for's."""

from __future__ import annotations

from extract.facts import issued_for as issued_for_
from extract.facts.act_subject import SUBJECT
from extract.facts.acts import letterhead_header
from extract.facts.ctx import Ctx
from extract.facts.institution import same_institution
from extract.facts.issuer import issuer_from_header_block

_LINES = 3  # the act's word, its requisites' line, the phrase's own line


def issuer_of_act_lines(ctx: Ctx) -> str | None:
    """The school the letterhead's act lines name after "по" (see the module), in the
    nominative, or None."""
    h = letterhead_header(ctx)
    if h is None:
        return None
    for k, line in enumerate(ctx.top[h.index : h.index + _LINES]):
        if k and SUBJECT.match(line.text):
            break
        # a line of its own opens with the phrase ("по МБОУ «Гимназия № 1»": its "№ 1" is the
        # name's); the act's line and a requisites' line print it after the date and number
        org = (issued_for_.issued_for_org(ctx, line.text) if k else None) or \
            issued_for_.issued_for_org(ctx, issued_for_.after_requisites(ctx, line.text))
        if org:
            return None if _letterhead_names(ctx, org) else issued_for_.in_nominative(ctx, org)
    return None


def _letterhead_names(ctx: Ctx, org: str) -> bool:
    """The letterhead above the act's word names the same school: its full name, the one a
    school's orders go by, wins (CONTRACT `issuer`); a department's letterhead or a site's name
    over a school's order names another body."""
    letterhead = issuer_from_header_block(ctx)
    return bool(letterhead) and (same_institution(ctx, org, letterhead or "")
                                 or org.casefold() == (letterhead or "").casefold())
