"""Scanning deadline phrases: normalisation and the dated pieces a phrase names.

The words (month names, recurrence phrases, prefixes) come from normalize/data/months.yaml and
normalize/data/deadline_grammar.yaml; the patterns are compiled once, at import.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass

from normalize.deadline_grammar import G
from normalize.models import Recurrence

MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class Token:
    """A dated piece of a phrase: months m1..m2, days d1..d2 (None: whole month), maybe a year."""

    pos: int
    end: int
    m1: int
    m2: int
    d1: int | None = None
    d2: int | None = None
    year: int | None = None
    closed: bool = False  # a range in itself ("1-15 сентября"): "с" before it opens nothing
    opens: bool = False  # the start of something ("начало учебного года"): "до" it is its 1st day


_TAGS = re.compile(r"<[^<>]{1,60}>")  # inline HTML left in cells (<p>, <li>, <b>)
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]")
_QUOTES = re.compile(r"[«»\"“”„‟'‘’`]")
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
# two full dates printed with nothing between ("28.03.202227.05.2022": a calendar's start and
# end cells glued by the text layer) are two dates
# abbreviations run together ("в теч.уч.года"): a full stop between letters ends a word
_DOT_LETTER = re.compile(r"(?<=[а-я])\.(?=[а-я])")
_FULL_DATE = r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
_GLUED_DATES = re.compile(rf"(?<![\d.])({_FULL_DATE})(?={_FULL_DATE}(?!\d))")
# a stray space around a date's first dot ("12 .05.2024 г.", "до 20. 11.2019") is a typist's
# slip in one date (the rest, "05.2024", is month and year: a lone month reads as a whole month)
_SPACED_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})(?:\s+\.\s*|\.\s+)(?=\d{1,2}\.(?:19|20)\d\d(?!\d))")

# the year printed apart from the month's dot ("до 3 .05. 2015г", "12.05. 2024"): one date
_SPACED_YEAR = re.compile(
    r"(?<![\d.])(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s+((?:19|20)\d\d)(?!\d)")

# "20092012 гг.": a PDF text layer lost the dash between a term's years (a later year after an
# earlier one, a term's span apart)
_GLUED_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)((?:19|20)\d\d)(?!\d)")
_MAX_TERM = 20


def _glued_years(m: re.Match[str]) -> str:
    first, last = int(m.group(1)), int(m.group(2))
    return f"{first}-{last}" if 0 < last - first <= _MAX_TERM else m.group(0)


def normalize_text(text: str) -> str:
    """Lower case, ё→е, no tags, one kind of dash, a date's stray space closed, no quotes,
    digits apart from letters, a space after a full stop between letters, single spaces."""
    s = unicodedata.normalize("NFKC", text).lower().replace("ё", "е").replace("і", "i")
    s = _TAGS.sub(" ", s)
    s = _DASHES.sub("-", s)
    s = _SPACED_YEAR.sub(r"\1.\2.\3", s)
    s = _SPACED_DATE.sub(r"\1.", s)
    s = _GLUED_DATES.sub(r"\1 ", s)
    s = _GLUED_YEARS.sub(_glued_years, s)
    s = _QUOTES.sub(" ", s)
    s = _DIGIT_LETTER.sub(" ", s)
    s = _DOT_LETTER.sub(". ", s)
    s = G.misspelt.sub(lambda m: G.spelling[m.group(0)], s)
    return " ".join(s.split())


def mask(s: str, spans: list[tuple[int, int]]) -> str:
    """`s` with the given spans blanked out (positions kept), so later scans skip them."""
    chars = list(s)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)




def kind_of(s: str) -> Recurrence | None:
    """The recurrence the phrase's words imply (first kind in the grammar's order)."""
    for kind, pat in G.kinds:
        if pat.search(s):
            return kind
    return None


def by_prefix(s: str, pos: int) -> str | None:
    """"end" when a by-prefix with an end word precedes `pos`, "by" for a bare one, else None."""
    m = G.by_tail.search(_window(s, pos, 60))
    if not m:
        return None
    return "end" if m.group("e") or m.group("p") != "до" else "by"


def since_prefix(s: str, pos: int) -> bool:
    """Whether "с" / "начиная с" directly precedes `pos`."""
    return bool(G.since_tail.search(_window(s, pos, 30)))


def _window(s: str, pos: int, size: int) -> str:
    """The whole words of the last `size` characters before `pos` (bounds the regex work)."""
    if pos <= size:
        return s[:pos]
    w = s[pos - size:pos]
    return w.split(" ", 1)[1] if " " in w else ""

def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if y < 100:
        y += 2000
    return y if MIN_YEAR <= y <= MAX_YEAR else None


def _valid(m: int, d: int | None) -> bool:
    return 1 <= m <= 12 and (d is None or 1 <= d <= 31)


def day_points(s: str) -> list[Token]:
    """Days named: "15.03.2024", "9.12.22", "20.09", "15 мая 2024", "1-15 сентября",
    "01-10.09.2021"."""
    found: list[Token] = []
    taken: list[tuple[int, int]] = []
    for m in G.decade.finditer(s):  # "1 декада сентября": days 1-10 (the last runs to the end)
        n = _third(m.group("n"))
        mon, y = G.month_of[m.group("mon").rstrip(".")], _year(m.group("y"))
        n2 = _third(m.group("n2")) if m.group("n2") else n
        found.append(Token(m.start(), m.end(), mon, mon, n * 10 - 9, 31 if n2 == 3 else n2 * 10,
                           y, closed=True))
        taken.append(m.span())
    for m in G.week.finditer(mask(s, taken)):  # "1-я неделя сентября": days 1-7
        found.append(_week(m))
        taken.append(m.span())
    for m in G.day_range.finditer(mask(s, taken)):
        mon, y = G.month_of[m.group("mon").rstrip(".")], _year(m.group("y"))
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if _valid(mon, d1) and _valid(mon, d2) and d1 <= d2:
            found.append(Token(m.start(), m.end(), mon, mon, d1, d2, y, closed=True))
            taken.append(m.span())
    for m in G.num_day_range.finditer(mask(s, taken)):
        mon, y = int(m.group("m")), _year(m.group("y"))
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if _valid(mon, d1) and _valid(mon, d2) and d1 < d2 and (y is not None or not m.group("y")):
            found.append(Token(m.start(), m.end(), mon, mon, d1, d2, y, closed=True))
            taken.append(m.span())
    for pat in (G.day_month, G.num_date, G.short_date):
        rest = mask(s, taken)
        for m in pat.finditer(rest):
            mon = G.month_of[m.group("mon").rstrip(".")] if "mon" in pat.groupindex \
                else int(m.group("m"))
            d, y = int(m.group("d")), _year(m.groupdict().get("y"))
            if _valid(mon, d) and (y is not None or not m.groupdict().get("y")):
                found.append(Token(m.start(), m.end(), mon, mon, d, d, y))
                taken.append(m.span())
    return sorted(found, key=lambda t: t.pos)


def _week(m: re.Match[str]) -> Token:
    """A week of a month: the n-th seven days (the fifth runs to the month's end), or the last
    seven days ("последняя неделя")."""
    mon, y, n = G.month_of[m.group("mon").rstrip(".")], _year(m.group("y")), m.group("n")
    days = calendar.monthrange(y or 2001, mon)[1]  # a common year when none is written
    if n.startswith("последн"):
        return Token(m.start(), m.end(), mon, mon, days - 6, days, y, closed=True)
    k = int(n[0]) if n[0].isdigit() else _WEEK_WORDS.index(n[:3]) + 1
    return Token(m.start(), m.end(), mon, mon, 7 * k - 6, days if k == 5 else 7 * k, y,
                 closed=True)


_WEEK_WORDS = ("пер", "вто", "тре", "чет", "пят")


def month_tokens(s: str) -> list[Token]:
    """Months named in the phrase ("май 2024", "в мае", "09.2023"), each with the year written
    right after it, if any."""
    out = []
    for m in G.month.finditer(s):
        mon = G.month_of[m.group("mon").rstrip(".")]
        out.append(Token(m.start(), m.end(), mon, mon, year=_year(m.group("y"))))
    for m in G.num_month.finditer(s):  # "09.2023"
        mon = int(m.group("m"))
        if _valid(mon, None):
            out.append(Token(m.start(), m.end(), mon, mon, year=_year(m.group("y"))))
    for pat, m1, m2, opens in G.moments:
        # whole months, written with days so "до конца года" ends on the last day
        out.extend(Token(m.start(), m.end(), m1, m2, 1, 31, opens=opens) for m in pat.finditer(s))
    return sorted(out, key=lambda t: t.pos)


def part_tokens(s: str, quarter: bool) -> list[Token]:
    """Quarters ("II квартал 2024", "1-2 кв.") or half-years ("I полугодие") as month spans."""
    size = 3 if quarter else 6
    out = []
    for m in (G.quarter if quarter else G.half).finditer(s):
        y = _year(m.group("y"))
        for o in G.ordinal.finditer(m.group("seq")):
            n = _ordinal_number(o.group(0))
            if n is not None and n * size <= 12:
                pos = m.start("seq") + o.start()
                out.append(Token(pos, m.end(), n * size - size + 1, n * size, year=y))
    return out


def term_tokens(s: str) -> list[Token]:
    """School terms ("I четверть", "во второй четверти") as their months; a year written after a
    term of an explicit school year ("III четверть 2024/2025 уч. года") opens that school year."""
    school = school_year(s) is not None
    out = []
    for m in G.term.finditer(s):
        y = None if school else _year(m.group("y"))
        for o in G.ordinal.finditer(m.group("seq")):
            n = _ordinal_number(o.group(0))
            if n is not None and n <= len(G.school_terms):
                m1, m2 = G.school_terms[n - 1]
                out.append(Token(m.start("seq") + o.start(), m.end(), m1, m2, year=y))
    return out


def _third(word: str) -> int:
    """The number of a month's third as written: "2", "ii", "втор" → 2."""
    if word.isdigit():
        return int(word)
    return G.ordinal_of.get(word) or ("перв", "втор", "трет").index(word) + 1


def _ordinal_number(word: str) -> int | None:
    if word in G.ordinal_of:
        return G.ordinal_of[word]
    for stem, n in G.ordinal_of.items():
        if not stem.isascii() and word.startswith(stem):
            return n
    return None


def years(s: str) -> list[tuple[int, int, int]]:
    """Years and year ranges as (position, first, last): "2020–2022 гг.", "2023-24", "2025 г."."""
    out: list[tuple[int, int, int]] = []
    taken: list[tuple[int, int]] = []
    for m in G.year_range.finditer(s):
        a, b = _year(m.group("a")), _year(m.group("b"))
        if a is not None and b is not None and len(m.group("b")) == 2:
            b = a // 100 * 100 + b % 100
        if a is not None and b is not None and a <= b:
            out.append((m.start(), a, b))
            taken.append(m.span())
    for m in G.year.finditer(mask(s, taken)):
        y = _year(m.group("a"))
        if y is not None:
            out.append((m.start(), y, y))
    return sorted(out)


def school_year(s: str) -> tuple[int, int, tuple[int, int]] | None:
    """An explicit school year "2023-2024 учебный год" as (first year, second year, span)."""
    m = G.school_year.search(s)
    if not m:
        return None
    a = _year(m.group("a") or m.group("a2"))
    b_text = m.group("b") or m.group("b2")
    b = _year(b_text)
    if a is None or b is None:
        return None
    if len(b_text) == 2:
        b = a // 100 * 100 + b % 100
    if b != a + 1:
        return None
    return _listed_before(s, m.start(), a), b, m.span()


def _listed_before(s: str, pos: int, first: int) -> int:
    """The first year of a list of school years ending at `pos` ("2024-2025, 2025-2026 учебные
    годы" spans both): each earlier pair written right before it, joined by a comma or "и"."""
    while (m := G.school_pair_before.search(s[max(0, pos - 40):pos])) is not None:
        a = _year(m.group("a"))
        if a is None or not first - 3 <= a < first:
            break
        first, pos = a, max(0, pos - 40) + m.start()
    return first
