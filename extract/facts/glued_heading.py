"""A heading a site's copy glued to the body text under it, the line breaks lost with their
spaces: "Анализ выполнения мероприятий программы«Развитие … города Нижневартовскадетского сада …
на 2015 – 2020 годы»за 2016 -2017 учебный годЭффективность развития …". The heading ends where a
lower-case word runs into a capitalised one outside quotes, after the heading's years; the
spaces lost at the quotes and between a capitalised name and the lower-case word after it are
put back (each half a word the dictionary knows, the glued whole one it does not)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import open_quote
from extract.facts.lost_spaces import restore_spaces

_SEAM = re.compile(r"(?<=[а-яё]{2})(?=[А-ЯЁ][а-яё]{2})")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_AFTER_CLOSE = re.compile(r"([»”])(?=[а-яё])")
_MAX_WORDS = 60  # a heading is read from the paragraph's start, this far at most
_MIN_PART = 4  # letters of each half of a glued pair of words


def glued_heading(ctx: Ctx, text: str) -> str | None:
    """The heading opening `text` when the body runs on right after it; None when no seam
    outside quotes follows the heading's years within its first words."""
    start = " ".join(text.split()[:_MAX_WORDS])
    for m in _SEAM.finditer(start):
        head = start[: m.start()]
        if open_quote(head) or not _YEAR.search(head):
            continue
        head = _AFTER_CLOSE.sub(r"\1 ", restore_spaces(ctx.vocab, head))
        return " ".join(_unglued(ctx, w) for w in head.split())
    return None


def _unglued(ctx: Ctx, word: str) -> str:
    """"Нижневартовскадетского" → "Нижневартовска детского": a capitalised word the dictionary
    does not know, split where both halves are words it knows, the second in lower case (one
    such split only)."""
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()) \
            or ctx.tools.is_known(word):
        return word
    cuts = [k for k in range(_MIN_PART, len(word) - _MIN_PART + 1)
            if ctx.tools.is_known(word[:k]) and ctx.tools.is_known(word[k:])]
    return f"{word[: cuts[0]]} {word[cuts[0]:]}" if len(cuts) == 1 else word


# "… Республики Лесной Петровой Анны Ивановны ИНФОРМАЦИОННАЯ СПРАВКА Муниципальное …": the
# body's first heading in capitals, two words or more of the dictionary's, after a word in
# lower case or a name
_CAPS_RUN = re.compile(r"(?<=[а-яё»\"])\s+(?P<run>[А-ЯЁ]{3,}(?:\s+[А-ЯЁ]{2,})+)(?=\s|$)")
_MIN_HEAD_WORDS = 4


def caps_seam_heading(ctx: Ctx, text: str) -> str | None:
    """The heading opening `text`, saying no years, when the body runs on under its first
    section heading in capitals (a page copied as one line: "Публичный доклад руководителя …
    ИНФОРМАЦИОННАЯ СПРАВКА …"): the words before that section heading; None when none
    follows within the heading's reach, or a sentence ends before it."""
    start = " ".join(text.split()[:_MAX_WORDS])
    for m in _CAPS_RUN.finditer(start):
        words = m.group("run").split()
        if not all(ctx.tools.is_known(w.lower()) for w in words):
            continue  # "МБДОУ ЗМР": a short name, no heading
        head = start[: m.start()].strip()
        if len(head.split()) < _MIN_HEAD_WORDS or re.search(r"[а-яё]{2}[.!?]\s", head):
            return None
        return head
    return None
