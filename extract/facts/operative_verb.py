"""The operative verb that ends an act's preamble ("ПОСТАНОВЛЯЕТ:", "приказываю:"): where it
stands and which act type it makes. Split from extract/facts/acts.py, which reads the act's
header; the verb is also looked for by the act's body (operative.py, statute_body.py) and the
title tables (title_tables.py)."""

from __future__ import annotations

from extract.facts.ctx import Ctx, unspace


def operative_act(ctx: Ctx) -> str | None:
    """The act type the first operative verb makes ("ПОСТАНОВЛЯЕТ:" → постановление)."""
    for c in ctx.head:
        words = unspace(c.text).split()
        for k in range(len(words)):
            if operative_at(ctx, words, k):
                return ctx.vocab.operative_verbs[_verb_lemma(ctx, words[k])]
    return None


_START_LINES = 2


def operative_at_start(ctx: Ctx) -> int | None:
    """Index of the first printed line the operative verb ends ("… постановляет:") when it
    is one of the first two: the page starts at an act's body."""
    for i, line in enumerate(ctx.top[:_START_LINES]):
        words = unspace(line.text).split()
        if any(operative_at(ctx, words, k) for k in range(len(words))):
            return i
    return None


def operative_at(ctx: Ctx, words: list[str], k: int) -> bool:
    """Whether word k is the operative verb ending its clause ("постановляет:"); a semicolon
    typed for the colon ("постановляет;") ends it too when the verb is finite, not an
    infinitive of a list item ("…, решить;")."""
    w = words[k]
    if w.endswith(";") and w.rstrip(";").lower().endswith(("ть", "ти")):
        return False
    ends = w.endswith((":", ";")) or k == len(words) - 1 or words[k + 1].startswith(":")
    return ends and _verb_lemma(ctx, w) in ctx.vocab.operative_verbs


def _verb_lemma(ctx: Ctx, word: str) -> str:
    return (ctx.lemmas(word.rstrip(":;"))[-1:] or [""])[0]
