"""Order facts: the order header, what it approves, its requisites, the issuer it names.

The document's own act is read, in this order, from the act it opens with (extract/facts/
acts.py: a letterhead's "ПРИКАЗ" or a legal site's "Постановление … от … № …"), then from the
stamp that names its approving act (extract/facts/stamps.py: "Приложение к приказу …",
"УТВЕРЖДЕНА постановлением …", "УТВЕРЖДАЮ … Приказ от …"). Acts cited in the text and notes
of later amendments are never the document's own.
"""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.acts import act_header, heading_header, letterhead_at, letterhead_header, subject
from extract.facts.body_nominative import agree_nominative, nominative_head
from extract.facts.ctx import Ctx, per_document
from extract.facts.lines import Line
from extract.facts.own_stamp import own_stamp
from extract.facts.owner_plain import typed_nominative
from extract.facts.people import signatories
from extract.facts.place_head import body_of_place_head
from extract.facts.position_text import without_acting
from extract.facts.stamps import Stamp, stamps
from extract.models import DraftSignatory

_WORD_BEFORE = re.compile(r"([А-Яа-яЁё]+)[\s.,]*$")  # the word a "№" numbers

@per_document
def order_header(ctx: Ctx) -> int | None:
    """Index in `ctx.head` of a letterhead's act line ("ПРИКАЗ"), or None."""
    for i, c in enumerate(ctx.head):
        line = c.lines[0] if c.lines else c.text  # a reader may join the lines under it
        if letterhead_at(ctx, Line(text=line, chunk=i, first=True, single=True,
                                    bold=c.bold or bool(c.heading))):
            return i
    return None


@per_document
def approved_kind(ctx: Ctx) -> tuple[str, int] | None:
    """(kind, line index) of the plan document an act's subject names: "Об утверждении
    [муниципальной] программы", "О плане мероприятий", "О внесении изменений в программу"."""
    header, text = act_header(ctx), subject(ctx)
    if header is None or not text:
        return None
    kind = subject_kind(ctx, text)
    return (kind, header.index) if kind else None


def subject_kind(ctx: Ctx, text: str) -> str | None:
    """The kind of the plan document an act's subject `text` names (see approved_kind)."""
    lem = ctx.lemmas(text)
    about = ctx.plan_noun(lem[1:]) if lem[:1] in (("о",), ("об",)) else None
    if about:  # "О плане мероприятий …", "О Государственной программе …"
        return about
    for j, w in enumerate(lem[:6]):
        if w not in ctx.vocab.approve_words:
            continue
        listed = approved_list(ctx, lem[j + 1 :])
        if listed:
            return listed
        if lem[j + 1 : j + 2] and lem[j + 1] in ctx.vocab.approved_rules:
            return None  # "об утверждении Порядка разработки … программ": a procedure
        for skip in range(4):  # "об утверждении новой редакции … программы"
            rest = lem[j + 1 + skip :]
            # the head noun decides: "об утверждении годового отчета о реализации … программы"
            # approves a report on the programme, not the programme
            skipped = lem[j + 1 : j + 1 + skip]
            if all(w in ctx.vocab.plan_adjectives for w in skipped) and any(
                    rest[: len(seq)] == seq for seq in ctx.vocab.report_openers):
                return "report"
            kind = ctx.plan_noun(rest)
            if kind:
                return kind
    return None


def approved_list(ctx: Ctx, lem: tuple[str, ...], min_words: int = 1) -> str | None:
    """The kind of a list of measures an act approves ("перечня мероприятий по организации
    …": a plan of activities), or of the plan named right after it ("перечня мероприятий
    муниципальной программы"); only lists named by `min_words` words or more."""
    for seq, kind in ctx.vocab.approved_lists:
        if len(seq) >= min_words and tuple(lem[: len(seq)]) == seq:
            return ctx.plan_noun(tuple(lem[len(seq) :])) or kind
    return None


def requisites_from_header(ctx: Ctx) -> rq.Requisites | None:
    """Number and date under a letterhead's act line ("ПРИКАЗ / 22.01.2024 № 45-од")."""
    h = letterhead_header(ctx)
    if not (h and h.requisites):
        return None
    site = heading_header(ctx)
    if h.requisites.number is None and site is not None and site.requisites.number \
            and _same_day(site.requisites.date, h.requisites.date):
        # the letterhead's number lost in the print; the site's heading over it gives the act
        # of the same day with its number ("Постановление … от 23.09.2019 № 1066")
        return rq.Requisites(h.requisites.act_type, site.requisites.number, h.requisites.date)
    return h.requisites


def _same_day(a: str | None, b: str | None) -> bool:
    """"от 14.05.2018" and "14.05.2018 г.": one date written twice (its digits agree)."""
    return bool(a and b) and re.findall(r"\d+", a or "") == re.findall(r"\d+", b or "")


def requisites_from_heading(ctx: Ctx) -> rq.Requisites | None:
    """"Постановление Администрации города N от 19.07.2010 № 450" (a legal site's heading)."""
    h = heading_header(ctx)
    return h.requisites if h and h.requisites else None


def requisites_from_footer(ctx: Ctx) -> rq.Requisites | None:
    """"Документ создан в электронной форме. № 12-01-05-345 от 01.02.2023": a document
    system's footer repeats the act's own requisites as the system registered them."""
    for c in ctx.prose:
        m = ctx.vocab.edoc_footer.search(c.text)
        if m:
            req = rq.read(ctx, m.group("req"))
            if req.number and req.date:
                return req
    return None


def _stamp(ctx: Ctx, kinds: tuple[str, ...], need_org: bool = False) -> Stamp | None:
    s = own_stamp(ctx, need_org)
    return s if s is not None and s.kind in kinds else None


def requisites_from_appendix(ctx: Ctx) -> rq.Requisites | None:
    """"Приложение N 3 / к приказу … / от 21 марта 2019 г. N 812"."""
    s = _stamp(ctx, ("appendix",))
    return s.requisites if s else None


def requisites_from_approval(ctx: Ctx) -> rq.Requisites | None:
    """"УТВЕРЖДЕНА приказом … от 01.02.2023 № 45", "УТВЕРЖДАЮ … Приказ от 31.08.2022"; a
    grif's date alone, naming no act ("УТВЕРЖДЕНА / Директор … / 18 ноября 2024 года"), is the
    day the head signed, no order's."""
    s = _stamp(ctx, ("approval", "approve_self"))
    if s is not None and s.act is None and s.kind == "approval":
        by_council = _council_decision(ctx, s.text, s.requisites.date)
        if by_council is not None:
            return by_council
    if s is None or (s.act is None and s.requisites.number is None):
        return None
    if s.act == "решение" and s.requisites.number is None:
        number = _decision_record_number(ctx, s.text)
        if number:
            return rq.Requisites(s.requisites.act_type, number, s.requisites.date)
    return s.requisites


def _council_decision(ctx: Ctx, text: str, date: str | None) -> rq.Requisites | None:
    """"УТВЕРЖДЕН Общим собранием работников … Протокол № 1 от …": an own council's approval
    naming no act word is its decision, numbered by its protocol (both number and date
    printed; a council named with neither is only a note)."""
    number = _decision_record_number(ctx, text)
    if number is None or date is None or not _own_council(ctx, text):
        return None
    return rq.Requisites("решение", number, date)


def _decision_record_number(ctx: Ctx, text: str) -> str | None:
    """"Решение педагогического совета (протокол № 2 от …)": a council's decision is numbered
    by its protocol (`decision_records`), the number right after that word."""
    for m in ctx.vocab.number.finditer(text):
        word = _WORD_BEFORE.search(text[: m.start()])
        if word and (ctx.lemmas(word.group(1))[-1:] or ("",))[0] in ctx.vocab.decision_records:
            return m.group("number")
    return None


def act_type(ctx: Ctx) -> str | None:
    """The type of the document's own act, wherever it was named."""
    h = act_header(ctx)
    if h:
        return h.act
    s = own_stamp(ctx) or next((x for x in stamps(ctx) if x.act), None)
    if s:
        return s.act
    bracket = requisites_from_bracket(ctx)
    return bracket.act_type if bracket else None


_BRACKET = re.compile(r"^\(\s*([^()]+?)\s*\)")  # a reader may join the next line on


def requisites_from_bracket(ctx: Ctx) -> rq.Requisites | None:
    """"(Приказ № 124-А от 31 августа 2023г.)" closing a title page's heading: the act that
    approved the document, in brackets, its word first and both its number and date printed
    (a bracket naming only a date or another kind of reference is no act's)."""
    for line in ctx.top:
        m = _BRACKET.match(line.text.strip())
        if not m or not letterhead_at_word(ctx, m.group(1)):
            continue
        req = rq.read(ctx, m.group(1))
        if req.number and req.date:
            return rq.Requisites(letterhead_at_word(ctx, m.group(1)), req.number, req.date)
    return None


def letterhead_at_word(ctx: Ctx, text: str) -> str | None:
    """The act type `text` opens with ("Приказ № 5 от …" → приказ), None for other text."""
    first = text.split()[0] if text.split() else ""
    return rq.act_type(ctx, first) if len(ctx.lemmas(first)) == 1 else None


def issuer_from_appendix(ctx: Ctx) -> str | None:
    """The body named in "Приложение к приказу <ORG>"."""
    s = _stamp(ctx, ("appendix",), need_org=True)
    return nominative_head(s.org, ctx) if s and s.org else None


def issuer_from_approval(ctx: Ctx) -> str | None:
    """The body in "УТВЕРЖДЕНА приказом <ORG> от …" on a title page; under "УТВЕРЖДАЮ" only
    a founder's body unit ("приказом Управления образования … от … № 14": the founder's order
    approved a task it set; a head's own grif names his institution, the grif rules' case)."""
    s = _stamp(ctx, ("approval", "approve_self"), need_org=True)
    if not s or not s.org or _common_school_noun(ctx, s.org) or _own_council(ctx, s.org):
        return None
    if s.kind == "approve_self" and not _body_unit_first(ctx, s.org):
        return None
    return nominative_head(s.org, ctx)


def _body_unit_first(ctx: Ctx, org: str) -> bool:
    """"Управления образования администрации …": the name opens with a body unit's word."""
    first = org.split()[0].strip(".,:;«\"") if org.split() else ""
    return bool(set(ctx.lemmas(first)) & ctx.vocab.body_units)


def _own_council(ctx: Ctx, org: str) -> bool:
    """"решением педагогического совета протокол № 1": the school's own council approved it;
    the school, named elsewhere, issued the document."""
    lem = ctx.lemmas(org)
    return any(lem[k : k + len(p)] == p for p in ctx.vocab.own_councils for k in range(len(lem)))


def _common_school_noun(ctx: Ctx, org: str) -> bool:
    """"приказом директора школы" → "школы": an institution's common noun alone names no body
    (the title's owner does); "администрации района" is completed by the place elsewhere."""
    words = org.split()
    if len(words) == 1 and words[0].strip(".,") in ctx.vocab.generic_institution_abbr:
        return True  # "приказом ОУ от …": the institution's kind abbreviated, no name
    return len(words) == 1 and words[0].islower() \
        and bool(set(ctx.lemmas(words[0])) & ctx.vocab.institution_words)


def issuer_from_heading(ctx: Ctx) -> str | None:
    """"Постановление Администрации города N от …" → "Администрация города N"."""
    h = heading_header(ctx)
    # "Закон Республики N от …": a law's heading names the region whose law it is, never
    # the body that passed it
    if not h or not h.org or h.act in ctx.vocab.territory_acts:
        return None
    return nominative_head(h.org, ctx)


def issuer_from_amendment(ctx: Ctx) -> str | None:
    """"(в редакции постановления Правительства N области от …)", "Постановлением … от … N …
    в настоящее приложение внесены изменения": the body that amends an act issued it. An
    amending item's note ("1. Внести в программу …, утвержденную постановлением … (в редакции
    постановления мэрии города от …)") dates the plan it amends: no note of the page's own."""
    text = " ".join(line.text for line in ctx.top[:30]
                    if not ctx.vocab.amending_text.search(line.text))
    for rx in ctx.vocab.amended_by:
        m = rx.search(text)
        if m:
            return nominative_head(" ".join(m.group("org").split()), ctx)
    return None


def _names_a_body(ctx: Ctx, text: str) -> bool:
    """"ИМДЦ", "МБОУ «…»", "Правительства Республики N", "управления образования" name a
    body; "школы", "ГИМНАЗИИ" (a position printed in capitals) do not."""
    if "«" in text or '"' in text:
        return True
    words = text.split()
    if len(words) > 1 and set(ctx.lemmas(words[0])) & ctx.vocab.body_units:
        return True  # "управления образования": a department, its name in common nouns
    for w in words:
        if w.isupper() and len(w) > 1:
            if ctx.tools.is_abbreviation(w) or w.lower() in ctx.vocab.abbreviations:
                return True
        elif w[:1].isupper():
            return True
    return False


def issuer_from_signatory(ctx: Ctx, signatories: tuple[DraftSignatory, ...]) -> str | None:
    """"Директор ИМДЦ" → "ИМДЦ": the organisation its head signs for."""
    for s in signatories[:1]:
        if not s.position:
            continue
        words = without_acting(ctx, s.position.split())
        if words and ctx.lemmas(words[0])[:1] and ctx.lemmas(words[0])[0] in ctx.vocab.issuer_heads:
            rest = " ".join(words[1:]).strip(" ,:")
            placed = body_of_place_head(ctx, words[0], rest)
            if placed:  # "Глава Заречного района" → "Администрация Заречного района"
                return placed
            if rest and _names_a_body(ctx, rest):
                # "Председатель Правительства …", "Директор МБОУ Лесной школы"
                return _school_nominative(ctx, rest) or nominative_head(rest, ctx)
    return None


_SCHOOL_WORDS = 3


def _school_nominative(ctx: Ctx, org: str) -> str | None:
    """"МБОУ Лесной школы" → "МБОУ Лесная школа", "МБОУ Лесной СОШ № 2" → "МБОУ Лесная СОШ
    № 2": after a legal form's abbreviation, a school's name in the genitive (adjectives and
    their noun or type's abbreviation, no quotes) put into the nominative; None for any other
    name."""
    words = org.split()
    if len(words) < 2 or words[0] not in ctx.vocab.institution_forms:
        return None
    for k in range(1, min(len(words), _SCHOOL_WORDS + 1)):
        if k > 1 and words[k] in ctx.vocab.institution_types:
            # "МБОУ Калининской СОШ №7": the adjectives before the type's abbreviation
            typed = typed_nominative(ctx, words[1:k], words[k])
            return " ".join([words[0], typed, *words[k + 1 :]]) if typed else None
        if not words[k].isalpha() or words[k].isupper():
            return None
        if set(ctx.lemmas(words[k])) & ctx.vocab.org_words:
            got = agree_nominative(ctx, [w.lower() for w in words[1 : k + 1]])
            if not got:
                return None
            got = [g[:1].upper() + g[1:] if w[:1].isupper() else g
                   for g, w in zip(got, words[1 : k + 1], strict=True)]
            return " ".join([words[0], *got, *words[k + 1 :]])
    return None


def issuer_from_grif_head(ctx: Ctx) -> str | None:
    """"УТВЕРЖДАЮ / Начальник управления образования администрации … района / ___ И.О.
    Фамилия": the body whose head approves the document himself (a founder's municipal task
    over the form's "Наименование муниципального учреждения …" field)."""
    if not any(s.kind == "approve_self" for s in stamps(ctx)):
        return None
    for s in ctx.once("signatories", lambda: signatories(ctx))[:1]:
        words = without_acting(ctx, (s.position or "").split())
        if len(words) < 2 or not set(ctx.lemmas(words[0])[:1]) & ctx.vocab.issuer_heads:
            continue
        rest = " ".join(words[1:])  # "школы" names no body; "управления … района" does
        if set(ctx.lemmas(words[1])[:1]) & ctx.vocab.org_words and _names_a_body(ctx, rest):
            return nominative_head(rest, ctx)
    return None


_DIGITS = re.compile(r"\d+")
_NAMING_STAMPS = ("appendix", "approval", "approve_self")


def with_fuller_number(ctx: Ctx, req: rq.Requisites | None) -> rq.Requisites | None:
    """"… от 01.04.2022 № 42" in an appendix note and "… от 01.04.2022 № 42-ОД" in the
    approval stamp name one act: the number in full ("42-ОД") wins when the date is the same
    and the fuller number only adds a suffix to the shorter one."""
    if not req or not req.number or not req.date:
        return req
    for other in (s.requisites for s in stamps(ctx) if s.kind in _NAMING_STAMPS):
        if not other.number or not other.date:
            continue
        same_day = _DIGITS.findall(other.date) == _DIGITS.findall(req.date)
        if same_day and other.number.startswith(req.number) and re.match(
                re.escape(req.number) + r"\s?[-/]\s?[А-ЯЁA-Zа-яё]", other.number):
            return rq.Requisites(act_type=req.act_type, number=other.number, date=req.date)
    return req
