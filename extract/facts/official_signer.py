"""An official who issues acts in his own name, signing an act that names no body.

A governor's распоряжение copied from the preamble on ("В соответствии с …:" / "1. Утвердить
…" / "Губернатор N-ской области  А.Б. Орлов") prints no letterhead and no operative sentence
naming a body: the signer's position is the issuer ("Губернатор N-ской области"). The heads of
a place whose acts are their administration's (facts.yaml `place_head_bodies`: "Глава района"
→ "Администрация района") are read elsewhere; the officials are facts.yaml `officials`.
"""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.position_text import without_acting
from extract.models import DraftSignatory


def issuer_of_official(ctx: Ctx, signed: tuple[DraftSignatory, ...]) -> str | None:
    """"Губернатор N-ской области" of a first signatory so positioned, the position naming
    its territory after the official's word."""
    for s in signed[:1]:
        words = without_acting(ctx, (s.position or "").split())
        if len(words) < 2 or words != (s.position or "").split():
            return None  # an acting official signs for the office, whose name is not his
        head = ctx.lemmas(words[0])[:1]
        if head and head[0] in ctx.vocab.officials and head[0] not in ctx.vocab.place_head_bodies:
            return s.position
    return None
