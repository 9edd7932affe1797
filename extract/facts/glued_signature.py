"""A signature a PDF reader glued onto the act's last sentence: the signature block (position
and name, set apart on the page) read into the paragraph above it with no space after the
sentence's full stop ("… Прилагается.И.о. Председателя ПравительстваЗаречной области Э. А.
Носков"), its own line breaks lost too. The signature is cut off as a line of its own, so the
signature rules read it as they read a signature printed under the text (CONTRACT
`signatories`). Read by extract/facts/people.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.facts.ctx import Ctx
from extract.facts.lost_spaces import restore_spaces
from extract.facts.spaced import unglue

# a sentence's full stop with the next line's capital right after it: the glue (initials
# "Э.А." and "И.о." have no two lower-case letters before their stop)
_GLUED_STOP = re.compile(r"(?<=[а-яё]{2}\.)(?=[А-ЯЁ])")
# "ПравительстваЗаречной": the line break inside the position lost with the space
_GLUED_WORDS = re.compile(r"(?<=[а-яё]{2})(?=[А-ЯЁ][а-яё])")
# … or kept its space ("… за собой. Директор …"): a sentence's stop, no initial's
_SPACED_STOP = re.compile(r"(?<=[а-яё»)]{2}\.)\s+(?=[А-ЯЁ])")
_SIGNATURE_WORDS = 14  # a position of a few words and the name


def _ends_with_name(ctx: Ctx, text: str) -> bool:
    return any(m.end() == len(text) for rx in ctx.vocab.names for m in rx.finditer(text))


def glued_parts(ctx: Ctx, text: str,
                opens_position: Callable[[str], bool] = lambda _: False) -> tuple[str, ...]:
    """`text` as (sentences, signature) when a signature is glued onto its end; else (text,).
    A page a site's export ran into one line keeps the space after the last full stop ("…
    оставляю за собой. Директор школы А.П. Орлова"): its tail is the signature when it opens
    with a position (`opens_position`)."""
    text = text.rstrip()
    if not _ends_with_name(ctx, text):
        return (text,)
    cuts = [m.start() for m in _GLUED_STOP.finditer(text)]
    if cuts and len(text[cuts[-1]:].split()) <= _SIGNATURE_WORDS:
        return text[: cuts[-1]], _GLUED_WORDS.sub(" ", text[cuts[-1]:])
    spaced = [m.end() for m in _SPACED_STOP.finditer(text)]
    tail = text[spaced[-1]:] if spaced else ""
    if tail and len(tail.split()) <= _SIGNATURE_WORDS and opens_position(tail):
        return text[: spaced[-1]].rstrip(), tail
    return (text,)


def unglued_position(ctx: Ctx, text: str) -> str:
    """"Исполняющийобязанности губернатораАмурской области" → "Исполняющий обязанности
    губернатора Амурской области": a site's text glued a position's words. A case change shows
    the seam; without one only the head word is cut (a place's compound name,
    "Каменноозёрского", is one word)."""
    head, _, rest = restore_spaces(ctx.vocab, text).partition(" ")
    return f"{unglue(head, ctx.tools.is_known)} {rest}".strip()
