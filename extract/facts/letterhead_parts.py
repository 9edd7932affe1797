"""Parts of a school's letterhead the issuer rules (extract/facts/issuer.py) join or skip: a
legal form broken one word a line, a letterhead printed under an appendix note."""

from __future__ import annotations

from extract.facts.ctx import Ctx


def with_legal_form(ctx: Ctx, pending: list[str], line: str) -> str:
    """The body's first line with the legal form's words above it ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ
    ОБЩЕОБРАЗОВАТЕЛЬНОЕ" / "УЧРЕЖДЕНИЕ «…»"; a PDF's narrow cell gives one word a line:
    "МУНИЦИПАЛЬНОЕ" / "АВТОНОМНОЕ" / "ОБЩЕОБРАЗОВАТЕЛЬНОЕ" / "УЧРЕЖДЕНИЕ …"), the most lines
    that still open with a legal form."""
    for k in range(len(pending), 0, -1):
        joined = " ".join([*pending[-k:], line])
        if ctx.vocab.legal_form.match(joined.lower()):
            return joined
    return line


def after_appendix_note(ctx: Ctx, lines: list[str]) -> list[str]:
    """The letterhead under an appendix note: from the line opening with a body's legal form
    ("Муниципальное бюджетное … учреждение …"), none when no line does."""
    k = next((j for j, x in enumerate(lines) if ctx.vocab.legal_form.match(x)), None)
    return lines[k:] if k is not None else []


def founder_split(ctx: Ctx, line: str) -> list[str]:
    """"Комитет по образованию администрации города Лесного муниципальное автономное
    дошкольное образовательное учреждение «Детский сад № 4»": a text export joined a
    two-level letterhead's lines (the lower one opens in lower case, read as the upper one's
    run-on) — the founder's body over the institution; cut where the institution's legal form
    opens in the nominative after a line that opens with a body's word, or where a department's
    noun does in capitals ("АДМИНИСТРАЦИЯ … РАЙОНА УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"). Other lines are left
    whole."""
    words = line.split()
    if len(words) < 4 or not set(ctx.lemmas(words[0])) & ctx.vocab.org_words:
        return [line]
    for k in range(2, len(words) - 1):
        w = words[k]
        if not w.isalpha() or ctx.tools.tag(words[k - 1].lower())[0] in \
                ctx.vocab.founder_split_not_after:
            continue  # "… по муниципальное": no name ends on a preposition or conjunction
        if w.lower() in ctx.vocab.body_units and words[k - 1].isupper() and w.isupper():
            # "АДМИНИСТРАЦИЯ … РАЙОНА УПРАВЛЕНИЕ ОБРАЗОВАНИЯ": a PDF's reading joined the
            # department's line to its administration's; the unit's noun in the nominative
            return [" ".join(words[:k]), " ".join(words[k:])]
        if ctx.tools.tag(w.lower()) != ("ADJF", "nomn"):
            continue
        rest = " ".join(words[k:])
        form = ctx.vocab.legal_form.match(rest.lower())
        # "… учреждение": the institution's noun in the nominative, not a genitive run-on
        if form and ctx.tools.tag(form.group(0).split()[-1]) == ("NOUN", "nomn"):
            return [" ".join(words[:k]), rest]
    return [line]
