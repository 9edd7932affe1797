"""An act posted without its requisites: a school's order as a site's news item.

A school site posts an order as an article: the act's word and subject as its heading ("Приказ
о введении карантина"), then the preamble and "ПРИКАЗЫВАЮ:" with numbered items, no letterhead,
no date, no number. CONTRACT `title`: the heading the page prints is the title (the act's word
kept: it is printed so); the dates and numbers of the acts its preamble cites are no order of
its own, and neither the subject nor the preamble names its issuer.

Evidence, all of it required: no act header was read (a letterhead's or a site's heading with
requisites), the line opens with the act's word in the nominative right before the subject's
"о"/"об"/"обо", prints no date or number, is no sentence, stands among the first lines, and the
page's operative verb makes an act of the same type ("ПРИКАЗЫВАЮ:" for "Приказ").
"""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.acts import act_header
from extract.facts.ctx import Ctx, unspace
from extract.facts.operative_verb import operative_act
from extract.facts.order import subject_kind
from extract.facts.title_lines import TITLE_WORDS
from extract.facts.title_text import clean_title

_REACH = 6  # a news page's date and section line may stand above the heading
_SUBJECT_OPENERS = frozenset({"о", "об", "обо"})
_SENTENCE_END = re.compile(r"[.:;]\s*$")


def _act_heading_at(ctx: Ctx, text: str) -> str | None:
    """The act type of a line "Приказ о …" (the act's word in the nominative, then the
    subject's preposition), or None."""
    words = unspace(text).split()
    if len(words) < 3 or len(words) > TITLE_WORDS or not words[0][:1].isupper() \
            or words[1].lower() not in _SUBJECT_OPENERS or _SENTENCE_END.search(text):
        return None
    kind = rq.act_type(ctx, words[0])
    if kind is None or ctx.tools.tag(words[0].lower())[1] not in ("nomn", "accs"):
        return None
    req = rq.read(ctx, text)
    return None if req.number or req.date else kind


def bare_act_title(ctx: Ctx) -> str | None:
    """The heading "Приказ о …" of an act printed without its requisites (module docstring)."""
    if act_header(ctx) is not None:
        return None
    for line in ctx.top[:_REACH]:
        if ctx.chunks[line.chunk].cells is not None:
            continue
        kind = _act_heading_at(ctx, line.text)
        if kind is not None:
            return clean_title(ctx, line.text) if operative_act(ctx) == kind else None
    return None


def bare_act_kind(ctx: Ctx, title: str | None) -> str | None:
    """The kind of a page whose title is such a heading: the plan its subject approves or is
    about ("Приказ об утверждении плана мероприятий …" → roadmap, as an act's subject under
    its header), else an order ("Приказ о реализации программы …": the act carries out the
    plan it names, it is no plan)."""
    kind = _act_heading_at(ctx, title) if title else None
    if title is None or kind is None or act_header(ctx) is not None \
            or operative_act(ctx) != kind:
        return None
    return subject_kind(ctx, title.split(maxsplit=1)[1]) or "order"
