"""A grif's short name misprinted ("Директор ГБПОУ «Лесной технологический технику»", the
letterhead printing "… «ЛЕСНОЙ ТЕХНОЛОГИЧЕСКИЙ ТЕХНИКУМ»"): the two name one institution when
their quoted names agree word for word up to case and a word's lost last letters. The strict
comparison (institution.same_institution) asks each word's lemma, which a misprint loses; the
quoted name, the institution's own, is evidence enough when both print it."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word

_QUOTED = re.compile(r"[«\"“](.+)[»\"”]")
_MIN_STEM = 5  # a word cut short keeps at least this much of itself
_LOST = 2  # letters a misprint may drop from a word's end


def _agree(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= _MIN_STEM and long_.startswith(short) and len(long_) - len(short) <= _LOST


def same_quoted_name(ctx: Ctx, short: str, full: str) -> bool:
    """True when `short` (a form's abbreviation and a quoted name) and `full` (a legal name)
    print one quoted name, word for word up to case and a misprint's lost letters."""
    if not short.split() or not form_word(ctx, short.split()[0]):
        return False
    ms, mf = _QUOTED.search(short), _QUOTED.search(full)
    if not ms or not mf:
        return False
    ws, wf = ms.group(1).casefold().split(), mf.group(1).casefold().split()
    return len(ws) == len(wf) > 1 and all(map(_agree, ws, wf))
