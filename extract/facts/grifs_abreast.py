"""Three grifs (or two) printed abreast that a text copy glued row by row into shared lines:
"… «Согласовано» «Утверждено»" / "Руководитель МО … Заместитель директора … Директор МБОУ
«СОШ № 7»" / "______ А.Б. Лесная ______ В.Г. Полевая ______ Речной Д.Е." / "Протокол … «__»
____ 2016 г. …". The approver's grif word printed last among the openers of its line stands in
the rightmost column: under it, the last position a head's word opens and the name after the
last signature blank of the first signed line are the approver's — the document's signatory
(people in the other grifs sign nothing: CONTRACT `signatories`)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import Line
from extract.facts.person_text import part_glued_initials
from extract.facts.stamps import stamp_kind
from extract.models import DraftSignatory

_REACH = 30  # a title page's first lines
_ROWS = 4  # the grifs' rows under their openers' line
_BLANK = re.compile(r"_{3,}")
_OPENER_MARKS = "«»\"“„:.,"


def _openers(ctx: Ctx, text: str) -> list[str]:
    """The grif words of a line in order: "approval" for the approver's, "other" for a
    council's or a visa's."""
    out: list[str] = []
    for word in text.split():
        bare = word.strip(_OPENER_MARKS)
        if not bare or not bare[:1].isupper():
            continue
        if stamp_kind(ctx, bare) in ("approval", "approve_self"):
            out.append("approval")
        elif ctx.vocab.grif_other.match(bare):
            out.append("other")
    return out


def _head_word(ctx: Ctx, word: str) -> bool:
    """"Директор", "Руководитель", "Заведующая": a word opening a head's position."""
    lem = ctx.lemmas(word)
    return (bool(lem) and lem[0] in ctx.vocab.issuer_heads) \
        or word.lower() in ctx.vocab.position_participles


def _last_position(ctx: Ctx, text: str) -> str | None:
    """The line's last position opened by a head's word with a capital ("Директор МБОУ …"),
    when another column's words stand before it."""
    words = text.split()
    heads = [k for k, w in enumerate(words) if w[:1].isupper() and _head_word(ctx, w)]
    if not heads or heads[-1] == 0 or heads[-1] == len(words) - 1:
        return None
    return " ".join(words[heads[-1]:])


def _last_name(ctx: Ctx, text: str) -> str | None:
    """The name after the line's last signature blank ("______ Речной Д.Е."), its glued
    initials parted ("РечнойД.Е." → "Речной Д.Е.")."""
    parts = _BLANK.split(text)
    if len(parts) < 2:
        return None
    tail = part_glued_initials(parts[-1].strip())
    return tail if any(rx.fullmatch(tail) for rx in ctx.vocab.names) else None


def _signatory(ctx: Ctx, rows: tuple[Line, ...]) -> DraftSignatory | None:
    for k, row in enumerate(rows):
        position = _last_position(ctx, row.text)
        if position is None:
            continue
        for below in rows[k + 1:]:
            name = _last_name(ctx, below.text)
            if name:
                return DraftSignatory(name=name, position=position)
        return None
    return None


def approver_abreast(ctx: Ctx) -> DraftSignatory | None:
    """The approver of grifs printed abreast and glued row by row, or None."""
    found: DraftSignatory | None = ctx.once("grifs_abreast", lambda: _approver(ctx))
    return found


def issuer_abreast(ctx: Ctx) -> str | None:
    """The institution the approver of grifs abreast heads ("Директор МБОУ «…»" → "МБОУ
    «…»"): a grif's evidence, before a title naming the owner in full (CONTRACT `issuer`)."""
    from extract.facts.order import issuer_from_signatory  # order reads the grif modules

    found = approver_abreast(ctx)
    return issuer_from_signatory(ctx, (found,)) if found else None


def _approver(ctx: Ctx) -> DraftSignatory | None:
    lines = ctx.top[:_REACH]
    for i, line in enumerate(lines):
        kinds = _openers(ctx, line.text)
        if len(kinds) >= 2 and kinds[-1] == "approval" and "approval" not in kinds[:-1]:
            return _signatory(ctx, lines[i + 1 : i + 1 + _ROWS])
    return None
