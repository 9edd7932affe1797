"""A report's title naming its institution by the legal form in the genitive and then the name
as the body writes it, unquoted and in the nominative ("Отчет о самообследовании муниципального
бюджетного общеобразовательного учреждения Луговская средняя школа № 3 Заречного района по
итогам года 2024"): the full name is the form put into the nominative and the name as printed,
the place after it kept, up to the words of the time reported on. Read only when the name's
first word is capitalised and the type's noun in the nominative comes within a few words
(institution words of facts.yaml, lemmas)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution_full_name import form_nominative

# the words of the time reported on end the name ("за 2023 год", "по итогам года 2024")
_NAME_END = re.compile(r"\s+(?:за|на|по\s+итогам)\s+(?:(?:19|20)\d\d|год|учебн|календарн)"
                       r"|[.;]?\s*$", re.IGNORECASE)
_TYPE_REACH = 4  # "Луговская средняя общеобразовательная школа": the noun a few words on


def nominative_name_in_title(ctx: Ctx, title: str | None) -> str | None:
    """The full name a title prints as the form in the genitive and the name in the
    nominative (see the module); None when it prints none so."""
    if not title:
        return None
    m = ctx.vocab.legal_form.search(title.lower())
    if m is None or not title[: m.start()].split():
        return None
    end = _NAME_END.search(title, m.end())
    words = title[m.end(): end.start() if end else len(title)].split()
    if not words or not words[0][:1].isupper() or not words[0].isalpha():
        return None
    at = next((k for k, w in enumerate(words[:_TYPE_REACH])
               if set(ctx.lemmas(w)) & ctx.vocab.institution_words), None)
    if at is None or ctx.tools.tag(words[at].lower())[1] != "nomn" \
            or words[at].lower() != next(iter(ctx.lemmas(words[at])), ""):
        return None
    form = form_nominative(ctx, title[m.start(): m.end()].split())
    return f"{form} {' '.join(words)}" if form else None
