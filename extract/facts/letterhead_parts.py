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
