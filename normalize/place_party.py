"""The place closing an organisation's key in its canonical form: a responsible party's name
printed with its place ("МБОУ СОШ № 3 Лесновского р-на", "… Лесновского муниципального
района", "МБОУ СОШ № 3 г.Лесногорска", "… города Лесногорска") is one organisation however the
place is written, so its key ends on the place's canonical name ("СОШ № 3 Лесновский район",
"СОШ № 3 Лесногорск"); and on the document's own municipality when the place is that
municipality written another way ("Лесногорск" in a document of "Лесногорский городской
округ", docs/CONTRACT.md `municipality`: one place written two ways is one name)."""

from __future__ import annotations

import re

from normalize.lemmas import Lemmatizer
from normalize.place_mentions import Mention, mentions
from normalize.place_tokens import TOKEN, tokens
from normalize.places import same_place

# a cheap look before the markers are read: most keys name no place at all
_MAYBE_PLACE = re.compile(
    r"(?i:\b(?:г|гор|с|п|пос|д|ст|х|пгт|рп)\.|район|р-н|р-на|округ|город|сел[оа]|посёл|посел"
    r"|деревн|станиц|хутор)|\b(?:ГО|МР|МО)\b")
_PLACE_KINDS = frozenset({"municipality", "settlement"})


def canonical_place_tail(name: str, lem: Lemmatizer, own: str | None = None) -> str:
    """`name` with the place closing it in its canonical form ("СОШ № 3 Лесновского р-на" →
    "СОШ № 3 Лесновский район"), or `own`, the document's municipality, when the place is it
    written another way; one place, the first of those printed one after another (not a second
    naming where it lies: "… с. Луговое Лесновского района Заречной области" → "… село
    Луговое"), a city's district with its city ("Заводского района города Лесногорска");
    `name` as it is when no place closes it, or the place is all of it."""
    if not _MAYBE_PLACE.search(name):
        return name
    toks = tokens(name, lem)
    run = _closing_run(mentions(name, lem), len(toks))
    if not run or run[0].kind not in _PLACE_KINDS or run[0].start == 0:
        return name
    printed = list(TOKEN.finditer(name))
    if len(printed) != len(toks):  # the markers read a cleaned text: offsets lost
        return name
    head = name[: printed[run[0].start].start()].rstrip(" ,")
    first = run[0]
    if own and same_place(first.name, own, lem):
        return f"{head} {own}"
    places = [first.name]
    if len(run) > 1 and first.name.endswith(_DISTRICT) and run[1].kind == "municipality" \
            and not run[1].name.endswith(_DISTRICT):
        places.append(run[1].name)  # a city's district and its city: one place
    return " ".join([head, *places])


_DISTRICT = " район"


def _closing_run(found: list[Mention], end: int) -> list[Mention]:
    """The mentions printed one right after another up to the name's end (token `end`)."""
    run: list[Mention] = []
    for m in reversed(found):
        if m.end != (run[0].start if run else end):
            break
        run.insert(0, m)
    return run
