"""An act holding an event: "О проведении месячника … в 2022 году" / "… постановляет: 1.
Провести … 2. Утвердить план мероприятий по проведению месячника (приложение)".

The act's subject names what it mainly is — the event held; the plan its item approves is the
event's programme, an appendix the page does not print. Such an act is an `order` (CONTRACT
`kind`), unless its subject names a plan itself ("О проведении … и утверждении плана …"). The
subject's opening nouns are data (doc_kinds.yaml `held_subjects`).
"""

from __future__ import annotations

from extract.facts.acts import subject
from extract.facts.ctx import Ctx
from extract.facts.operative_verb import operative_act


def held_subject(ctx: Ctx, text: str | None) -> bool:
    """`text` is a subject holding an event and naming no plan ("О проведении месячника …")."""
    lem = ctx.lemmas(text) if text else ()
    if len(lem) < 3 or lem[0] not in ("о", "об") or lem[1] not in ctx.vocab.held_subjects:
        return False
    return not any(ctx.plan_noun(lem[k:]) for k in range(2, len(lem)))


def kind_held_event(ctx: Ctx, site_subject: str | None) -> str | None:
    """"order" for an act (its operative verb printed) whose subject — its header's, or the
    subject a site prints alone at the page's top (`site_subject`) — holds an event."""
    said = subject(ctx) or site_subject
    return "order" if held_subject(ctx, said) and operative_act(ctx) else None
