"""Title pages of schools and their bodies: a letterhead, then grifs ("РАССМОТРЕНО …",
"УТВЕРЖДАЮ …", side by side or one under the other), then the title. What stands above the
first grif is the letterhead or a site's caption, not the document's heading."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.stamps import stamp_kind


def grif_chunk(ctx: Ctx, c: Chunk) -> bool:
    """A chunk with a line opening a grif or a stamp (a text export may join the letterhead and
    both grifs into one paragraph)."""
    return any(stamp_kind(ctx, x.strip()) or ctx.vocab.grif_other.match(x.strip())
               for x in c.lines or (c.text,))


def after_grif(ctx: Ctx, found: list[int]) -> int:
    """The first of the title candidates `found` (indexes of `ctx.head`), passing over those
    above the page's first grif when one follows it: a site's caption of the file ("Программа
    … 2019 г") printed before the letterhead is not the document's own heading."""
    grif = next((i for i, c in enumerate(ctx.head) if grif_chunk(ctx, c)), None)
    if grif is None or found[0] >= grif:
        return found[0]
    return next((i for i in found if i > grif), found[0])


def lone_adjective(ctx: Ctx, i: int) -> int:
    """`i`, or the line above it when that line is the title's first word alone, an adjective
    set as the title is ("РАБОЧАЯ" / "ПРОГРАММА ВОСПИТАНИЯ": a PDF broke a capitals title
    after its first word)."""
    if i == 0:
        return i
    prev, cur = ctx.head[i - 1], ctx.head[i]
    word = prev.text.strip()
    if (len(word.split()) != 1 or not word.isalpha() or prev.bold != cur.bold
            or word.isupper() != cur.text.split()[0].isupper()):
        return i
    return i - 1 if ctx.tools.tag(word.lower())[0] == "ADJF" else i
