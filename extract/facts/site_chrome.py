"""A site's page around a document it shows is set aside before the header is read.

A school site's page of a user's file opens with the site's own lines: a "Скачать:" link, the
table of attached files ("Вложение | Размер" / "plan.docx | 13.91 КБ"), a "Предварительный
просмотр:" caption over the file's text. None of it is the document's: the title, kind and
issuer rules must start at the document's own first line."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.lines import Chunk
from extract.facts.vocab import FactsVocab

# "ОТЧЕТ - Лицей № 5 г. Заречный": a mirror site's page heading, its section's word and the
# site's name after a spaced dash, over the document's own cover (no letterhead, no title)
PAGE_HEADING = re.compile(r"^\w+(?:\s\w+){0,2}\s[-–—|]\s[А-ЯЁ]")


def _attachment_row(vocab: FactsVocab, c: Chunk) -> bool:
    """A row of the attached-files table: every filled cell a caption, a rule, a file name
    or a size."""
    cells = [x.strip() for x in c.cells or () if x.strip()]
    return bool(cells) and all(vocab.attachment_cell.match(x) for x in cells)


def without_chrome(chunks: list[Chunk], vocab: FactsVocab) -> list[Chunk]:
    """`chunks` without a site's lines and attached-files rows."""
    out: list[Chunk] = []
    for c in chunks:
        if c.cells is not None:
            if not _attachment_row(vocab, c):
                out.append(c)
            continue
        lines = c.lines or (c.text,)
        kept = tuple(x for x in lines if not vocab.site_chrome_line.match(x.strip()))
        if len(kept) == len(lines):
            out.append(c)
        elif kept:
            out.append(replace(c, text=" ".join(kept), lines=kept if c.lines else ()))
    return out
