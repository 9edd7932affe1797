"""A body's name cited in the genitive put back in the nominative ("Управления образования …"
→ "Управление образования …", "Кировской районной администрации" → "Кировская районная
администрация"). Split from extract/facts/order.py, which finds the names; many readers of a
body's name (amended.py, owner.py, institution*.py, …) use these too."""

from __future__ import annotations

from extract.facts import type_name
from extract.facts.ctx import Ctx


def nominative_head(org: str, ctx: Ctx) -> str:
    """"Управления образования администрации …" (after "приказом") → "Управление образования
    администрации …": the head noun in the nominative, its dependents as written."""
    head, _, rest = org.partition(" ")
    lem = ctx.lemmas(head)
    if head.isupper() and head.isalpha() and rest:  # "МБДОУ детским садом № 10"
        rest = type_name.in_nominative(ctx, rest)
        org = f"{head} {rest}"
    # "Собрания депутатов … района" (after "Решение"): an assembly heads its name as a body does
    heads = ctx.vocab.org_words | ctx.vocab.officials | ctx.vocab.assembly_words
    if len(lem) != 1 or not head.isalpha() or lem[0] not in heads:
        return _adjective_head(org, ctx) or org
    if head.lower() == lem[0]:
        return org[:1].upper() + org[1:]
    nominative = lem[0].upper() if head.isupper() else lem[0].capitalize()
    return " ".join(p for p in (nominative, rest) if p)


_MAX_ADJECTIVES = 3


def _adjective_head(org: str, ctx: Ctx) -> str | None:
    """"Кировской районной администрации" → "Кировская районная администрация": a body named by
    adjectives before its head noun, each word put into the nominative; None when no body noun
    follows one to three words or a word has no genitive reading."""
    words = org.split()
    # "Земского Собрания …": an assembly is a body named by its adjective too
    bodies = ctx.vocab.org_words | ctx.vocab.assembly_words
    at = next((k for k in range(1, min(len(words), _MAX_ADJECTIVES + 1))
               if ctx.lemmas(words[k])[:1] and ctx.lemmas(words[k])[0] in bodies), None)
    if at is None or not all(w.replace("-", "").isalpha() and not w.isupper()
                             for w in words[: at + 1]):
        return None
    got = agree_nominative(ctx, [w.lower() for w in words[: at + 1]])
    if got is None:
        return None
    out = [g.capitalize() if w[:1].isupper() else g for w, g in zip(words, got, strict=False)]
    # "Постановление местной администрации …": lower case by the sentence, a capital by the name
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out + words[at + 1:])


_VOWEL_ENDS = "аяеоиыуюэь"  # a head noun ending otherwise (a consonant, "й") is masculine


def agree_nominative(ctx: Ctx, words: list[str]) -> list[str] | None:
    """Genitive adjectives and their head noun (last) in the nominative, the adjectives
    agreeing with a neuter head ("-ого" → "-ое", not the masculine "-ый"); None when the head
    has no genitive reading."""
    head = ctx.tools.nominative(words[-1])
    if not head:
        return None
    out: list[str] = []
    for low in words[:-1]:
        if head.endswith("е") and low.endswith(("ого", "его")):
            out.append(low[:-3] + ("ое" if low.endswith("ого") else "ее"))
        elif head[-1:].isalpha() and head[-1:] not in _VOWEL_ENDS and low.endswith(("ого", "его")):
            out.append(ctx.tools.lemma(low))  # a masculine head: "детского сада" → "детский сад"
        else:
            out.append(ctx.tools.nominative(low) or low)
    return [*out, head]


# A legal form's adjectives in the locative and their nominative ending by the head noun's
# gender ("в муниципальном бюджетном учреждении" → "муниципальное бюджетное учреждение", "в
# муниципальной автономной организации" → "муниципальная автономная организация")
_LOCATIVE_ENDS = {"neut": (("ом", "ое"), ("ем", "ее")), "femn": (("ой", "ая"), ("ей", "ая"))}


def locative_nominative(ctx: Ctx, words: list[str]) -> list[str] | None:
    """Locative adjectives and their head noun (last), "муниципальном … учреждении", in the
    nominative; None when the head is no locative of a neuter or feminine noun or an
    adjective does not end as a locative does."""
    low = words[-1].lower()
    head = ctx.tools.lemma(low)
    # "учреждении" reads as a locative; "организации" as a genitive first, its locative the same
    gender = "neut" if ctx.tools.tag(low)[1] == "loct" and head.endswith("ие") else \
        "femn" if low.endswith("ии") and head.endswith("ия") else None
    if gender is None:
        return None
    out: list[str] = []
    for w in (x.lower() for x in words[:-1]):
        ends = next(((a, b) for a, b in _LOCATIVE_ENDS[gender] if w.endswith(a)), None)
        if ends is None:
            return None
        out.append(w[: -len(ends[0])] + ends[1])
    return [*out, head]
