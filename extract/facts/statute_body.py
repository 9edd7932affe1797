"""The body a head's order acts for, named by its statute in the preamble.

A minister's or a department head's order printed without its letterhead (a legal site's page
opening at the preamble) names its body only where the head cites the body's statute:
"руководствуясь … Положения о министерстве образования N-ской области, утвержденного …,
приказываю:". The statute's body, its head noun put into the nominative, is the issuer. The
form (the statute's word, the prepositions, where the name ends) is data in facts.yaml.
"""

from __future__ import annotations

from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx, unspace
from extract.facts.operative_verb import operative_at


def body_of_statute(ctx: Ctx) -> str | None:
    """"… Положения о министерстве образования Иркутской области, утвержденного …,
    приказываю:" → "Министерство образования Иркутской области": only in the sentence that
    ends with the head's own operative verb, the body's head noun a body's word."""
    for c in ctx.head:
        text = unspace(c.text)
        words = text.split()
        if not any(operative_at(ctx, words, k) for k in range(len(words))):
            continue
        for m in ctx.vocab.statute_body.finditer(text):
            body = " ".join(m.group("body").split())
            lem = ctx.lemmas(body.split()[0])
            if len(lem) == 1 and lem[0] in ctx.vocab.org_words:
                return nominative_head(body, ctx)
    return None
