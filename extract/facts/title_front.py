"""A heading's first words lost at the front: "МЕТОДИКА РАСЧЕТА ЦЕЛЕВЫХ ПОКАЗАТЕЛЕЙ" (plain) /
"МУНИЦИПАЛЬНОЙ ПРОГРАММЫ «…»" (bold), "Перечень мероприятий" / "муниципальной программы …" in
two weights. The block naming the plan opens in an oblique case: it is the complement of the
block above, whose noun in the nominative opens the heading (CONTRACT `title`: a page that
starts at an appendix has the appendix's heading)."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.stamps import stamp_kind
from extract.facts.title_ends import OBLIQUE, ends_title

_FRONT_WORDS = 8  # "Перечень основных мероприятий", "МЕТОДИКА РАСЧЕТА ЦЕЛЕВЫХ ПОКАЗАТЕЛЕЙ"
_OPEN_END = (".", ":", ";", ",", "!", "?")


def lost_front(ctx: Ctx, head: tuple[Chunk, ...], i: int, text: str) -> str:
    """`text`, the heading read from head block `i`, with the block above it when `text` opens
    in an oblique case and that block is a heading's nominative opening (`--debug`: the plan's
    heading rule, its text starting at the block above)."""
    words = text.split()
    if i == 0 or not words or not _oblique(ctx, words[0]):
        return text
    prev = head[i - 1]
    front = " ".join(prev.text.split())
    if prev.cells is not None or prev.list_number or not _nominative_opening(ctx, front):
        return text
    return f"{front} {text}"


def _oblique(ctx: Ctx, word: str) -> bool:
    """A word in an oblique case ("МУНИЦИПАЛЬНОЙ", "муниципальной"), not a quote or number."""
    w = word.strip("«»\"(),").lower()
    return w.isalpha() and ctx.tools.tag(w)[1] in OBLIQUE


def _nominative_opening(ctx: Ctx, front: str) -> bool:
    """A short line opening with a capitalised noun in the nominative, no sentence, stamp or
    line no title runs into ("ПАСПОРТ", "Приложение № 2", "г. Заречный")."""
    words = front.split()
    if not words or len(words) > _FRONT_WORDS or front.endswith(_OPEN_END) \
            or not words[0][:1].isupper() or ends_title(ctx, front) or stamp_kind(ctx, front):
        return False
    return ctx.tools.tag(words[0].lower()) == ("NOUN", "nomn")
