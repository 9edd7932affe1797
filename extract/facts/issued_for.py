"""A school's order printed on one line by a site: "Приказ №7 от 12.09.2019 г. По Луговской
средней школе «Об организации дежурства»". "По <the school in the dative>" after the order's
requisites names the school the order is issued for — a school's own order ("по школе"), so
the school issued it; the quoted subject after it is the act's subject.

Only a phrase naming an institution (a form's short name, a school's noun) is read; the words
are data (extract/vocab/facts.yaml `issued_for`)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word

# "г. По Луговской средней школе «Об …»": the year's mark, "По", the school, the quoted subject
_ISSUED_FOR = re.compile(r"^(?:г\.?|года)?\s*По\s+(?P<org>[^«\"“„]+?(?:\s*[«\"][^«»\"]+[»\"])?)"
                         r"\s*(?P<subject>[«\"“„]\s*(?:О|Об|ОБ|Обо)\s.*)$")



def split_issued_for(ctx: Ctx, rest: str) -> tuple[str, str] | None:
    """(the school as printed, the quoted subject) of a heading's text after its requisites,
    or None when no "По <institution>" stands before the subject."""
    m = _ISSUED_FOR.match(rest.strip())
    if not m:
        return None
    org = m.group("org").strip(" ,")
    words = org.split()
    if not (any(form_word(ctx, w.strip("«»\"")) for w in words)
            or set(ctx.lemmas(org)) & ctx.vocab.issued_for_nouns):
        return None
    return org, m.group("subject")


def in_nominative(ctx: Ctx, org: str) -> str:
    """"Луговской средней школе" → "Луговская средняя школа": each word before a quote or a
    number put from the dative into the nominative, capitals kept; a short form's letters and
    the quoted name as written ("МБОУ «СОШ № 2»")."""
    out: list[str] = []
    words = org.split()
    for k, w in enumerate(words):
        if not w.isalpha() or w.isupper() or w[:1] in "«\"№":
            out += words[k:]
            break
        got = ctx.tools.dative_nominative(w.lower())
        if got is None:
            out += words[k:]
            break
        out.append(got.capitalize() if w[:1].isupper() else got)
    return " ".join(out)
