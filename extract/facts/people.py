"""Signatures: a name ("Е.В. Ганина") with the position written just before it."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk, squash
from extract.models import DraftSignatory

# Lines between a position and the name: stamps, "М.П.", an italic "ИМЦ" — at most this many.
_LOOKBACK = 3
_NOISE_WORDS = 6
_SENTENCE_END = (".", ":", ";", "!", "?", "»", ")")
# A signature line with its position on it: "Директор ИМДЦ: Т.Г. Аксёнова", "Глава ____ И.И. Ив".
_MAX_POSITION_WORDS = 25
_FILLER = re.compile(r"[_.\s:–—-]+$")
_STAMPS = re.compile(r"^(?:УТВЕРЖДАЮ|УТВЕРЖДЕНО|СОГЛАСОВАНО|ПОДПИСЬ|М\.П\.?)[:\s]*", re.IGNORECASE)


def _name_at_end(ctx: Ctx, text: str) -> tuple[str, str] | None:
    """(text before the name, name) when `text` ends with a person's name."""
    for rx in ctx.vocab.names:
        for m in rx.finditer(text):
            if not text[m.end():].strip(" .,;"):
                return text[: m.start()], m.group("name")
    return None


def _is_position(ctx: Ctx, text: str) -> bool:
    lem = ctx.lemmas(_STAMPS.sub("", text))
    return bool(lem) and lem[0] in ctx.vocab.position_heads


def clean_position(text: str) -> str:
    """Whitespace-normalised position without stamps, filler lines and trailing ":"."""
    text = _STAMPS.sub("", squash(text))
    return _FILLER.sub("", text).strip()


def _position_before(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> str | None:
    """The position line(s) just above a name line (a position may wrap onto the next line)."""
    for back in range(1, _LOOKBACK + 1):
        if i - back < 0:
            break
        prev = chunks[i - back]
        if _is_position(ctx, prev.text):
            text = prev.text
            for nxt in chunks[i - back + 1 : i]:
                if text.rstrip().endswith(_SENTENCE_END):
                    break
                text = f"{text} {nxt.text}"
            return clean_position(text)
        if len(prev.text.split()) > _NOISE_WORDS or _name_at_end(ctx, prev.text):
            break
    return None


def _signatory(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> DraftSignatory | None:
    c = chunks[i]
    hit = _name_at_end(ctx, c.text)
    if not hit:
        return None
    before, name = hit
    before = _FILLER.sub("", before).strip()
    if before and len(before.split()) > _MAX_POSITION_WORDS:
        return None
    if before and _is_position(ctx, before):  # the position is on the signature line itself
        return DraftSignatory(name=squash(name), position=clean_position(before))
    if before and not before[:1].islower():
        return None
    # the position above, possibly ending on the name's line ("… округа С.А. Ветлугина")
    above = _position_before(ctx, chunks, i)
    if not before:
        return DraftSignatory(name=squash(name), position=above)
    if not above:
        return None
    return DraftSignatory(name=squash(name), position=clean_position(f"{above} {before}"))


def signatories(ctx: Ctx) -> tuple[DraftSignatory, ...]:
    """Every signature in the running text, in order, one per person."""
    out: list[DraftSignatory] = []
    chunks = ctx.prose
    for i in range(len(chunks)):
        s = _signatory(ctx, chunks, i)
        if s and all(x.name.replace(" ", "") != s.name.replace(" ", "") for x in out):
            out.append(s)
    return tuple(out)
