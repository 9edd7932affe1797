"""A site's card title over the document's own heading: the own heading is the title.

A site builder's file page prints the file's card title first ("Отчет по самообследованию за
2021 год", "Программа развития 2023-2028 МКОУ СОШ 6", "отчет 2021 г") and then the document:
its cover (letterhead, grifs side by side or stacked) and its own heading, opening with the
same kind words and naming the institution or the period the card leaves out ("Отчет о
результатах самообследования" / "Муниципального … учреждения" / "за 2021 год"). CONTRACT
`title`: a site's card title is the title only when the page prints no heading of its own.
The first rule header.TITLE_RULES tries after a task report's broken head."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from extract.facts.card_shape import card_text, long_card, short_card
from extract.facts.case import is_capitals
from extract.facts.ctx import Ctx
from extract.facts.heading_evidence import body_sentence, evidence, names_institution
from extract.facts.lines import Chunk, Line
from extract.facts.title_ends import CONTENTS_LEADER, SPECKS, closes_on_years, has_period
from extract.facts.title_lines import TITLE_WORDS, with_continuation
from extract.facts.title_paragraph import lines_from
from extract.facts.title_text import clean_title
from extract.facts.vocab import institution_word

_COVER_LINES = 40  # the letterhead and grifs under the card, up to the own heading
_BODY_WORDS = 12  # a line of the body's sentence: long and closed by a full stop
# "1.Общая характеристика 2": a contents row names a part and its page
_PAGE_NUMBER = re.compile(r"\s\d{1,3}\s*$")
_ADJ_LEMMA = ("ый", "ий", "ой")
_ADJ_NOMINATIVE = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")


def own_heading_under_card(ctx: Ctx) -> str | None:
    """The document's own heading under a site's card title on top (None when the card is
    the page's only heading, or the heading under it says no more than the card)."""
    found: str | None = ctx.once("own_heading_under_card", lambda: _under_card(ctx))
    return found


def _under_card(ctx: Ctx) -> str | None:
    lines = ctx.top
    if not lines or not lines[0].first:
        return None
    card = card_text(ctx.vocab, lines[0].text)
    kind = kind_words(ctx, card)
    if kind is None or not (short_card(card) or long_card(lines[0], card)) \
            or _goes_on(lines):
        return None
    for k in range(1, min(len(lines), _COVER_LINES)):
        line = lines[k]
        text = line.text.strip()
        if _body_starts(ctx, text):
            return None
        if not _same_kind(ctx, kind, k) or CONTENTS_LEADER.search(text) \
                or _PAGE_NUMBER.search(text):
            continue
        own = _title_without_card(ctx, text) or _with_years(ctx, k, _joined(ctx, k, line))
        own = clean_title(ctx, _on_to_years(ctx, k, _before_next_block(
            ctx, k, _up_to_years(ctx, k, own))))
        if body_sentence(ctx, own):
            return None
        return own if _more_complete(ctx, own, card) else None
    return None


def cover_heading_at(ctx: Ctx, k: int) -> str:
    """The heading opening top line `k`, joined as a cover prints it: its lines up to its
    years, the owner's line and the years' line under it."""
    own = _with_years(ctx, k, _joined(ctx, k, ctx.top[k]))
    own = _on_to_years(ctx, k, _before_next_block(ctx, k, _up_to_years(ctx, k, own)))
    return clean_title(ctx, _with_territory(ctx, k, own))


def cover_with_owner(ctx: Ctx, c: Chunk, whole: str) -> str:
    """"Публичный доклад" (a site's card) over "ПУБЛИЧНЫЙ ОТЧЕТ" / "МАОУ СОШ №14" / "за
    2016-2017 учебный год", each a paragraph of its own: the cover is read as a cover prints
    it, on to the owner's line and its years (`whole` when that adds no years)."""
    at = ctx.chunks.index(c)
    k = next((n for n, line in enumerate(ctx.top) if line.chunk == at), None)
    if k is None or has_period(ctx, whole):
        return whole
    cover = cover_heading_at(ctx, k)
    return cover if has_period(ctx, cover) and cover.startswith(whole) else whole


def _with_territory(ctx: Ctx, k: int, own: str) -> str:
    """"… учреждения «Лесная школа»" / "Кедрового района Заречной области": the owner's quoted
    name goes on in its territory in the genitive on the line under it."""
    end = _past_own(ctx, k, own)
    if end == k or end >= len(ctx.top) or has_period(ctx, own):
        return own
    line = " ".join(ctx.top[end].text.split())
    territories = _territories(ctx.vocab.territory_line.pattern)
    if own.rstrip().endswith(("»", '"')) and territories.match(line):
        return f"{own} {line}"
    return own


@functools.cache
def _territories(one: str) -> re.Pattern[str]:
    """A line of one or two territories in the genitive ("Лесного района Заречной области"),
    from the vocabulary's pattern of one."""
    core = one.removeprefix("^\\s*").removesuffix("\\s*$")
    return re.compile(rf"^\s*{core}(?:\s+{core})?\s*$")


def _same_kind(ctx: Ctx, kind: tuple[str, str], k: int) -> bool:
    """Top line `k` opens a heading of the card's kind: the same genre noun, or the same kind
    whose heading names the card's noun as its subject ("САМООБСЛЕДОВАНИЕ … за 2023 год" over
    "ОТЧЁТ" / "о результатах самообследования")."""
    found = kind_words(ctx, _word_lines(ctx, k))
    if found is None or found[0] != kind[0]:
        return False
    if found == kind:
        return True
    subject = " ".join(x.text for x in ctx.top[k : k + _SUBJECT_LINES])
    return kind[1] in ctx.lemmas(subject)[1:]


_SUBJECT_LINES = 2


def _word_lines(ctx: Ctx, k: int) -> str:
    """Top line `k`, and the next when a cover prints its heading a word per line in capitals
    ("ПУБЛИЧНЫЙ" / "ДОКЛАД") or goes on with it in lower case: the genre's words are read
    together."""
    text = ctx.top[k].text.strip()
    if len(text.split()) == 1 and is_capitals(text) and k + 1 < len(ctx.top):
        nxt = ctx.top[k + 1].text.strip()
        if len(nxt.split()) == 1 and is_capitals(nxt):
            return f"{text} {nxt}"
    if k + 1 < len(ctx.top) and ctx.top[k + 1].chunk == ctx.top[k].chunk:
        nxt = ctx.top[k + 1].text.strip()
        # "Пояснительная записка" / "к отчету о выполнении …": a genre's phrase goes on below
        # (a genre word alone, "ДОКЛАД" / "о результатах …", is a cover's, read as one)
        if len(text.split()) > 1 and nxt[:1].islower() and kind_words(ctx, text) is None:
            return f"{text} {nxt}"
    return text
_OWNER_LINES = 5  # the owner's name and what it is assessed on, up to the years' line


def _on_to_years(ctx: Ctx, k: int, own: str) -> str:
    """"ОТЧЕТ" / "о результатах самообследования" / "МБДОУ «…»" / "по показателям …" / "за
    2022 год": a cover's heading that has not said its years goes on over the owner's name
    and the lines going on it up to the years' line (an OCR reader's specks between them
    skipped); unchanged when no years' line closes it within a few lines."""
    if has_period(ctx, own):
        return own
    lines = ctx.top
    end = _past_own(ctx, k, own)
    if end == k:
        return own
    parts: list[str] = []
    for line in lines[end : end + 2 * _OWNER_LINES]:
        text = " ".join(line.text.split()).lstrip("•·- ")
        if SPECKS.match(line.text.strip()) or not text:
            continue
        if not parts and not _owner_line(ctx, _words_from(lines, line)):
            return own
        if parts and not (text[:1].islower() or text[:1] in "«\"" or has_period(ctx, text)):
            return own  # (the owner's quoted name may stand on a line of its own)
        parts.append(text)
        if has_period(ctx, text):
            return f"{own} {' '.join(parts)}"
    return own


def _words_from(lines: tuple[Line, ...], line: Line) -> str:
    """`line` and the two under it: a legal form's words may wrap before "учреждение"."""
    at = lines.index(line)
    return " ".join(" ".join(x.text.split()) for x in lines[at : at + 3])


def _owner_line(ctx: Ctx, text: str) -> bool:
    """A line naming the owner: its short name's form word or its legal form first."""
    words = text.split()
    if len(words) > 1 and words[0].lower() in ("в", "во"):
        words = words[1:]  # "В Муниципальном … учреждении": whose programme, where it runs
    first = words[0].strip("(«\",.")
    return institution_word(ctx.vocab, first) \
        or ctx.vocab.legal_form.match(" ".join(words).lower()) is not None


def without_card(ctx: Ctx, title: str | None) -> Ctx:
    """`ctx` without the site's card line on top when the title is the own heading under it
    (CONTRACT `title`: a card's years are never the period; the period rules must not read
    them)."""
    return _card_dropped(ctx) if title and own_heading_under_card(ctx) == title else ctx


def _card_dropped(ctx: Ctx) -> Ctx:
    """`ctx` without the card's line on top (the lines its block runs on into kept)."""
    at = ctx.top[0].chunk
    c = ctx.chunks[at]
    rest = tuple(x.strip() for x in c.lines[1:] if x.strip())
    kept = (replace(c, text=" ".join(rest), lines=rest),) if rest else ()
    return replace(ctx, chunks=ctx.chunks[:at] + kept + ctx.chunks[at + 1:], memo={})


def _goes_on(lines: tuple[Line, ...]) -> bool:
    """"Отчет" / "о самообследовании" / …: the top line is a heading's first line, the line
    under it going on in lower case (no card: a card is a label of its own)."""
    return len(lines) > 1 and lines[1].text.strip()[:1].islower()


def _title_without_card(ctx: Ctx, heading: str) -> str | None:
    """The title the other title rules read off the page without the card's line, when it is
    the heading found under the card (the rules join a heading's lines, up to its years)."""
    # the rule tables hold this rule: read them when asked, not when this module loads
    from extract.facts.rule_tables import TITLE_RULES

    bare = _card_dropped(ctx)
    start = " ".join(heading.split()).casefold()
    for name, rule in TITLE_RULES:
        if name == "own_heading_under_card":
            continue
        value = rule(bare)
        if value:
            got = clean_title(ctx, value)
            return got if got.casefold().startswith(start) else None
    return None


def kind_words(ctx: Ctx, text: str) -> tuple[str, str] | None:
    """The kind a heading opens with and its noun's lemma ("Публичный доклад …" → ("report",
    "доклад"), "ПРОГРАММА развития …" → ("programme", "программа")), printed as a heading
    prints it (the noun in the nominative: "Отчета о …" opens a sentence, no heading)."""
    lem = ctx.lemmas(text)
    words = text.split()
    skip = 0
    while skip < min(2, len(lem)) and (lem[skip] in ctx.vocab.report_qualifiers
                                       or lem[skip] in ctx.vocab.plan_adjectives):
        skip += 1
    for at in dict.fromkeys((skip, 0)):
        if at >= len(lem) or at >= len(words) or not _nominative(words[at], lem[at]):
            continue
        seqs = ctx.vocab.report_openers_by_word.get(lem[at], ())
        if any(lem[at: at + len(s)] == s and s[0] != "о" for s in seqs):
            return "report", lem[at]
        plan = ctx.plan_noun(lem[at:])
        if plan:
            return plan, lem[at]
    return None


def _nominative(word: str, lemma: str) -> bool:
    surface = re.sub(r"[^\w-]", "", word).casefold().replace("ё", "е")
    return surface == lemma or (lemma.endswith(_ADJ_LEMMA) and surface.endswith(_ADJ_NOMINATIVE))


def _body_starts(ctx: Ctx, text: str) -> bool:
    """A line the cover does not print: the contents' heading, the body's first sentence."""
    lem = ctx.lemmas(text)
    if len(lem) == 1 and lem[0] in ctx.vocab.contents_headings:
        return True
    return len(text.split()) > _BODY_WORDS and text.endswith(".") \
        and not closes_on_years(ctx, text)


def _joined(ctx: Ctx, k: int, line: Line) -> str:
    """The own heading over its lines, as the title rules join them: the lines of its block
    that go on it, up to its years (a text saved as one paragraph); the block's own lines or
    the blocks that go on it when those stop short of the years ("Публичный доклад" /
    "Муниципального …" / "за 2022-2023 учебный год" in one paragraph)."""
    within = lines_from(ctx, k)
    if has_period(ctx, within):
        return within
    words = _word_lines(ctx, k)  # "ПУБЛИЧНЫЙ" / "ДОКЛАД": its years' line is `_with_years`'
    if words != line.text.strip() and within == line.text.strip():
        return words
    if not line.first:
        return within
    return with_continuation(ctx, ctx.chunks, line.chunk)


_YEARS_LINE = re.compile(r"^(?:за|на)?\s*(?:19|20)\d\d", re.IGNORECASE)
_YEARS_WORDS = 8


def _past_own(ctx: Ctx, k: int, own: str) -> int:
    """The index of the first top line from `k` on that is no part of the heading `own`."""
    lines = ctx.top
    end = k
    while end < len(lines) and " ".join(lines[end].text.split()) in own:
        end += 1
    return end


def _with_years(ctx: Ctx, k: int, own: str) -> str:
    """"ПУБЛИЧНЫЙ ОТЧЕТ" / the owner / "ЗА 2016-2017УЧЕБНЫЙ ГОД": a heading joined without its
    years goes on over the short line under it that says only them (a text export may put
    that line in a block of its own)."""
    if has_period(ctx, own):
        return own
    lines = ctx.top
    end = _past_own(ctx, k, own)
    if end >= len(lines) or end == k:
        return own
    nxt = " ".join(lines[end].text.split())
    if _YEARS_LINE.match(nxt) and len(nxt.split()) <= _YEARS_WORDS and has_period(ctx, nxt):
        return f"{own} {nxt}"
    return own


def _up_to_years(ctx: Ctx, k: int, own: str) -> str:
    """"План работы …" / "на 2024-2025 учебный год" / "на основе … программы" / the owner: the
    heading's lines (from top line `k`) up to the last that states its period; the lines under
    it qualify the plan or name its owner, as the title rules read a plan's heading."""
    kept: list[str] = []
    end = 0
    for line in ctx.top[k:]:
        text = " ".join(line.text.split())
        if text not in own or len(kept) > TITLE_WORDS:
            break
        kept.append(text)
        if has_period(ctx, text):
            end = len(kept)
    return " ".join(kept[:end]) if 0 < end < len(kept) else own


def _before_next_block(ctx: Ctx, k: int, own: str) -> str:
    """"ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ ШКОЛЫ" / "уровень основного общего образования" / "Курсы
    внеурочной деятельности" / "Название курса" / …: a heading in capitals and the lower-case
    line going on it end where a line in normal case opens with a noun in the nominative (a
    table's caption, its column captions under it), when nothing after states the years (a
    plan's name under its genre word, "Развитие образования … на 2024-2028 годы", goes on)."""
    lines = [" ".join(x.text.split()) for x in ctx.top[k : k + TITLE_WORDS]]
    if not lines or not is_capitals(lines[0]):
        return own
    kept = [lines[0]]
    for j, text in enumerate(lines[1:], 1):
        if text not in own:
            break
        if kept[-1][:1].islower() and _nominative_noun(ctx, text) \
                and not has_period(ctx, " ".join(lines[j:])):
            return " ".join(kept)
        if not (is_capitals(text) or text[:1].islower()):
            break
        kept.append(text)
    return own


def _nominative_noun(ctx: Ctx, text: str) -> bool:
    """A line in normal case opening with a noun in the nominative ("Курсы внеурочной …")."""
    word = text.split()[0]
    return word[:1].isupper() and word[1:].islower() and word.isalpha() \
        and ctx.tools.tag(word.lower()) == ("NOUN", "nomn")


def _more_complete(ctx: Ctx, own: str, card: str) -> bool:
    """The own heading says more than the card: its evidence weighs more (the institution named
    in full outweighs the card's years, which are never the period), or it weighs the same,
    says all the card says (the institution, the period) and runs longer."""
    own_score, card_score = evidence(ctx, own), evidence(ctx, card)
    if own_score != card_score:
        return own_score > card_score
    covers = (names_institution(ctx, own) or not names_institution(ctx, card)) \
        and (has_period(ctx, own) or not has_period(ctx, card))
    # (a range's dash spaced on one side, "2012 -2013", is one word; saying as much as the
    # card, the page's own heading wins: CONTRACT `title`)
    return covers and len(_RANGE_DASH.sub("-", own).split()) >= len(
        _RANGE_DASH.sub("-", card).split())


_RANGE_DASH = re.compile(r"(?<=\d)\s*[-–—]\s*(?=\d)")
