"""A heading left open at a comma: "ПЛАН … ПО РЕАЛИЗАЦИИ КОНЦЕПЦИИ … ДО 2030 ГОДА," /
"УТВЕРЖДЕННОЙ РАСПОРЯЖЕНИЕМ … ОТ … N …," / "НА ТЕРРИТОРИИ … ОБЛАСТИ НА 2025 - 2027 ГОДЫ". The
cited document's horizon ("до 2030 года") is no end of the title, and the clause after the
comma — a participle in an oblique case agreeing with the cited noun, in capitals as much as in
lower case — is none of the stamps ("УТВЕРЖДЕНА", "УТВЕРЖДАЮ") that end a title: the title goes
on up to the plan's own years."""

from __future__ import annotations

from extract.facts.ctx import Ctx

# what a stamp or a new sentence opens with: a short participle ("УТВЕРЖДЕНА"), a verb
# ("УТВЕРЖДАЮ"); a clause going on after a comma opens with neither
_NEW_STATEMENT = frozenset({"VERB", "PRTS", "INFN"})


def goes_on_after_comma(ctx: Ctx, text: str, nxt: str) -> bool:
    """True when `text` stops at a comma and `nxt` opens a clause of the same sentence: a
    word that is neither a verb nor a short participle, not a list's number or a table's
    line."""
    if not text.rstrip().endswith(","):
        return False
    words = nxt.split()
    if not words or not words[0][:1].isalpha():
        return False
    return ctx.tools.tag(words[0].lower().strip(",.;:"))[0] not in _NEW_STATEMENT
