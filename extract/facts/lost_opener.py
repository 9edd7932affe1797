"""A cover's approval grif whose opener a scan ate ("(ерждено", stamp debris for "Утверждено"):
what is left is the approver's name on a line of its own and, right under it, the approving
order ("Н.В. Орлова" / "Приказ: № 4 от 25.03.2023г."). An order's line under a signature name
at a cover's top is the approver's grif — a council's or a founder's grif names a protocol or
nobody's order; the position, lost with the opener, stays unknown."""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx, per_document
from extract.models import DraftSignatory

_TOP = 40  # lines of a cover over its title
# "Приказ: № 4 от 25.03.2023г.", "Приказ № 12 от 01.09.2022": an order's requisites on their line
_ORDER_LINE = re.compile(r"^\s*(?P<act>приказ|распоряжение)\s*:?\s*№\s*[\w/.-]*\d[\w/.-]*\s+от\s",
                         re.IGNORECASE)


@per_document
def _grif(ctx: Ctx) -> tuple[str, rq.Requisites] | None:
    """(the name, the order's requisites) of an approval grif that lost its opener."""
    lines = [x.text.strip() for x in ctx.top[:_TOP] if x.text.strip()]
    for k in range(1, len(lines)):
        m = _ORDER_LINE.match(lines[k])
        name = _name_alone(ctx, lines[k - 1]) if m else None
        if m is None or name is None:
            continue
        req = rq.read(ctx, lines[k])
        if req.number and req.date:
            return name, rq.Requisites(rq.act_type(ctx, m.group("act")), req.number, req.date)
    return None


def _name_alone(ctx: Ctx, line: str) -> str | None:
    """The person's name when `line` is a name and nothing else ("Н.В. Орлова")."""
    for rx in ctx.vocab.names:
        m = rx.fullmatch(line.strip(" _/.,"))
        if m:
            return m.group("name")
    return None


def requisites_under_name(ctx: Ctx) -> rq.Requisites | None:
    """The approving order of a grif that lost its opener."""
    found = _grif(ctx)
    return found[1] if found else None


def signatory_over_order(ctx: Ctx) -> DraftSignatory | None:
    """The approver of a grif that lost its opener and his position with it."""
    found = _grif(ctx)
    return DraftSignatory(name=found[0], position=None) if found else None
