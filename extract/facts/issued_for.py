"""A school's order printed on one line by a site: "Приказ №7 от 12.09.2019 г. По Луговской
средней школе «Об организации дежурства»". "По <the school in the dative>" after the order's
requisites names the school the order is issued for — a school's own order ("по школе"), so
the school issued it; the quoted subject after it is the act's subject.

A school's own print sets it in capitals on the act's line ("ПРИКАЗ № 45-ОД ОТ 02.09.2023 Г. ПО
МБОУ «СОШ № 2 С. ЛУГОВОЕ»", the subject on the next line or quoted after it) or on a line of
its own under the requisites ("по МБОУ «Гимназия № 1»"): the same phrase, the same school.

Only a phrase naming an institution (a form's short name, a school's noun with a name of its
own — a bare "ПО ШКОЛЕ" names none) is read; the words are data (extract/vocab/facts.yaml
`issued_for`)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word

# "г. По Луговской средней школе «Об …»": the year's mark, "По", the school, the quoted subject
_ORG = r"(?P<org>[^«\"“„]+?(?:\s*[«\"][^«»\"]+(?:[«\"][^«»\"]+[»\"])?[^«»\"]*[»\"])?)"
_ISSUED_FOR = re.compile(r"^(?:г\.?|года)?\s*По\s+" + _ORG +
                         r"\s*(?P<subject>[«\"“„]\s*(?:О|Об|ОБ|Обо)\s.*)$", re.IGNORECASE)
# the same phrase closing the line, the subject printed under it
_ISSUED_FOR_END = re.compile(r"^(?:г\.?|года)?\s*По\s+" + _ORG + r"\s*$", re.IGNORECASE)


def _names_institution(ctx: Ctx, org: str) -> bool:
    """A form's short name ("МБОУ"), or a school's noun with a name of its own ("Луговской
    средней школе"); not the noun alone ("ПО ШКОЛЕ", "по учреждению")."""
    words = [w.strip("«»\"") for w in org.split()]
    if any(form_word(ctx, w) for w in words):
        return True
    lemmas = set(ctx.lemmas(org))
    return bool(lemmas & ctx.vocab.issued_for_nouns) and bool(lemmas - ctx.vocab.issued_for_nouns)


def split_issued_for(ctx: Ctx, rest: str) -> tuple[str, str] | None:
    """(the school as printed, the quoted subject) of a heading's text after its requisites,
    or None when no "По <institution>" stands before the subject."""
    m = _ISSUED_FOR.match(rest.strip())
    if not m:
        return None
    org = m.group("org").strip(" ,")
    return (org, m.group("subject")) if _names_institution(ctx, org) else None


def issued_for_org(ctx: Ctx, rest: str) -> str | None:
    """The school a line's "По <institution>" names, the subject after it or not ("ПО МБОУ
    «СОШ № 2»" closing the act's line, "по МБОУ «Гимназия № 1»" alone under it), as printed."""
    if not rest.strip():
        return None
    got = split_issued_for(ctx, rest)
    if got:
        return got[0]
    m = _ISSUED_FOR_END.match(rest.strip())
    org = m.group("org").strip(" ,.") if m else ""
    if not org or _QUOTED_SUBJECT.search(org):  # "ПО ШКОЛЕ «ОБ …»": the subject, no name
        return None
    return org if _names_institution(ctx, org) else None


_QUOTED_SUBJECT = re.compile(r"[«\"“„]\s*(?:О|Об|Обо)\s", re.IGNORECASE)


def after_requisites(ctx: Ctx, text: str) -> str:
    """What a heading's line prints after its act's number and first date ("" without them)."""
    dates = sorted((m for rx in ctx.vocab.dates if (m := rx.search(text))), key=lambda m: m.start())
    ends = [m.end() for m in (ctx.vocab.number.search(text), *dates[:1]) if m]
    return text[max(ends):] if ends else ""


def in_nominative(ctx: Ctx, org: str) -> str:
    """"Луговской средней школе" → "Луговская средняя школа": each word before a quote or a
    number put from the dative into the nominative, capitals kept ("ЛУГОВСКОЙ СРЕДНЕЙ ШКОЛЕ" →
    "ЛУГОВСКАЯ СРЕДНЯЯ ШКОЛА"); a short form's letters and the quoted name as written ("МБОУ
    «СОШ № 2»")."""
    out: list[str] = []
    words = org.split()
    for k, w in enumerate(words):
        if not w.isalpha() or w[:1] in "«\"№" or form_word(ctx, w):
            out += words[k:]
            break
        got = ctx.tools.dative_nominative(w.lower())
        if got is None:
            out += words[k:]
            break
        out.append(got.upper() if w.isupper() and len(w) > 1 else
                   got.capitalize() if w[:1].isupper() else got)
    return " ".join(out)
