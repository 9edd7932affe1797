"""Indicator tables (name + yearly plan/fact values) and indicator lists without values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.activities import clean_number, goal_or_task
from extract.cells import parse_value as cell_value
from extract.headphrase import COORDINATED, read_header
from extract.layout import Ctx, GridRow, flat, numbering, strip_numbering
from extract.models import DraftIndicator, DraftValue
from extract.sections import join_fragments, repair_section
from extract.vocab import contains
from ingest.models import Provenance

_NUM = r"[-−]?\d+(?:[.,]\d+)?"
_GLUED = re.compile(rf"^([а-яё]{{1,15}})\s+((?:{_NUM})\s*%?)$")  # "ных 10": word end + value
_NONE = re.compile(r"^\s*[-–—]+\s*$|^\s*(нет данных|н/д|x|х|\*)\s*$", re.I)
_FOOTNOTE = re.compile(r"\s*(?:<\d{1,2}>|\*{1,3}|\(\d{1,2}\))\s*$")
_LIST_DASH = re.compile(r"^[-–—•·]\s+")
# "58/60": plan and fact of one year; a dash for the one not known ("70/-")
_PAIR = re.compile(rf"^\s*({_NUM}|[-–—])\s*/\s*({_NUM}|[-–—])\s*$")
_UNIT_TAIL = re.compile(r",\s*([^,]{1,30})$")
_LETTER = re.compile(r"[А-Яа-яЁёA-Za-z]")
NAME_ROLES = ("indicator", "result", "activity")  # the column holding names, best first
# Columns read as part of an indicator row: the name column, its number, unit and values; a
# column with any other role (responsible, result text after the years, ratio, source,
# programme name, mark) is not glued onto the name.
OWN_ROLES = frozenset({"number", "unit", "value"})
SUB_ROW = re.compile(r"^\s*(?:[-–—•·]\s*|[а-яё])")  # "- в дошкольных …", "общеобразовательных …"


def parse_value(text: str) -> float | None:
    """The number written in a value cell ("50", "12,5 %", "20 чел."), or None."""
    got = cell_value(_FOOTNOTE.sub("", text))
    return got[0] if got else None


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
    if _NONE.match(text):
        return True
    lemmas = ctx.tools.lemmas(text)
    return (not any(ch.isdigit() for ch in text) and bool(lemmas)
            and lemmas[0] in ctx.vocab.remark_words and len(text) <= 60)


def split_unit(name: str, ctx: Ctx) -> tuple[str, str | None]:
    """("name", "%") of "name, %" in a column headed "Наименование показателя, единица
    измерения"; the name unchanged when its last comma part is no unit."""
    m = _UNIT_TAIL.search(name)
    if not m:
        return name, None
    tail = m.group(1).strip().rstrip(".")
    words = [w for w in ctx.tools.lemmas(tail) if w.isalpha()]
    if tail == "%" or (words and all(w in ctx.vocab.unit_words for w in words)):
        return name[: m.start()].rstrip(), m.group(1).strip()
    return name, None


@dataclass
class _Item:
    number: str | None
    section: str | None
    source: Provenance
    ordinal: int
    where: str
    name: list[str] = field(default_factory=list)
    unit: str | None = None
    # (column, part): a "план/факт" cell gives two values, parts 0 and 1
    values: dict[tuple[int, int], DraftValue] = field(default_factory=dict)

    def build(self, ctx: Ctx) -> DraftIndicator | None:
        # "- их доля …": a sub-row's list dash is no word of its name
        name = _LIST_DASH.sub("", flat(" ".join(self.name))).rstrip(" ;")
        if self.values:  # "…, в том числе: | 76 | 78" measured itself, its parts on rows below
            name = name.rstrip(" :")
        if not _LETTER.search(name):
            return None  # "2", "3 | 4": column numbers or stray values, not a name
        name = _FOOTNOTE.sub("", name)
        if ctx.header is not None and _name_holds_unit(ctx):
            name, tail = split_unit(name, ctx)
            self.unit = self.unit or tail
        unit = (self.unit or _unit_from_name(name, ctx) or _unit_from_values(self.values.values())
                or ctx.unit)
        return DraftIndicator(
            number=self.number,
            section=self.section,
            name=name,
            unit=unit,
            values=tuple(self.values[c] for c in sorted(self.values)),
            source=self.source,
        )


def _unit_from_values(values: object) -> str | None:
    """The unit written after the numbers of the value cells ("87,5 %", "20 чел.")."""
    units = {got[1] for v in values  # type: ignore[attr-defined]
             if (got := cell_value(_FOOTNOTE.sub("", v.text))) and got[1]}
    return units.pop() if len(units) == 1 else None


def _name_holds_unit(ctx: Ctx) -> bool:
    """The name column's header also names the unit and no column of its own holds it."""
    h = ctx.header
    assert h is not None
    col = _name_col(ctx)
    return h.col("unit") is None and read_header(h.texts[col], ctx.tools).score("unit") >= (
        COORDINATED + 1)


def _name_col(ctx: Ctx) -> int:
    h = ctx.header
    assert h is not None
    return next((c for r in NAME_ROLES if (c := h.col(r)) is not None), 0)


def _unit_from_name(name: str, ctx: Ctx) -> str | None:
    lemmas = ctx.tools.lemmas(name)[:3]
    for words, unit in ctx.vocab.name_units:
        if contains(lemmas, words) and lemmas[: len(words)] == list(words):
            return unit
    return None


@dataclass
class _Row:
    """A row read against the header: its number, name parts, unit and value cells."""

    number: str = ""
    name: list[str] = field(default_factory=list)
    unit: str = ""
    values: dict[int, str] = field(default_factory=dict)
    shift: int = 0
    base: tuple[int, str, float, int] | None = None  # (column, text, value, year) of a base cell


def _read_row(texts: list[str], ctx: Ctx) -> _Row:
    h = ctx.header
    assert h is not None
    name_col = _name_col(ctx)
    num_col, unit_col, value_cols = h.col("number"), h.col("unit"), set(h.value_cols)
    out = _Row()
    spill = _name_spill(ctx, name_col)
    filled = [(c, t) for c, t in enumerate(texts) if t]
    # Rows after a page break may have lost an empty leading cell: the name then stands left of
    # its column and every cell is shifted; measure the shift on the first cell with words.
    first_words = next((c for c, t in filled if _LETTER.search(t) and not _GLUED.match(t)), None)
    at_name = texts[name_col] if name_col < len(texts) else ""
    numbered_in_place = num_col is not None and num_col < (first_words or 0) and bool(
        numbering(texts[num_col]))  # the row's number stands in its column: nothing was lost
    if (
        first_words is not None
        and first_words < name_col
        and not numbered_in_place
        and (not _LETTER.search(at_name) or _GLUED.match(at_name))
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
        elif lc in h.pairs and _PAIR.match(t):
            out.values[lc] = t  # "58/60" under "план/факт"
        elif lc in value_cols and (parse_value(t) is not None or is_remark(t, ctx)):
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


def extract_indicators(ctx: Ctx) -> list[DraftIndicator]:
    """Indicators of an indicator table or list (its header names the indicator column)."""
    h = ctx.header
    assert h is not None
    items: list[_Item | str] = []  # str: a section title (kept for continuation lines)
    section: str | None = None
    used: list[str] = []
    years = {c: h.years[c] for c in h.value_cols if c in h.years}
    for c in h.value_cols:
        if c not in years:
            ctx.warnings.append(f"table {ctx.table.index}: value column {c + 1} has no year")
    read = [(row, _read_row(row.texts, ctx)) for row in ctx.body]
    grouped = _numbered_groups([r for _, r in read])
    parents = _parent_rows(read)
    parent: str | None = None
    for i, (row, r) in enumerate(read):
        if not r.name and not r.values:
            continue
        values = {c: t for c, t in r.values.items() if not is_remark(t, ctx)}
        text = join_fragments(r.name)
        if i in parents:
            parent = flat(strip_numbering(text)).rstrip(" :")
            ctx.note("indicator_parent_row", f"{ctx.where(row)} names the indicators below")
            continue
        if parent and r.values and SUB_ROW.match(text):
            r = _Row(number=r.number, name=[f"{parent} — {_sub_name(text)}"], unit=r.unit,
                     values=r.values, shift=r.shift)
        elif r.values or r.name:
            parent = None
        if grouped and r.number and r.values and (split := split_merged_group(text)):
            ctx.warnings.append(
                f"{ctx.where(row)}: a group row and an indicator row printed as one, "
                "split where the indicator's name starts"
            )
            section = _section([r.number, split[0]], row, ctx, items, used)
            r = _Row(name=[split[1]], unit=r.unit, values=r.values, shift=r.shift)
        if r.values or (r.number and not years):
            item = _new_item(r, row, section, ctx, items)
            _set_values(item, values, years, ctx, set(r.values))
            if r.base and r.base[3] not in {v.year for v in item.values.values()}:
                col, cell, number, year = r.base
                item.values[(col, 0)] = DraftValue(year=year, kind="fact", text=cell, value=number,
                                              year_in_cell=True)
        elif text[:1].islower() and items:
            section = _continue(items, text, ctx, row) or section
        elif r.name:
            section = _section([r.number, *r.name] if r.number else r.name, row, ctx, items, used)
    return [i for i in (x.build(ctx) for x in items if isinstance(x, _Item)) if i is not None]


def _parent_rows(read: list[tuple[GridRow, _Row]]) -> set[int]:
    """Rows without values ending in ":" whose next rows are sub-rows with values ("Доля
    организаций, …:" over "- дошкольных | 40 | 50"): their indicators are named after them."""
    out = set()
    for i, (_row, r) in enumerate(read[:-1]):
        text = join_fragments(r.name).rstrip()
        nxt = read[i + 1][1]
        if (text.endswith(":") and not r.values and nxt.values
                and SUB_ROW.match(join_fragments(nxt.name))):
            out.add(i)
    return out


def _sub_name(text: str) -> str:
    """A sub-row's own words without its list dash and final punctuation."""
    return flat(text).lstrip("-–—•· ").rstrip(" ;,.")


def _numbered_groups(rows: list[_Row]) -> bool:
    """The table numbers its group rows (no values) and leaves its indicator rows unnumbered."""
    groups = any(r.number and r.name and not r.values for r in rows)
    return groups and any(r.values and not r.number for r in rows)


def split_merged_group(text: str) -> tuple[str, str] | None:
    """(group, indicator name) of a cell holding both: a line that starts a new sentence."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i][:1].isupper() and not lines[i - 1].rstrip().endswith((",", ":", "-", "«", "(")):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return None


def _section(parts: list[str], row: GridRow, ctx: Ctx, items: list, used: list[str]) -> str:
    section, how = repair_section(parts, ctx, used)
    used.append(section)
    items.append(section)
    if (labelled := goal_or_task(section, ctx)) is not None and labelled[0] == "goal":
        ctx.goals.append(labelled[1])  # "Цель: …" over indicators: the programme's goal
    ctx.note("indicator_group_row", f"{ctx.where(row)} → section {section!r} ({how})")
    if how == "unsure":
        ctx.warnings.append(f"section title at {ctx.where(row)} garbled, kept as {section!r}")
    return section


def _new_item(r: _Row, row: GridRow, section: str | None, ctx: Ctx, items: list) -> _Item:
    number = r.number
    name = [join_fragments(r.name)] if r.name else []
    if not number and name and (n := numbering(name[0])):
        number, name[0] = n, strip_numbering(name[0])
    ordinal = sum(isinstance(x, _Item) for x in items) + 1
    item = _Item(
        clean_number(number) if number else None, section, row.source, ordinal, ctx.where(row), name
    )
    item.unit = r.unit or None
    items.append(item)
    rule = "indicator_row_shifted" if r.shift else "indicator_row"
    ctx.note(rule, f"{ctx.where(row)} → indicator {item.number or ordinal}")
    return item


def _set_values(item: _Item, values: dict[int, str], years: dict[int, int], ctx: Ctx,
                written: set[int] | None = None) -> None:
    """Values of the year columns; a year whose cell is empty is warned about, one marked "–"
    (no value by design) is not."""
    h = ctx.header
    assert h is not None
    for c, t in values.items():
        if c in years and c in h.pairs and (m := _PAIR.match(t)):
            _set_pair(item, c, years[c], m, ctx)
        elif c in years:
            kind = h.kinds.get(c) or ctx.default_kind
            item.values[(c, 0)] = DraftValue(year=years[c], kind=kind, text=t,  # type: ignore[arg-type]
                                             value=parse_value(t))
    seen = values.keys() | (written or set())
    missing = [years[c] for c in sorted(years) if c not in seen]
    if values and missing:
        ctx.warnings.append(
            f"indicator row of {item.where} has {len(values)} values for "
            f"{len(years)} years: {', '.join(map(str, missing))} left empty"
        )


def _set_pair(item: _Item, col: int, year: int, m: re.Match[str], ctx: Ctx) -> None:
    """Both values of a "58/60" cell under a "план/факт" caption, in the caption's order."""
    h = ctx.header
    assert h is not None
    kinds = h.pairs[col]
    for part, (kind, number) in enumerate(zip(kinds, m.groups(), strict=True)):
        if _NONE.match(number):
            continue
        item.values[(col, part)] = DraftValue(year=year, kind=kind,  # type: ignore[arg-type]
                                              text=m.group(0), value=parse_value(number))
    ctx.note("plan_fact_pair", f"{item.where}: {m.group(0)!r} → {' and '.join(kinds)} of {year}")


def _continue(items: list, text: str, ctx: Ctx, row: GridRow) -> str | None:
    """Append a lower-case text-only row to the name above; the new section name if it was one."""
    last = items[-1]
    if isinstance(last, _Item):
        last.name.append(text)
        ctx.note("indicator_name_continues", f"{ctx.where(row)} continues the name above")
        return None
    items[-1] = f"{last} {text}".rstrip(" :;")
    ctx.note("section_continues", f"{ctx.where(row)} continues the section above")
    return items[-1]
