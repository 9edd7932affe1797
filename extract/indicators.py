"""Indicator tables (name + yearly plan/fact values) and indicator lists without values.

Each row is read against the header by extract/indicator_rows.py; this module makes the rows into
indicators: names run on over rows, group rows as sections, a parent row naming the sub-rows below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.activity_cols import clean_number
from extract.cells import parse_value as cell_value
from extract.headphrase import COORDINATED, read_header
from extract.indicator_rows import (
    FOOTNOTE,
    LETTER,
    NO_VALUE,
    PAIR,
    Row,
    is_remark,
    name_column,
    parse_value,
    read_row,
    share_cols,
    unit_holds_values,
    unit_value,
    year_values,
)
from extract.layout import Ctx, GridRow, flat, numbering, strip_numbering
from extract.models import DraftIndicator, DraftValue
from extract.parent_rows import parent_name
from extract.section_rows import goal_or_task
from extract.sections import join_fragments, repair_section
from extract.vocab import contains
from ingest.models import Provenance

_LIST_DASH = re.compile(r"^[-–—•·]\s+")
_UNIT_TAIL = re.compile(r",\s*([^,]{1,30})$")
SUB_ROW = re.compile(r"^\s*(?:[-–—•·]\s*|[а-яё])")  # "- в дошкольных …", "общеобразовательных …"


def split_unit(name: str, ctx: Ctx) -> tuple[str, str | None]:
    """("name", "%") of "name, %" in a column headed "Наименование показателя, единица
    измерения"; the name unchanged when its last comma part is no unit."""
    m = _UNIT_TAIL.search(name)
    if not m:
        return name, None
    tail = m.group(1).strip().rstrip(".")
    words = [w for w in ctx.tools.lemmas(ctx.vocab.unit_rate.sub(" ", tail)) if w.isalpha()]
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
    measured: bool = False  # its row holds a value, even one no year could be given to

    def build(self, ctx: Ctx) -> DraftIndicator | None:
        # "- их доля …": a sub-row's list dash is no word of its name
        name = _LIST_DASH.sub("", flat(" ".join(self.name))).rstrip(" ;")
        if self.values or self.measured:  # "…, в том числе: | 76 | 78" measured itself, its
            # parts on rows below
            name = name.rstrip(" :")
        if not LETTER.search(name):
            return None  # "2", "3 | 4": column numbers or stray values, not a name
        name = FOOTNOTE.sub("", name)
        if ctx.header is not None and (_name_holds_unit(ctx) or _tail_unit(name, ctx)):
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
             if (got := cell_value(FOOTNOTE.sub("", v.text))) and got[1]}
    return units.pop() if len(units) == 1 else None


def _name_holds_unit(ctx: Ctx) -> bool:
    """The name column's header also names the unit and no column of its own holds it."""
    h = ctx.header
    assert h is not None
    col = name_column(ctx)
    return h.col("unit") is None and read_header(h.texts[col], ctx.tools).score("unit") >= (
        COORDINATED + 1)


def _tail_unit(name: str, ctx: Ctx) -> bool:
    """A table with no unit column prints the unit after the name's last comma ("Доля …,
    процентов", "Число …, единиц"): the tail is unit words only, with no number (", 2020 год"
    is a year, not a unit)."""
    assert ctx.header is not None
    m = _UNIT_TAIL.search(name)
    return (ctx.header.col("unit") is None and m is not None and not any(
        ch.isdigit() for ch in m.group(1)) and len(m.group(1).split()) <= 2
        and split_unit(name, ctx)[1] is not None)


def _unit_from_name(name: str, ctx: Ctx) -> str | None:
    lemmas = ctx.tools.lemmas(name)[:3]
    for words, unit in ctx.vocab.name_units:
        if contains(lemmas, words) and lemmas[: len(words)] == list(words):
            return unit
    return None


def extract_indicators(ctx: Ctx) -> list[DraftIndicator]:
    """Indicators of an indicator table or list (its header names the indicator column)."""
    h = ctx.header
    assert h is not None
    items: list[_Item | str] = []  # str: a section title (kept for continuation lines)
    section: str | None = None
    used: list[str] = []
    years = {c: h.years[c] for c in h.value_cols if c in h.years} or _heading_years(ctx)
    glued = unit_holds_values(ctx)
    shares = share_cols(ctx) if glued is not None else []
    for c in h.value_cols:
        if c not in years and c not in shares and not _lists_years(ctx, c):
            ctx.warnings.append(f"table {ctx.table.index}: value column {c + 1} has no year")
    read = [(row, read_row(row.texts, ctx)) for row in ctx.body]
    unvalued: set[int] = set()
    if glued is not None:
        years, read, unvalued = _unit_values(ctx, glued, read)
    grouped = _numbered_groups([r for _, r in read])
    parents = _parent_rows(read)
    parent: str | None = None
    parent_unit = ""
    for i, (row, r) in enumerate(read):
        if not r.name and not r.values:
            continue
        values = {c: t for c, t in r.values.items() if not is_remark(t, ctx)}
        text = join_fragments(r.name)
        if _total_row(text, ctx):
            ctx.note("indicator_total_row", f"{ctx.where(row)} is the table's total")
            continue
        if i in parents:
            parent, parent_unit = parent_name(text, ctx, split_unit)
            ctx.note("indicator_parent_row", f"{ctx.where(row)} names the indicators below")
            continue
        if parent and r.values and SUB_ROW.match(text):
            r = Row(number=r.number, name=[f"{parent} — {_sub_name(text)}"],
                    unit=r.unit or parent_unit,
                    values=r.values, shift=r.shift)
        elif r.values or r.name:
            parent = None
        if grouped and r.number and r.values and (split := split_merged_group(text)):
            ctx.warnings.append(
                f"{ctx.where(row)}: a group row and an indicator row printed as one, "
                "split where the indicator's name starts"
            )
            section = _section([r.number, split[0]], row, ctx, items, used)
            r = Row(name=[split[1]], unit=r.unit, values=r.values, shift=r.shift)
        # a numbered row is an indicator even without a value when no column gives it a year,
        # or when its value cell holds an answer ("да"); not a section row of the form
        listed = not years or glued is not None
        measured = ctx.unit_marks_items and bool(r.unit) and _only_unit(r.unit, ctx)
        # the unit column holding the values: a row with a value or an answer there is an
        # indicator even where its number is lost or garbled ("1Л.2" of a scan)
        answered = glued is not None and i not in unvalued and bool(r.name)
        if r.values or measured or ((r.number or answered) and listed and i not in unvalued):
            if answered and not r.number:
                ctx.note("indicator_unit_answer", f"{ctx.where(row)}: no number, but its unit "
                         "cell holds a value: an indicator, not a section")
            item = _new_item(r, row, section, ctx, items)
            item.measured = glued is not None and i not in unvalued
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


def _lists_years(ctx: Ctx, col: int) -> bool:
    """Every filled cell of the column names the years of its values ("2015 г. 40; 2016 г.
    55"): the column needs no year of its own."""
    cells = [t for row in ctx.body if (t := row.text(col))]
    return bool(cells) and all(year_values(t) for t in cells)


def _unit_values(ctx: Ctx, col: int, read: list[tuple[GridRow, Row]]
                 ) -> tuple[dict[int, int], list[tuple[GridRow, Row]], set[int]]:
    """The unit column holds the values ("58 человек/100%"): each row's value and unit split
    apart, of the heading's year ("… за 2020 год"); with no year they cannot be tied to one and
    are left out. Rows with no value there ("Образовательная деятельность | человек") are
    section rows. Gives the years, the rows and the indexes of rows without a value."""
    years = {col: ctx.year} if ctx.year is not None else {}
    ctx.note("indicator_unit_values", f"unit column {col + 1} holds "
             + (f"the values of {ctx.year}" if years else "the values (no year: left empty)"))
    out: list[tuple[GridRow, Row]] = []
    unvalued: set[int] = set()
    for i, (row, r) in enumerate(read):
        got = unit_value(r.unit) if r.unit else None
        if got is None and _only_unit(r.unit, ctx):
            unvalued.add(i)  # "Инфраструктура | кв. м": a section row
            out.append((row, r))
            continue
        if got is None:  # "да", "имеется": an answer, not a number
            out.append((row, Row(number=r.number, name=r.name, shift=r.shift, base=r.base)))
            continue
        values = {col: got[0]} if years else {}
        out.append((row, Row(number=r.number, name=r.name, unit=got[1] or "", values=values,
                             shift=r.shift, base=r.base)))
    return years, out, unvalued


def _only_unit(text: str, ctx: Ctx) -> bool:
    """An empty cell or one of unit words only ("человек", "кв. м", "%")."""
    words = [w for w in ctx.tools.lemmas(text) if w.isalpha()]
    return text.strip() in ("", "%") or (bool(words) and all(w in ctx.vocab.unit_words
                                                            for w in words))


def _heading_years(ctx: Ctx) -> dict[int, int]:
    """No value column names a year ("Значение, утвержденное … на отчетный период |
    Фактическое значение за отчетный период") but the heading right above the table names
    one ("Отчет … за 2013 год"), or else the title block above the first table does ("Заключение
    … за 6 месяцев 2022 года"): every value column is of that year, when their kinds tell them
    apart (one plan, one fact — never two values of one kind for one year)."""
    h = ctx.header
    assert h is not None
    cols = h.value_cols
    kinds = [h.kinds.get(c) for c in cols]
    year, whose = (ctx.year, "heading") if ctx.year is not None else (ctx.title_year, "title")
    if ctx.year is not None and kinds == [None]:
        # one value column of no kind ("Значение") under a heading naming one year ("Показатели
        # … по итогам самообследования за 2025 год"): that year's values, the document's kind
        ctx.note("indicator_heading_year_one",
                 f"value column {cols[0] + 1} of {year} ({ctx.default_kind}, the heading's year)")
        return {cols[0]: ctx.year}
    if year is None or not cols or None in kinds or len(set(kinds)) != len(kinds):
        return {}
    ctx.note("indicator_heading_year",
             f"value columns {[c + 1 for c in cols]} of {year} (the {whose}'s year)")
    return dict.fromkeys(cols, year)


def _parent_rows(read: list[tuple[GridRow, Row]]) -> set[int]:
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


def _total_row(text: str, ctx: Ctx) -> bool:
    """"ИТОГО" (its unit beside it, "ИТОГО Чел."): a total row of the rows above it."""
    words = [w for w in ctx.tools.lemmas(text) if w.isalpha()]
    return bool(words) and words[0] in ctx.vocab.total_words \
        and all(w in ctx.vocab.total_words or w in ctx.vocab.unit_words for w in words)


def _sub_name(text: str) -> str:
    """A sub-row's own words without its list dash and final punctuation."""
    return flat(text).lstrip("-–—•· ").rstrip(" ;,.")


def _numbered_groups(rows: list[Row]) -> bool:
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
    elif labelled is not None:
        # "Задача 1. …" over indicators names a task of the programme (CONTRACT `tasks`),
        # under the table's "Цель: …" row or with no goal row above it
        ctx.tasks.append(labelled[1])
        ctx.note("indicator_task_row", f"{ctx.where(row)} → task {labelled[1][:60]!r}")
    ctx.note("indicator_group_row", f"{ctx.where(row)} → section {section!r} ({how})")
    if how == "unsure":
        ctx.warnings.append(f"section title at {ctx.where(row)} garbled, kept as {section!r}")
    return section


def _new_item(r: Row, row: GridRow, section: str | None, ctx: Ctx, items: list) -> _Item:
    number = r.number
    name = [join_fragments(r.name)] if r.name else []
    if not number and name and (n := numbering(name[0])):
        number, name[0] = n, strip_numbering(name[0])
    elif not number and name and (code := ctx.vocab.name_code.match(name[0])):
        number, name[0] = code.group(1), name[0][code.end():]
        ctx.note("indicator_name_code", f"{ctx.where(row)}: registry code {number} before the name")
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
        if listed := year_values(t):  # the cell's own years over its column's
            _set_listed(item, c, listed, ctx)
        elif c in years and c in h.pairs and (m := PAIR.match(t)):
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


def _set_listed(item: _Item, col: int, listed: list[tuple[int, str]], ctx: Ctx) -> None:
    """Values of a cell naming the year of each ("2009 г. 84,6; 2010 г. 90,0")."""
    h = ctx.header
    assert h is not None
    kind = h.kinds.get(col) or ctx.default_kind
    for part, (year, number) in enumerate(listed):
        item.values[(col, part)] = DraftValue(year=year, kind=kind,  # type: ignore[arg-type]
                                              text=number, value=parse_value(number))
    ctx.note("values_by_year_in_cell", f"{item.where}: {len(listed)} values with their years")


def _set_pair(item: _Item, col: int, year: int, m: re.Match[str], ctx: Ctx) -> None:
    """Both values of a "58/60" cell under a "план/факт" caption, in the caption's order."""
    h = ctx.header
    assert h is not None
    kinds = h.pairs[col]
    for part, (kind, number) in enumerate(zip(kinds, m.groups(), strict=True)):
        if NO_VALUE.match(number):
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
