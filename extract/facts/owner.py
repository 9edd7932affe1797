"""The owner a plan names in the genitive on lines of its own under its heading ("План
мероприятий …" / "Муниципального бюджетного дошкольного образовательного учреждения" /
"Детского сада № 45 «Ромашка»"): the institution's full name, which completes the short name
a site's card or a grif gave."""

from __future__ import annotations

from extract.facts.body_nominative import agree_nominative
from extract.facts.ctx import Ctx
from extract.facts.institution import institution_at, institution_nominative, same_institution
from extract.facts.institution_full_name import (
    form_nominative,
    full_name_and_place_in_title,
    full_name_in_title,
)
from extract.facts.lines import Chunk
from extract.facts.name_end import before_predicate
from extract.facts.school_place import settlement_words

_REACH = 12  # the owner's lines stand right under the heading, at the page's top
_NAME_WORDS = 12
_HEADING_CHUNKS = 4


def owner_in_full(ctx: Ctx, short: str) -> str | None:
    """The full name, in the nominative, of a legal form printed alone in the genitive and
    the institution's own name on the next line, when it names the institution `short`
    names; else None."""
    head = ctx.head[:_REACH]
    for i in range(len(head) - 1):
        full = _form_and_name(ctx, head, i)
        if full and same_institution(ctx, short, full):
            return full
    return None


def _form_and_name(ctx: Ctx, head: tuple[Chunk, ...], i: int) -> str | None:
    """A legal form alone in the genitive in block i and the institution's own name in the
    next block, in the nominative."""
    c = head[i]
    m = ctx.vocab.legal_form.match(c.text.strip())
    if m is None or m.end() != len(c.text.strip()) or not c.text[:1].isupper() \
            or ctx.lemmas(c.text)[:1] == (c.text.split()[0].lower(),):
        return None  # a form in the nominative is a letterhead's, read elsewhere
    rest = _before_period(ctx, head[i + 1].text.strip())
    if not rest.lstrip("«\"“")[:1].isupper() or len(rest.split()) > _NAME_WORDS:
        return None
    form = form_nominative(ctx, c.text.split())
    return f"{form} {type_nominative(ctx, rest)}" if form else None


def _before_period(ctx: Ctx, name: str) -> str:
    """"«Детский сад «Лесок» за 2019 год" → "«Детский сад «Лесок»": a heading's last line
    running the name on into the report's year or the plan's term, which is no part of it."""
    ends = [m.start() for rx in ctx.vocab.period_title if (m := rx.search(name)) and m.start()]
    return name[: min(ends)].strip() if ends else name


def owner_under_title(ctx: Ctx, title: str | None) -> str | None:
    """A report's heading over its institution in the genitive, the legal form alone in one
    block and the name in the next ("Пояснительная записка к отчету … за 1 квартал 2024 года" /
    "Муниципального бюджетного дошкольного образовательного учреждения" / "«Детский сад №1
    …»"): the institution in the nominative, its full name (CONTRACT `issuer`: reports)."""
    if not title:
        return None
    words = title.split()
    head = ctx.head[:_REACH]
    for i, c in enumerate(head[:-2]):
        own = c.text.split()
        if own and words[-len(own):] == own:  # the block the title ends with
            return _form_and_name(ctx, head, i + 1)
    return None


def type_nominative(ctx: Ctx, name: str) -> str:
    """"Детского сада № 45 «Ромашка»" → "Детский сад № 45 «Ромашка»": the type's words before
    the number or the quote agree with their noun; the rest as printed (or word by word)."""
    words = name.split()
    k = next((k for k, w in enumerate(words) if not w.isalpha()), len(words))
    got = agree_nominative(ctx, [w.lower() for w in words[:k]]) if k else None
    if not got:
        return institution_nominative(ctx, name)
    typed = " ".join(got)
    return " ".join([typed[:1].upper() + typed[1:] if name[:1].isupper() else typed, *words[k:]])


def owner_in_heading(ctx: Ctx, place: bool = False) -> str | None:
    """The institution a title page's heading names by its full legal form in the genitive
    further on ("Календарный план … / на основе образовательной программы … / муниципального
    бюджетного дошкольного образовательного учреждения «…»"), in the nominative: the plan is
    that institution's own (not after a preposition: where the plan is carried out). With
    `place`, only a name the heading prints a place right after ("«…» с. Луговое"), kept."""
    head = ctx.head[:_HEADING_CHUNKS + 1]
    for i, c in enumerate(head[:_HEADING_CHUNKS]):
        if not ctx.plan_noun(ctx.lemmas(c.text)[:4]) or c.text[:1].islower():
            continue
        text = c.text
        for nxt in head[i + 1 :]:  # "на основе …" in a paragraph of its own: the heading goes on
            if not nxt.text[:1].islower():
                break
            text = f"{text} {nxt.text}"
        got = full_name_in_title(ctx, text)
        if got:
            return full_name_and_place_in_title(ctx, text) if place else got
    return None


_ASSESSED_CHUNKS = 40  # the explanatory note's first paragraphs
_NAME_ENDS = ("VERB", "PRTS", "INFN")  # "… проведено", "… проводилось": the sentence's verb


def owner_assessed(ctx: Ctx) -> str | None:
    """A report naming its institution only in the sentence on what was examined
    ("Самообследование муниципального казённого общеобразовательного учреждения основной
    общеобразовательной школы с. Лесное проведено …"): the legal form and the name in the
    nominative (the name's words before a settlement, a number or a quote agree with their
    noun; the rest as printed)."""
    for c in ctx.prose[:_ASSESSED_CHUNKS]:
        # the sentence opens its paragraph or one of its lines (a text export may run the
        # note's heading into it)
        at = next((k for k, line in enumerate(c.lines) if line.split()[:1] and set(
            ctx.lemmas(line.split()[0])) & ctx.vocab.assessed_subjects), None)
        if at is None:
            continue
        rest = " ".join(" ".join(c.lines[at:]).split()[1:])
        m = ctx.vocab.legal_form.match(rest)
        if m is None:
            continue
        name: list[str] = []
        for w in rest[m.end():].split()[:_NAME_WORDS]:
            if w.isalpha() and ctx.tools.tag(w.lower())[0] in _NAME_ENDS:
                break
            name.append(w)
        form = form_nominative(ctx, m.group(0).split())
        if form and name:
            return f"{form} {type_nominative(ctx, ' '.join(name)).strip(' ,;:')}"
    return None


_AFTER_TITLE_WORDS = 20


def owner_after_title(ctx: Ctx, title: str | None) -> str | None:
    """A page flattened into one paragraph: the report's title, then the body's first sentence
    opening with the institution's full name in the nominative ("Анализ работы школы за 2013-
    2014 учебный год Муниципальное … школа № 1 г. Лесного осуществляет …"): the name up to
    its sentence's verb."""
    if not title:
        return None
    for c in ctx.head[:_REACH]:
        at = c.text.find(title)
        if at < 0:
            continue
        rest = c.text[at + len(title):].strip()
        m = ctx.vocab.legal_form.match(rest)
        if not m:
            return None
        words = rest.split()
        name = before_predicate(ctx, words[:_AFTER_TITLE_WORDS])
        if len(name) >= min(len(words), _AFTER_TITLE_WORDS):
            return None
        return _nominative_form(ctx, " ".join(name).rstrip(" ,;:."), m.group(0))
    return None


def _nominative_form(ctx: Ctx, name: str, form: str) -> str | None:
    """The name with its legal form in the nominative ("Муниципального бюджетного …
    учреждения «…»", the title's genitive run on into the body → "Муниципальное бюджетное …
    учреждение «…»"); None when the form cannot be put so."""
    head = form.split()[-1].lower()
    if ctx.tools.nominative(head) in (None, head):
        return name  # already in the nominative
    got = form_nominative(ctx, form.split())
    return f"{got}{name[len(form):]}" if got and name.startswith(form) else None


def short_owner_under_title(ctx: Ctx, title: str | None) -> str | None:
    """A report's heading over its institution's short name on a line of its own: "Отчет по
    проведению мероприятий … в 2017 году" / "МОБУ Лесная СОШ № 2 и филиал МОБУ Лесная СОШ № 2",
    "Аналитическая записка" / "о результатах самообследования … за 2019 год" / "МБОУ ООШ № 4 г.
    Лесного": the name as printed, a town after it included; a branch joined to it by "и" is
    the owner's part, not a second owner. None when the line holds anything else."""
    if not title:
        return None
    lines = [line.text.strip() for line in ctx.top[:_REACH * 2]]
    for k, text in enumerate(lines[:-1]):
        if not text or not title.endswith(text):
            continue  # the printed line the title ends with
        # "МБДОУ «…» Лесного района Были проведены …": the sentence joined on is no name's part
        below = before_predicate(ctx, _before_joined(lines[k + 1].split()))
        name = _short_owner(ctx, below)
        if not name or len(below) > _NAME_WORDS:
            return None
        rest = below[len(name.split()):]  # "… № 4 г. Лесного": the town is the name's part
        return " ".join(below) if len(settlement_words(ctx, rest)) == len(rest) else None
    return None


def _short_owner(ctx: Ctx, words: list[str]) -> str | None:
    """The institution a line opens with: a known name, or a short form ("МБУ ДО «…»")."""
    if not words:
        return None
    if words[0] in ctx.vocab.institution_forms:
        return " ".join(words)
    return institution_at(ctx, words)


def _before_joined(words: list[str]) -> list[str]:
    """The words before an "и" outside quotes ("… СОШ № 2 и филиал …")."""
    depth = 0
    for k, w in enumerate(words):
        if w == "и" and depth == 0:
            return words[:k]
        depth += w.count("«") - w.count("»")
    return words
