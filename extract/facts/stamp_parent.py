"""A subprogramme's appendix stamp naming the programme it belongs to after the subprogramme's
quoted name ("Приложение N 1 / к подпрограмме "…"" / "Республиканской целевой программы" /
"развития образования … на 2011-2020 годы"): the programme in the genitive goes on the stamp;
a heading under the stamp names its table in the nominative ("Индикаторы …", "Перечень …").
The body's region in the genitive on a line of its own goes on the stamp too."""

from __future__ import annotations

from extract.facts.ctx import Ctx


def parent_in_genitive(ctx: Ctx, text: str) -> bool:
    """"Республиканской целевой программы …": a plan's noun in the genitive after the
    adjectives plans take."""
    words = text.split()
    k = 0
    while k < len(words) and set(ctx.lemmas(words[k])) & ctx.vocab.plan_adjectives:
        k += 1
    if k >= len(words) or ctx.plan_noun(ctx.lemmas(" ".join(words[k : k + 2]))) is None:
        return False
    return ctx.tools.tag(words[k].strip(",.;:«\"“"))[1] == "gent"


_REGION_WORDS = 3


def region_in_genitive(ctx: Ctx, text: str) -> bool:
    """"Рязанской области", "Республики Заречье": the region of the body a stamp names, on a
    line of its own after the body's capitalised name ("… / Лесной муниципальный район")."""
    words = text.split()
    if not words or len(words) > _REGION_WORDS:
        return False
    nouns = [w for w in words if set(ctx.lemmas(w)) & ctx.vocab.region_nouns]
    # "области", "края", "Республики": not the noun's nominative (a heading's case); the
    # tagger's likeliest reading of "области" is the locative as often as the genitive
    return len(nouns) == 1 and nouns[0].lower() not in ctx.vocab.region_nouns
