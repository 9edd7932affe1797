"""A structural unit's letterhead: the parent institution's full name over the unit's own line
("… «Лесной государственный университет»" / "Педагогический колледж"), the grif signed by the
unit's head ("Директор Педагогического колледжа"). The body that issued the plan is the unit
its head approves for, printed on the letterhead's last line: the issuer is that line, the
parent above it no part of it. Read only when the signatory's position names, after its head
word, exactly the letterhead's last line (the same lemmas: a genitive "Педагогического
колледжа" is the nominative "Педагогический колледж")."""

from __future__ import annotations

from collections.abc import Sequence

from extract.facts.ctx import Ctx


def _lemmas(ctx: Ctx, text: str) -> list[str]:
    return [x for w in text.split() for x in ctx.lemmas(w.strip(",.«»\""))[:1]]


def unit_of_signer(ctx: Ctx, name: str, positions: Sequence[str | None]) -> str | None:
    """The unit's line closing `name` (an issuer read from a stacked letterhead) when a
    signatory heads that unit; None otherwise."""
    for position in positions:
        words = (position or "").split()
        if len(words) < 2 or not set(ctx.lemmas(words[0])) & ctx.vocab.head_positions:
            continue
        unit = _lemmas(ctx, " ".join(words[1:]))
        if not unit or len(unit) >= len(name.split()):
            continue
        tail = name.split()[-len(unit):]
        parent = name.split()[: -len(unit)]
        # the parent's name closed by its quoted name: a full name over the unit's line
        if parent[-1].endswith(("»", '"')) and _lemmas(ctx, " ".join(tail)) == unit \
                and tail[0][:1].isupper():
            return " ".join(tail)
    return None
