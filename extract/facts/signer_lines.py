"""A grif printed without its opening word over a title ("Директор МБОУ СОШ № 5" / "А.Б. Орлова"
/ "Приказ от … № …" / "ОТЧЕТ …"): a head's position with a person's name under it (or closing
its line) is a signature block, never the letterhead the issuer is read from. Its lines and
those under it are dropped from what a title page's letterhead offers; the head words are
data (facts.yaml `head_positions`, lemmas)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

# "А.Б. Орлова", "А.Б.Орлова", "Орлова А.Б.", alone on its line or closing the position's line
_PERSON = re.compile(r"(?:^|\s)(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
                     r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)$")


def _head_position(ctx: Ctx, line: str) -> bool:
    words = line.split()
    lem = ctx.lemmas(words[0].strip(".,:")) if words else []
    return bool(lem) and lem[0] in ctx.vocab.head_positions and words[0][:1].isupper()


def without_signer(ctx: Ctx, lines: list[str]) -> list[str]:
    """`lines` up to a head's position that a person's name closes or follows (a grif with no
    opener); `lines` unchanged when no such block stands among them."""
    for k, line in enumerate(lines):
        text = line.strip()
        if not _head_position(ctx, text):
            continue
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if _PERSON.search(text) or _PERSON.match(nxt):
            return lines[:k]
    return lines
