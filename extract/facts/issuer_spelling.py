"""A body's name read back from a letterhead in capitals is spelt as the document's own text
prints it (CONTRACT `issuer`: normal case; a quoted name keeps the spelling the text gives it).

Putting "КОМИТЕТ ПО ОБРАЗОВАНИЮ / АДМИНИСТРАЦИИ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «…»" into normal case
guesses which words open with a capital; the body of the act often names the same body in
normal case ("… Комитета по образованию Администрации муниципального образования «…»"). The
words after the head word (its case differs: "Комитета" in a sentence) take that print's
spelling, when the letterhead prints its head words in capitals (a name printed in normal
case in its letterhead keeps its own spelling)."""

from __future__ import annotations

import re

from extract.facts.case import is_capitals
from extract.facts.ctx import Ctx

_LETTERHEAD_CHUNKS = 12
_MIN_TAIL_WORDS = 3  # "по образованию администрации …": a name's tail, no common phrase


def as_text_prints(ctx: Ctx, name: str | None) -> str | None:
    """`name` with the words after its head word spelt as the text's normal-case print of
    them; `name` when the text prints them only one way."""
    words = name.split() if name else []
    if len(words) <= _MIN_TAIL_WORDS or name is None:
        return name
    rx = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words[1:]) + r"(?![\w-])",
                    re.IGNORECASE)
    prints = [m.group(0) for c in ctx.chunks for m in rx.finditer(c.text)]
    head = " ".join(words[:2]).upper()  # the letterhead's capitals the name was read from
    capitals = any(head in c.text for c in ctx.chunks[:_LETTERHEAD_CHUNKS])
    normal = next((p for p in prints if _normal_case(p, words[1:])), None)
    if not capitals or normal is None:
        return name
    return " ".join([words[0], *normal.split()])


def _normal_case(printed: str, words: list[str]) -> bool:
    """`printed` is in normal case: no word in capitals but those the name writes so (an
    abbreviation, "МБОУ"); a line running a capitals heading into the text is no such print."""
    return not is_capitals(printed) and all(
        not (p.isupper() and len(p.strip("«»\"")) > 1) or p == w
        for p, w in zip(printed.split(), words, strict=False))
