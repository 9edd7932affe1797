"""A programme's passport naming the body: "Ответственный исполнитель", "Главный распорядитель
…", "Заказчик", "Координатор", or the official who approved it; and a school's passport that names
the school only as "школа" while its rows name one institution by its legal form."""

from __future__ import annotations

import re

from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.institution import form_word, institution_at, institution_nominative
from extract.facts.lines import squash
from extract.facts.order import act_type


def issuer_from_passport(ctx: Ctx, signed: bool = True) -> str | None:
    """The body a programme's passport names as its executor, distributor, customer or
    approving official (see the module docstring), in the order of the vocabulary. An
    administration's act counts only when someone signs it (the signer's administration is
    the issuer): a bare appendix line ("Приложение к постановлению от … № …", `signed`
    False) names no body, and the passport's is the only one the page gives."""
    if signed and act_type(ctx) not in (None, *ctx.vocab.own_act_types):
        return None
    rows = [(ctx.lemmas(c.cells[0]), c.cells[1]) for c in ctx.chunks
            if c.cells is not None and len([x for x in c.cells if x]) >= 2 and c.cells[1]]
    for label in ctx.vocab.passport_issuer_labels:
        for lemmas, value in rows:
            if any(lemmas[k : k + len(label)] == label for k in range(len(lemmas))):
                body = _body_of(ctx, value)
                if body:
                    return body
    return None


def issuer_from_passport_school(ctx: Ctx) -> str | None:
    """A school's passport whose developer or executor row names the school only as "школа"
    ("Администрация школы", "Педагогический коллектив школы") and whose rows name one
    institution by its legal form ("… одаренных детей в МОБУ «…»", "Устав МОБУ «…»"): that
    institution is the programme's own. Two institutions named: none is sure, None."""
    rows = [c.cells for c in ctx.chunks if c.cells is not None
            and len([x for x in c.cells if x]) >= 2 and c.cells[0]]
    if not any(_names_own_school(ctx, cells) for cells in rows):
        return None
    names = {name for cells in rows for cell in cells[1:] for name in _institutions_in(ctx, cell)}
    return institution_nominative(ctx, names.pop()) if len(names) == 1 else None


def _names_own_school(ctx: Ctx, cells: tuple[str, ...]) -> bool:
    label = ctx.lemmas(cells[0])
    if not any(label[k : k + len(seq)] == seq for seq in ctx.vocab.passport_own_labels
               for k in range(len(label))):
        return False
    value = squash(" ".join(cells[1:]))
    return (bool(set(ctx.lemmas(value)) & ctx.vocab.own_school_words)
            and not any(q in value for q in "«\"") and not any(ch.isdigit() for ch in value)
            and not any(form_word(ctx, w) for w in value.split()))


def _institutions_in(ctx: Ctx, text: str) -> list[str]:
    words = squash(text).split()
    return [name for k, w in enumerate(words) if form_word(ctx, w)
            and (name := institution_at(ctx, words[k:]))]


def _body_of(ctx: Ctx, value: str) -> str | None:
    """"Управление образования … области" as written; "Начальник управления …" → the body
    the official heads, in the nominative."""
    text = re.split(r"\s*[;(]|\s[-–—]\s", squash(value), maxsplit=1)[0].strip(" ,.")
    words = text.split()
    lem = ctx.lemmas(words[0]) if words else ()
    if len(lem) == 1 and lem[0] in ctx.vocab.issuer_heads and len(words) > 1:
        text = " ".join(words[1:])
    head = ctx.lemmas(text.split()[0]) if text else ()
    if len(head) != 1 or head[0] not in ctx.vocab.org_words:
        return None
    return nominative_head(text, ctx)
