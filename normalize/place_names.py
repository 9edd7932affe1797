"""Place names in the nominative: inflection of the names places.py finds ("Северского" →
"Северский", "Ленинска-Кузнецкого" → "Ленинск-Кузнецкий", "Нижнего Новгорода" → "Нижний
Новгород", "Республики Калмыкии" → "Калмыкия"), and the agreement of an adjective name with
its marker."""

from __future__ import annotations

import re
from functools import lru_cache

from normalize.lemmas import Lemmatizer


def pos(word: str, lem: Lemmatizer, relative: bool = False, qualitative: bool = False
        ) -> set[str]:
    """Parts of speech of a (last part of a) word. `relative`: pronominal and qualitative
    adjectives ("Каждый", "Социальная") do not count — a marker's adjective name is relative
    ("Северский район"); a name after a marker may be either ("города Новый Уренгой");
    `qualitative`: with `relative`, qualitative ones count ("Заречного муниципального района")."""
    parses = lem.parse(word.split("-")[-1].lower())[:3]
    left_out = {"Apro"} if qualitative else {"Apro", "Qual"}
    return {str(p.tag.POS) for p in parses
            if not (relative and p.tag.POS == "ADJF" and left_out & p.tag.grammemes)}


def restore_case(new: str, old: str) -> str:
    """`new` (pymorphy's form) with the capitals of `old`, and its "е" where `old` writes no
    "ё" ("Заозерского" → "Заозерский", not "Заозёрский")."""
    if "ё" not in old.lower():
        new = new.replace("ё", "е").replace("Ё", "Е")
    parts_new, parts_old = new.split("-"), old.split("-")
    if len(parts_new) != len(parts_old):
        return new[:1].upper() + new[1:]
    return "-".join(n[:1].upper() + n[1:] if o[:1].isupper() else n
                    for n, o in zip(parts_new, parts_old, strict=True))


@lru_cache(maxsize=20_000)  # a place is named again and again; inflecting is pymorphy's slow part
def inflect_part(word: str, lem: Lemmatizer, gender: str | None, adjective: bool) -> str:
    """One word to the nominative: adjectives agree with `gender`, nouns keep their number.

    `adjective`: the syntax says it is one ("…ком городском округе"); otherwise the likelier
    reading wins ("Кузнецком" is both an adjective and the town Кузнецк)."""
    parses = lem.parse(word.lower())
    adj = [p for p in parses if p.tag.POS == "ADJF"]
    noun = [p for p in parses if p.tag.POS == "NOUN"]
    if adj and not adjective:
        adjective = sum(p.score for p in adj) >= sum(p.score for p in noun)
    if adj and adjective:
        form = adj[0].inflect({"nomn", "sing", gender or "masc"})
    elif noun:
        geox = [p for p in noun if "Geox" in p.tag]
        form = (geox or noun)[0].inflect({"nomn"})
        if form and _indeclinable_guess(word, form.word, lem):
            form = None
    else:
        form = None
    return restore_case(form.word, word) if form else word


def _indeclinable_guess(word: str, nominative: str, lem: Lemmatizer) -> bool:
    """A name the dictionary does not know ending in "-и", guessed as the genitive of a
    soft-sign noun ("Томари" → "Томарь"): such towns are in the dictionary ("Тюмени",
    "Перми"); an unknown one is an indeclinable foreign name ("Томари", like the known "Сочи",
    tagged Fixd), kept as written (an unknown "Елшанки" still goes to "Елшанка")."""
    low = word.lower()
    return low.endswith("и") and nominative.endswith("ь") and not lem.is_known(low)


def _known_place(name: str, lem: Lemmatizer) -> str | None:
    """The nominative of a hyphenated town the dictionary knows whole ("Йошкар-Олы",
    "Петропавловска-Камчатского"): its parts are not declined one by one ("Йошкар" is no
    genitive); None for a name it does not know or an adjective (which agrees with a marker)."""
    if not lem.knows_compound(name):
        return None
    top = lem.parse(name.lower())[0]
    form = top.inflect({"nomn"}) if top.tag.POS == "NOUN" and "Geox" in top.tag else None
    return restore_case(form.word, name) if form else None


def nominative(name: str, lem: Lemmatizer, gender: str | None, adjective: bool = False) -> str:
    """A place name in the nominative. Hyphenated names: the last part is inflected; the first
    part only when it is itself a declined noun ("Ленинска-Кузнецкого" → "Ленинск-Кузнецкий",
    "Усть-Лабинского" → "Усть-Лабинский"); "Ростова-на-Дону" inflects its first part only."""
    parts = name.split("-")
    if len(parts) == 1:
        return inflect_part(name, lem, gender, adjective)
    whole = None if adjective else _known_place(name, lem)
    if whole:  # "Йошкар-Олы" → "Йошкар-Ола": the dictionary declines the name as one word
        return whole
    if any(p.islower() for p in parts[1:]):  # "Ростова-на-Дону", "Комсомольска-на-Амуре"
        return "-".join([inflect_part(parts[0], lem, None, False), *parts[1:]])
    head = parts[0]
    top = lem.parse(head.lower())[0]
    if top.tag.POS == "NOUN" and top.tag.case not in (None, "nomn"):
        head = inflect_part(head, lem, None, False)
    last = inflect_part(parts[-1], lem, gender, adjective)
    return "-".join([head, *parts[1:-1], last])


def head_gender(name: str, lem: Lemmatizer) -> str | None:
    """The gender of a hyphenated name's first part when the dictionary knows it as a noun in
    the singular ("Приволье-Луговое": "Приволье" is neuter): after "город" such a name is a
    noun phrase of its own, its adjective agrees with that noun, not with the marker; None for
    one word or a first part that is no known noun ("Усть-", "Анжеро-", "Ханты-")."""
    head, _, rest = name.partition("-")
    if not rest or not lem.is_known(head.lower()):
        return None
    top = lem.parse(head.lower())[0]
    if top.tag.POS != "NOUN" or top.tag.number != "sing":
        return None
    return str(top.tag.gender) if top.tag.gender in ("masc", "femn", "neut") else None


# An unknown place adjective pymorphy guesses as a surname only ("Елшанского района"): its
# ending and the marker after it make it the adjective.
PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ой|ого|ому|ом|им|ая|ую|ое|их|ие)$")
_CASES = ("ADJF", "NOUN", "PRTF")
# A place adjective with a stressed ending ("Полевской", "Луговской"): its masculine nominative
# in "-ой" the dictionary may know only as a feminine case of "-ский" ("полевской" → "полевский").
_STRESSED_MASCULINE = re.compile(r"(?:ск|цк)ой$")


def stressed_masculine(word: str, marker: list[str], lem: Lemmatizer) -> bool:
    """"Полевской район", "Невской городской округ": an adjective in "-ской" before a marker
    whose first word is masculine, singular and in the nominative is that marker's masculine
    nominative, kept as written (not "Полевский район", nor a feminine that cannot agree)."""
    if not marker or not _STRESSED_MASCULINE.search(word.lower()):
        return False
    return any(p.tag.POS in _CASES and p.tag.gender == "masc" and p.tag.number == "sing"
               and p.tag.case == "nomn" for p in lem.parse(marker[0].lower()))


def town_adjective(word: str, marker: list[str], lem: Lemmatizer) -> bool:
    """"Мирный район": a word the dictionary knows as a town's name (a Geox reading) that is
    also an adjective agreeing with the marker after it names the district, though as a
    common adjective ("мирный") it would be a generic word."""
    parses = lem.parse(word.lower())
    return any("Geox" in p.tag for p in parses) and any(p.tag.POS == "ADJF" for p in parses) \
        and agrees(word, marker, lem)


def agrees(word: str, marker: list[str], lem: Lemmatizer) -> bool:
    """Whether an adjective name can stand with its marker: some reading of each shares case
    and number (and gender in the singular) — "Северского района", not "Северский Республики"."""
    forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in lem.parse(word.lower())
             if p.tag.POS in _CASES}
    for w in marker:
        for p in lem.parse(w.lower()):
            if p.tag.POS not in _CASES:
                continue
            for case, number, gender in forms:
                if case == p.tag.case and number == p.tag.number and (
                        number == "plur" or None in (gender, p.tag.gender)
                        or gender == p.tag.gender):
                    return True
    return not forms


def geo_nominative(word: str, lem: Lemmatizer) -> str:
    """An apposition after "Республика" is in the nominative ("Республика Коми"), but texts
    decline some ("Республики Калмыкии" → "Калмыкия"): a declinable place noun goes to it."""
    top = lem.parse(word.lower())[:1]
    if (top and top[0].tag.POS == "NOUN" and "Geox" in top[0].tag and "Fixd" not in top[0].tag
            and top[0].tag.case != "nomn"):
        form = top[0].inflect({"nomn"})
        return restore_case(form.word, word) if form else word
    return word


def two_word_name(adj: str, noun: str, lem: Lemmatizer, gender: str) -> str:
    """Adjective + noun name in the nominative, agreeing: "Нижнего Новгорода" → "Нижний
    Новгород", "Великих Лук" → "Великие Луки" (a plural adjective keeps the name plural)."""
    adj_parses = [p for p in lem.parse(adj.lower()) if p.tag.POS == "ADJF"]
    if adj_parses and all(p.tag.number == "plur" for p in adj_parses):
        forms = [inflect_plural(w, pos, lem) for w, pos in ((adj, "ADJF"), (noun, "NOUN"))]
        return " ".join(forms)
    noun_nom = nominative(noun, lem, None)
    parses = [p for p in lem.parse(noun_nom.lower()) if p.tag.POS == "NOUN"]
    geox = [p for p in parses if "Geox" in p.tag] or parses
    if geox and geox[0].tag.gender:
        gender = str(geox[0].tag.gender)
    return f"{nominative(adj, lem, gender, adjective=True)} {noun_nom}"


def inflect_plural(word: str, pos: str, lem: Lemmatizer) -> str:
    parses = [p for p in lem.parse(word.lower()) if pos == p.tag.POS]
    form = parses[0].inflect({"nomn", "plur"}) if parses else None
    return restore_case(form.word, word) if form else word
