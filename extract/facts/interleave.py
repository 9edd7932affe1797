"""Two grifs side by side that a text layer read row by row: "ПРИНЯТО" / "УТВЕРЖДЕНО" /
"Педагогическим советом" / "Приказом заведующего" / … — each printed row of the two columns
gives two lines, the left one first. The paragraph's lines are put back in column order (the
left grif, then the right one) so that the stamp and signature rules read each grif whole.

A copy may also glue each printed row's two cells into one line, a council chair's column on
the left of the approver's: "Председатель МОУ СОШ № 5" / "Управляющего совета г. Заречного" /
"А.А. Орлова Б.Б. Петрова". The chair's words (the chair word, then a council's name: data,
extract/vocab/facts.yaml own_councils) are taken out of each row into a chunk of their own
after the approver's column, each name with its column.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.stamps import stamp_kind

_TOP_CHUNKS = 3
_RUN_LINES = 12  # a grif is a few rows
_GLUED_CHUNKS = 30  # a title page's paragraphs, a site's card before them
_GLUED_ROWS = 3  # rows of the two columns over their names
_NAME = (r"(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
         r"|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)")
# "Л.Д. Орлова И.В. Петрова": the two columns' names on one line, nothing else
_TWO_NAMES = re.compile(rf"^\s*(?P<left>{_NAME})\s+(?P<right>{_NAME})\s*$")


def _opener(ctx: Ctx, text: str) -> bool:
    """A grif's word alone on its line ("УТВЕРЖДЕНО", "ПРИНЯТО:")."""
    word = text.strip().rstrip(":")
    return len(word.split()) == 1 and bool(stamp_kind(ctx, word)
                                           or ctx.vocab.grif_other.match(word))


def _run_end(ctx: Ctx, lines: tuple[str, ...], start: int) -> int:
    """Index after the last row line of the grifs: up to a new grif, a title's plan noun
    ("ГОДОВОЙ ПЛАН"), or a grif's reach."""
    k = start
    while k < min(len(lines), start + _RUN_LINES):
        text = lines[k]
        if stamp_kind(ctx, text) or ctx.vocab.grif_other.match(text) \
                or ctx.plan_noun(ctx.lemmas(text)[:4]):
            break
        k += 1
    return k


def _untangled_lines(ctx: Ctx, lines: tuple[str, ...]) -> tuple[str, ...] | None:
    for i in range(len(lines) - 1):
        # "Приложение" / "Утвержден" / "постановлением …": an appendix's label over the
        # approval it carries is one stamp in one column, not two grifs side by side
        if stamp_kind(ctx, lines[i].strip().rstrip(":")) == "appendix":
            continue
        if _opener(ctx, lines[i]) and _opener(ctx, lines[i + 1]):
            end = _run_end(ctx, lines, i + 2)
            run = lines[i + 2 : end]
            if not run or len(run) % 2:
                return None  # rows of unequal columns: their order is not known
            return (*lines[:i], lines[i], *run[0::2], lines[i + 1], *run[1::2], *lines[end:])
    return None


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


def _glued(ctx: Ctx, chunks: list[Chunk]) -> list[Chunk] | None:
    """The first glued pair of columns put back as two: the approver's rows and name, then
    the council chair's words and name (None when the chunks hold none)."""
    for i, c in enumerate(chunks[:_GLUED_CHUNKS]):
        m = _TWO_NAMES.match(c.text) if c.cells is None else None
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


def untangled(ctx: Ctx) -> tuple[Chunk, ...] | None:
    """`ctx.chunks` with interleaved grif columns among the first prose paragraphs put back
    in column order, or None when there are none."""
    out = list(ctx.chunks)
    changed = False
    for c in ctx.prose[:_TOP_CHUNKS]:
        lines = _untangled_lines(ctx, c.lines) if len(c.lines) > 3 else None
        if lines is not None:
            out[ctx.chunks.index(c)] = replace(c, lines=lines, text=" ".join(lines))
            changed = True
    glued = _glued(ctx, out)
    return tuple(glued) if glued is not None else tuple(out) if changed else None
