"""The body of an act printed without it, from the item placing the act on the body's site.

A legal site's page opening at a minister's preamble ("…, приказываю:") prints no letterhead,
and its signature may be cut before the name; the act still names its body where it orders
itself published: "2. … разместить настоящий приказ на сайте министерства образования
N-ской области в сети Интернет". The body, its head noun a body's word put into the
nominative, is the issuer. The clause's form is data (facts.yaml `own_site_body`).
"""

from __future__ import annotations

from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.operative_verb import operative_act


def issuer_from_own_site(ctx: Ctx) -> str | None:
    """"Министерство образования N-ской области" of "… разместить настоящий приказ на сайте
    министерства образования N-ской области …" in an act whose operative verb is printed."""
    if operative_act(ctx) is None:
        return None
    for c in ctx.prose:
        for m in ctx.vocab.own_site_body.finditer(c.text):
            org = " ".join(m.group("org").split())
            lem = ctx.lemmas(org.split()[0]) if len(org.split()) > 1 else []
            if len(lem) == 1 and lem[0] in ctx.vocab.org_words:
                name = nominative_head(org, ctx)
                return name[:1].upper() + name[1:]
    return None
