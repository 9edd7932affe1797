"""A report's issuer in full (docs/CONTRACT.md `issuer`: an institution's orders and reports
keep its full name).

A report's grif or title often names its institution by the short name ("УТВЕРЖДАЮ / Директор
МАОУ «Гимназия № 7»", "Отчет о самообследовании МБУ ДО «ДДТ» за 2023 год") while the report
prints the full one elsewhere: its letterhead, its title in the genitive ("Отчет о результатах
самообследования / муниципального автономного общеобразовательного учреждения / «Гимназия № 7» /
города Лесногорска / за 2023 год"), or the card of its first section ("Наименование
образовательной организации | Муниципальное бюджетное учреждение … «Дом детского творчества»
Заречного муниципального округа (МБУ ДО «ДДТ»)", "Полное наименование | …"). The full name of
the same institution (`same_institution`, a report's initials allowed: "МБУ ДО ЦДТ" is spelt by
"… Центр детского творчества") is the issuer, the place printed right after it kept.
Evidence in the order of the body's own print: the letterhead, the card (both in the
nominative as the body writes itself), then the title (its genitive put into the nominative).
"""

from __future__ import annotations

from extract.facts.case import is_capitals, restore_case
from extract.facts.ctx import Ctx
from extract.facts.institution import same_institution
from extract.facts.institution_form import issuer_from_form
from extract.facts.institution_full_name import (
    full_name_and_place_in_title,
    full_name_in_head,
    full_name_in_title,
    numbered_full_name_in_title,
)
from extract.facts.quoted_print import as_body_prints


def full_name_of_report(ctx: Ctx, short: str, title: str | None) -> tuple[str, str] | None:
    """(the full name, the rule that read it) of the institution `short` names, as the
    report prints it (see the module docstring); None when it prints none."""
    readers = (("report_full_name", lambda: full_name_in_head(ctx, short)),
               ("report_full_name_card", lambda: issuer_from_form(ctx, report=False)),
               ("report_full_name_title", lambda: title_full_name(ctx, title)))
    for rule, read in readers:
        full = read()
        if full and ctx.vocab.legal_form.match(full.lower()) \
                and same_institution(ctx, short, full, initials=True):
            return full, rule
    return None


def title_full_name(ctx: Ctx, title: str | None) -> str | None:
    """The full name a title prints in the genitive, in the nominative with the place after
    it; a title in capitals read in normal case, its quoted name as the text prints it."""
    if not title:
        return None
    if is_capitals(title):
        text = restore_case(title, ctx.tools, ctx.vocab, ctx.proper_lemmas, ctx.lower_openers)
        name = full_name_and_place_in_title(ctx, text) or full_name_in_title(ctx, text)
        return as_body_prints(ctx, name) if name else None
    return full_name_and_place_in_title(ctx, title) or full_name_in_title(ctx, title) \
        or numbered_full_name_in_title(ctx, title)
