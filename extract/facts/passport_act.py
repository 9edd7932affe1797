"""The act a passport's row says approved the plan ("Дата утверждения Программы | Постановление
Администрации города Лесного от 12.11.2019 N 731-па"): the body it names is the body of the
document's own act, evidence before the passport's developer (CONTRACT `issuer`)."""

from __future__ import annotations

from extract.facts import requisites as rq
from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx

_LABEL_WORDS = 8  # "Дата и номер нормативного правового акта об утверждении Программы"


def issuer_from_passport_act(ctx: Ctx) -> str | None:
    """The body of the act a passport's approval row names, in the nominative."""
    for c in ctx.chunks:
        cells = [x for x in c.cells or () if x.strip()]
        if len(cells) < 2 or len(cells[0].split()) > _LABEL_WORDS or not _approval_label(
                ctx, cells[0]):
            continue
        return _act_body(ctx, cells[1])
    return None


def _approval_label(ctx: Ctx, label: str) -> bool:
    lem = ctx.lemmas(label)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.passport_approval_labels)


def _act_body(ctx: Ctx, value: str) -> str | None:
    """"Постановление Администрации города Лесного от … N …" → "Администрация города Лесного";
    None when the act names no body or a head ("Приказ директора школы от …")."""
    words = rq.unglue(value).split()
    if len(words) < 3 or rq.act_type(ctx, words[0]) is None or len(ctx.lemmas(words[0])) != 1:
        return None
    cut = next((k for k, w in enumerate(words[1:], 1)
                if w in ("от", "N") or w.startswith("№") or w[:1].isdigit()), None)
    if cut is None or cut < 2:
        return None
    org = " ".join(words[1:cut]).strip(" ,")
    if not org[:1].isupper() or not ctx.opens_with(org, ctx.vocab.org_words):
        return None
    return nominative_head(org, ctx)
