"""A site's news heading over the document's own heading: the own heading wins.

Municipal and school sites publish a plan as a news item: the site's heading (often a shortened
name of the plan, "План мероприятий отдела образования города Заречного к Дню знаний"), a lead
and a paragraph or two of news prose, then the document itself under its own heading ("План
мероприятий Отдела образования администрации города Заречного, посвященных Дню знаний") over its
table of events. CONTRACT `title`: a site's heading is the title only when the page prints no
heading of its own, so the later heading is the title, and the issuer is read from it.

Evidence, all of it required (precision first), named in `--debug` (ctx.memo[KEY]):
- the later block names the same document: the same plan noun phrase opening it and most of the
  site heading's content words (`_SHARE`);
- the blocks between are news prose: at least one long sentence with a verb, none a requisite
  (a date, a number, an approval word: facts.yaml news_requisite_words), no table or list;
- the later block stands alone as a heading: one line, no sentence, and a table or a list (the
  document's body) follows it within a block or two.
A section heading, a table's caption or an appendix's stamp never opens with the plan's noun
phrase the site heading opens with; a heading followed by its own subtitle has no prose between."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

KEY = "news_heading"  # ctx.memo: the evidence that moved the title, for `--debug`

_REACH = 10  # lines from the site's heading to the document's own
_SHARE = 0.75  # of the site heading's content words the own heading repeats
_SENTENCE_WORDS = 10  # a news paragraph's sentence, not a heading's line
_BODY_AFTER = 2  # the own heading's lines (a subtitle, its years) before the table
_SENTENCE_END = (".", "!", "?", "…")
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NUMR", "NPRO"})
_REQUISITE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|№|(?<!\w)N\s*\d")
_ROW_HEADER = re.compile(r"^(?:N|№)(?:\s*п/п)?\s+[А-ЯЁ]")


@dataclass(frozen=True)
class _Unit:
    """A printed line from the site's heading on (`text` None: a table row or a list item, the
    document's body); `chunk` indexes ctx.chunks, `first`: the line opens its chunk."""

    text: str | None
    chunk: int
    first: bool


def own_heading_below(ctx: Ctx, head: tuple[Chunk, ...], first: int) -> int | str:
    """The document's own heading under a site's news heading `head[first]` (see the module):
    its block's index in `head`, or its text when a text export printed it inside a block of
    lines; `first` when no line is proven to be it."""
    site = head[first]
    text = site.lines[0] if site.lines else site.text
    words = _content(ctx, text)
    if site.cells is not None or site.list_number or not words:
        return first
    units = _units(ctx.chunks, _index(ctx.chunks, site))
    for k in range(1, len(units)):
        line = units[k].text
        if line is None:
            return first  # the body starts: no own heading above it
        share = len(words & _content(ctx, line)) / len(words)
        if share < _SHARE or not _same_noun(ctx, text, line) or not _alone(units, k):
            continue
        prose = _prose_between(ctx, units[1:k])
        if prose:
            ctx.memo[KEY] = f"share_{share:.2f}_prose_{prose}_body_below"
            return _heading(ctx, head, units, k)
    return first


def _units(chunks: tuple[Chunk, ...], at: int) -> list[_Unit]:
    """The lines from the site's heading on, up to `_REACH` of them after it."""
    out: list[_Unit] = []
    for ci in range(at, len(chunks)):
        c = chunks[ci]
        if c.cells is not None or c.list_number:
            out.append(_Unit(None, ci, True))
        else:
            out += [_Unit(x, ci, j == 0) for j, x in enumerate(c.lines or (c.text,))]
        if len(out) > _REACH:
            break
    return out[: _REACH + 1]


def _heading(ctx: Ctx, head: tuple[Chunk, ...], units: list[_Unit], k: int) -> int | str:
    """The own heading at `units[k]`: its block's index when it opens a block of the head
    (the title rules join its lines), else its line and the lines of its block under it."""
    unit = units[k]
    if unit.first:
        at = next((i for i, c in enumerate(head) if c is ctx.chunks[unit.chunk]), None)
        if at is not None:
            return at
    lines = [u.text for u in units[k:] if u.chunk == unit.chunk and u.text is not None]
    return " ".join(lines)


def _index(chunks: tuple[Chunk, ...], c: Chunk) -> int:
    return next(i for i, x in enumerate(chunks) if x is c)


def _content(ctx: Ctx, text: str) -> frozenset[str]:
    """Lemmas of a line's content words (no prepositions, conjunctions, numbers)."""
    out: set[str] = set()
    for w in re.findall(r"[А-Яа-яЁё]{2,}", text):
        if ctx.tools.tag(w.lower())[0] not in _FUNCTION_POS:
            out.update(ctx.lemmas(w))
    return frozenset(out)


def _same_noun(ctx: Ctx, site: str, own: str) -> bool:
    """Both lines open with the same plan noun phrase ("План мероприятий", "Дорожная карта")."""
    a, b = ctx.lemmas(site), ctx.lemmas(own)
    kind = ctx.plan_noun(a)
    return kind is not None and kind == ctx.plan_noun(b) and a[:2] == b[:2]


def _sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _alone(units: list[_Unit], k: int) -> bool:
    """A line that is no sentence, with the document's table or list right under it (after a
    line or two of the heading's own)."""
    if _sentence(units[k].text or ""):
        return False
    for unit in units[k + 1 : k + 1 + _BODY_AFTER]:
        if unit.text is None or _ROW_HEADER.match(unit.text):
            return True
        if _sentence(unit.text):
            return False  # the body's prose goes on: no heading over a table
    return False


def _requisite(ctx: Ctx, text: str) -> bool:
    """A date, a number or an approval word opening the line: an act's part, no news."""
    lem = ctx.lemmas(text)
    return bool(_REQUISITE.search(text)) \
        or bool(lem[:1] and lem[0] in ctx.vocab.news_requisite_words)


def _prose_between(ctx: Ctx, units: list[_Unit]) -> int:
    """How many lines between are news sentences (0 when none is, or a line is a requisite:
    an act's or a title page's parts, no news item)."""
    sentences = 0
    for unit in units:
        text = unit.text or ""
        if _requisite(ctx, text):
            return 0
        words = text.split()
        if len(words) >= _SENTENCE_WORDS and _sentence(text) \
                and any(ctx.tools.tag(w.lower())[0] in ("VERB", "PRTS")
                        for w in words if w.isalpha()):
            sentences += 1
    return sentences
