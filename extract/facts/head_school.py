"""A plan approved by the head of a school named only by its common noun ("Утверждаю: Директор
школы") whose title names the school it is carried out in ("… в МБОУ «Лесная СОШ»"): that
school is the plan's owner."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word, institution_at, institution_nominative


def school_of_head(ctx: Ctx, title: str | None, positions: tuple[str | None, ...]) -> str | None:
    """"Утверждаю: Директор школы" over "ПЛАН … в МБОУ «Лесная СОШ»": the head of a school
    named only by its common noun approves the plan of the one school the title names, even
    after "в" (the school the plan is carried out in is his)."""
    if not title or not any(_head_of_school(ctx, p) for p in positions if p):
        return None
    words = title.split()
    found = [k for k, w in enumerate(words) if form_word(ctx, w.strip("(«\""))]
    if len(found) != 1:
        return None
    k = found[0]
    name = institution_at(ctx, [words[k].strip("(«\""), *words[k + 1:]], form_caps=True)
    return institution_nominative(ctx, name) if name else None


def _head_of_school(ctx: Ctx, position: str) -> bool:
    """"Директор школы", "Заведующий детским садом": an official and an institution's common
    noun, no name."""
    words = position.replace(":", " ").split()
    if len(words) < 2 or any(w[:1].isupper() for w in words[1:]):
        return False
    lem = [(ctx.lemmas(w)[-1:] or ("",))[0] for w in words]
    return lem[0] in ctx.vocab.head_positions and lem[-1] in ctx.vocab.institution_words
