"""A district printed over its inner formations: a letterhead's or a table's line naming the
district alone ("ЗАРЕЧНЫЙ РАЙОН"), the lines under it naming the formations inside it ("МО
Сосновый бор", "МО Луговое поселение"). CONTRACT `municipality`: the district is the
document's own formation, its parts are places within it (`--debug`
header.municipality:district_over).

An inner part's line names the formation alone — it opens with the formation's marker ("МО",
"Муниципальное образование") or is a short line closing on "поселение" / "сельсовет" — so a
body of the part ("Администрация Лугового сельского поселения") keeps its own formation.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.facts.ctx import Ctx
from extract.facts.vocab_kinds import Lemmas

_NAME_WORDS = 2  # the district's name before its marker: "Верхне-Луговской", "Усть Лесной"
_INNER_SPAN = 3  # the inner parts' lines right under the district's
_INNER_WORDS = 5  # "Луговое сельское поселение" alone on its line, a settlement's name whole


def district_over(ctx: Ctx, found: str | None) -> str | None:
    """The district's line printed over its inner formations (the letterhead first, then a
    table's first column), as written, when `found` — the phrase the text names first — is
    none or one of the inner parts; None otherwise."""
    if found and not _inner(ctx, found):
        return None
    top = [line.text.strip() for line in ctx.top]
    firsts = [c.cells[0].strip() for c in ctx.chunks if c.cells]
    return _over(ctx, top) or _over(ctx, firsts)


def _over(ctx: Ctx, lines: Sequence[str]) -> str | None:
    """The first line of `lines` naming a district alone with an inner part's line right
    under it (blank lines skipped)."""
    texts = [x for x in lines if x]
    for k, line in enumerate(texts):
        if _district(ctx, line) and any(_inner(ctx, x) for x in texts[k + 1:k + 1 + _INNER_SPAN]):
            return line
    return None


def _district(ctx: Ctx, line: str) -> bool:
    """"ЗАРЕЧНЫЙ РАЙОН", "Лесной муниципальный округ": a capitalised name, then the marker
    closing the line (not "МУНИЦИПАЛЬНЫЙ РАЙОН" alone: the marker's adjective is no name)."""
    words = line.split()
    lem = tuple(ctx.lemmas(line))
    for marker in ctx.vocab.district_over_markers:
        n = len(marker)
        if 0 < len(words) - n <= _NAME_WORDS and lem[-n:] == marker and len(lem) == len(words) \
                and words[0][:1].isupper() and lem[0] not in ctx.vocab.place_marker_adjectives:
            return True
    return False


def _inner(ctx: Ctx, text: str) -> bool:
    """A line naming an inner formation alone: opening on its marker ("МО Сосновый бор") or
    short and closing on a settlement's formation word ("Луговое сельское поселение")."""
    lem = tuple(ctx.lemmas(text))
    if _starts(lem, ctx.vocab.inner_formation_openers) and len(lem) <= _INNER_WORDS + 2:
        return True
    return len(lem) <= _INNER_WORDS and text[:1].isupper() \
        and any(lem[-len(x):] == x for x in ctx.vocab.inner_formation_closers)


def _starts(lem: tuple[str, ...], seqs: tuple[Lemmas, ...]) -> bool:
    return any(lem[:len(x)] == x for x in seqs)
