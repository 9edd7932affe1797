"""A region named in the name of a plan the text cites as its basis is the cited plan's.

"Во исполнение … комплексного плана мероприятий … на территории Заречной области на 2019 год"
in a kindergarten's note of a campaign: the regional plan is cited, the note names no region of
its own (docs/CONTRACT.md `region`: not from an act or plan the document only cites). The
words are data: extract/vocab/cited_plans.yaml (session facts75, dev75).
"""

from __future__ import annotations

import re
from functools import cache

from extract.vocab import load_yaml

# a character of the same sentence: an abbreviation's dot ("2020 гг.»,") does not end it
_IN_SENTENCE = r"(?:[^.;!?]|\.(?!\s+[А-ЯЁ]))"


@cache
def _pattern() -> re.Pattern[str]:
    v = load_yaml("cited_plans")
    return re.compile(
        rf"{v['basis']}{_IN_SENTENCE}{{0,{int(v['basis_span'])}}}?\b{v['plan']}\b"
        rf"(?P<name>[^.;!?«»\"]{{0,{int(v['plan_span'])}}})")


@cache
def _region() -> re.Pattern[str]:
    return re.compile(load_yaml("cited_plans")["region"])


def without_cited_plan_regions(text: str) -> str:
    """`text` with the regions named in cited plans' names replaced by spaces (offsets kept)."""
    out = text
    for m in _pattern().finditer(text):
        at = m.start("name")
        for r in _region().finditer(m.group("name")):
            start, end = at + r.start(), at + r.end()
            out = out[:start] + " " * (end - start) + out[end:]
    return out
