"""A budget form's field naming the main distributor of budget funds: "Наименование главного
распорядителя бюджетных средств" and the body's name on its line or the next ("Отдел
образования Администрации … района"). The distributor fills the form in and reports by it: the
issuer of a form that names no institution of its own (CONTRACT `issuer`). A rule of
header.ISSUER_RULES after the institution's own form field."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import squash

_FORM_CHUNKS = 30  # the form's fields stand over its table
_NAME_WORDS = 15


def _names_body(ctx: Ctx, text: str) -> bool:
    """"Отдел образования Администрации …", "Управление образования …": a body's name."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and len(words) >= 2 \
        and bool(set(ctx.lemmas(words[0])) & (ctx.vocab.body_units | ctx.vocab.org_words))


def issuer_from_distributor(ctx: Ctx) -> str | None:
    """The body a form's distributor field names, or None."""
    lines = [squash(x) for c in ctx.chunks[:_FORM_CHUNKS] if c.cells is None
             for x in (c.lines or (c.text,))]
    for k, line in enumerate(lines):
        m = ctx.vocab.distributor_label.match(line)
        if m is None:
            continue
        value = m.group("rest").strip(" :_") or (lines[k + 1] if k + 1 < len(lines) else "")
        value = value.strip(" ._")
        if _names_body(ctx, value) and len(value.split()) <= _NAME_WORDS:
            return value
        return None
    return None
