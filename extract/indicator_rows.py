"""An indicator table's row read against its header: the row's number, its name's parts, its
unit, its value cells ("50", "12,5 %", "58/60" under "план/факт", a remark instead of a value), a
base value with its year, and the shift of a row that lost an empty leading cell."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from extract.cells import parse_value as cell_value
from extract.layout import Ctx, numbering

_NUM = r"[-−]?\d+(?:[.,]\d+)?"
_GLUED = re.compile(rf"^([а-яё]{{1,15}})\s+((?:{_NUM})\s*%?)$")  # "ных 10": word end + value
NO_VALUE = re.compile(r"^\s*[-–—]+\s*$|^\s*(нет данных|н/д|x|х|\*)\s*$", re.I)
# "<2>", "*", "(1)", and a legal site's "*(1)" (its star and its number are one mark)
FOOTNOTE = re.compile(r"\s*(?:<\d{1,2}>|\*{1,3}|\(\d{1,2}\))+\s*$")
# '0,8";': an amending act's restated table closes its quote (and the item) in its last cell
RESTATED_END = re.compile(r"(?<=[\d%])\s*[\"»”]\s*[;.]?\s*$")
# "58/60": plan and fact of one year; a dash for the one not known ("70/-")
PAIR = re.compile(rf"^\s*({_NUM}|[-–—])\s*/\s*({_NUM}|[-–—])\s*$")
LETTER = re.compile(r"[А-Яа-яЁёA-Za-z]")
NAME_ROLES = ("indicator", "result", "activity")  # the column holding names, best first
# Columns read as part of an indicator row: the name column, its number, unit and values; a
# column with any other role (responsible, result text after the years, ratio, source,
# programme name, mark) is not glued onto the name.
OWN_ROLES = frozenset({"number", "unit", "value"})


def parse_value(text: str) -> float | None:
    """The number written in a value cell ("50", "12,5 %", "20 чел.", "12 человек/ 29%"), or
    None."""
    text = FOOTNOTE.sub("", RESTATED_END.sub("", text))
    if got := cell_value(text):
        return got[0]
    # "12 человек/ 29%" in a self-examination form's year column: the count, its share after it
    glued = unit_value(text)
    return float(glued[0].replace(",", ".").replace("−", "-")) if glued else None


# "2009 г. 84,6; 2010 г. 90,0": a value cell naming the year of each of its values (a plan table
# whose one "целевое значение (по годам)" column holds every year of its indicator)
_YEAR_VALUE = re.compile(rf"((?:19|20)\d{{2}})\s*(?:г\.?|год[а-я]*)?\s*[-–—:]?\s*({_NUM})\s*%?")
_DECIMAL_BREAK = re.compile(r"(?<=\d[.,])\n(?=\d)")  # a narrow PDF column's "84,⏎6"
_YEAR_VALUE_SEP = re.compile(r"^[\s;,.]*$")


def year_values(text: str) -> list[tuple[int, str]]:
    """(year, value) of each pair of a cell listing two or more years with their values; []
    when anything else is written there."""
    flat_text = " ".join(_DECIMAL_BREAK.sub("", text).split())
    found = list(_YEAR_VALUE.finditer(flat_text))
    gaps = [flat_text[a.end():b.start()] for a, b in pairwise(found)]
    if len(found) < 2 or not all(_YEAR_VALUE_SEP.match(g) for g in gaps):
        return []
    if found[0].start() or not _YEAR_VALUE_SEP.match(flat_text[found[-1].end():]):
        return []
    return [(int(m.group(1)), m.group(2)) for m in found]


_BASE = re.compile(r"^\s*([-−]?\d+(?:[.,]\d+)?)\s*%?\s*[(,;]?\s*(?:на\s+)?((?:19|20)\d{2})"
                   r"\s*(?:г\.?|год\w*)?\s*\)?\s*$", re.I)


def base_value(text: str) -> tuple[float, int] | None:
    """(value, year) of a base-value cell written "45,2 (2021)" or "45,2 в 2021 г." under a
    header "Базовое значение (значение, год)"; None when the cell names no year."""
    m = _BASE.match(" ".join(text.replace(" в ", " ").split()))
    if not m:
        return None
    return float(m.group(1).replace(",", ".").replace("−", "-")), int(m.group(2))


def is_remark(text: str, ctx: Ctx) -> bool:
    """A remark written instead of a value ("данные уточняются", "нет сведений", "х")."""
    if NO_VALUE.match(text):
        return True
    lemmas = ctx.tools.lemmas(text)
    return (not any(ch.isdigit() for ch in text) and bool(lemmas)
            and lemmas[0] in ctx.vocab.remark_words and len(text) <= 60)



# "58человек", "58 человек/100%", "58Человек, 100%", "0Человек, %", "250 человек 98%", "0": the
# federal self-examination form prints the value in its "Единица измерения" column, glued to
# the unit, a count's share after it
_UNIT_VALUE = re.compile(rf"^\s*({_NUM})\s*([А-Яа-яЁё]+\.?(?:\s?[а-яё]+\.?)?)?"
                         rf"\s*(?:[,/]?\s*(?:{_NUM}\s*)?%)?\s*$")
_UNIT_VALUE_SHARE = 0.5  # of a unit column's filled cells, to take the column as values


def unit_value(text: str) -> tuple[str, str | None] | None:
    """(value, unit) of a unit cell that holds the value ("58 человек/100%" → ("58",
    "человек")), or None."""
    m = _UNIT_VALUE.match(" ".join(text.split()))
    if not m:
        return None
    return m.group(1), (m.group(2).lower() if m.group(2) else None)


# a column captioned by the percent sign alone ("%", "в %"): the share a count stands for
_SHARE_CAPTION = re.compile(r"^\(?\s*(?:в\s+)?%\s*\)?$")


def share_cols(ctx: Ctx) -> list[int]:
    """Value columns captioned "%" alone beside a unit column: the share of the count the
    unit column holds ("2411 человек | 100"), no value of a year of their own."""
    h = ctx.header
    assert h is not None
    if h.col("unit") is None:
        return []
    return [c for c in h.value_cols if c not in h.years and c < len(h.texts)
            and _SHARE_CAPTION.match(h.texts[c].strip())]


def unit_holds_values(ctx: Ctx) -> int | None:
    """The unit column, when the table has no value column (a share's "%" column aside) and
    most of the unit column's filled cells open with a number: there the unit column is
    where the values are."""
    h = ctx.header
    assert h is not None
    col = h.col("unit")
    if col is None or set(h.value_cols) - set(share_cols(ctx)):
        return None
    cells = [row.texts[col] for row in ctx.body
             if col < len(row.texts) and row.texts[col].strip()]
    if not cells or sum(unit_value(t) is not None for t in cells) / len(cells) < _UNIT_VALUE_SHARE:
        return None
    return col


def name_column(ctx: Ctx) -> int:
    h = ctx.header
    assert h is not None
    return next((c for r in NAME_ROLES if (c := h.col(r)) is not None), 0)


@dataclass
class Row:
    """A row read against the header: its number, name parts, unit and value cells."""

    number: str = ""
    name: list[str] = field(default_factory=list)
    unit: str = ""
    values: dict[int, str] = field(default_factory=dict)
    shift: int = 0
    base: tuple[int, str, float, int] | None = None  # (column, text, value, year) of a base cell


def read_row(texts: list[str], ctx: Ctx) -> Row:
    h = ctx.header
    assert h is not None
    name_col = name_column(ctx)
    num_col, unit_col, value_cols = h.col("number"), h.col("unit"), set(h.value_cols)
    out = Row()
    spill = _name_spill(ctx, name_col)
    filled = [(c, t) for c, t in enumerate(texts) if t]
    # Rows after a page break may have lost an empty leading cell: the name then stands left of
    # its column and every cell is shifted; measure the shift on the first cell with words.
    first_words = next((c for c, t in filled if LETTER.search(t) and not _GLUED.match(t)), None)
    at_name = texts[name_col] if name_col < len(texts) else ""
    numbered_in_place = num_col is not None and num_col < (first_words or 0) and bool(
        numbering(texts[num_col]))  # the row's number stands in its column: nothing was lost
    if (
        first_words is not None
        and first_words < name_col
        and not numbered_in_place
        and (not LETTER.search(at_name) or _GLUED.match(at_name))
    ):
        num = texts[num_col] if num_col is not None and first_words == num_col else None
        if not (num and numbering(num) and numbering(num) == num):
            out.shift = name_col - first_words
    for c, t in filled:
        lc = c + out.shift
        if numbering(t) == t and not out.number and not out.name and lc not in value_cols:
            out.number = t
        elif lc == unit_col:
            out.unit = t
        elif h.roles.get(lc) == "base" and (got := base_value(t) or _base_with_year(texts, lc,
                                                                                  ctx)):
            out.base = (lc, t, *got)
        elif lc != name_col and lc not in value_cols and (
                h.roles.get(lc, "number") not in OWN_ROLES or lc not in spill):
            continue  # a column with a role of its own (responsible, result, source …), or
            # one standing apart from the name ("Признак возрастания/убывания" after the years,
            # "Условия оказания услуги" before the name)
        elif lc in h.pairs and PAIR.match(t):
            out.values[lc] = t  # "58/60" under "план/факт"
        elif lc in value_cols and (parse_value(t) is not None or is_remark(t, ctx)
                                   or year_values(t)):
            out.values[lc] = t
        elif lc in value_cols and (m := _GLUED.match(t)):
            # the end of a word of the name, pushed into the first value cell
            if out.name:
                out.name[-1] = _glue_word_end(out.name[-1], m.group(1))
            else:
                out.name.append(m.group(1))
            out.values[lc] = m.group(2)
        else:
            out.name.append(t)
    return out


def _name_spill(ctx: Ctx, name_col: int) -> set[int]:
    """Columns a name may spill over (a PDF column cut in two): those right after the name
    column without a role or a caption of their own, and those left of it under the name's
    own caption. A column with a caption of its own ("Уровень показателя"), beyond a unit or a
    value, or left of the name ("Условия оказания услуги") is no part of the name."""
    h = ctx.header
    assert h is not None
    out: set[int] = set()
    c = name_col + 1
    while (c < ctx.table.n_cols and h.roles.get(c) is None and c not in h.value_cols
           and (not h.texts[c].strip() or h.texts[c] == h.texts[name_col])):
        out.add(c)
        c += 1
    # left of the name only under the same caption (a name cell cut in two)
    c = name_col - 1
    while c >= 0 and h.roles.get(c) is None and h.texts[c].strip() \
            and h.texts[c] == h.texts[name_col]:
        out.add(c)
        c -= 1
    return out


_YEAR_ONLY = re.compile(r"^\s*((?:19|20)\d{2})\s*(?:г\.?|год)?\s*$")


def _base_with_year(texts: list[str], col: int, ctx: Ctx) -> tuple[float, int] | None:
    """(value, year) of a base value whose year stands in the next column, headed "год"
    under the same "Базовое значение" ("значение | год")."""
    h = ctx.header
    assert h is not None
    value = parse_value(texts[col])
    nxt = col + 1
    if value is None or nxt >= len(texts) or not (m := _YEAR_ONLY.match(texts[nxt])):
        return None
    caption = [w for w in ctx.tools.lemmas(h.texts[nxt]) if w.isalpha()]  # no column number
    return (value, int(m.group(1))) if caption[-1:] == ["год"] else None


def _glue_word_end(name: str, end: str) -> str:
    """Put a word's end back after the first line of `name` that stops inside a word."""
    lines = name.split("\n")
    i = next((k for k, line in enumerate(lines) if line[-1:].isalpha()), 0)
    lines[i] += end
    return "\n".join(lines)
