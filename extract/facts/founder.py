"""The founder body a task form names over its caption ("Департамент … администрации N-ского
городского округа" / "(наименование органа, осуществляющего функции и полномочия
учредителя …)" in the УТВЕРЖДАЮ block): the body that sets the task issues it, not the
institution the form's "Наименование муниципального учреждения" field names."""

from __future__ import annotations

import re

from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.stamps import stamp_kind
from extract.models import DraftSignatory

_BODY_LINES = 4  # a body's name runs over a few lines above its caption
_CAPS_LINES = 7  # ... more when printed in capitals in a narrow grif cell


def issuer_over_caption(ctx: Ctx) -> str | None:
    """The lines right above the founder caption, up to the one the name opens with (a capital
    after lines going on in lower case), or None when no such caption is printed."""
    lines = ctx.top
    k = next((k for k, line in enumerate(lines)
              if ctx.vocab.founder_caption.match(line.text.strip())), None)
    if k is None:
        return _in_run(ctx)
    above = [line.text.strip() for line in reversed(lines[max(0, k - _CAPS_LINES) : k])]
    body = _caps_body(ctx, above) if above and ctx.in_capitals(above[0]) else []
    for text in [] if body else above[:_BODY_LINES]:
        if not text or text[:1] in "(_\"«" or text[:1].isdigit():
            break
        body.insert(0, text)
        if text[:1].isupper():
            break
    if not body or not body[0][:1].isupper():
        return None
    return _body_name(ctx, " ".join(" ".join(body).split()))


def _body_name(ctx: Ctx, name: str) -> str | None:
    """The founder's name as the record writes it: a body unit named in the genitive after
    УТВЕРЖДАЮ ("Управления образования администрации …") put in the nominative."""
    # "Начальник управления образования …" over the caption: the approving head's position,
    # whose body the grif's head rule reads (grif_head), not a body's name
    first = name.split()[0].strip(",.:")
    lem = ctx.lemmas(first)
    if set(lem[:1]) & ctx.vocab.issuer_heads:
        return None
    if len(lem) == 1 and lem[0] in ctx.vocab.body_units and first.lower() != lem[0]:
        return nominative_head(name, ctx)
    return name


_RUN_CHUNKS = 3
# "УТВЕРЖДАЮ Управления образования администрации … края (наименование органа, …)": a form a
# text layer ran into one paragraph, the founder between the grif's word and its caption
_IN_RUN = re.compile(r"\bУТВЕРЖДАЮ:?\s+(?P<org>[А-ЯЁ][^()]{5,200}?)\s*(?=\(\s*наименование\s+"
                     r"(?:органа|главного\s+распорядител))", re.IGNORECASE)


def _in_run(ctx: Ctx) -> str | None:
    """The founder between УТВЕРЖДАЮ and its caption inside one run of the form's text."""
    for c in ctx.head[:_RUN_CHUNKS]:
        m = _IN_RUN.search(c.text)
        if m and m.group("org")[:1].isupper():
            return _body_name(ctx, " ".join(m.group("org").split()))
    return None


def _caps_body(ctx: Ctx, above: list[str]) -> list[str]:
    """A name printed in capitals over a narrow grif cell's lines (nearest first in `above`):
    the lines up to the first one not in capitals ("Руководитель (уполномоченное лицо)")."""
    body: list[str] = []
    for text in above:
        if not text or not ctx.in_capitals(text) or text[:1] in "(_" or text[:1].isdigit() \
                or stamp_kind(ctx, text):
            break
        body.insert(0, text)
    return body


# "… учредителя …) Руководитель управления А.А.Кедров (должность) (подпись)": the founder's
# head signing the grif, his position and name before the form's captions in one run
_SIGNER_IN_RUN = re.compile(
    r"\)\s+(?P<position>[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,5}?)\s+(?P<initials>[А-ЯЁ]\.\s?[А-ЯЁ]\.)"
    r"\s?(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+\(\s*должность\s*\)")


def signatory_in_run(ctx: Ctx) -> DraftSignatory | None:
    """The head who approves a task form run into one paragraph, read after the founder's
    caption (only where `_in_run` read the founder there)."""
    for c in ctx.head[:_RUN_CHUNKS]:
        m = _IN_RUN.search(c.text)
        if not m:
            continue
        signer = _SIGNER_IN_RUN.search(c.text, m.end())
        if signer and set(ctx.lemmas(signer.group("position").split()[0])) \
                & ctx.vocab.issuer_heads:
            name = f"{signer.group('initials').replace(' ', '')} {signer.group('surname')}"
            return DraftSignatory(name=name, position=signer.group("position"))
    return None
