"""Signatures set over a caption row, as official forms print them: "НАЧАЛЬНИК | ____ |
Фамилия Имя Отчество" over "(должность) | (подпись) | (расшифровка подписи)". The caption says
which cell holds the position and which the name, so the name needs no initials to be read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from extract.facts.ctx import Ctx
from extract.facts.vocab import FactsVocab
from extract.models import DraftSignatory


def caption_roles(vocab: FactsVocab, cells: Sequence[str]) -> dict[str, int] | None:
    """{"position": k, "name": k} of a caption row's `cells`, or None when they are none: every
    filled cell is a caption in parentheses and both a position and a name caption are among
    them."""
    roles: dict[str, int] = {}
    for k, cell in enumerate(cells):
        text = cell.strip()
        if not text:
            continue
        role = next((r for r, rx in vocab.sign_captions.items() if rx.match(text)), None)
        if role is None:
            return None
        roles.setdefault(role, k)
    return roles if {"position", "name"} <= roles.keys() else None


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def without_captions(vocab: FactsVocab, text: str) -> str:
    """`text` without the form captions printed under its blanks: "директор (должность)" →
    "директор", "(подпись) (Ф. И. О.)" → "" (other brackets are kept)."""
    return _BRACKETED.sub(
        lambda m: "" if any(rx.match(m.group(0).strip()) for rx in vocab.sign_captions.values())
        else m.group(0), text).strip()


def captioned_signatures(ctx: Ctx) -> list[DraftSignatory]:
    """Signatures of the table rows right above a caption row, position and name from the
    cells over their captions."""
    out: list[DraftSignatory] = []
    for above, row in pairwise(ctx.chunks):
        if row.cells is None or above.cells is None or above.source.table != row.source.table:
            continue
        roles = caption_roles(ctx.vocab, row.cells)
        if roles is None:
            continue
        cells = above.cells
        name = cells[roles["name"]].strip() if roles["name"] < len(cells) else ""
        position = cells[roles["position"]].strip() if roles["position"] < len(cells) else ""
        if name and position and ctx.vocab.full_name.match(name):
            out.append(DraftSignatory(name=" ".join(name.split()), position=position))
    return out
