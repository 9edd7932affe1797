"""The city an institution's name closes with, unmarked: "Детская школа искусств № 8
Заречнска", "детский сад «Солнышко» Лесногорска".

A town's institutions are named by their number or quoted name and the town in the genitive
without "г." or "города"; the name's last word, right after the number or the quoted name, is
then the town when the dictionary knows it as a place noun in the genitive. A surname is not
one (the patron, maybe: "… № 4 Кирова"), nor a word that may be an adjective ("… № 8
Заречного" leaves the marker out). A federal city is a region of its own, no municipality
(places.py).
"""

from __future__ import annotations

import re

from normalize.lemmas import Lemmatizer
from normalize.place_names import geo_nominative
from normalize.place_tokens import places_data

_PERSON = frozenset({"Surn", "Name", "Patr"})  # "№ 4 Кирова": the patron, maybe, not the town
# the number or the quoted name, then one capitalised word and the name's end (a closing quote,
# a bracket with the short name, or the text's end)
_TAIL = re.compile(r"(?:№\s?\d+[а-яА-Я]?|[»\"”])\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
                   r"\s*(?:[»\"”]\s*)?(?:\(.*)?$")


def institution_city(issuer: str, lem: Lemmatizer) -> str | None:
    """The city (nominative) `issuer`'s name closes with, unmarked; None when it closes with
    no place noun in the genitive."""
    m = _TAIL.search(issuer.strip().rstrip("."))
    if not m:
        return None
    word = m.group(1)
    parses = lem.parse(word.lower())
    if any(p.tag.POS == "ADJF" or _PERSON & p.tag.grammemes for p in parses) or not any(
            p.tag.POS == "NOUN" and "Geox" in p.tag and p.tag.case == "gent" for p in parses):
        return None
    if any(re.fullmatch(rx, word, re.IGNORECASE)
           for rx in places_data().get("federal_cities", {}).values()):
        return None
    return geo_nominative(word, lem)
