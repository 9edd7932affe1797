"""A file-sharing site's card over a document that prints its own heading is the site's.

nsportal-type pages print the card ("Программа МО" / "рабочая программа" / the uploader's long
title / "Скачать:") and then, under "Предварительный просмотр:", the file's text. When that
text has a heading of its own within its first lines ("ПЛАН РАБОТЫ" / "школьного методического
объединения …"), the card's lines are dropped so the title, kind and issuer rules read the
document from its letterhead (CONTRACT `title`: a card's title is the title only when the page
prints no heading of its own). Words are data: extract/vocab/file_cards.yaml (session facts75).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from extract.facts.lines import Chunk
from extract.vocab import load_yaml


@cache
def _vocab() -> dict[str, Any]:
    v = load_yaml("file_cards")
    return {**v, "preview_caption": re.compile(v["preview_caption"], re.IGNORECASE),
            "own_heading": re.compile(v["own_heading"], re.IGNORECASE)}


def _lines(chunks: list[Chunk]) -> list[tuple[int, str]]:
    return [(k, x.strip()) for k, c in enumerate(chunks) if c.cells is None
            for x in (c.lines or (c.text,)) if x.strip()]


def without_file_card(chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` from the first chunk after the card's preview caption when the document under
    it prints its own heading; `chunks` unchanged otherwise."""
    v = _vocab()
    lines = _lines(chunks[: int(v["card_lines"]) + int(v["reach"]) + 2])
    at = next((i for i, (_, x) in enumerate(lines[: int(v["card_lines"])])
               if v["preview_caption"].match(x)), None)
    if at is None or at == 0:
        return chunks
    k = lines[at][0]
    if len(chunks[k].lines) > 1:  # the caption shares its block with other lines: leave it
        return chunks
    below = [x for _, x in lines[at + 1 : at + 1 + int(v["reach"])]]
    if not any(v["own_heading"].match(x) and len(x.split()) <= int(v["heading_words"])
               for x in below):
        return chunks
    return chunks[k + 1 :]
