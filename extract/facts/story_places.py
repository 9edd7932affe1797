"""Places a campaign report's story names are the story's, not the document's.

A school's news of a месячник or a неделя it held, or its report of any measures held
("Отчет о проведении мероприятий, посвящённых Дню Победы", extract/facts/campaign_report.py)
tells what was done: "прозвучал гимн Луговской области", "классные часы, посвящённые дню
освобождения города Лесногорска", "заняли второе место в игре … в Ольховском районе". The
region and the municipality are the ones the document names as its own — its heading,
letterhead, address, the school's name (CONTRACT `region`, `municipality`) — so the place rules
read such a report without the sentences telling what was done (a word of accomplishment,
`tools.is_done`: "прошли", "прозвучал", "посетили") and without its table of the measures
held. The school's own town stays in its name ("в МБОУ «СОШ № 2» г. Лесногорска прошёл
месячник": the words before the sentence's verb naming an institution are kept), and the
issuer keeps it too."""

from __future__ import annotations

import re

from extract.facts.acts import act_header
from extract.facts.campaign_report import campaign_sentences, held_report
from extract.facts.ctx import Ctx
from extract.facts.institution import form_word

# a full stop after a word, not after an abbreviation or a date's digits ("г. Лесной")
_SENTENCE_END = re.compile(r"(?<=\w\w\w[.!?])\s+(?=[А-ЯЁ«\"\d])")
_WORD = re.compile(r"[А-Яа-яЁё]+")


def is_story(ctx: Ctx) -> bool:
    """The page is a campaign's news report (no act of its own): its story's places are none
    of the document's."""
    got: bool = ctx.once("story_places.is_story", lambda: act_header(ctx) is None and bool(
        campaign_sentences(ctx) or held_report(ctx)))
    return got


def own_text(ctx: Ctx, text: str) -> str:
    """`text` without the sentences of a campaign report's story (see the module); any other
    document's text as it is."""
    if not text or not is_story(ctx):
        return text
    read: dict[str, str] = ctx.once("story_places.read", dict)
    if text not in read:
        read[text] = " ".join(filter(None, (_before_story(ctx, s) for s in
                                            _SENTENCE_END.split(" ".join(text.split())))))
    return read[text]


def _before_story(ctx: Ctx, sentence: str) -> str:
    """A sentence that tells nothing done, whole; one that does, its words before the first
    word of accomplishment when they name an institution — the school's own name with its
    place ("МБДОУ «…» Лесного района Луговской Республики Были проведены …", a text export
    joining the letterhead to the sentence) — else nothing."""
    done = next((m for m in _WORD.finditer(sentence) if ctx.tools.is_done(m.group(0))), None)
    if done is None:
        return sentence
    before = sentence[: done.start()]
    if any(form_word(ctx, w.strip("«»\"(),")) for w in before.split()):
        return before
    return before if _district_scope(ctx, before) else ""


def _district_scope(ctx: Ctx, before: str) -> bool:
    """The campaign's lead names the district it runs across ("В Лесном районе прошёл
    месячник …", "в школах Лесного района проведена акция …"): the account's own scope, kept
    (docs/CONTRACT.md "News pages of measures held"); the places of its measures are not."""
    lemmas = set(ctx.lemmas(before))
    return bool(lemmas & ctx.vocab.campaign_nouns and lemmas & ctx.vocab.campaign_scope_markers)
