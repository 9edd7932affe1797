"""The body of an act printed without it, from the act's own words about itself.

A site export may print an act as "Распоряжение от … № …" with no letterhead. The body still
shows twice: the control item names its head by the body's bare word with a capital ("…
заместителя председателя Комитета <name>"), and the act cites the body's earlier act of the
same type by its full name ("распоряжением Комитета по образованию от …"). Both must agree
(the same head word) before the cited name is taken; patterns are data in facts.yaml.
"""

from __future__ import annotations

from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.order import act_type


def _lemma(ctx: Ctx, word: str) -> str:
    return (ctx.lemmas(word)[-1:] or ("",))[0]


def issuer_from_own_acts(ctx: Ctx) -> str | None:
    """"Комитет по образованию" for an act whose control item names "председателя Комитета"
    and whose text cites "распоряжением Комитета по образованию от …" (its own act type)."""
    own = act_type(ctx)
    if own is None:
        return None
    control, cited = ctx.vocab.own_body_control, ctx.vocab.own_body_cited
    texts = [c.text for c in ctx.prose]
    words = {_lemma(ctx, m.group("body")) for t in texts for m in control.finditer(t)}
    words &= ctx.vocab.org_words
    if not words:
        return None
    for text in texts:
        for m in cited.finditer(text):
            if _lemma(ctx, m.group("word")) in words and _lemma(ctx, m.group("act")) == own:
                return nominative_head(m.group("org"), ctx)
    return None
