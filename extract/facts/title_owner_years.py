"""A cover's heading cut inside its owner's name: "ПРОГРАММА РАЗВИТИЯ" (bold) / "муниципального
бюджетного учреждения дополнительного образования детей" / "ЦЕНТРА ДЕТСКОГО ТВОРЧЕСТВА г.
Лесного" / "на 2012-2016 годы". The owner's name goes on over blocks in any case and weight
(capitals, nested quotes: "МАОУ «ЛИЦЕЯ № 7 «ЭВРИКА»") up to the line of the plan's or
report's years; the heading is joined up to that line (CONTRACT `title`: a title page's heading
split over paragraphs is joined up to its years, the owner included)."""

from __future__ import annotations

from collections.abc import Sequence

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word
from extract.facts.lines import Chunk
from extract.facts.title_ends import ends_title, has_period
from extract.facts.vocab import institution_word

_OWNER_BLOCKS = 3  # the rest of an owner's name over a few lines, then its years
_BLOCK_WORDS = 16  # a line of a name, no paragraph
_YEARS_WORDS = 8  # "на 2012-2016 годы", "ЗА 2010-2011 УЧЕБНЫЙ ГОД"
_SENTENCE_END = (".", ";", ":", "!", "?")
_NAME_OPENERS = ("«", '"', "“", "№")


def owner_blocks_to_years(ctx: Ctx, text: str, blocks: Sequence[Chunk]) -> int:
    """How many of `blocks` (the blocks after the heading's text `text`) go on the owner's
    name up to the years' line, that line included (0: they are no such run). The heading must
    have begun its owner's name (a legal form or an institution's word) and said no years; each
    block on the way names on (a genitive, a quote, "№", capitals) and says nothing else."""
    short = _short_owner_line(ctx, blocks)
    if has_period(ctx, text) or not _genre(ctx, text) \
            or not (_owner_begun(ctx, text) or short):
        return 0
    for n, c in enumerate(blocks[: _OWNER_BLOCKS + 1], 1):
        line = " ".join(c.text.split())
        if c.cells is not None or c.list_number or not line:
            return 0
        if has_period(ctx, line):
            return n if (n > 1 and _years_line(ctx, line)) or (n == 1 and short) else 0
        if n > _OWNER_BLOCKS or not (_names_on(ctx, line) or (n == 1 and short)):
            return 0
    return 0


def _genre(ctx: Ctx, text: str) -> bool:
    """The heading opens with a plan's or a report's genre word."""
    lem = ctx.lemmas(text)
    return ctx.plan_noun(lem) is not None \
        or any(lem[: len(seq)] == seq for seq in ctx.vocab.report_openers)


def _owner_begun(ctx: Ctx, text: str) -> bool:
    """The heading's text names its owner's form: "муниципального … учреждения", "МАОУ"."""
    words = [w.strip("«»\"(),.") for w in text.split()[1:]]
    return ctx.vocab.legal_form.search(text.lower()) is not None \
        or any(institution_word(ctx.vocab, w) for w in words)


def _short_owner_line(ctx: Ctx, blocks: Sequence[Chunk]) -> bool:
    """"ЦЕЛЕВАЯ ПРОГРАММА" / "РАЗВИТИЯ …" / "МАОУ «ЛИЦЕЯ № 7 «ЭВРИКА»" / "на … годы": the owner's
    short name opens a line of its own under a heading that has not begun it — in capitals
    like the heading, so that it is a cover's line, not a sentence (a text export may run the
    years' line into it)."""
    words = blocks[0].text.split() if blocks else []
    if not words or not form_word(ctx, words[0]) or len(words) > _BLOCK_WORDS:
        return False
    caps = next((k for k, w in enumerate(words) if any(ch.islower() for ch in w)), len(words))
    rest = " ".join(words[caps:])
    return caps >= 2 and not words[caps - 1].endswith(_SENTENCE_END) \
        and (not rest or _years_line(ctx, rest))


def _names_on(ctx: Ctx, line: str) -> bool:
    """A line going on an owner's name: no sentence, no line a title never runs into, opening
    with a word in the genitive, a quote or a number sign ("ЦЕНТРА ДЕТСКОГО ТВОРЧЕСТВА г.
    Лесного", "«ЛИЦЕЯ № 7 «ЭВРИКА»", "КЕДРОВСКОГО РАЙОНА ЗАРЕЧНОЙ ОБЛАСТИ")."""
    if len(line.split()) > _BLOCK_WORDS or line.endswith(_SENTENCE_END) or ends_title(ctx, line):
        return False
    first = line.split()[0]
    if first.startswith(_NAME_OPENERS):
        return True
    word = first.strip("(),").lower()
    return word.isalpha() and ctx.tools.tag(word)[1] == "gent"


def _years_line(ctx: Ctx, line: str) -> bool:
    """A short line that says the years ("на 2012-2016 годы"), opening with them or their
    preposition, not a place and year ("г. Лесной, 2012")."""
    words = line.split()
    return len(words) <= _YEARS_WORDS and not ends_title(ctx, line) \
        and (words[0].lower() in ("на", "за", "в", "с") or words[0][:1].isdigit())
