"""The head of a region issuing an act in his own name: a letterhead that prints the region's
name over the official's title alone ("РЕСПУБЛИКА N / ПРЕЗИДЕНТ / УКАЗ") names him as "Президент
Республики N" (CONTRACT `issuer`: the body of the document's own act)."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.order import order_header

_ABOVE = 3  # the region's line stands right over the official's


def official_of_region(ctx: Ctx) -> str | None:
    """"РЕСПУБЛИКА САХА (ЯКУТИЯ)" / "ПРЕЗИДЕНТ" over the act's word → "Президент Республики
    Саха (Якутия)"; only a region named noun first ("Республика …"), whose name stays as it is
    when its head word takes the genitive."""
    start = order_header(ctx)
    if not start:
        return None
    lines = [c.text.strip() for c in ctx.head[max(start - _ABOVE, 0):start]]
    if len(lines) < 2:
        return None
    official, region = lines[-1], lines[-2].split()
    lem = ctx.lemmas(official)
    if len(lem) != 1 or lem[0] not in ctx.vocab.officials or len(region) < 2:
        return None
    head = (ctx.lemmas(region[0])[:1] or [""])[0]
    gen = ctx.vocab.region_head_genitive.get(head)
    if gen is None:
        return None
    name = " ".join(region[1:])
    name = name.title() if name.isupper() else name
    return f"{official.capitalize()} {gen.capitalize()} {name}"
