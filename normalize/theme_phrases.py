"""Lemma phrases of the theme vocabulary (data/theme_vocab.yaml, data/themes.yaml) and the
token stream of an indicator name they are matched against.

Phrase syntax, written in natural word forms (every word is lemmatised when loaded):
- words separated by spaces must follow one another: "молодой педагог";
- `a|b|c` in one slot: any of them ("молодой|начинающий педагог|учитель");
- `...` between two slots: up to GAP other words, never across a comma, semicolon, colon or
  bracket ("молодой ... педагог" matches "молодых и начинающих педагогов");
- `(word)`: a slot that must match but leaves its word free for other phrases (facets take
  the words they match: "школьного и муниципального (этапов)" gives both stages).
A word of a name matches a slot when one of the word's possible lemmas (pymorphy3 offers
several for ambiguous forms) is the slot's lemma; hyphenated words count as their parts
("педагогов-наставников" = "педагогов наставников").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalize.lemmas import Lemmatizer

GAP = 3  # words a `...` may skip
_TOKEN = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+|[,;:()\[\]«»\"“”„]")
_ORDINAL_ENDING = re.compile(r"(\d)[-–](?:[а-яё]{1,3})\b")  # "11-х классов" → "11 классов"
# A bracketed single word is an aside inside a phrase, not a break: "о среднем (полном) общем
# образовании", "во вторую (третью) смену", "государственных (муниципальных) организаций".
_ONE_WORD_ASIDE = re.compile(r"\(\s*([А-Яа-яЁёA-Za-z0-9]+)\s*\)")
_BARRIER = frozenset(",;:()[]")
_OPEN, _CLOSE = frozenset("«“„"), frozenset("»”")
# A capitalised word beside one of these is a place's proper name ("Камчатского края",
# "Республики Башкортостан", "городского округа Самара"): it names where, not what, so it is
# read as PLACE, a filler mark (data/theme_vocab.yaml), and a general theme's `only` holds.
_PLACE_WORDS = frozenset({"область", "край", "республика", "округ", "район", "город",
                          "федерация", "поселение"})
PLACE = "#place"


@dataclass(frozen=True, slots=True)
class Tok:
    """One word of a name: its possible lemmas, and whether it stands inside quotes."""

    lemmas: frozenset[str]
    quoted: bool
    barrier: bool = False  # punctuation a gap may not cross (not a word)


Slot = frozenset[str]


@dataclass(frozen=True, slots=True)
class Phrase:
    """A compiled phrase: slots of alternative lemmas; gaps[i] is True when a `...` precedes
    slot i+1."""

    text: str
    slots: tuple[Slot, ...]
    gaps: tuple[bool, ...]
    free: tuple[bool, ...] = ()  # per slot: True when its word is not taken (see `(word)`)

    def find(self, toks: tuple[Tok, ...], start: int = 0) -> tuple[int, int] | None:
        """(first, last) word positions of the first match at or after `start`, or None."""
        for i in range(start, len(toks)):
            hit = self._at(toks, i, 0)
            if hit is not None:
                return hit[0], hit[-1]
        return None

    def positions(self, toks: tuple[Tok, ...], start: int = 0) -> tuple[int, ...] | None:
        """Positions of the words the slots matched (gaps excluded) in the first match at or
        after `start`, or None."""
        for i in range(start, len(toks)):
            hit = self._at(toks, i, 0)
            if hit is not None:
                if self.free:
                    return tuple(p for p, f in zip(hit, self.free, strict=True) if not f)
                return hit
        return None

    def end_at(self, toks: tuple[Tok, ...], i: int) -> int | None:
        """Position of the last word of a match that starts at word i, or None."""
        hit = self._at(toks, i, 0)
        return hit[-1] if hit else None

    def _at(self, toks: tuple[Tok, ...], i: int, k: int) -> tuple[int, ...] | None:
        if i >= len(toks) or toks[i].barrier or toks[i].lemmas.isdisjoint(self.slots[k]):
            return None
        if k == len(self.slots) - 1:
            return (i,)
        reach = GAP + 1 if self.gaps[k] else 1
        for j in range(i + 1, min(i + 1 + reach, len(toks))):
            rest = self._at(toks, j, k + 1)
            if rest is not None:
                return (i, *rest)
            if toks[j].barrier:
                break
        return None

    def possible(self, lemmas: frozenset[str]) -> bool:
        """False when a name with these lemmas cannot hold the phrase (a quick test)."""
        return all(not lemmas.isdisjoint(s) for s in self.slots)


def compile_phrase(text: str, lem: Lemmatizer) -> Phrase:
    """Compile one phrase of the syntax above; raises ValueError on an empty slot."""
    slots: list[Slot] = []
    gaps: list[bool] = []
    free: list[bool] = []
    gap = False
    for part in text.split():
        if part == "...":
            gap = True
            continue
        free.append(part.startswith("(") and part.endswith(")"))
        part = part.strip("()")
        alts = frozenset(_word_lemma(w, lem) for w in part.split("|") if w)
        if not alts:
            raise ValueError(f"пустое слово во фразе {text!r}")
        if slots:
            gaps.append(gap)
        slots.append(alts)
        gap = False
    if not slots or gap:
        raise ValueError(f"неверная фраза {text!r}")
    return Phrase(text, tuple(slots), tuple(gaps), tuple(free) if any(free) else ())


def _word_lemma(word: str, lem: Lemmatizer) -> str:
    return lem.lemma(word) if word[:1].isalpha() else word.lower()


def tokens(text: str, lem: Lemmatizer) -> tuple[Tok, ...]:
    """The words of `text` (hyphenated words split into parts) with their possible lemmas;
    barrier punctuation kept as non-words (a one-word bracketed aside is read as a word);
    quote marks only toggle `quoted`."""
    out: list[Tok] = []
    caps: list[int] = []  # positions of capitalised words (-1: not one)
    quoted = False
    text = _ONE_WORD_ASIDE.sub(r" \1 ", _ORDINAL_ENDING.sub(r"\1", text))
    for m in _TOKEN.finditer(text.replace("-", " ").replace("–", " ")):
        t = m.group(0)
        if t in _OPEN or (t == '"' and not quoted):
            quoted = True
        elif t in _CLOSE or t == '"':
            quoted = False
        elif t in _BARRIER:
            out.append(Tok(frozenset(), quoted, barrier=True))
        else:
            low = t.lower().replace("ё", "е")
            forms = lem.all_lemmas(t) if t[:1].isalpha() else frozenset({low})
            out.append(Tok(forms | {low}, quoted))
            caps.append(len(out) - 1 if _proper(t) else -1)
    return _mark_places(out, [i for i in caps if i > 0])


def _proper(word: str) -> bool:
    """A capitalised word that is no abbreviation (ОВЗ, ДОУ are not names)."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _mark_places(out: list[Tok], proper: list[int]) -> tuple[Tok, ...]:
    """Proper words (not the name's first) beside a place word read as PLACE; right to
    left, so "Ханты-Мансийского" before a marked word is marked too."""
    for i in reversed(proper):
        if not out[i].lemmas.isdisjoint(_PLACE_WORDS):
            continue  # "Республики", "Края" capitalised are the place word itself
        near = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)]
        if any(not t.lemmas.isdisjoint(_PLACE_WORDS) or PLACE in t.lemmas for t in near):
            out[i] = Tok(frozenset({PLACE}), out[i].quoted)
    return tuple(out)


def lemma_set(toks: tuple[Tok, ...]) -> frozenset[str]:
    """Every lemma of every word (for the quick "can this phrase match at all" test)."""
    return frozenset().union(*(t.lemmas for t in toks)) if toks else frozenset()
