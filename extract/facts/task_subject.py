"""An act approving an institution's municipal task.

"Об утверждении муниципального задания на 2022 год … Муниципального автономного
общеобразовательного учреждения «…» и его финансового обеспечения": the founder sets the task
to the institution the subject names; that institution holds the task, it issued no act
(docs/CONTRACT.md, issuer). The issuer rules reading the title's institution skip it."""

from __future__ import annotations

from extract.facts.ctx import Ctx


def approves_task(ctx: Ctx, title: str | None) -> bool:
    """The title is an act's subject approving a municipal (state) task."""
    lem = tuple(ctx.lemmas(title)) if title else ()
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.task_approval_subjects)
