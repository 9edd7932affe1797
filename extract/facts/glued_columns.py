"""A copy that glued each printed row of two grifs side by side into one line, a council
chair's column on the left of the approver's: "Председатель МОУ СОШ № 5" / "Управляющего
совета г. Заречного" / "А.А. Орлова Б.Б. Петрова". The chair's words (the chair word, then a
council's name: data, extract/vocab/facts.yaml own_councils) are taken out of each row into a
chunk of their own after the approver's column, each name with its column
(extract/facts/interleave.py calls it after its own orders)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

_GLUED_CHUNKS = 30  # a title page's paragraphs, a site's card before them
_GLUED_ROWS = 3  # rows of the two columns over their names


@cache
def _two_names(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """"Л.Д. Орлова И.В. Петрова": the two columns' names on one line, nothing else — a name
    as the signature rules know one (facts.yaml name_patterns)."""
    name = "|".join(p.replace("(?P<name>", "(?:") for p in patterns)
    return re.compile(rf"^\s*(?P<left>{name})\s+(?P<right>{name})\s*$")


def _council_words(ctx: Ctx, text: str) -> int:
    """How many first words of `text` name one of an institution's councils ("Управляющего
    совета …" → 2), 0 when it opens with none."""
    words = text.split()
    for council in ctx.vocab.own_councils:
        n = len(council)
        # compared lemma to lemma: "управляющий" itself lemmatizes as a participle
        if len(words) >= n and ctx.lemmas(" ".join(words[:n])) == ctx.lemmas(" ".join(council)):
            return n
    return 0


def chairs_council(ctx: Ctx, text: str) -> bool:
    """"Председатель Управляющего совета": the position of one of the institution's councils'
    chair (a council's grif beside the approver's, its opener not printed)."""
    words = text.split()
    return len(words) > 1 and ctx.lemmas(words[0])[:1] == ("председатель",) \
        and _council_words(ctx, " ".join(words[1:])) > 0


def _chair_rows(ctx: Ctx, chunks: list[Chunk], i: int) -> int | None:
    """Index of the first of the rows over the two names in chunk `i` that open with the
    council chair's word (the left column's first row), None when there is none."""
    for k in range(i - 1, max(-1, i - 1 - _GLUED_ROWS), -1):
        c = chunks[k]
        words = c.text.split()
        if c.cells is not None or len(c.lines) > 1 or len(words) < 2:
            return None
        if ctx.lemmas(words[0])[:1] == ("председатель",):
            return k
    return None


def glued(ctx: Ctx, chunks: list[Chunk]) -> list[Chunk] | None:
    """The first glued pair of columns put back as two: the approver's rows and name, then
    the council chair's words and name (None when the chunks hold none)."""
    for i, c in enumerate(chunks[:_GLUED_CHUNKS]):
        two = _two_names(tuple(rx.pattern for rx in ctx.vocab.names))
        m = two.match(c.text) if c.cells is None else None
        k = _chair_rows(ctx, chunks, i) if m else None
        if m is None or k is None:
            continue
        chair = chunks[k].text.split()
        left, right = [chair[0]], [" ".join(chair[1:])]
        for row in chunks[k + 1 : i]:
            n = _council_words(ctx, row.text)
            if not n:
                return None  # a row without the chair's words: the columns are not known
            words = row.text.split()
            left.append(" ".join(words[:n]))
            right.append(" ".join(words[n:]))
        rows = [replace(x, text=t, lines=(t,)) for x, t in zip(chunks[k:i], right, strict=True)
                if t]
        named = [replace(c, text=m["right"], lines=(m["right"],)),
                 replace(chunks[k], text=" ".join(left), lines=(" ".join(left),)),
                 replace(c, text=m["left"], lines=(m["left"],))]
        return [*chunks[:k], *rows, *named, *chunks[i + 1 :]]
    return None
