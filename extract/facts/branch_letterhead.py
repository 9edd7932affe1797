"""A branch's own letterhead: "Филиал муниципального бюджетного общеобразовательного
учреждения / «Луговская средняя общеобразовательная школа» / в с. Заречье" printed above a
grif that the parent school's director signs. The branch is the body printed above the title
page (docs/CONTRACT.md's order of evidence): it issued the plan, not the parent the grif names.
Its name opens with "Филиал" in the nominative (the parent in the genitive after it, as
printed) and keeps the place after it. A branch named inside a sentence ("в филиале МБОУ …",
"Филиалов не имеет") is no letterhead: the name must open the page's first line, in the
nominative, and a grif or the title must follow it.
"""

from __future__ import annotations

import re

from extract.facts.case import is_capitals, restore_case
from extract.facts.ctx import Ctx
from extract.facts.issuer_finish import TRAILING_PARENTHESES
from extract.facts.stamps import stamp_kind
from extract.facts.vocab import institution_word

_REACH = 6  # a letterhead's lines before the grif
_STAMP_IN_LINE = re.compile(r"(?<!\S)[А-ЯЁ]{6,}")  # "РАССМОТРЕНО   УТВЕРЖДАЮ": two columns




def branch_letterhead(ctx: Ctx) -> str | None:
    """The branch a letterhead names above the first grif or the title, or None."""
    top = ctx.top
    if not top or not _opens_branch(ctx, top[0].text.strip()):
        return None
    lines: list[str] = []
    for line in top[:_REACH]:
        text = line.text.strip()
        if _stamp_line(ctx, text) or (lines and _opens_title(ctx, text)):
            return _name(ctx, lines)
        cut = ctx.vocab.branch_letterhead_end.search(text)
        if cut:  # the address after the name: the letterhead's name is read
            head = text[: cut.start()].strip(" ,;")
            return _name(ctx, [*lines, head] if head else lines)
        lines.append(text)
    return None


def _opens_branch(ctx: Ctx, text: str) -> bool:
    """"Филиал …" / "ФИЛИАЛ …": a branch word in the nominative opens the line."""
    first = text.split()[0] if text.split() else ""
    if not first[:1].isupper():
        return False
    lem = ctx.lemmas(first)  # the lemma as printed: the nominative ("филиала" is a sentence's)
    return bool(lem) and lem[0] in ctx.vocab.branch_words and first.lower() == lem[0]


def _stamp_line(ctx: Ctx, text: str) -> bool:
    """A grif's word opens the line or one of its columns ("РАССМОТРЕНО   УТВЕРЖДАЮ")."""
    return bool(stamp_kind(ctx, text)) or bool(ctx.vocab.grif_other.match(text)) or any(
        stamp_kind(ctx, text[m.start():]) for m in _STAMP_IN_LINE.finditer(text))


def _opens_title(ctx: Ctx, text: str) -> bool:
    lem = ctx.lemmas(text)
    return text[:1].isupper() and bool(ctx.plan_noun(lem[:4]))


def _name(ctx: Ctx, lines: list[str]) -> str | None:
    """The branch's name: its parent an institution (a legal form's words or its short form),
    a short name in brackets left to the rules that weigh it (docs/CONTRACT.md)."""
    name = " ".join(" ".join(lines).split()).rstrip(" ,.;:")
    words = name.split()
    if len(words) < 3 or any(TRAILING_PARENTHESES.search(x) for x in lines):
        return None
    parent = [w.strip("«»\"()") for w in words[1:]]
    if not (ctx.vocab.legal_form.search(name.lower())
            or any(institution_word(ctx.vocab, w) for w in parent)):
        return None
    if is_capitals(name):
        name = restore_case(name, ctx.tools, ctx.vocab, ctx.proper_lemmas, ctx.lower_openers)
    return name
