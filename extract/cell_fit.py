"""What an activity table's cells look like: a deadline, a status, an organisation — and a
row whose cells an extra empty cell shifted right, put back by what its cells hold."""

from __future__ import annotations

import re

from extract.layout import Ctx

FIELDS = ("deadline", "responsibles", "result", "mark")
DATE = re.compile(r"\b\d{1,2}\.\d{2}\.(?:\d{2}|\d{4})\b|(?<!\d)(?:19|20)\d{2}(?!\d)")
_ABBR = re.compile(r"\b[А-ЯЁ]{2,}\b|[«»\"]")


def looks_deadline(text: str, ctx: Ctx) -> bool:
    return bool(DATE.search(text)) or bool(set(ctx.tools.lemmas(text)) & ctx.vocab.deadline_words)


def looks_status(text: str, ctx: Ctx) -> bool:
    return len(text) < 80 and bool(set(ctx.tools.lemmas(text)) & ctx.vocab.status_words)


def looks_org(text: str, ctx: Ctx) -> bool:
    return bool(_ABBR.search(text)) or bool(set(ctx.tools.lemmas(text)) & ctx.vocab.org_words)


def _fit(role: str | None, text: str, ctx: Ctx) -> int:
    if not text:
        return 0
    if role is None:
        return -1  # text in a column the header does not name: probably shifted
    if role == "deadline":
        return 1 if looks_deadline(text, ctx) else -1 if looks_org(text, ctx) else 0
    if role == "responsibles":
        org = looks_org(text, ctx)
        return 1 if org else -1 if looks_deadline(text, ctx) or looks_status(text, ctx) else 0
    if role == "mark":
        return 1 if looks_status(text, ctx) else -1 if looks_org(text, ctx) else 0
    return 0


def realign(texts: list[str], roles: dict[int, str], ctx: Ctx) -> tuple[list[str], int | None]:
    """Undo an extra empty cell that shifted the cells right of it (judged by their content).

    Returns the texts (shifted left from the returned column, or unchanged with None).
    """
    def score(ts: list[str]) -> int:
        return sum(_fit(roles.get(c), t, ctx) for c, t in enumerate(ts) if roles.get(c) in
                   (*FIELDS, None))

    base, best, best_k = score(texts), 0, None
    for k, role in sorted(roles.items()):
        if role not in FIELDS or texts[k]:
            continue
        shifted = [*texts[:k], *texts[k + 1 :], ""]
        gain = score(shifted) - base
        if gain > 0 and gain >= best:
            best, best_k = gain, k
    if best_k is None:
        return texts, None
    return [*texts[:best_k], *texts[best_k + 1 :], ""], best_k
