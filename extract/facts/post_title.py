"""A site's post title over an act that prints no subject: "… является пользователь … |" /
"\"ПОЮЩАЯ ВЕСНА\"" / the letterhead / "П Р И К А З" / "от … № …" / the preamble
(CONTRACT `title`: a site's card title is the title when the page prints no heading of its own).

A blog or a file card prints the post's name on a line of its own under the site's chrome
(its last line closed by " |") and over the act's letterhead. When the act prints its subject,
the subject is the title (the rules before this one); when it prints none, the post's name is
the only heading the page has, kept as printed (its quotes and capitals). The chrome's mark is
read from the raw chunks (the chrome's cleaning drops it)."""

from __future__ import annotations

from collections.abc import Sequence

from extract.facts.ctx import Ctx, unspace
from extract.facts.letterhead_lines import head_word
from extract.facts.lines import Chunk

KEY = "post_title"  # ctx.memo: the line under the site's chrome, read from the raw chunks
_REACH = 6
_TITLE_WORDS = 10
_SENTENCE_END = (".", ";", ":", "!", "?", ",")


def under_chrome(chunks: Sequence[Chunk]) -> str | None:
    """The first line after the last line closed by " |" among the first chunks."""
    lines = [x.strip() for c in chunks[:_REACH] if c.cells is None
             for x in (c.lines or (c.text,))]
    chrome = [k for k, x in enumerate(lines) if x.endswith(" |")]
    return lines[chrome[-1] + 1] if chrome and chrome[-1] + 1 < len(lines) else None


def post_title(ctx: Ctx, line: str | None) -> str | None:
    """`line` (the line under the site's chrome) when it stands over the act's word and reads
    as a name: a few words, no sentence, no body's name, no digits."""
    if not line:
        return None
    lines = [x.strip() for c in ctx.head for x in (c.lines or (c.text,))]
    act = next((k for k, x in enumerate(lines) if _act_word(ctx, x)), None)
    words = line.split()
    if act is None or line not in lines[:act] or len(words) > _TITLE_WORDS \
            or line.endswith(_SENTENCE_END) or any(ch.isdigit() for ch in line) \
            or head_word(ctx, line.strip("\"«»")) is not None:
        return None
    return line


def _act_word(ctx: Ctx, line: str) -> bool:
    """The act's word alone on its line ("ПРИКАЗ", "П Р И К А З")."""
    word = unspace(line).strip()
    lem = ctx.lemmas(word) if word and len(word.split()) == 1 else ()
    return len(lem) == 1 and lem[0] in ctx.vocab.act_types
