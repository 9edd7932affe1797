"""A site card's label kept apart from the document's first line under it.

A school site's file page prints the file's card label ("Программа развития МБОУ СОШ №12",
"Отчет о самообследовании 2024", "Публичный доклад 2023") and then the document's own text. A
text export runs the two into one paragraph (a Word file keeps them apart), and the title rules
read the label on into the document's first line: its letterhead ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ
ОБЩЕОБРАЗОВАТЕЛЬНОЕ" / "УЧРЕЖДЕНИЕ «…»", an institution's name in the nominative, no title's
genitive owner) or its own heading repeating the label's words ("Отчет по самообследованию 2019"
/ "Отчет по самообследованию"). CONTRACT `title`: the label is the title only alone, or the
page's own heading is; never the two glued. The label's line is cut off as a paragraph of its
own, as the page printed it; `--debug` names the evidence ("header.card_apart:<why>")."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.card_head import kind_words, short_card
from extract.facts.case import is_capitals
from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.title_ends import has_period

# "… 2024", "… 2023 г.", "… (2024-2028)", "… на 2024-2028 гг.": a label closed by its years
_CLOSING_YEARS = re.compile(r"(?:19|20)\d\d\s*(?:г\.?|гг\.?|года?|годы)?\s*\)?$")
_HEAD_CHUNKS = 2  # the label stands on the page's first paragraph
_REPEATED = 2  # the opening lemmas the own heading repeats ("отчет по самообследование")


def label_apart(ctx: Ctx) -> tuple[tuple[Chunk, ...], str] | None:
    """The chunks with the card's label line split off the first paragraph and the evidence
    for it, or None when the first paragraph opens with no label run on into the page."""
    at = next((k for k, c in enumerate(ctx.chunks[:_HEAD_CHUNKS]) if c.cells is None), None)
    if at is None:
        return None
    c = ctx.chunks[at]
    if len(c.lines) < 2 or c.list_number:
        return None
    label, nxt = c.lines[0].strip(), c.lines[1].strip()
    if not short_card(label) or kind_words(ctx, label) is None:
        return None
    why = _letterhead_under(ctx, label, nxt) or _restated(ctx, label, nxt)
    if why is None:
        return None
    rest = c.lines[1:]
    parts = (replace(c, text=label, lines=(label,)), replace(c, text=" ".join(rest), lines=rest))
    return (*ctx.chunks[:at], *parts, *ctx.chunks[at + 1 :]), why


def _letterhead_under(ctx: Ctx, label: str, line: str) -> str | None:
    """The line under the label opens an institution's name in the nominative — the letterhead's
    ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ …"), printed in capitals under a label in normal case, or under
    a label closed by its years ("… 2024", "… (2024-2028)"): no title goes on so."""
    if not _nominative_form(ctx, line):
        return None
    if is_capitals(line) and not is_capitals(label):
        return "letterhead_capitals"
    closed = has_period(ctx, label) or bool(_CLOSING_YEARS.search(label))
    return "letterhead_after_years" if closed else None


def _nominative_form(ctx: Ctx, line: str) -> bool:
    """`line` opens with a legal form's adjective in the nominative ("Муниципальное",
    "ГОСУДАРСТВЕННОЕ"; not a title's genitive owner, "муниципального …")."""
    words = line.split()
    if not words or not words[0].isalpha():
        return False
    lem = ctx.lemmas(words[0])
    if not lem or lem[0] not in ctx.vocab.legal_form_words:
        return False
    return ctx.tools.tag(words[0].lower()) in (("ADJF", "nomn"), ("ADJF", "accs"))


def _restated(ctx: Ctx, label: str, line: str) -> str | None:
    """The page's own heading under the label opens with the label's own words ("Отчет по
    самообследованию 2019" / "Отчет по самообследованию"): a heading of its own, no wrap."""
    mine, theirs = ctx.lemmas(label), ctx.lemmas(line)
    if len(mine) < _REPEATED or len(theirs) < _REPEATED:
        return None
    return "label_restated" if mine[:_REPEATED] == theirs[:_REPEATED] else None
