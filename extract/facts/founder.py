"""The founder body a task form names over its caption ("Департамент … администрации N-ского
городского округа" / "(наименование органа, осуществляющего функции и полномочия
учредителя …)" in the УТВЕРЖДАЮ block): the body that sets the task issues it, not the
institution the form's "Наименование муниципального учреждения" field names."""

from __future__ import annotations

from extract.facts.ctx import Ctx

_BODY_LINES = 4  # a body's name runs over a few lines above its caption


def issuer_over_caption(ctx: Ctx) -> str | None:
    """The lines right above the founder caption, up to the one the name opens with (a capital
    after lines going on in lower case), or None when no such caption is printed."""
    lines = ctx.top
    k = next((k for k, line in enumerate(lines)
              if ctx.vocab.founder_caption.match(line.text.strip())), None)
    if k is None:
        return None
    body: list[str] = []
    for line in reversed(lines[max(0, k - _BODY_LINES) : k]):
        text = line.text.strip()
        if not text or text[:1] in "(_\"«" or text[:1].isdigit():
            break
        body.insert(0, text)
        if text[:1].isupper():
            break
    if not body or not body[0][:1].isupper():
        return None
    return " ".join(" ".join(body).split())
