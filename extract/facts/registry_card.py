"""A legal registry's card of the act it shows: "Принявший орган: Администрация …",
"Заголовок документа | Об утверждении …" (CONTRACT `title`, `issuer`).

Aggregators and state registries print, above the act's own text, a card of label/value pairs
— as "Label: value" lines or as a two-column table. Where the act's own print names no body
(a letterhead naming the formation alone, "МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «…»") or the page stops
before its subject, the card's labelled fields say them: the body that adopted the act is its
issuer, the card's heading its title. Read only as the last evidence (the act's own print
wins), from the raw chunks: the site's chrome the other rules drop holds the card. The labels
are data (extract/vocab/registry_card.yaml)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from extract.facts.lines import Chunk
from extract.vocab import load_yaml

KEY = "registry_card"  # ctx.memo: the card's fields, read before the chrome is dropped
_LABEL_LINE = re.compile(r"^\s*([^:|]{3,60}?)\s*:\s+(\S.{2,400}?)\s*$")


@cache
def _labels() -> dict[str, tuple[re.Pattern[str], ...]]:
    data = load_yaml("registry_card")["labels"]
    return {field: tuple(re.compile(rf"^(?:{p})$", re.IGNORECASE) for p in patterns)
            for field, patterns in data.items()}


@cache
def _reach() -> int:
    return int(load_yaml("registry_card")["reach"])


def _pairs(c: Chunk) -> list[tuple[str, str]]:
    """The label/value pairs of a chunk: a two-cell row, or its "Label: value" lines."""
    if c.cells is not None:
        cells = [x.strip() for x in c.cells if x.strip()]
        return [(cells[0].rstrip(":").strip(), cells[1])] if len(cells) == 2 else []
    lines = c.lines or (c.text,)
    return [(m.group(1), m.group(2)) for line in lines if (m := _LABEL_LINE.match(line))]


def card_fields(chunks: Sequence[Chunk]) -> dict[str, str]:
    """The card's labelled fields among the first chunks: {"title": …, "issuer": …}, the
    first value of each label; empty when the page prints no card."""
    found: dict[str, str] = {}
    for c in chunks[: _reach()]:
        for label, value in _pairs(c):
            field = next((f for f, rxs in _labels().items()
                          if any(rx.match(label.strip()) for rx in rxs)), None)
            if field and field not in found:
                found[field] = value.strip()
    return found


def _guillemets(name: str, body_text: str) -> str:
    """`name` with a straight-quoted part spelt as the act's own text quotes the same words
    («…»), CONTRACT `issuer`: a quoted name keeps the spelling the document's text gives it."""
    def spelt(m: re.Match[str]) -> str:
        inner = m.group(1)
        return f"«{inner}»" if f"«{inner}»".casefold() in body_text.casefold() else m.group(0)
    return re.sub(r'"([^"]{2,120})"', spelt, name)


def card_issuer(fields: dict[str, str], chunks: Sequence[Chunk]) -> str | None:
    """The body the card says adopted the act, its quotes as the act's text prints them."""
    name = fields.get("issuer")
    if not name:
        return None
    return _guillemets(name, "\n".join(c.text for c in chunks))


def card_title(fields: dict[str, str]) -> str | None:
    """The act's heading as the card prints it."""
    return fields.get("title") or None


_CARD_LINES = 3  # a card prints several labelled lines in a run; one "Срок: …" line is no card


def without_card(chunks: Sequence[Chunk]) -> list[Chunk]:
    """`chunks` without the card's "Label: value" lines when the page prints a card naming
    the act's body or heading: its lines are the site's, never the act's letterhead."""
    head = list(chunks[: _reach()])
    if sum(len(_pairs(c)) for c in head if c.cells is None) < _CARD_LINES \
            or not card_fields(head):
        return list(chunks)
    out: list[Chunk] = []
    for i, c in enumerate(chunks):
        if i >= len(head) or c.cells is not None or not _pairs(c):
            out.append(c)
            continue
        kept = tuple(x for x in (c.lines or (c.text,)) if not _LABEL_LINE.match(x))
        if kept:  # the lines the card's run shares its paragraph with
            out.append(replace(c, lines=kept, text=" ".join(kept)))
    return out
