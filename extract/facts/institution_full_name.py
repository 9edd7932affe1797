"""An institution's full legal name: in a plan's title, in the genitive after the plan's words
("Программа развития муниципального бюджетного общеобразовательного учреждения «Лесная средняя
школа»"), its form put into the nominative; the same in a title printed in capitals; and as a
letterhead prints it, for the institution a short name names. The short names and what they
share are extract/facts/institution.py."""

from __future__ import annotations

import re

from extract.facts import type_name
from extract.facts.body_nominative import agree_nominative
from extract.facts.case import is_capitals, restore_case
from extract.facts.ctx import Ctx
from extract.facts.institution import STOPS, same_institution
from extract.facts.place_tail import one_place_words, place_tail
from extract.facts.quoted_print import as_body_prints

_MAX_QUOTED = 200


def full_name_in_title(ctx: Ctx, title: str | None) -> str | None:
    """A school's full legal name in the genitive after the plan's words ("Программа развития
    муниципального бюджетного общеобразовательного учреждения «Лесная средняя школа» на …"),
    its form put into the nominative; not after a preposition (where the plan runs)."""
    got = _name_in_title(ctx, title or "")
    return got[0] if got else None


def full_name_and_place_in_title(ctx: Ctx, title: str | None) -> str | None:
    """`full_name_in_title` with the place printed right after the name ("… «Детский сад № 22
    «Малыш» Лесного муниципального района Заречной области" → "… Лесного муниципального
    района"): part of the name (docs/CONTRACT.md `issuer`), as extract/facts/place_tail.py
    reads it after a letterhead's; None when no place follows the name."""
    got = _name_in_title(ctx, title or "")
    if not got or got[1] < 0:
        return None
    tail = place_tail(ctx, (title or "")[got[1]:got[1] + 80])
    return f"{got[0]} {tail}" if tail else None


def _name_in_title(ctx: Ctx, title: str) -> tuple[str, int] | None:
    """`full_name_in_title`'s name and where it ends in `title` (-1 when the name is not
    printed there as read)."""
    m = ctx.vocab.legal_form.search(title)
    if not m:
        return None
    before = title[: m.start()].split()
    end = _qualified_end(title, m.end())  # "… учреждения дополнительного образования «…»"
    unquoted = None
    quoted = _quoted_at(title, end) or _dashed_at(ctx, title, end)
    if not quoted:
        quoted = unquoted = _unquoted_at(ctx, title, m.end())
    place = _place_adjective(before, m.group(0))
    if place:
        before = before[:-1]
    if not quoted or not before or before[-1].lower() in STOPS:
        return None
    form = form_nominative(ctx, [*place, *m.group(0).split()])
    if form and place:
        form = _cased_like(form, place[0])
    qualifier = type_name.in_nominative(ctx, title[m.end():end])  # "детского сада № 9"
    # "«Ягодка» общеразвивающего вида": a kindergarten's kind closes its name
    at = title.find(quoted, end)
    tail = ctx.vocab.kind_tail.match(title, at + len(quoted))
    if not form:
        return None
    name = " ".join([form, *qualifier.split(), quoted, *(tail.group(1).split() if tail else ())])
    # an unquoted name runs to the years and takes its place in: no place after it
    return name, (-1 if at < 0 or unquoted else tail.end() if tail else at + len(quoted))


def _place_adjective(before: list[str], form: str) -> list[str]:
    """"Заречненского государственного … учреждения": the place's adjective opening the
    legal form, in the form's case (its ending), capitalised; [] when there is none."""
    if not before or not before[-1][:1].isupper() or not form:
        return []
    ending = form.split()[0].lower()[-3:]
    word = before[-1]
    return [word] if ending in ("ого", "ой") and word.lower().endswith(
        ("ского", "цкого", "ской", "цкой")) and word.lower().endswith(ending) else []


def _cased_like(form: str, printed: str) -> str:
    """`form` with its first word's parts capitalised as `printed` ("Санкт-петербургское" →
    "Санкт-Петербургское")."""
    first, _, rest = form.partition(" ")
    parts = [p.capitalize() if q[:1].isupper() else p
             for p, q in zip(first.split("-"), printed.split("-"), strict=False)]
    return f"{'-'.join(parts)} {rest}".strip()


# "… учреждения – лицей № 5": the institution's kind and number after a dash, no quotes
_DASHED = re.compile(r"\s*[–—-]\s*(?P<kind>[а-яё]+)\s*(?P<number>№\s?\d{1,4})(?!\d)")


def _dashed_at(ctx: Ctx, text: str, pos: int) -> str | None:
    """The "– лицей № 5" name at `pos`: a dash, an institution's word, its number; or None."""
    m = _DASHED.match(text, pos)
    if m is None or not set(ctx.lemmas(m.group("kind"))) & ctx.vocab.institution_words:
        return None
    return f"– {m.group('kind')} {m.group('number')}"


# where an unquoted own name ends in a title: the plan's term ("на период 2016-2020 г.г.",
# "на 2021-2025 годы", "за 2022 год") or the title's end
_NAME_END = re.compile(r"\s+(?:на|за|в)\s+(?:период\s+)?(?:19|20)\d\d|[.;]?\s*$")
_UNQUOTED_WORDS = 10
_KIND_REACH = 4


def _unquoted_at(ctx: Ctx, text: str, pos: int) -> str | None:
    """"… учреждения дополнительного образования центр внешкольной работы станицы Лесной на
    период …": an own name printed without quotes after the legal form (and its qualifier),
    opening within a few words with an institution's word in the nominative, up to the
    plan's term and one place (not "… станицы Лесной Кедровского района"); or None."""
    end = _NAME_END.search(text, pos)
    words = one_place_words(ctx, text[pos: end.start() if end else len(text)].split())
    if not words or len(words) > _UNQUOTED_WORDS or any(w[:1] in "«»“”\"" for w in words):
        return None
    for w in words[:_KIND_REACH]:
        if w.isalpha() and w.islower() and set(ctx.lemmas(w)) & ctx.vocab.institution_words:
            return " ".join(words) if ctx.tools.tag(w)[1] in ("nomn", "accs") else None
    return None


def full_name_in_caps_title(ctx: Ctx, title: str | None) -> str | None:
    """`full_name_in_title` of a title printed in capitals ("ПРОГРАММА РАЗВИТИЯ
    МУНИЦИПАЛЬНОГО … УЧРЕЖДЕНИЯ «… ШКОЛА № 9»"), read in normal case; the last evidence, as a
    grif's short name (the body's own usage) goes before a name restored from capitals."""
    if not title or not is_capitals(title):
        return None
    cased = restore_case(title, ctx.tools, ctx.vocab, ctx.proper_lemmas)
    # "… «ОСНОВНАЯ … ШКОЛА № 6» СЕЛА ЛУГОВОГО ЗА 2023 ГОД": the place after it is the name's
    name = full_name_and_place_in_title(ctx, cased) or full_name_in_title(ctx, cased)
    return as_body_prints(ctx, name) if name else None


# words between a legal form and its «…» name, part of the name ("учреждения
# дополнительного образования детей «…»", "учреждения Детский сад № 24 «…»", "учреждения
# культуры Лесного сельского поселения Заречного района «…»": its founder's municipality)
# ("учреждения центра развития ребенка – детского сада первой категории «…»": two type names
# joined by a dash)
_QUALIFIER = re.compile(r"(?:\s+(?:[а-яёА-ЯЁ][а-яё-]*|№\s?\d{1,4}|[–—])){1,9}?(?=\s*[«“])")
_HEAD_TEXTS = 12


def full_name_in_head(ctx: Ctx, short: str) -> str | None:
    """The full legal name of the institution `short` names by abbreviations ("МКОУ «Лесная
    СОШ»") as a letterhead prints it, in the nominative: "Муниципальное казенное
    общеобразовательное учреждение «Лесная средняя общеобразовательная школа»" (a title's
    genitive is `full_name_in_title`'s); None when none names the same institution."""
    for text in [c.text for c in ctx.head[:_HEAD_TEXTS]]:
        for m in ctx.vocab.legal_form.finditer(text):
            head = m.group(0).split()[-1].lower()  # a letterhead's "учреждение", no genitive
            if not m.group(0)[:1].isupper() or ctx.tools.nominative(head) not in (None, head):
                continue
            quoted = _quoted_at(text, _qualified_end(text, m.end()))
            if quoted:
                full = f"{text[m.start():_qualified_end(text, m.end())].strip()} {quoted}"
                if same_institution(ctx, short, " ".join(full.split())):
                    return " ".join(full.split())
            elif (closed := _closed_by_short(ctx, text, m.start(), short)):
                return closed
    return _unquoted_line(ctx, short)


def _unquoted_line(ctx: Ctx, short: str) -> str | None:
    """"Полное наименование: Муниципальное казенное общеобразовательное учреждение Лесная
    основная общеобразовательная школа": a card's row (or a letterhead's line) spelling out
    without quotes, to its line's end, the institution `short` names; or None."""
    for c in ctx.head[:_HEAD_TEXTS]:
        for line in c.lines:
            m = ctx.vocab.legal_form.search(line)
            if not m or not m.group(0)[:1].isupper() or any(q in line for q in "«»\"“”()"):
                continue
            head = m.group(0).split()[-1].lower()
            full = " ".join(line[m.start():].split()).rstrip(".;,")
            if ctx.tools.nominative(head) in (None, head) and m.end() < len(line.rstrip()) \
                    and len(full.split()) <= _MAX_NAME_WORDS \
                    and same_institution(ctx, short, full):
                return full
    return None


# "… учреждение средняя … школа № 5 имени … района (МБОУ СОШ № 5)": an unquoted letterhead
# name the body's short name in parentheses closes (short_name.py reads that short name)
_BRACKETED = re.compile(r"\(\s*([^()]{2,60}?)\s*\)")
_MAX_NAME_WORDS = 32


def _closed_by_short(ctx: Ctx, text: str, start: int, short: str) -> str | None:
    """The unquoted full name from `start` to the parentheses right after it, when both the
    parenthesised short name and `short` name the institution it spells out; else None."""
    m = _BRACKETED.search(text, start)
    if not m:
        return None
    full = " ".join(text[start:m.start()].split())
    if not full or len(full.split()) > _MAX_NAME_WORDS or any(c in full for c in "«»\"“”"):
        return None
    return full if same_institution(ctx, m.group(1), full) \
        and same_institution(ctx, short, full) else None


def _qualified_end(text: str, end: int) -> int:
    q = _QUALIFIER.match(text, end)
    return q.end() if q else end


# After a kindergarten's «…» name, its short designation and a second «…» name are part of it:
# "«Центр развития ребенка» д/с №1 «Сказка»"
_SECOND_NAME = re.compile(r"(?:\s+(?:[а-яё]{1,3}/[а-яё]{1,3}|№\s?\d{1,3}|[А-ЯЁ]{2,6})){1,3}"
                          r"\s*«[^«»]{1,60}»")


_CURLY = re.compile(rf"“([^“”«»\"]{{1,{_MAX_QUOTED}}}?)\s*”")


def _quoted_at(text: str, pos: int) -> str | None:
    """The «…» name opening at `pos` (after spaces), quotes inside it kept ("«Детский сад № 4
    «Ромашка»»", "«Центр развития ребенка - детский сад «Надежда»" printed with one closing
    quote for both), a second name after a short designation kept ("«…» д/с №1 «Сказка»"),
    or None."""
    rest = text[pos:].lstrip()
    if rest.startswith("“"):  # English-style quotes, a stray space before the closing one
        curly = _CURLY.match(rest)
        return f"“{curly.group(1).strip()}”" if curly else None
    if not rest.startswith("«"):
        return None
    depth = 0
    for k, ch in enumerate(rest[:_MAX_QUOTED]):
        depth += (ch == "«") - (ch == "»")
        if depth == 0:
            second = _SECOND_NAME.match(rest, k + 1)
            return rest[: second.end() if second else k + 1]
    inner = rest.find("«", 1, _MAX_QUOTED)
    close = rest.find("»", inner, _MAX_QUOTED) if inner > 0 else -1
    return rest[: close + 1] if close > 0 and depth == 1 and "»" not in rest[:inner] else None


def form_nominative(ctx: Ctx, words: list[str]) -> str | None:
    """"муниципального бюджетного … учреждения" → "Муниципальное бюджетное … учреждение": the
    head noun's nominative, its adjectives agreeing with it (a neuter head: "-ого" → "-ое")."""
    got = agree_nominative(ctx, [w.lower() for w in words])
    if got is None:
        return None
    text = " ".join(got)
    return text[:1].upper() + text[1:]


# "средней общеобразовательной школы № 42 муниципального образования Абинский район": an
# unquoted type name in the genitive with its number, and what follows it up to the plan's
# words ("на 2024-2028 годы", "за 2023 год") or the title's end
_NUMBERED = re.compile(r"^\s*((?:[а-яё]+\s+){0,3}[а-яё]+)\s+(№\s*\d+)"
                       r"((?:\s+(?!(?:на|за|в|по|о|об)\s)\S+){0,6}?)\s*(?=\s(?:на|за|в|по)\s|$)")


def numbered_full_name_in_title(ctx: Ctx, title: str | None) -> str | None:
    """"Публичный доклад … муниципального бюджетного … учреждения средней общеобразовательной
    школы № 42 …": an unquoted numbered school in the genitive, put into the nominative (after
    the rules naming a body that signs or approves: their short name stands)."""
    m = ctx.vocab.legal_form.search(title or "")
    if not m or not title:
        return None
    before = title[: m.start()].split()
    numbered = numbered_name(ctx, title[m.end():])
    if not numbered or not before or before[-1].lower() in STOPS:
        return None
    form = form_nominative(ctx, m.group(0).split())
    return f"{form} {numbered}" if form else None


def numbered_name(ctx: Ctx, rest: str) -> str | None:
    """The type name after a legal form put into the nominative with its number and tail."""
    m = _NUMBERED.match(rest)
    if not m:
        return None
    words = m.group(1).split()
    # "детского сада общеразвивающего вида № 22": the type's noun heads the name, the
    # genitive after it ("общеразвивающего вида") stays as printed
    at = next((i for i, w in enumerate(words[:-1])
               if set(ctx.lemmas(w)) & ctx.vocab.institution_words), len(words) - 1)
    if ctx.tools.tag(words[at])[1] != "gent":
        return None
    kind = agree_nominative(ctx, words[: at + 1])
    tail = one_place_words(ctx, m.group(3).split())  # "№ 3 посёлка Ягодный": one place
    return " ".join([*kind, *words[at + 1:], m.group(2), *tail]) if kind else None


# where a legal form's name ends (its qualifier, its «…» name), read by the issuer vote too
# (extract/facts/issuer_vote.py)
qualified_end = _qualified_end
quoted_at = _quoted_at
