"""The body an act's operative sentence names ("Администрация N-ского района постановляет:")."""

from __future__ import annotations

import re

from extract.facts.act_subject import SUBJECT, subject_from
from extract.facts.acts import act_header
from extract.facts.ctx import Ctx, unspace
from extract.facts.lines import Chunk
from extract.facts.operative_verb import operative_at

_QUOTED_SUBJECT = re.compile(r"\s[«\"“„](?:О|Об|Обо|ОБ)\s")
_OPERATIVE_REACH = 12  # the body stands among the words before the operative verb
_PREAMBLE_CHUNKS = 1  # a page without the act's header opens with its preamble
_NAMELESS_CHUNKS = 4  # the last evidence: a nameless body's sentence near the page's top
_SUBJECT_CHUNKS = 2  # or with a portal's line and the act's subject above the preamble
_PORTAL_SUBJECT_WORDS = 80  # that subject alone in its paragraph, no preamble run into it


def _operative_words(ctx: Ctx, reach: int | None = None) -> str | None:
    """The body an act's operative sentence names: "Правительство Республики N
    постановляет:" → "Правительство Республики N" (as written, first letter capital). The
    operative verb ends its clause ("постановляет:", "РЕШИЛ:"); "позволит решить задачи" is
    no operative sentence. Without an act header only a page that opens with the preamble
    ("Руководствуясь …, Администрация N-ского района постановляет:") is read: the act's own
    sentence, not one quoted further down."""
    head = ctx.head if act_header(ctx) is not None else ctx.head[:reach or _preamble_end(ctx)]
    before: list[str] = []
    for c in head:
        own = unspace(c.text).split()
        # "… администрация N-ского района" / "ПОСТАНОВЛЯЕТ:" (the verb set as a paragraph)
        words = [*before, *own]
        before = own[-_OPERATIVE_REACH:]
        for k in range(len(words) - len(own), len(words)):
            if not operative_at(ctx, words, k):
                continue
            lem = [(ctx.lemmas(x)[-1:] or [""])[0]
                   for x in words[max(k - _OPERATIVE_REACH, 0):k]]
            base = max(k - _OPERATIVE_REACH, 0)
            bodies = ctx.vocab.org_words | ctx.vocab.assembly_words
            start = next((base + j for j in range(len(lem) - 1, -1, -1)
                          if lem[j] in bodies and _nominative_word(ctx, words[base + j])), None)
            if start is None:
                return None  # "ПОСТАНОВЛЯЮ:": the head of the body speaks, naming no body
            start = _with_adjectives(ctx, words, start, base)
            # "По МБОУ «…» «Об организации …»" / "ПРИКАЗЫВАЮ:": a heading's quoted subject
            # right over the verb (no preamble between) is no word of the body
            body = _QUOTED_SUBJECT.split(" ".join(words[start:k]))[0].strip(" ,")
            return body[:1].upper() + body[1:]
    return None


def operative_body(ctx: Ctx) -> str | None:
    """The named body of the act's operative sentence (see `_operative_words`)."""
    body = _operative_words(ctx)
    # "администрация района постановляет": a body named without its name says less
    # than the letterhead or the stamps do
    return body if body and not _nameless(body) else None


def nameless_operative_body(ctx: Ctx) -> str | None:
    """"Собрание депутатов района решило:": the body without its name, when nothing else names
    the issuer (the place the document names completes it, `issuer_finish.with_place`)."""
    # (a page may open with its adoption note and the preamble, the operative sentence set as
    # a paragraph of its own: "Принято на … заседании …" / "В соответствии с …" / "… решило:")
    body = _operative_words(ctx, max(_NAMELESS_CHUNKS, _preamble_end(ctx)))
    return body if body and _nameless(body) else None


def _nameless(body: str) -> bool:
    return not any(w.lstrip("\"«„“")[:1].isupper() for w in body.split()[1:])


def _preamble_end(ctx: Ctx) -> int:
    """How many chunks a page without the act's header may open with before its preamble ends:
    the preamble itself, or a portal's line and the act's subject printed alone above it ("…
    округ" / "О внесении изменений в постановление …" / "…, администрация района постановляет:
    1. …")."""
    notes = _amendment_notes(ctx)
    for k, c in enumerate(ctx.head[notes : notes + _SUBJECT_CHUNKS]):
        if SUBJECT.match(c.text) and len(c.text.split()) <= _PORTAL_SUBJECT_WORDS:
            end = notes + k + _subject_chunks(ctx, c) + _PREAMBLE_CHUNKS
            return end + _verb_alone(ctx, end)
    return notes + _PREAMBLE_CHUNKS + _verb_alone(ctx, notes + _PREAMBLE_CHUNKS)


def _subject_chunks(ctx: Ctx, c: Chunk) -> int:
    """How many chunks the subject opening `c` takes: "Об утверждении муниципальной программы"
    / «…» / "на 2026 – 2030 годы»" set as paragraphs of their own are one subject."""
    at = next((i for i, line in enumerate(ctx.top) if line.text == c.lines[0]), None)
    if at is None:
        return 1
    end = subject_from(ctx, at)[1]
    return max(1, len({line.chunk for line in ctx.top[at:end]}))


def _verb_alone(ctx: Ctx, k: int) -> int:
    """1 when chunk k is the operative verb set as a paragraph of its own ("ПОСТАНОВЛЯЕТ:")
    under the preamble that names the body, else 0."""
    words = unspace(ctx.head[k].text).split() if k < len(ctx.head) else []
    return int(len(words) == 1 and operative_at(ctx, words, 0))


def _amendment_notes(ctx: Ctx) -> int:
    """How many chunks a legal site's amendment note takes at the page's top ("С изменениями
    и дополнениями от:" / "12 августа 2014 г., 2 февраля, …"): the preamble comes after it."""
    k = 0
    while k < len(ctx.head) and ctx.head[k].text.strip() and ctx.vocab.amendment_dates.match(
            ctx.head[k].text.strip()):
        k += 1
    return k


def _with_adjectives(ctx: Ctx, words: list[str], start: int, base: int) -> int:
    """"Законодательное Собрание N-ской области", "Заречный районный Совет депутатов": the
    body's noun with the nominative adjectives printed before it, which are its name's words."""
    noun = start
    while start > base:
        word = words[start - 1]
        if not word.isalpha():  # "…, Законодательное Собрание": the comma ends the preamble
            break
        pos, case = ctx.tools.tag(word.lower())[:2]
        # "городской Совет": the likeliest parse reads a feminine genitive, the word is its
        # own lemma all the same (a masculine nominative); a name in capitals closing the
        # clause before ("… округа город Лесной администрация …") is no adjective of the body
        opens = start == 1 or words[start - 2].endswith(",")  # "…, Городской Совет"
        own = (word.islower() or opens) \
            and ctx.lemmas(word)[-1:] == (word.lower().replace("ё", "е"),)
        if pos != "ADJF" or (case not in ("nomn", "accs") and not own):
            break
        start -= 1
    # "… постановляет" after "… муниципального образования": a name opens with its capital
    while start < noun and not words[start][:1].isupper():
        start += 1
    return start


def _nominative_word(ctx: Ctx, word: str) -> bool:
    return word.strip("«»\"“„,.").lower().replace("ё", "е") in (ctx.lemmas(word)[-1:] or [""])
