"""The name of the plan an act approves, read off its operative item when the act prints no
subject line: "ПРИКАЗ от … № 118 В целях … ПРИКАЗЫВАЮ: 1. Утвердить «План работы
методического объединения на 2024-2025 учебный год» (приложение)". CONTRACT `title`: an act
printed without what it approves keeps its subject line; with no subject line either, the
approved document's name the item gives is all the page says of what it is — its title, and its
years the period. A rule of header.TITLE_RULES (`--debug` header.title:approved_name).

The name is taken as printed: inside the item's quotes (the nominative the quotes keep), or, not
quoted, the words after the verb up to the appendix note or the item's end when its head words
read in the nominative as written ("план работы …"). An item naming it in the accusative, as
its verb governs ("Утвердить программу развития …", "дорожную карту по …"), names it all the
same: its head phrase — the adjectives and the noun up to the first noun — is put into the
nominative ("Программа развития …", "Дорожная карта по …"), the genitive tail and quoted names
as printed (`--debug` header.title:approved_name).
"""

from __future__ import annotations

import re

from extract.facts.acts import act_header, subject
from extract.facts.ctx import Ctx, drop_number
from extract.facts.kinds import approving_clause, kind_approving_clause
from extract.facts.lines import squash

_OPEN, _CLOSE = "«“„\"", "»”\""
# the item's tail after the name: its appendix note, a reference to it, the item's end
_TAIL = re.compile(r"\s*(?:(?i:\(\s*(?:прилож|прилага)[^)]*\)|,?\s*(?:согласно|в соответствии с)\s+"
                   r"приложени\w*.*)|(?<!\b\w)[.;,]\s*$|(?<!\b\w)[.;]\s+(?=\d+\.|[А-ЯЁ])).*$",
                   re.DOTALL)
_HEAD_WORDS = 1  # the words before the plan's first genitive: its noun ("план", "график")
_ACCS_WORDS = 4  # the head phrase put from the accusative: "долгосрочную целевую программу"


def approved_name(ctx: Ctx) -> str | None:
    """The plan's name an operative item approves ("1. Утвердить «План работы …»") on a page
    whose act header was read but prints no subject; None otherwise."""
    if act_header(ctx) is None or subject(ctx) or kind_approving_clause(ctx) is None:
        return None
    hit = approving_clause(ctx)
    if hit is None:
        return None
    words = squash(drop_number(hit[1])).split(maxsplit=1)
    rest = _past_attached(ctx, words[1]) if len(words) == 2 else ""
    name = _quoted(rest) if rest[:1] in _OPEN else _plain(ctx, rest)
    return name or None


def _past_attached(ctx: Ctx, text: str) -> str:
    """`text` past "прилагаемый" / "прилагаемые" before the name (the attachment's word)."""
    first, _, rest = text.partition(" ")
    return rest if ctx.lemmas(first)[:1] == ("прилагать",) else text


def _quoted(text: str) -> str | None:
    """The words inside the quotes `text` opens with (nested quotes kept: «План … «Старт» …»)."""
    depth = 0
    for k, ch in enumerate(text):
        if ch in "«„“" or (ch == '"' and depth == 0):
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return text[1:k].strip() or None
    return None


def _plain(ctx: Ctx, text: str) -> str | None:
    """The unquoted name up to its tail, its head phrase in the nominative (as written, or put
    from the accusative the verb governs); its first letter capital, as a name begins."""
    name = _TAIL.sub("", text).strip()
    head = name.split()[:_HEAD_WORDS]
    if not head or not ctx.plan_noun(ctx.lemmas(name)):
        return None
    if not all(ctx.tools.reads_nominative(w.lower()) for w in head):
        name = _from_accusative(ctx, name) or ""
    return name[:1].upper() + name[1:] if name else None


def _from_accusative(ctx: Ctx, name: str) -> str | None:
    """`name` with its head phrase — words up to and including its first noun — put from the
    accusative into the nominative ("дорожную карту по …" → "дорожная карта по …"); None when
    a word of it reads no accusative or no noun ends it within `_ACCS_WORDS`."""
    words = name.split(" ")
    for k, word in enumerate(words[:_ACCS_WORDS]):
        low = word.lower()
        form = ctx.tools.accusative_nominative(low) if low.isalpha() else None
        if form is None:
            return None
        words[k] = form.upper() if word.isupper() else (
            word[:1] + form[1:] if word[:1].isupper() else form)
        if ctx.tools.tag(low)[0] == "NOUN":
            return " ".join(words)
    return None
