"""What a heading says of its document, weighed when a site's card and a cover's heading
compete for the title (extract/facts/card_head.py, cover_vote.py): a body's sentence is no
heading; the institution and the period are its evidence."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.title_ends import has_period
from extract.facts.title_lines import TITLE_WORDS
from extract.facts.vocab import institution_word

_VERB_REACH = 6  # "Программа помогает школьникам …": the verb follows the subject at once


def body_sentence(ctx: Ctx, text: str) -> bool:
    """A sentence of the body, no heading: long, naming its subject for short, or a verb
    among its first words ("Календарный план конкретизирует формы …")."""
    words = [w.strip("«»\"(),.:;").lower() for w in text.split()[:_VERB_REACH]]
    return len(text.split()) > TITLE_WORDS or "(далее" in text.casefold() \
        or any(w.isalpha() and ctx.tools.tag(w)[0] in ("VERB", "PRTS") for w in words)


def names_institution(ctx: Ctx, text: str) -> bool:
    """The text names an institution: its short name's form word or an institution's noun."""
    words = [w.strip("«»\"(),.") for w in text.split()]
    return any(institution_word(ctx.vocab, w) for w in words) \
        or bool(set(ctx.lemmas(text)) & ctx.vocab.institution_words)


def evidence(ctx: Ctx, text: str) -> int:
    """What a heading says of its document: the institution (one point, one more when named in
    full by its legal form) and the period."""
    inst = names_institution(ctx, text)
    return int(inst) + int(inst and ctx.vocab.legal_form.search(text) is not None) \
        + int(has_period(ctx, text))
