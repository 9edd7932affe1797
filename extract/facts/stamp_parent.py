"""A subprogramme's appendix stamp naming the programme it belongs to after the subprogramme's
quoted name ("Приложение N 1 / к подпрограмме "…"" / "Республиканской целевой программы" /
"развития образования … на 2011-2020 годы"): the programme in the genitive goes on the stamp;
a heading under the stamp names its table in the nominative ("Индикаторы …", "Перечень …")."""

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
