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

import re

from extract.facts.body_nominative import agree_nominative
from extract.facts.case import is_capitals, restore_case
from extract.facts.ctx import Ctx
from extract.facts.institution import same_institution
from extract.facts.institution_form import issuer_from_form
from extract.facts.institution_full_name import (
    form_nominative,
    full_name_and_place_in_title,
    full_name_in_head,
    full_name_in_title,
    numbered_full_name_in_title,
)
from extract.facts.place_tail import one_place_words, place_tail
from extract.facts.quoted_print import as_body_prints
from extract.facts.title_named_owner import nominative_name_in_title


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
        got = as_body_prints(ctx, name) if name else typed_full_name(ctx, text)
    else:
        got = full_name_and_place_in_title(ctx, title) or full_name_in_title(ctx, title) \
            or numbered_full_name_in_title(ctx, title) or typed_full_name(ctx, title) \
            or nominative_name_in_title(ctx, title)
    return got or None



# where a title's unquoted name ends: its years ("за 2023 календарный год", "на 2024-2025
# учебный год") or the title's end
_NAME_END = re.compile(r"\s+(?:за|на)\s+(?:19|20)\d\d|[.;]?\s*$")
_TYPE_REACH = 6  # "дополнительного образования детско-юношеской спортивной школы": the
# type's noun after the form's qualifier and its own adjectives


def typed_full_name(ctx: Ctx, title: str) -> str | None:
    """"… муниципального автономного учреждения центра дополнительного образования города
    Энска за 2023 год" → "Муниципальное автономное учреждение центр дополнительного образования
    города Энска": an unquoted type name in the genitive after the legal form, its noun and
    the adjectives before it put into the nominative (an adjective in brackets after it too:
    "школы (кадетской)" → "школа (кадетская)"), the form's qualifier before it and the words
    after it as printed, up to the place printed after them and the title's years; None when
    the words are not so."""
    m = ctx.vocab.legal_form.search(title)
    if m is None or not title[: m.start()].split():
        return None
    end = _NAME_END.search(title, m.end())
    words = one_place_words(ctx, title[m.end(): end.start() if end else len(title)].split())
    at = next((k for k, w in enumerate(words[:_TYPE_REACH])
               if set(ctx.lemmas(w)) & ctx.vocab.institution_words), None)
    if at is None or not all(w.replace("-", "").isalpha() and w.islower() for w in words[:at + 1]):
        return None
    # "учреждения дополнительного образования детско-юношеской спортивной школы": the form's
    # qualifier before the type's adjectives stays as printed
    q = at
    while q and _genitive_adjective(ctx, words[q - 1]):
        q -= 1
    cut = next((k for k in range(at + 1, len(words) + 1)
                if k == len(words) or place_tail(ctx, " " + " ".join(words[k:])) == " ".join(
                    words[k:])), len(words))
    kind = agree_nominative(ctx, words[q : at + 1])
    form = form_nominative(ctx, m.group(0).split())
    after = [_bracketed_agreeing(ctx, w, words[at]) for w in words[at + 1 : cut]]
    if not kind or not form or not all(w.islower() for w in after):
        return None
    return " ".join([form, *words[:q], *kind, *after, *words[cut:]])


def _bracketed_agreeing(ctx: Ctx, word: str, noun: str) -> str:
    """"(кадетской)" after "школы" → "(кадетская)": a bracketed adjective agreeing with the
    type's noun put into the nominative with it; any other word as printed."""
    inner = word[1:-1] if word.startswith("(") and word.endswith(")") else ""
    if not inner.isalpha() or not _genitive_adjective(ctx, inner):
        return word
    agreed = agree_nominative(ctx, [inner, noun.lower()])
    return f"({agreed[0]})" if agreed else word


# an adjective's genitive endings ("средней", "спортивной", "детского"): its likeliest parse may
# be another case of the same form ("кадетской" as an instrumental)
_GENITIVE_ENDS = ("ой", "ей", "ого", "его")


def _genitive_adjective(ctx: Ctx, word: str) -> bool:
    """An adjective printed with a genitive ending ("детско-юношеской": its last part's)."""
    part = word.split("-")[-1].lower()
    return part.isalpha() and part.endswith(_GENITIVE_ENDS) and ctx.tools.tag(part)[0] == "ADJF"
