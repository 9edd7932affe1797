"""Targets promised by a result text: "не менее 200 участников" → (>=, 200, "участник").

Words are data (normalize/data/units.yaml). A number is a target when a comparison word precedes
it, a percent sign follows it, or a noun follows it; dates, years, ordinals ("II квартал",
"9 класс"), references ("приказ № 18") and bare frequencies ("1 раз в год") are not targets.
The unit is the lemma of the noun after the number (adjectives skipped), "%" for percent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from normalize.deadline_grammar import load_data
from normalize.lemmas import Lemmatizer
from normalize.models import Target


@dataclass(frozen=True)
class _Grammar:
    number: re.Pattern[str]
    op_tail: re.Pattern[str]
    op_of: dict[str, str]
    numeral: re.Pattern[str]
    numeral_of: dict[str, int]
    growth: re.Pattern[str]
    percent: re.Pattern[str]
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    frequency: re.Pattern[str]
    dates: re.Pattern[str]
    word: re.Pattern[str]
    letters: re.Pattern[str]
    aliases: dict[str, str]
    skip_pos: frozenset[str]
    stop_words: frozenset[str]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _grammar() -> _Grammar:
    u = load_data("units.yaml")
    op_of = {w: op for op, words in u["ops"].items() for w in words}
    numeral_of = {w: int(n) for n, words in u["numerals"].items() for w in words}
    months = [str(f) for forms in load_data("months.yaml").values() for f in forms]
    not_before = u["not_before"][:-1] + "|" + _alt(months) + r")(?![а-я])"
    return _Grammar(
        number=re.compile(r"(?<![\w.,])(\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?)(?![\w])"),
        # "не менее чем для 40 педагогов": a preposition may stand between the word and number
        op_tail=re.compile(rf"(?:^|[^\w<>=≥≤⩾⩽])({_alt(list(op_of))})"
                           r"(?:\s+(?:для|в|во|на|у|с|со|по|из))?\s*$"),
        op_of=op_of,
        numeral=re.compile(rf"(?:^|[^\w])({_alt(list(op_of))})\s+({_alt(list(numeral_of))})"
                           r"(?![\w])"),
        numeral_of=numeral_of,
        growth=re.compile(u["growth_before_upto"]),
        percent=re.compile(rf"^\s*{u['percent']}"),
        not_after=re.compile(rf"(?:^|[^\w])(?:{u['not_after']})"),
        not_before=re.compile(not_before),
        frequency=re.compile(u["frequency"]),
        dates=re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}"),
        word=re.compile(r"[а-яa-z][а-яa-z-]*\.?|\S"),
        letters=re.compile(r"[а-яa-z][а-яa-z-]*"),
        aliases={str(k): str(v) for k, v in u["aliases"].items()},
        skip_pos=frozenset(u["skip_pos"]),
        stop_words=frozenset(u["stop_words"]),
    )


G = _grammar()
_AFTER = 80  # characters after a number that can hold its unit (bounds work on long texts)


@dataclass(frozen=True)
class _Candidate:
    op: str | None
    value: float
    start: int
    end: int


def _normalize(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    s = G.dates.sub(lambda m: " " * len(m.group(0)), s)  # dates are not quantities
    return " ".join(s.split())


_GROWTH_REACH = 120  # characters before "до" where a growth verb opens its clause


def _op(s: str, start: int) -> str | None:
    m = G.op_tail.search(s[max(0, start - 30):start])
    if not m:
        return None
    op = G.op_of[m.group(1)]
    if m.group(1) == "до" and G.growth.search(
            s[max(0, start - _GROWTH_REACH):start - len(m.group(0))]):
        return ">="
    return op


def _candidates(s: str) -> list[_Candidate]:
    out = []
    for m in G.number.finditer(s):
        after = s[m.end():m.end() + _AFTER]
        op = _op(s, m.start())
        if after.startswith(("-", "–", "—")) or G.not_before.search(after):
            continue
        if op is None and (G.not_after.search(s[max(0, m.start() - 30):m.start()])
                           or G.frequency.search(after) or after.startswith((".", ")"))):
            continue
        value = float(m.group(1).replace(" ", "").replace(",", "."))
        if op is None and value.is_integer() and 1900 <= value <= 2100 \
                and not G.word.match(after.lstrip()):
            continue
        out.append(_Candidate(op, value, m.start(), m.end()))
    for m in G.numeral.finditer(s):
        out.append(_Candidate(G.op_of[m.group(1)], G.numeral_of[m.group(2)], m.start(2), m.end()))
    return sorted(out, key=lambda c: c.start)


def _unit(after: str, lem: Lemmatizer) -> str | None:
    """The lemma of the noun after a number (skipping up to two adjectives), or None."""
    if G.percent.match(after):
        return "%"
    noun_like: str | None = None  # "не менее 40 обучающихся": a participle used as a noun
    for tok in G.word.findall(after)[:3]:
        word = tok.rstrip(".")
        # only Cyrillic/Latin words reach pymorphy3 (it fails on characters without a name)
        if not G.letters.fullmatch(word) or word in G.stop_words:
            return noun_like
        if word in G.aliases:
            return G.aliases[word]
        tags = lem.parse(word)
        if tags and tags[0].tag.POS in G.skip_pos:
            if noun_like is None and tags[0].tag.POS == "PRTF":
                noun_like = lem.inflect(word, {"nomn", "sing", "masc"})
            continue
        return lem.lemma(word)
    return noun_like


def parse_target(text: str, lem: Lemmatizer) -> Target | None:
    """The number a result column promises, or None when it promises none."""
    s = _normalize(text)
    found = []
    for c in _candidates(s):
        unit = _unit(s[c.end:c.end + _AFTER], lem)
        if c.op is not None or unit is not None:
            found.append((c, unit))
    if not found:
        return None
    # a comparison word or a percent sign marks the promise better than a bare count
    c, unit = min(found, key=lambda f: (f[0].op is None and f[1] != "%", f[0].start))
    return Target(op=c.op or "=", value=c.value, unit=unit)  # type: ignore[arg-type]


def indicator_unit(unit: str | None) -> str | None:
    """An indicator's unit as the contract writes it: a percent word ("процентов", "в
    процентах", "проц.") is "%"; any other unit stays as printed."""
    if unit is None:
        return None
    text = unit.strip().lower().replace("ё", "е")
    text = re.sub(r"^в\s+", "", text)  # "в процентах"
    g = _grammar()
    m = g.percent.match(text)
    return "%" if m and not text[m.end():].strip(" .") else unit
