"""A name read back from capitals takes its «…» part as the document's own normal-case text
prints it: a cover's "«… ДЕТСКИЙ САД №81»" over an introduction's "«… детский сад № 81»"
gives "«… детский сад № 81»" (CONTRACT `issuer`: the spelling the document's text gives)."""

from __future__ import annotations

import re

from extract.facts.case import is_capitals
from extract.facts.ctx import Ctx

_QUOTED = re.compile(r"«[^«»]{3,200}»")
_CHUNKS = 40  # the title page and the introduction that names the institution again


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold().replace("ё", "е")


def as_body_prints(ctx: Ctx, name: str) -> str:
    """`name` with each «…» part replaced by the first normal-case print of the same words
    (case and spacing aside) in the document's opening chunks; `name` when none is found."""
    for m in _QUOTED.finditer(name):
        key = _key(m.group(0))
        for c in ctx.chunks[:_CHUNKS]:
            found = next((q.group(0) for q in _QUOTED.finditer(c.text)
                          if _key(q.group(0)) == key and not is_capitals(q.group(0))), None)
            if found:
                name = name.replace(m.group(0), found)
                break
    return name
