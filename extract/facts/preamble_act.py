"""A page that opens at an act's preamble ending on a colon, with no operative verb ("В целях
… и в соответствии с соглашением … от … N …:" / "1. Ввести …" / "2. Рекомендовать органам
местного самоуправления …"): a legal site's page of a governor's, a government's or an
administration's act whose header it did not print. Its items are instructions, so the
document is an order (CONTRACT `kind`), unless an earlier rule found the plan an item approves
or a table of measures. The words are data (extract/vocab/act_parts.yaml)."""

from __future__ import annotations

from functools import cache

from extract.facts.ctx import Ctx, drop_number
from extract.vocab import load_yaml

_START_LINES = 2  # the preamble opens the page
_ITEMS = 4  # the items right under it read for an act's instruction


@cache
def _words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    data = load_yaml("act_parts")
    return (tuple(tuple(x) for x in data["preamble_openers"]),
            frozenset(data["act_item_words"]))


def _preamble(ctx: Ctx, text: str) -> bool:
    """`text` opens with a preamble's words and ends on a colon."""
    lem = ctx.lemmas(text)
    return text.rstrip().endswith(":") and any(
        tuple(lem[: len(seq)]) == seq for seq in _words()[0])


def kind_preamble_items(ctx: Ctx) -> str | None:
    """"order" when one of the first lines is a preamble ending on a colon and an item right
    under it opens with an act's instruction (`act_item_words`)."""
    for i, line in enumerate(ctx.top[:_START_LINES]):
        if not _preamble(ctx, line.text):
            continue
        items = ctx.top[i + 1 : i + 1 + _ITEMS]
        firsts = {(ctx.lemmas(drop_number(x.text))[:1] or [""])[0] for x in items}
        return "order" if firsts & _words()[1] else None
    return None
