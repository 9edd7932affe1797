"""The last-resort issuer of an institution's document: a vote over the institution names at
its top.

When no rule reading one layout found the issuer of a school's or kindergarten's programme,
plan or report, the document still names its institution near the top: a cover's full name
(in capitals, on a page a text export flattened into one line), a name in the genitive in the
title's sentence ("Пояснительная записка к отчету … муниципального … учреждения «…» за …"), a
report form's field value ("… УЧРЕЖДЕНИЕМ МБДОУ детский сад «…» (наименование учреждения)").
Each is a candidate; a candidate scores for standing near the top, for being named again (the
same institution, `same_institution`), for being complete (a closing quote, a number, a type
noun) and for how it is named; the best over a minimum wins. A name whose end is not sure (no
quote, no number closing it) is no candidate: an issuer wrongly given costs as much as a miss.
The weights are data (extract/vocab/facts.yaml `issuer_vote`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.facts.case import is_capitals, restore_case
from extract.facts.ctx import Ctx
from extract.facts.institution import STOPS, form_word, institution_at, same_institution
from extract.facts.institution_full_name import (
    full_name_and_place_in_title,
    full_name_in_caps_title,
    full_name_in_title,
    numbered_full_name_in_title,
    qualified_end,
    quoted_at,
)
from extract.facts.letterhead_lines import units
from extract.facts.name_end import before_predicate
from extract.facts.owner_sentence import sentence_owners
from extract.facts.place_tail import with_place_tail


@dataclass(frozen=True)
class Candidate:
    """One institution named at the top: its name, where (characters from the top), how."""

    name: str
    at: int
    way: str


_NUMBER = re.compile(r"(?:№|N)\s?\d{1,4}(?!\d)")
_CUT = re.compile(r"\s\(|[,;:]\s|\.\s+[А-ЯЁ]|\s[-–—]\s*[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.")
_SKIP_REACH = 3
_PATRON = re.compile(r"(?<![А-ЯЁ])(?:ИМЕНИ|ИМ\.)")
_GOES_ON = re.compile(r"\s*[А-ЯЁ«\"“]")
_SHORT_TYPE = re.compile(r"(?:(?:[а-яё]+|[а-яё]{1,2}/[а-яё]{1,2}|№\s?\d{1,4})\s+){1,3}(?=[«\"“])")


def _top_texts(ctx: Ctx) -> list[tuple[int, str]]:
    """(offset, text) of the first prose blocks, up to the character budget."""
    w = ctx.vocab.issuer_vote_weights
    out: list[tuple[int, str]] = []
    at = 0
    for c in ctx.prose[: w.blocks]:
        if at >= w.chars:
            break
        out.append((at, c.text[: w.chars - at]))
        at += len(c.text) + 1
    return out


def _skipped(ctx: Ctx, text: str, start: int) -> bool:
    """A name right after "Учредитель:" (the founder's body) or a preposition ("в
    муниципальном … учреждении": a place of the text, not the document's owner)."""
    before = text[:start].split()[-_SKIP_REACH:]
    lemmas = {lem for x in before for lem in ctx.lemmas(x.strip(":.,«»\""))}
    return bool(lemmas & ctx.vocab.issuer_vote_weights.skip_before) or bool(
        before and before[-1].lower() in STOPS)


def _has_type(ctx: Ctx, name: str, form_end: int) -> bool:
    """A type noun ("школа", "сад", "центр") named after the legal form."""
    return any(set(ctx.lemmas(x.strip("«»\"“”"))) & ctx.vocab.institution_words
               for x in name[form_end:].split())


def _number_end(ctx: Ctx, words: list[str]) -> list[str] | None:
    """An unquoted name up to its number and the place after it ("… детский сад № 8
    г.Алексеевки", "… школа № 3 Заречного района"); None when no number closes it."""
    joined = " ".join(words)
    m = _NUMBER.search(joined)
    if not m:
        return None
    head = joined[: m.end()].split()
    rest = joined[m.end():].split()
    after = " " + " ".join(rest)
    tail = ctx.vocab.kind_tail.match(after)
    if tail:  # "№ 13 общеразвивающего вида"
        head, after = head + tail.group(1).split(), after[tail.end():]
    return with_place_tail(ctx, " ".join(head), after).split()


def _caps_run(words: list[str]) -> list[str]:
    """The words of a name printed in capitals, up to the first word in normal case ("…
    ДЕТСКИЙ САД № 8 г.АЛЕКСЕЕВКИ авторы: …")."""
    out: list[str] = []
    for x in words:
        letters = [ch for ch in x.split(".")[-1] if ch.isalpha()]
        if letters and not all(ch.isupper() for ch in letters):
            break
        out.append(x)
    return out


def _nominative_at(ctx: Ctx, text: str, m: re.Match[str]) -> str | None:
    """The full name a legal form in the nominative opens: up to its closing quote, or up to
    its number (and settlement) when it has no quotes; None when its end is not sure."""
    end = qualified_end(text.lower(), m.end())  # (a cover's qualifier in capitals too)
    quoted = quoted_at(text, end)
    if quoted and quoted.rstrip().endswith(("»", '"', "”")):
        closed = text.find(quoted, end) + len(quoted)
        tail = ctx.vocab.kind_tail.match(text, closed)
        name = f"{text[m.start():end].strip()} {quoted}"
        if is_capitals(name) and _PATRON.search(name):
            return None  # a patron's name in capitals: its case cannot be told back
        if tail:
            name, closed = f"{name} {tail.group(1)}", tail.end()
        return with_place_tail(ctx, name, text[closed:closed + 80])  # "… «…» г. Энска"
    rest = text[m.start(): m.start() + 400]
    cut = _CUT.search(rest)
    words = rest[: cut.start() if cut else len(rest)].split()
    if is_capitals(text[m.start():m.end()]):
        words = restore_case(" ".join(_caps_run(words)), ctx.tools, ctx.vocab,
                             ctx.proper_lemmas, ctx.lower_openers).split()
    if not words or any(x[:1] in "«»\"“" for x in words):
        return None
    found = units(ctx, [" ".join(words)])
    words = before_predicate(ctx, (found[0] if found else " ".join(words)).split())
    named = _number_end(ctx, words)
    return " ".join(named) if named else None


def _goes_on(text: str, name: str) -> bool:
    """"«Детский сад «Родничок» МО «…»": nested quotes closed once, and the text goes on with
    a capital or a quote — where the name ends is not sure."""
    quoted = name[name.find("«"):] if "«" in name else ""
    if quoted.count("«") <= quoted.count("»"):
        return False
    at = text.find(quoted)
    return at < 0 or bool(_GOES_ON.match(text, at + len(quoted)))


def _full_names(ctx: Ctx, at: int, text: str) -> list[Candidate]:
    """Full legal names in `text`: in the nominative (a cover, a heading, a field), and in the
    genitive after a title's words, put into the nominative."""
    out: list[Candidate] = []
    # a cover in capitals: the form is found in lower case, the name read as printed
    for m in ctx.vocab.legal_form.finditer(text.lower()):
        if _skipped(ctx, text, m.start()):
            continue
        head = m.group(0).split()[-1].lower()
        case = ctx.tools.tag(head)[1]
        if case == "nomn":
            name = _nominative_at(ctx, text, m)
            way = "nominative"
        elif case == "gent":
            sentence = text[max(0, text.rfind(". ", 0, m.start()) + 1): m.end() + 300]
            # "… учреждения «Средняя школа № 9» Луговского района …": the place after it too
            name = full_name_in_caps_title(ctx, sentence) if is_capitals(sentence) else (
                full_name_and_place_in_title(ctx, sentence) or full_name_in_title(ctx, sentence)
                or numbered_full_name_in_title(ctx, sentence))
            way = "genitive"
        else:
            continue
        if name and _has_type(ctx, name, len(m.group(0))) and not _goes_on(text, name):
            out.append(Candidate(" ".join(name.split()), at + m.start(), way))
    return out


def _short_at(ctx: Ctx, words: list[str]) -> str | None:
    """A short name among the first words of `words`, complete (a number or a closing quote)."""
    k = next((i for i, x in enumerate(words[:_SKIP_REACH]) if form_word(ctx, x.lstrip("«\""))),
             None)
    if k is None:
        return None
    words = [words[k].lstrip("«\""), *words[k + 1:20]]  # '"МБУ ДО "ЦДЭБ"': a quote before it
    k = 0
    name = institution_at(ctx, words[k:])
    if name is None:  # "МБДОУ детский сад «Рябинка»": the type in the nominative, then «…»
        rest = " ".join(words[k + 1:])
        typed = _SHORT_TYPE.match(rest)
        quoted = quoted_at(rest, typed.end()) if typed else None
        name = f"{words[k]} {rest[:typed.end()].strip()} {quoted}" if typed and quoted else None
        name = " ".join(name.split()) if name else None
    return name if name and (_NUMBER.search(name) or name.endswith(("»", '"'))) else None


def _short_names(ctx: Ctx, at: int, text: str, captioned: bool) -> list[Candidate]:
    """Short names ("МБДОУ детский сад «…»") of a form's field: after its label
    ("Наименование учреждения …"), or over the caption "(наименование учреждения)"."""
    out: list[Candidate] = []
    for label in ctx.vocab.institution_label.finditer(text):
        name = _short_at(ctx, text[label.end():].split())
        if name:
            out.append(Candidate(name, at + label.end(), "short"))
    words = text.split()
    for k in range(len(words) if captioned and not out else 0):
        name = _short_at(ctx, words[k:k + 20])
        if name and form_word(ctx, words[k].lstrip("«\"")):
            out.append(Candidate(name, at + len(" ".join(words[:k])), "short"))
            break
    return out


def candidates(ctx: Ctx) -> list[Candidate]:
    """Every institution name at the top of the document."""
    out: list[Candidate] = []
    texts = _top_texts(ctx)
    caption = ctx.vocab.issuer_vote_weights.value_caption
    for k, (at, text) in enumerate(texts):
        captioned = k + 1 < len(texts) and bool(caption.match(texts[k + 1][1]))
        out += _full_names(ctx, at, text) + _short_names(ctx, at, text, captioned)
    # a sentence naming the document's owner: the examined institution, a plan's owner
    out += [Candidate(" ".join(name.split()), at, way) for at, name, way in sentence_owners(ctx)]
    return out


def _key(name: str) -> str:
    return re.sub(r"[^\w№]", "", name.lower().replace("ё", "е"))


def _same(ctx: Ctx, a: str, b: str) -> bool:
    """The same institution: the same name (one of them with its settlement after it:
    "… № 8" and "… № 8 г.Лесного"), or a short name whose words the full one has."""
    ka, kb = _key(a), _key(b)
    return ka.startswith(kb) or kb.startswith(ka) or same_institution(ctx, a, b) \
        or same_institution(ctx, b, a)


def score(ctx: Ctx, c: Candidate, every: list[Candidate]) -> float:
    """What speaks for `c`: its place near the top, its other mentions, its completeness and
    how it is named."""
    w = ctx.vocab.issuer_vote_weights
    got = w.position * max(0.0, 1 - c.at / w.chars) + w.ways.get(c.way, 0.0)
    got += w.repeat * sum(1 for o in every if o is not c and _same(ctx, c.name, o.name))
    # a closing quote, also before the place printed after the name ("«ДДТ» г. Лесного")
    got += w.quote * ("»" in c.name or "”" in c.name or c.name.count('"') >= 2)
    got += w.number * bool(_NUMBER.search(c.name))
    form = ctx.vocab.legal_form.match(c.name.lower())
    got += w.type_noun * _has_type(ctx, c.name, form.end() if form else 0)
    return round(got, 2)


_GRIF_REACH = 3  # the grif's word and the approving official's lines under it


def _approved_by_body(ctx: Ctx) -> bool:
    """"УТВЕРЖДЕН / Начальник Управления Администрации": a governing body's head approves the
    document (its conclusion on a school's task): the school it names is not its issuer."""
    w = ctx.vocab.issuer_vote_weights
    texts = [t for _, t in _top_texts(ctx)]
    for k, text in enumerate(texts):
        if not set(ctx.lemmas(" ".join(text.split()[:2]))) & w.approving:
            continue
        grif = " ".join(texts[k : k + _GRIF_REACH])
        lemmas = {x for word in grif.split()[:12] for x in ctx.lemmas(word.strip(":;.,^«»\""))}
        if lemmas & w.bodies and not any(form_word(ctx, x) for x in grif.split()[:12]):
            return True
    return False


def issuer_vote(ctx: Ctx, act: bool, trace: list[str]) -> str | None:
    """The institution the top of the document names best (see the module docstring); none
    for an act (an administration's order names schools it addresses, not its issuer) nor
    for a document a governing body's head approves."""
    if act or _approved_by_body(ctx):
        return None
    every = candidates(ctx)
    if not every:
        return None
    w = ctx.vocab.issuer_vote_weights
    scored = sorted(((score(ctx, c, every), k, c) for k, c in enumerate(every)),
                    key=lambda s: (-s[0], s[1]))
    best_score, _, best = scored[0]
    rival = next((s for s, _, c in scored[1:] if not _same(ctx, best.name, c.name)), 0.0)
    trace += [f"issuer_vote candidate {s:.2f} {c.way}@{c.at}: {c.name}" for s, _, c in scored]
    if best_score < w.min_score or best_score - rival < w.margin:
        return None
    # a full name beats the short one the same institution is also named by
    full = next((c for _, _, c in scored if c.way != "short" and _same(ctx, best.name, c.name)),
                best)
    placed = _with_place(full.name, [c.name for _, _, c in scored if c.way != "short"])
    if placed != full.name:
        trace.append(f"issuer_vote place_tail: {placed}")
    return placed


def _with_place(name: str, names: list[str]) -> str:
    """`name`, or the same name another mention prints with its place after it (a cover's
    "«Школа № 5»", the text's "«Школа № 5» г. Энска"): the place is part of the name."""
    key = _key(name)
    return next((x for x in names if _key(x).startswith(key) and len(_key(x)) > len(key)
                 and not is_capitals(x)), name)
