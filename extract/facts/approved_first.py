"""What an act approves first, when one item approves several documents ("2. Утвердить:" /
"2.1. Положение о ресурсном центре …" / "2.2. План мероприятий по …"): under a subject that
names no plan ("О ресурсном центре …"), the plan listed after a regulation is one of the things
the act sets up, not what the act mainly is — the act is an order (CONTRACT `kind`), as an
"Об утверждении графика …" whose later item approves a plan is."""

from __future__ import annotations

from extract.facts.acts import subject
from extract.facts.ctx import Ctx, drop_number

_SUBITEMS = 3  # the sub-items of a bare "Утвердить:" read for what it approves first


def plan_after_other(ctx: Ctx, clause: str) -> bool:
    """`clause`, the sub-item approving a plan, stands under a bare "Утвердить:" whose first
    sub-item approves a regulation, a procedure or a staff list (doc_kinds.yaml
    approved_rules), and the act's subject names no plan."""
    said = subject(ctx)
    lem = tuple(ctx.lemmas(said)) if said else ()
    if not lem or any(ctx.plan_noun(lem[k:]) for k in range(len(lem))):
        return False
    for k, c in enumerate(ctx.head):
        if c.text != clause:
            continue
        first = _first_subitem(ctx, k)
        return first is not None and first != k and _approves_rules(ctx, ctx.head[first].text)
    return False


def _first_subitem(ctx: Ctx, k: int) -> int | None:
    """The index of the first sub-item under the bare approving item above ctx.head[k]."""
    for j in range(k - 1, max(-1, k - 1 - _SUBITEMS), -1):
        lem = ctx.lemmas(drop_number(ctx.head[j].text))
        if len(lem) == 1 and lem[0] in ctx.vocab.approve_words:
            return j + 1 if j + 1 < len(ctx.head) else None
    return None


def _approves_rules(ctx: Ctx, text: str) -> bool:
    lem = ctx.lemmas(drop_number(text))
    return bool(lem) and lem[0] in ctx.vocab.approved_rules
