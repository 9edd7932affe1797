"""A public body named as the plan's owner in its title: "Программа мероприятий Управления
образования администрации города Заречного, посвященных Дню города", "План работы Комитета по
образованию … на 2024 год". The body stands right after the plan's noun phrase, in the genitive,
its head noun one of facts.yaml title_owner_heads; its name runs to a comma or a lower-case word
that opens the plan's subject, years or purpose (title_owner_stops). It is the issuer, its head
noun in the nominative, only where nothing else names a body (CONTRACT `issuer`: a plan's owner
in its title), so header.py tries it last."""

from __future__ import annotations

from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx

_LEAD = 5  # the plan's noun phrase before the body: "Комплексный план мероприятий"
_GENITIVE = "gent"
_PUNCTUATION = frozenset({",", ".", ";", "(", "–", "-", "—"})


def _plan_words(ctx: Ctx) -> frozenset[str]:
    """Lemmas of the plan's noun phrases and the adjectives they take."""
    return frozenset(w for seq, _ in ctx.vocab.plan_nouns for w in seq) | ctx.vocab.plan_adjectives


def owner_body_in_title(ctx: Ctx, title: str | None) -> str | None:
    """The body a plan's title names as its owner, in the nominative (None when none does)."""
    if not title:
        return None
    words = title.replace(",", " , ").split()
    plan = _plan_words(ctx)
    for k, word in enumerate(words[: _LEAD + 1]):
        lem = ctx.lemmas(word)
        if k and word[:1].isupper() and lem[:1] and lem[0] in ctx.vocab.title_owner_heads:
            if ctx.tools.tag(word.lower())[1] != _GENITIVE:
                return None
            return _body(ctx, words[k:])
        if not k and not ctx.plan_noun(ctx.lemmas(title)):
            return None
        if not lem or lem[0] not in plan:
            return None
    return None


def _body(ctx: Ctx, words: list[str]) -> str | None:
    """The body's words up to the first stop, its head noun in the nominative."""
    out: list[str] = []
    for w in words:
        # a preposition right after the head noun is the body's own ("Комитета по образованию")
        stop = bool(ctx.vocab.title_owner_stops.match(w)) and (len(out) > 1 or w[:1].isdigit())
        if w in _PUNCTUATION or stop:
            break
        out.append(w)
    name = " ".join(out).strip(" ,.;:")
    return nominative_head(name, ctx) if len(out) >= 2 else None
