"""A title page printed to PDF reads a line per block: "Программа развития" (bold) /
"Муниципального … учреждения" / "дополнительного образования детей" / "… Центр детского
творчества" / "на 2015-2020 г.г." — the owner's name the DOCX holds in one paragraph comes as
several plain blocks, and the bare plan noun goes on over all of them up to its years."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.title_ends import ends_title, has_period
from extract.facts.title_lines import (
    _JOINED_BLOCKS,
    _SENTENCE_END,
    SHORT_HEAD,
    TITLE_WORDS,
    _legal_genitive,
)


def owner_run(ctx: Ctx, chunks: tuple[Chunk, ...], i: int, k: int, text: str) -> int:
    """How many blocks from k on make the owner's legal name (opening in the genitive) and the
    plan's years under a bare plan noun (block i); 0 when they do not close on the years."""
    owner = chunks[k]
    if k != i + 1 or len(text.split()) > SHORT_HEAD or has_period(ctx, text) \
            or ctx.plan_noun(ctx.lemmas(text)) is None or owner.list_number \
            or owner.cells is not None or has_period(ctx, owner.text) \
            or not _legal_genitive(ctx, owner):
        return 0
    words = len(owner.text.split())
    for m in range(k + 1, min(k + _JOINED_BLOCKS + 1, len(chunks))):
        c = chunks[m]
        words += len(c.text.split())
        if c.list_number or c.cells is not None or c.bold != owner.bold \
                or ends_title(ctx, c.text) or words > TITLE_WORDS:
            return 0
        if has_period(ctx, c.text):
            return m - k + 1 if len(c.text.split()) <= SHORT_HEAD * 2 else 0
        if c.text.rstrip().endswith(_SENTENCE_END) or ctx.plan_noun(ctx.lemmas(c.text)[:2]):
            return 0
    return 0
