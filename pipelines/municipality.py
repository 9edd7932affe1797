"""`--municipality NAME` of compare and report: the stored names a user's spelling means.

An exact stored name is taken as it is. Otherwise names are compared by their lemmas (any case
and inflection: "северского района" = "Северский район"), without the marker words a canonical
name leaves out (город, г., городской округ … from normalize/data/places.yaml: "город Пенза" =
"Пенза"); then a name whose lemmas all occur in a stored name picks it ("Северский" → "Северский
район"). A stored name that is one of these written another way comes with it ("Лесногорск",
"Лесногорский городской округ": one place, normalize/places.py `same_place`). When nothing
matches, the closest stored names are suggested.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

SUGGESTIONS = 3
SUGGEST_CUTOFF = 60.0  # rapidfuzz WRatio of the lemma keys


@dataclass(frozen=True)
class Resolved:
    """The stored names `wanted` means, how they were found, and close names otherwise."""

    wanted: str
    names: tuple[str, ...] = ()
    how: str = "exact"  # exact | lemmas | part | same_place
    close: tuple[str, ...] = field(default=())


class Keys:
    """Lemma keys of names, the lemmatizer loaded only when a name is not exact."""

    def __init__(self) -> None:
        from normalize.lemmas import get_lemmatizer
        from normalize.places import dropped_marker_lemmas

        self.lem = get_lemmatizer()
        self.dropped = dropped_marker_lemmas(self.lem)

    def __call__(self, name: str) -> tuple[str, ...]:
        lemmas = (self.lem.lemma(w).lower().replace("ё", "е") for w in self.lem.words(name))
        return tuple(w for w in lemmas if w not in self.dropped)


def resolve(wanted: str, stored: Sequence[str], keys: Keys | None = None) -> Resolved:
    """What `wanted` means among the `stored` municipality names (see the module docstring),
    with the stored names that are one place written another way (`same_place`)."""
    res = _resolve(wanted, stored, keys)
    return _same_places(res, stored, keys) if res.names else res


_STEM = 4  # letters one place's two names share at least ("Лесн|огорск", "Лесн|огорский …")


def _same_places(res: Resolved, stored: Sequence[str], keys: Keys | None) -> Resolved:
    """`res` with the stored names that are one of its names written two ways: a city and
    its city district named by the city's adjective ("Лесногорск", "Лесногорский городской
    округ"); documents naming one form only are stored under it (docs/CONTRACT.md
    `municipality`). The lemmatizer is loaded only when a name shares a stem."""
    def stem(name: str) -> str:
        return name.casefold().replace("ё", "е")[:_STEM]

    stems = {stem(n) for n in res.names}
    maybe = [n for n in stored if n not in res.names and stem(n) in stems]
    if not maybe:
        return res
    from normalize.places import same_place

    lem = (keys or Keys()).lem
    extra = tuple(n for n in maybe if any(same_place(n, x, lem) for x in res.names))
    return Resolved(res.wanted, res.names + extra, "same_place") if extra else res


def _resolve(wanted: str, stored: Sequence[str], keys: Keys | None = None) -> Resolved:
    if wanted in stored:
        return Resolved(wanted, (wanted,))
    keys = keys or Keys()
    want = keys(wanted)
    by_key = {name: keys(name) for name in stored}
    same = tuple(n for n, k in by_key.items() if want and k == want)
    if same:
        return Resolved(wanted, same, "lemmas")
    part = tuple(n for n, k in by_key.items() if want and set(want) <= set(k))
    if part:
        return Resolved(wanted, part, "part")
    return Resolved(wanted, how="none", close=_close(" ".join(want), by_key))


def _close(want: str, by_key: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    from rapidfuzz import fuzz, process

    choices = {name: " ".join(k) for name, k in by_key.items()}
    found = process.extract(want, choices, scorer=fuzz.WRatio, limit=SUGGESTIONS,
                            score_cutoff=SUGGEST_CUTOFF)
    return tuple(name for _, _, name in found)


def stored_names(con: Any) -> list[str]:
    """Municipality names of the documents in the store: those the comparisons show and
    those the documents print (a place written two ways is shown under one of them)."""
    return sorted(shown_names(con))


def shown_names(con: Any) -> dict[str, list[str]]:
    """Every stored municipality name → the names the comparisons show for the places it
    names (store view municipality_groups: one name per place; "Лесновский район" printed in
    two regions is two places)."""
    rows = con.execute("SELECT DISTINCT municipality_written, municipality "
                       "FROM logical_documents WHERE municipality IS NOT NULL "
                       "ORDER BY 2, 1").fetchall()
    out: dict[str, list[str]] = {}
    for written, shown in rows:
        for name in (shown, written):
            if shown not in out.setdefault(name, []):
                out[name].append(shown)
    return out


def select(con: Any, wanted: Sequence[str]) -> tuple[str, ...] | None:
    """The stored names for every name a user gave (a line on stderr for each loose match);
    None after saying which name matches nothing and what is close (the caller exits 2)."""
    shown = shown_names(con)
    stored = sorted(shown)
    keys: Keys | None = None
    out: list[str] = []
    for name in wanted:
        if name not in shown and keys is None:
            keys = Keys()
        res = resolve(name, stored, keys)
        if not res.names:
            print(_nothing(res, stored), file=sys.stderr)
            return None
        names = list(dict.fromkeys(s for n in res.names for s in shown[n]))
        if res.how != "exact" or names != [name]:
            print(f"roadmaps: --municipality {name!r}: {', '.join(names)}", file=sys.stderr)
        out += [n for n in names if n not in out]
    return tuple(out)


def _nothing(res: Resolved, stored: Sequence[str]) -> str:
    line = f"roadmaps: в базе нет муниципалитета, подходящего под {res.wanted!r}"
    if res.close:
        return line + "; похожие названия: " + ", ".join(res.close)
    if not stored:
        return line + " (в базе нет названий муниципалитетов)"
    return line + f" (названий: {len(stored)}; список — `roadmaps compare overview`)"
