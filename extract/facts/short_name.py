"""The short name an institution's letterhead prints in parentheses after its full name.

A school's or kindergarten's title page often opens with its legal name and, closing it, the
name it goes by: "Муниципальное автономное общеобразовательное учреждение … «Средняя
общеобразовательная школа № 7 …» (МАОУ СОШ № 7)", then tax numbers, an address, the grifs and
the title. The letterhead saying which name the body goes by, that name is the issuer of the
institution's own plans and programmes (header.py decides when it applies).
"""

from __future__ import annotations

import re

from extract.facts import institution_form as institution_form_
from extract.facts.ctx import Ctx
from extract.facts.lines import squash
from extract.facts.stamps import stamp_kind
from extract.facts.vocab import institution_word

_REACH = 14  # the letterhead stands within the first printed lines
_MAX_WORDS = 10
_TRAILING = re.compile(r"\(([^()]+)\)\s*$")


def letterhead_short_name(ctx: Ctx) -> str | None:
    """The parenthesised short name closing a letterhead line above the first grif or title
    ("… школа № 56 / с углубленным изучением … предметов» (МАОУ СОШ № 56)", "(детский сад
    №31)" alone on its line), when a legal form ("Муниципальное … учреждение") stands above
    it in the letterhead; None otherwise."""
    seen: list[str] = []
    for line in ctx.top[:_REACH]:
        text = squash(line.text)
        if stamp_kind(ctx, text) or ctx.vocab.grif_other.match(text):
            return None
        seen.append(text)
        m = _TRAILING.search(text)
        if not m or not _short_name(ctx, m.group(1)):
            continue
        if ctx.vocab.legal_form.search(" ".join(seen).lower()):
            return squash(m.group(1))
    return None


def _short_name(ctx: Ctx, text: str) -> bool:
    """"МАОУ СОШ № 56", "МБОУ «Лицей № 2»", "детский сад №31": an abbreviated legal form or
    an institution's type word (data: `short_name_openers`) opening a few words."""
    words = text.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    first = words[0].strip("«»\"“„")
    if first.isupper() and institution_word(ctx.vocab, first):
        return True
    lemmas = ctx.lemmas(text)
    return bool(re.search(r"\d", text)) and any(
        lemmas[: len(seq)] == seq for seq in ctx.vocab.short_name_openers)


def form_short_name(ctx: Ctx) -> str | None:
    """The parenthesised short name closing a passport's or form's full-name field ("Полное
    наименование ОО | Муниципальное … учреждение … края (МБОУ СОШ п. Лесной)"): the field says
    the name the body goes by, as a letterhead does."""
    value = institution_form_.labelled_value(ctx) or ""
    m = _TRAILING.search(value)
    if not m or not _short_name(ctx, m.group(1)) \
            or not ctx.vocab.legal_form.search(value[: m.start()].lower()):
        return None
    return squash(m.group(1))
