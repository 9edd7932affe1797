"""An institution's type name in apposition put into the nominative.

In a full legal name the type name stands beside the legal form in the nominative
("муниципальное … учреждение детский сад № 9 «…»"), and so does it beside an abbreviation
("МБДОУ детский сад № 10"). Writers often decline it with the form or with the position it
follows: "учреждения детского сада № 9" in a title, "Заведующий МБДОУ детским садом № 10" in a
grif, "учреждения центра развития ребенка – детского сада …" (one type name after a dash, each
declined). The issuer is the name as the body bears it: each such type name goes back into the
nominative; its dependents in the genitive ("развития ребенка", "первой категории") stay."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

_MAX_ADJECTIVES = 3
_OBLIQUE = ("gent", "ablt", "datv")
_DASH = re.compile(r"^[–—-]$")


def _head_at(ctx: Ctx, words: list[str]) -> int | None:
    """Where an institution's noun closes the opening adjectives ("детским садом" → 1)."""
    for k, w in enumerate(words[: _MAX_ADJECTIVES + 1]):
        if not w.isalpha() or not w.islower():
            return None
        if set(ctx.lemmas(w)[:1]) & ctx.vocab.institution_words:
            return k
        if ctx.tools.tag(w)[0] != "ADJF":
            return None
    return None


def _nominative(ctx: Ctx, words: list[str]) -> list[str] | None:
    """Adjectives and their institution noun (last) in the nominative; None for a neuter or
    plural head (no apposition of that kind) or a noun already in the nominative."""
    head = words[-1]
    if ctx.tools.tag(head)[1] not in _OBLIQUE:
        return None
    noun = ctx.tools.lemma(head)
    if noun.endswith(("о", "е")):  # "учреждением": the legal form's own noun, not a type
        return None
    masculine = not noun.endswith(("а", "я", "ь"))
    adjectives = [ctx.tools.lemma(w) if masculine else ctx.tools.nominative(w) for w in words[:-1]]
    if any(a is None or not a.endswith(("ый", "ий", "ой", "ая", "яя")) for a in adjectives):
        return None
    return [*(a for a in adjectives if a), noun]


_TOWN_WORDS = ("города", "г.")


def _after_town(words: list[str], k: int) -> bool:
    """"… учреждение города Заречного детского сада № 40": the type name after the town the
    legal form names (a city's institutions print their town between form and type)."""
    return k >= 2 and words[k - 2].lower() in _TOWN_WORDS and words[k - 1][:1].isupper()


def in_nominative(ctx: Ctx, text: str) -> str:
    """`text` with every type name opening it, following a dash or a town put into the nominative
    ("детским садом № 10" → "детский сад № 10", "центра развития ребенка – детского сада …"
    → "центр развития ребенка – детский сад …"); `text` as it is when none is declined."""
    words = text.split()
    out: list[str] = []
    k = 0
    while k < len(words):
        at = _head_at(ctx, words[k:]) if k == 0 or _DASH.match(words[k - 1]) or _after_town(
            words, k) else None
        got = _nominative(ctx, words[k : k + at + 1]) if at is not None else None
        if at is not None and got:
            out += got
            k += at + 1
        else:
            out.append(words[k])
            k += 1
    return " ".join(out) if out != words else text


_QUOTED = re.compile(r"(?<=учреждение )«(?P<words>[А-ЯЁ][а-яё]+(?: [а-яё]+){0,3})(?=[\s»])")


# a title's owner named by its short form and its quoted type name in the genitive ("Программа
# развития МАОУ «Лицея № 7 «Эврика»"): the first quote after the form
_TITLE_QUOTED = re.compile(r"^\S+(?:\s[А-ЯЁ]{2,5}){0,2}\s«(?P<words>[А-ЯЁ][а-яё]+(?: [а-яё]+){0,3})"
                           r"(?=[\s»])")


def title_quoted_in_nominative(ctx: Ctx, name: str) -> str:
    """"МАОУ «Лицея № 7 «Эврика»" (a title's owner in the genitive) → "МАОУ «Лицей № 7
    «Эврика»": the quoted type name after a short form put into the nominative."""
    return quoted_in_nominative(ctx, name, _TITLE_QUOTED)


def quoted_in_nominative(ctx: Ctx, text: str, pattern: re.Pattern[str] | None = None) -> str:
    """A quoted type name after the legal form in the nominative put into it as well:
    'учреждение «Средней общеобразовательной школы № 9»' (declined with the form by a
    sentence that cited it) → 'учреждение «Средняя общеобразовательная школа № 9»'."""
    m = (pattern or _QUOTED).search(text)
    if m is None:
        return text
    words = m.group("words").split()
    lowered = [words[0].lower(), *words[1:]]
    at = _head_at(ctx, lowered)
    got = _nominative(ctx, lowered[: at + 1]) if at is not None else None
    if at is None or not got:
        return text
    got[0] = got[0][:1].upper() + got[0][1:]
    new = " ".join([*got, *words[at + 1:]])
    return f"{text[: m.start('words')]}{new}{text[m.end('words'):]}"
