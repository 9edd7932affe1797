"""A signatory's name and position as stored: a name printed in capitals in normal case with
its initials spaced, a position in sentence case with its head word in the nominative."""

from __future__ import annotations

import re

from extract.facts.case import is_capitals, restore_case
from extract.facts.ctx import Ctx
from extract.facts.lines import squash


def nominative_head(ctx: Ctx, text: str) -> str:
    """A grif's "УТВЕРЖДЕНО: Директором школы" names who approved in the instrumental; the
    position is the head word's nominative ("Директор школы"), the words after it as written."""
    head, _, rest = text.partition(" ")
    part, case = ctx.tools.tag(head) if head.isalpha() else ("", "")
    if case != "ablt" or ctx.tools.lemma(head) not in ctx.vocab.position_heads:
        return text
    if part == "NOUN":
        word = ctx.tools.lemma(head)
    elif part == "PRTF" and head.endswith("им"):  # "Заведующим" → "Заведующий"
        word = head[:-2].lower() + "ий"
    else:
        return text
    nominative = word[:1].upper() + word[1:] if head[:1].isupper() else word
    return f"{nominative} {rest}".strip()


def normal_case(ctx: Ctx, text: str) -> str:
    """A position printed in capitals in sentence case ("ДИРЕКТОР ГИМНАЗИИ" → "Директор
    гимназии"); one word is a position word, not an abbreviation ("ДИРЕКТОР" → "Директор")."""
    if not is_capitals(text):
        return text
    if len(text.split()) == 1:
        return text[:1] + text[1:].lower() if text.strip(".").isalpha() else text
    acting, rest = _acting_apart(ctx, text)
    if acting and rest:  # "И.О. ГЛАВЫ АДМИНИСТРАЦИИ …" → "И.о. главы администрации …"
        head = normal_case(ctx, rest)
        # "ИО ДИРЕКТОРА": two initials run together stay an abbreviation ("ИО директора"), as
        # "И.О." keeps its first ("И.о."); a word ("ВРИО", "ИСПОЛНЯЮЩИЙ") goes to normal case
        kept = acting if len(acting) == _RUN_INITIALS and acting.isalpha() else \
            f"{acting[:1]}{acting[1:].lower()}"
        return f"{kept} {head[:1].lower()}{head[1:]}"
    return restore_case(text, ctx.tools, ctx.vocab, ctx.proper_lemmas, ctx.lower_openers)


# "РечнойД.Е.": a surname a copy glued to the initials after it, at a piece's end
_GLUED_INITIALS = re.compile(r"(?<=[а-яё])(?=[А-ЯЁ]\.\s?[А-ЯЁ]\.$)")


def part_glued_initials(text: str) -> str:
    """A name whose surname a copy glued to its closing initials parted ("______ РечнойД.Е."
    → "______ Речной Д.Е."); any other text as it is."""
    return _GLUED_INITIALS.sub(" ", text)


_GLUED_ACTING = re.compile(r"^((?:[А-ЯЁ]\.\s?){1,3})(?=[А-ЯЁ]{3,})")
_RUN_INITIALS = 2  # "ИО": the acting prefix's two initials printed without full stops
_ACTING_WORDS = 4  # "И. О." / "ВР. И. О." / "ИСПОЛНЯЮЩИЙ ОБЯЗАННОСТИ"


def _acting_apart(ctx: Ctx, text: str) -> tuple[str, str]:
    """(acting prefix, the position it stands for) of a position opening with one ("И.О.",
    "ВРИО", "ИСПОЛНЯЮЩИЙ ОБЯЗАННОСТИ" — facts.yaml `acting_prefixes`) before a position's head
    word; ("", text) without one."""
    words = _GLUED_ACTING.sub(r"\1 ", text).split()  # "И.О.ГЛАВЫ": the prefix glued on
    for k in range(1, min(len(words), _ACTING_WORDS + 1)):
        rest = words[k:]
        if tuple(ctx.lemmas(" ".join(words[:k]))) in ctx.vocab.acting_prefixes and rest \
                and ctx.tools.lemma(rest[0].strip(".,").lower()) in ctx.vocab.position_heads:
            return " ".join(words[:k]), " ".join(rest)
    return "", text


_INITIALS = re.compile(r"^((?:[А-ЯЁ]\.\s?)+)(.+)$")
_INITIALS_AFTER = re.compile(r"^(.+?)\s((?:[А-ЯЁ]\.\s?)+)$")


def clean_name(name: str) -> str:
    """A name as written, whitespace normalised; a surname printed in capitals gets a capital
    and lower case, the initials a space after them ("Е.В.ТАРАБАНОВА" → "Е.В. Тарабанова",
    "СОКОЛОВА А.Б." → "Соколова А.Б.")."""
    name = squash(name)
    m = _INITIALS.match(name)
    if m and _caps_surname(m.group(2)):
        return f"{m.group(1).replace(' ', '')} {_surname(m.group(2))}"
    m = _INITIALS_AFTER.match(name)
    if m and _caps_surname(m.group(1)):
        return f"{_surname(m.group(1))} {m.group(2).strip()}"
    return name


def _caps_surname(text: str) -> bool:
    return len(text) > 2 and text.isupper() and text.replace("-", "").isalpha()


def _surname(text: str) -> str:
    """"СОКОЛОВА-ЛЕБЕДЕВА" → "Соколова-Лебедева"."""
    return "-".join(p.capitalize() for p in text.split("-"))
