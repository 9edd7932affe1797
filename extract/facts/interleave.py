"""Two grifs side by side that a text layer read row by row: "ПРИНЯТО" / "УТВЕРЖДЕНО" /
"Педагогическим советом" / "Приказом заведующего" / … — each printed row of the two columns
gives two lines, the left one first. The paragraph's lines are put back in column order (the
left grif, then the right one) so that the stamp and signature rules read each grif whole.
"""

from __future__ import annotations

from dataclasses import replace

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.stamps import stamp_kind

_TOP_CHUNKS = 3
_RUN_LINES = 12  # a grif is a few rows


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
    return tuple(out) if changed else None
