"""Persons in responsible-party cells and quote normalisation (helpers of normalize/orgs.py).

Rules first ("Иванова Н.П.", "Н.П. Иванова", "Иванова Наталья Петровна" checked by pymorphy3's
Name/Patr tags); natasha PER only as a fallback on short spans that hold a known name word.
"""

from __future__ import annotations

import re

from normalize.lemmas import Lemmatizer

_UP, _LOW = "А-ЯЁ", "а-яё"
_SURNAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_INITIALS = rf"[{_UP}]\.\s?(?:[{_UP}]\.?)?"
_SURNAME_FIRST = re.compile(rf"(?<![\w.])({_SURNAME})\s+({_INITIALS})(?![\w])")
_INITIALS_FIRST = re.compile(rf"(?<![\w.])([{_UP}]\.\s?[{_UP}]\.)\s?({_SURNAME})(?!\w)")
_THREE_WORDS = re.compile(rf"(?<!\w)({_SURNAME})\s+([{_UP}][{_LOW}]+)\s+([{_UP}][{_LOW}]+)(?!\w)")
_NER_MAX = 80  # natasha runs only on spans this short


def normalize_quotes(text: str) -> str:
    """“…”, „…“ and "…" → «…» (a straight quote opens after a space or at the start)."""
    text = text.replace("“", "«").replace("„", "«").replace("”", "»")
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == '"':
            ch = "«" if i == 0 or not text[i - 1].strip() or text[i - 1] in "(«" else "»"
        out.append(ch)
    return "".join(out)


def _initials(s: str) -> str:
    return s.replace(" ", "")


def person_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of persons written with initials, in order; where the two orders
    overlap ("Е.В. Тарабанова О.А. Котова") the one that starts first wins, then the next
    that starts after it."""
    if "." not in text:  # every pattern has an initial's full stop
        return []
    found = sorted([m.span() for m in _SURNAME_FIRST.finditer(text)]
                   + [m.span() for m in _INITIALS_FIRST.finditer(text)])
    spans: list[tuple[int, int]] = []
    for a, b in found:
        if not spans or a >= spans[-1][1]:
            spans.append((a, b))
    return spans


def _full_name(text: str, lem: Lemmatizer) -> str | None:
    for m in _THREE_WORDS.finditer(text):
        name = {str(p.tag) for p in lem.parse(m.group(2).lower())}
        patr = {str(p.tag) for p in lem.parse(m.group(3).lower())}
        if any("Name" in t for t in name) and any("Patr" in t for t in patr):
            return m.group(0)
    return None


def _ner_person(text: str, lem: Lemmatizer) -> str | None:
    """natasha PER, asked only when a word of a short span is a known first name or surname."""
    if len(text) > _NER_MAX:
        return None
    named = any(w[:1].isupper() and not w.isupper()
                and any({"Name", "Surn"} & set(str(p.tag).replace(" ", ",").split(","))
                        and p.score >= 0.2 for p in lem.parse(w.lower()))
                for w in lem.words(text))
    if not named:
        return None
    for kind, span in lem.entities(text):
        if kind == "PER":
            return span
    return None


def find_person(text: str, lem: Lemmatizer) -> str | None:
    """The person named in a party, normalised ("Иванова Н. П." → "Иванова Н.П."), or None."""
    m = _SURNAME_FIRST.search(text)
    if m:
        return f"{m.group(1)} {_initials(m.group(2))}"
    m = _INITIALS_FIRST.search(text)
    if m:
        return f"{_initials(m.group(1))} {m.group(2)}"
    return _full_name(text, lem) or _ner_person(text, lem)
