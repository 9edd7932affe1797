"""An amending act that restates the whole plan: "внести изменения в … программу … и изложить
ее в новой редакции (прилагается)", the plan's new edition printed after it. Such an act
approves the plan anew (CONTRACT `kind`: the plan's kind) — unlike one that restates an item
("пункт 3 изложить в новой редакции"), whose text says nothing is appended."""

from __future__ import annotations

from extract.facts.acts import subject
from extract.facts.ctx import Ctx

_CLAUSE_CHARS = 600  # the restating words close the act's first item


def restated_kind(ctx: Ctx) -> str | None:
    """The kind of the plan an amending act's subject names ("О внесении изменений в
    долгосрочную целевую программу …") when an item of it restates that plan in a new
    edition and appends it."""
    def find() -> str | None:
        text = subject(ctx)
        lem = ctx.lemmas(text) if text else ()
        if not any(lem[: len(seq)] == seq for seq in ctx.vocab.amend_openers):
            return None
        kind = next((k for j in range(len(lem)) if (k := ctx.plan_noun(lem[j:]))), None)
        if kind is None:
            return None
        for c in ctx.head:
            words = ctx.lemmas(c.text[:_CLAUSE_CHARS])
            if any(words[j : j + len(seq)] == seq for seq in ctx.vocab.restate_clauses
                   for j in range(len(words))):
                return kind
        return None
    found: str | None = ctx.once("restated_kind", find)
    return found


_SUB_SKIP = 3  # "утвердить прилагаемую муниципальную программу": the plan's noun comes soon


def reapproved_in_subitem(ctx: Ctx) -> str | None:
    """The kind of the plan a sub-item approves "в новой редакции" under an amending item's
    lead-in ("1. Внести в постановление … следующие изменения:" / "утвердить прилагаемую
    муниципальную программу … в новой редакции"): the act approves the plan anew."""
    for c in ctx.head:
        for line in c.lines[1:]:
            lem = ctx.lemmas(line[:_CLAUSE_CHARS])
            if not lem or lem[0] not in ctx.vocab.approve_words or not any(
                    lem[j : j + len(seq)] == seq for seq in ctx.vocab.new_edition
                    for j in range(len(lem))):
                continue
            kind = next((k for s in range(1, _SUB_SKIP + 1) if (k := ctx.plan_noun(lem[s:]))),
                        None)
            if kind:
                return kind
    return None
