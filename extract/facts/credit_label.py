"""A title page's labelled credit line: "ПЛАН РАБОТЫ …" / "Руководитель: Орлова А.Б." /
"2023 г.". A plan's cover names who leads the group or who compiled it, the label closed by a
colon and the name after it, under no grif; it signs nothing (CONTRACT `signatories`: only the
approver's grif and the act's signature block sign). A signing line prints the position
without a colon or over underscores; people.signatories leaves the credit out (session facts75).
"""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

_COVER_LINES = 15  # the letterhead, the heading and the credit stand on a cover's first lines
# "Руководитель: Орлова А.Б.", "Составитель: Петрова Анна Ивановна": a short label, a colon,
# nothing but the name after it (no blank, no date)
_CREDIT = re.compile(r"^[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,3}\s*:\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
                     r"(?:\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?|\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)\s*$")


def labelled_credit(ctx: Ctx, text: str) -> bool:
    """`text` is a cover's labelled credit line among the document's first lines."""
    line = " ".join(text.split())
    if not _CREDIT.match(line):
        return False
    return any(" ".join(x.text.split()) == line for x in ctx.top[:_COVER_LINES])
