"""A municipality's head signing for its administration.

"Глава Лесного района" signs an act with no letterhead (a legal site's page starting at the
preamble): the position names a place, not a body ("Лесного района" issues nothing). The
body a place's head signs for is the place's administration ("Администрация Заречного
района"); the heads and their bodies are data in facts.yaml (`place_head_bodies`).
"""

from __future__ import annotations

from extract.facts.ctx import Ctx


def body_of_place_head(ctx: Ctx, head: str, rest: str) -> str | None:
    """"Глава" + "Заречного района" → "Администрация Заречного района"; None unless `rest`
    is a place alone (a place's marker last or before the name, no body's word in it)."""
    body = ctx.vocab.place_head_bodies.get((ctx.lemmas(head)[:1] or ("",))[0])
    words = rest.split()
    if not body or len(words) < 2:
        return None
    lemmas = [(ctx.lemmas(w)[-1:] or ("",))[0] for w in words]
    marks = ctx.vocab.place_markers | ctx.vocab.settlement_words
    bodies = ctx.vocab.org_words | ctx.vocab.assembly_words | ctx.vocab.body_units
    # "Заречного района" (the marker last) or "города Заречного" (the marker first, its name
    # after it with a capital)
    marked = lemmas[-1] in marks or (lemmas[0] in marks and words[1][:1].isupper())
    if not marked or set(lemmas) & bodies:
        return None
    return f"{body} {rest}"
