"""A responsible party printed on a row of its own under an activity row: the same cell's
next line, which a flattened table (a legal site's export, one cell a line with " |" marks)
gives as a row spanning the table ("Начальник отдела культуры администрации района | |||").

A section row names a part of the plan; this one names a person's position or a body, opening
with a position word (extract/vocab/content.yaml `position_words`), carries no item number and
no section label, and stands right under a row whose responsibles cell is filled. It goes to
that row's responsibles (CONTRACT `responsibles`: one entry per party; session facts75).
"""

from __future__ import annotations

from extract.activity_cols import Cols
from extract.layout import Ctx, numbering

_PARTY_WORDS = 15  # a position with its body, not a section's long name


def party_continuation(texts: list[str], cols: Cols, last_filled: bool, ctx: Ctx) -> str | None:
    """The party a single-cell row under an activity with responsibles names, or None."""
    filled = [t for t in texts if t]
    if not last_filled or len(filled) != 1 or not cols.fields.get("responsibles"):
        return None
    text = filled[0]
    if numbering(text) or ctx.vocab.section_label.match(text) \
            or len(text.split()) > _PARTY_WORDS or not text[:1].isupper():
        return None
    lemmas = ctx.tools.lemmas(text)
    if not lemmas or lemmas[0] not in ctx.vocab.position_words:
        return None
    # a noun opens a party ("Начальник …", "Руководители …"); an adjective opens a section
    # as often ("Муниципальный уровень"), unless a body's word follows ("Заведующий сектором
    # … администрации")
    noun = ctx.tools.tag(text.split()[0].strip(",.;:"))[0] == "NOUN"
    if not noun and not set(lemmas[1:]) & ctx.vocab.org_words:
        return None
    if set(lemmas) & ctx.vocab.section_words:
        return None
    return text
