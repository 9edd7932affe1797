"""A plan table flattened into one paragraph keeps its title apart (extract/flat_paragraph.py).

    План мероприятий, посвящённых Дню города. № п/п Мероприятие Дата Ответственный 1. …

Some site exports lose every line break: the plan's title, printed as a plain sentence before
the table, opens the same paragraph as the table's header and rows. The header rules see that
paragraph as one long block and find no heading in it; cut before the flattened header, the
title is a block of its own and the rows another.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.lines import Chunk
from extract.flat_paragraph import flattened_lead
from extract.tools import ExtractTools

HEAD_CHUNKS = 3  # only a paragraph at the top holds the title
# a full stop inside the lead (not an initial's: "В.М. Шукшина") ends a sentence: the lead says
# more than the title ("План … . МОУ «…»"), the title rules cut its first sentence themselves
_SENTENCES = re.compile(r"(?<![А-ЯЁ])\.\s+[А-ЯЁ«]")


def lead_apart(chunks: list[Chunk], tools: ExtractTools) -> list[Chunk]:
    """`chunks` with the first prose paragraphs that open with a flattened table's lead cut
    into the lead and the rest."""
    out: list[Chunk] = []
    for k, c in enumerate(chunks):
        lead = flattened_lead(c.text, tools) if k < HEAD_CHUNKS and c.cells is None else None
        if not lead or _SENTENCES.search(lead.rstrip(". ")):
            out.append(c)
            continue
        rest = c.text[len(lead):].strip()
        out += [replace(c, text=lead, lines=(lead,)), replace(c, text=rest, lines=(rest,))]
    return out
