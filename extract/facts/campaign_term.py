"""The term a report of a campaign states as a range of dates ("с 25.03.2019г. по
03.04.2019г.") inside its long opening sentence, past what the lead-sentence rules read.

A campaign's note often opens with one long sentence citing the acts it follows before saying
when and where the campaign ran; the cited acts carry single dates ("от 18.03.2019 г. № 109"),
the campaign a range. CONTRACT `period` (news pages of measures held): the one year the
campaign's own dates fall in (session facts75, dev75).
"""

from __future__ import annotations

import re

from extract.facts.campaign_report import held_report
from extract.facts.ctx import Ctx
from extract.facts.lines import squash

_BLOCKS = 4  # the heading and the opening paragraph, as campaign_report reads them
_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?((?:19|20)\d\d)\s*(?:г\.?|года)?"
_RANGE = re.compile(rf"(?<![\w.])с\s*{_DATE}\s*(?:по|до|[-–—])\s*{_DATE}", re.IGNORECASE)


def period_of_campaign_term(ctx: Ctx, report: bool) -> str | None:
    """The year of the first "с <date> по <date>" range in a held report's first blocks when
    both dates fall in it; None otherwise."""
    if not report or not held_report(ctx):
        return None
    for c in ctx.prose[:_BLOCKS]:
        if c.cells is not None:
            continue
        m = _RANGE.search(squash(c.text))
        if m:
            return m.group(1) if m.group(1) == m.group(2) else None
    return None
