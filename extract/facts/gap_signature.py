"""A signature set as a two-column table that a PDF reading prints as lines: the position's
first line and the name with one initial after the columns' gap ("Председатель Правительства
Т. Орлов", as legal sites print a region's act), then the position's wrapped end on lines of
its own under it ("Республики Северная Осетия-" / "Алания"). The DOCX and text renderings keep
the table, the position whole in its cell."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

_TAIL_LINES = 3  # a narrow column wraps a region's name over a few lines
_TAIL_WORDS = 4
_OWN_LINE_WORDS = 8  # a whole position before the name: "Глава Республики Заречье"
_STOPS = (".", ":", ";", "!", "?", "»", ")")


def name_over_tail(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> tuple[str, str] | None:
    """(position's first line, name) of line `i` ending with a one-initial name ("Председатель
    Правительства Т. Орлов", the columns' gap read as a space) when the position's wrapped end
    follows on the line under it."""
    text = chunks[i].text.strip()
    m = ctx.vocab.tail_name.search(text)
    before = text[: m.start()].strip() if m else ""
    if not m or not before:
        return None
    if i + 1 < len(chunks) and _goes_on(ctx, chunks[i + 1].text.strip(), before):
        return before, m.group("name")
    # "Глава Республики Коми В. Гайзер" on a line of its own: a site's text export that ran the
    # signature's two columns into one line, the position whole on it — its head and the body
    # or territory after it (the caller checks it is a position); a lone "Губернатор" lost the
    # rest of its column
    if 1 < len(before.split()) <= _OWN_LINE_WORDS and not before.endswith(_STOPS) \
            and not any(ch.isdigit() or ch in ":;" for ch in before):
        return before, m.group("name")
    return None


def _goes_on(ctx: Ctx, text: str, joined: str) -> bool:
    """A line going on with a position's name: a few words, no digit, no stamp; its first word
    in the genitive ("Республики …"), a territory's name ("Заречной области") or the end of a
    word cut at its hyphen ("Осетия-" / "Алания")."""
    words = text.split()
    if (not words or len(words) > _TAIL_WORDS or text.endswith(_STOPS)
            or any(ch.isdigit() for ch in text) or not text[:1].isupper()
            or any(rx.match(text) for _, rx in ctx.vocab.stamp_starts)):
        return False
    return joined.endswith("-") or bool(ctx.vocab.territory_line.match(text)) \
        or ctx.tools.tag(words[0].lower())[1] == "gent"


def position_tail(ctx: Ctx, chunks: tuple[Chunk, ...], i: int, position: str) -> str:
    """`position` with its wrapped end from the lines under line `i`."""
    out = position
    for c in chunks[i + 1 : i + 1 + _TAIL_LINES]:
        text = c.text.strip()
        if not _goes_on(ctx, text, out):
            break
        out = f"{out}{text}" if out.endswith("-") else f"{out} {text}"
    return out
