"""Electronic-signature stamps printed on a page are set aside before the header is read.

A PDF signed with a digital signature often carries its visible stamp at the top: "Подписано
цифровой подписью: Директор МБОУ … / Дата: 2024.03.27 15:57:16 +03'00'". Its lines name the
signer's position and look like a letterhead's body or a grif, but they are no part of the
document's text: the letterhead, title and issuer rules must not see them.
"""

from __future__ import annotations

from extract.facts.lines import Chunk
from extract.facts.vocab import FactsVocab


def is_stamp_start(vocab: FactsVocab, chunk: Chunk) -> bool:
    """True when `chunk` opens an electronic-signature stamp."""
    return chunk.cells is None and bool(vocab.esign_start.match(chunk.text))


def without_esign(chunks: list[Chunk], vocab: FactsVocab) -> list[Chunk]:
    """`chunks` without electronic-signature stamps: the chunk that opens one and, when a
    reader gave one paragraph per printed line, the stamp's lines right after it."""
    out: list[Chunk] = []
    in_stamp = False
    for c in chunks:
        if is_stamp_start(vocab, c):
            in_stamp = True
            continue
        if in_stamp and c.cells is None and vocab.esign_line.match(c.text):
            continue
        in_stamp = False
        out.append(c)
    return out
