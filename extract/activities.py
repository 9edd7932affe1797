"""Activity tables: one DraftActivity per data row, wrapped and shifted rows (the table's columns
are read by extract/activity_cols.py, its section rows told by extract/section_rows.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extract.activity_cols import Cols, cell_roles, clean_number, read_cols
from extract.cell_fit import DATE as _DATE
from extract.cell_fit import realign
from extract.cell_items import split_row
from extract.cells import slash_parties
from extract.cut_rows import cut_row
from extract.grids import Period, marked
from extract.grids import deadline_text as grid_deadline
from extract.layout import Ctx, GridRow, flat, numbering, strip_numbering
from extract.list_rows import closed_item, own_fields
from extract.models import DraftActivity
from extract.party_rows import party_continuation
from extract.section_rows import (
    arabic_items,
    goal_or_task,
    group_texts,
    listed,
    parents_of,
    section_rule,
    year_row,
)
from extract.sections import section_names
from ingest.models import Provenance

# "- ведение журнала …;", "- «Книги …»": a list item's marker
_LIST_DASH = re.compile(r"^[-–—•·]\s+(?=[\w«\"„(])")
_SIBLING_WORDS = 3  # the opening words a parallel row repeats ("Соревнования по баскетболу")


# ---------------------------------------------------------------- rows


def with_year(deadline: str | None, year: int | None) -> str | None:
    """A deadline written without a year under a year group row, with that year added in
    brackets ("Январь - февраль" under "2021 год" → "Январь - февраль (2021 год)")."""
    if not deadline or year is None or _DATE.search(deadline):
        return deadline
    return f"{deadline} ({year} год)"


@dataclass
class _Item:
    number: str | None
    section: str | None
    source: Provenance
    texts: dict[str, list[str]] = field(default_factory=dict)
    periods: list[Period] = field(default_factory=list)  # marked grid columns (quarters)
    year: int | None = None  # the year of a group row above ("2021 год")
    sub: bool = False  # one of the rows a lead-in row ("Проведение мониторинга:") lists

    def add(self, name: str, text: str) -> None:
        if text:
            self.texts.setdefault(name, []).append(text)

    def build(self) -> DraftActivity | None:
        def get(name: str, how: Callable[[str], str] = flat) -> str | None:
            parts = self.texts.get(name)
            return how("\n".join(parts)) if parts else None

        title = get("title")
        if title:
            title = title.rstrip(" ;")  # a list item's closing mark is no word of its title
        if not title:
            return None
        return DraftActivity(
            number=self.number,
            section=self.section,
            title=title,
            deadline_text=with_year(get("deadline") or grid_deadline(self.periods), self.year),
            # line breaks kept: normalize/party_split.py tells a wrapped line from a new party
            responsibles_text=get("responsibles", slash_parties),
            result_text=get("result"),
            status_text=get("mark"),
            source=self.source,
        )


def extract_activities(ctx: Ctx) -> list[DraftActivity]:
    """Activities of an activity table (its header must name the columns)."""
    cols = read_cols(ctx)
    aligned: list[tuple[GridRow, list[str]]] = []
    for row in ctx.body:
        texts, shifted = realign(row.texts, cell_roles(ctx, cols, len(row.texts)), ctx)
        if shifted is not None:
            ctx.warnings.append(
                f"activity row at {ctx.where(row)}: cells shifted by an empty cell "
                f"in column {shifted + 1}, realigned by content"
            )
            ctx.note("realign_by_content", f"{ctx.where(row)} shifted from col {shifted + 1}")
        aligned.append((row, texts))
    parents = parents_of(aligned, cols)
    arabic = arabic_items(aligned, cols)
    plan = [(row, ts, section_rule(row, ts, cols, ctx, parents, arabic)) for row, ts in aligned]
    names = section_names([(r, group_texts(ts, cols, rule)) for r, ts, rule in plan if rule],
                          ctx)
    items: list[_Item] = []
    section: str | None = None
    year: int | None = None
    for row, texts, rule in plan:
        if rule and (y := year_row(" ".join(t for t in texts if t))):
            year = y  # "2021 год" over the rows of that year: not a section
            ctx.note("year_group_row", f"{ctx.where(row)} → year {y} for deadlines below")
        elif rule and items and (party := party_continuation(
                texts, cols, bool(items[-1].texts.get("responsibles")), ctx)):
            items[-1].add("responsibles", party)  # the cell's next line, a row of its own
            ctx.note("party_continuation_row", f"{ctx.where(row)} → responsible {party!r}")
        elif rule:
            section = names[row.pos]
            if (labelled := goal_or_task(section, ctx)) is not None:
                kind, section = labelled
                (ctx.goals if kind == "goal" else ctx.tasks).extend(listed(section))
            ctx.note(rule, f"{ctx.where(row)} → section {section!r}")
        else:
            n = len(items)
            for ts in _item_rows(row, texts, cols, ctx):
                _add_row(row, ts, cols, items, section, ctx)
            for item in items[n:]:
                item.year = year
    if ctx.ends_text and aligned:
        _drop_cut_row(items, aligned, cols, ctx)
    return [a for a in (i.build() for i in items) if a is not None]


def _drop_cut_row(items: list[_Item], aligned: list[tuple[GridRow, list[str]]], cols: Cols,
                  ctx: Ctx) -> None:
    """The text's last row, cut by the text's end (extract/cut_rows.py), is no activity."""
    row, texts = aligned[-1]
    if not items or items[-1].source != row.source:
        return
    item = items[-1]
    fields = [t for k, ts in item.texts.items() if k != "title" for t in ts]
    others = bool(cols.fields) and (len(items) == 1 or any(
        k != "title" for i in items[:-1] for k in i.texts))
    why = cut_row(texts, " ".join(item.texts.get("title", [])), fields, others, ctx.tools,
                  [ts for _, ts in aligned[:-1]], unclosed=row.cut)
    if why is None:
        return
    items.pop()
    ctx.warnings.append(f"activity row at {ctx.where(row)}: cut by the end of the text "
                        f"({why}), left out")
    ctx.note("cut_by_text_end", f"{ctx.where(row)}: {why}")


def _item_rows(row: GridRow, texts: list[str], cols: Cols, ctx: Ctx) -> list[list[str]]:
    """The row's texts, or one per numbered item of its activity cell (extract/cell_items)."""
    split = split_row(texts, cols.title, cols.number, cols.fields.get("responsibles", []))
    if split is None:
        return [texts]
    ctx.note("cell_items", f"{ctx.where(row)} lists {len(split)} numbered items in one cell")
    return split


def _restates(number: str, inner: str | None) -> bool:
    """The title opens with the row's number or an item under it ("1." and "1.1.")."""
    if not inner or "." not in inner:
        return False  # "1 сентября": a date, not an item number
    a, b = clean_number(number), clean_number(inner)
    return bool(a and b) and (a == b or (b or "").startswith(f"{a}."))


def _spans_rows(row: GridRow, col: int) -> bool:
    cell = row.slots[col] if col < len(row.slots) else None
    return cell is not None and cell.row_span > 1


def _merged_from_above(row: GridRow, cols: Cols) -> bool:
    """The number and title cells are merged down from the row above: one activity over
    several rows (one per source of financing)."""
    keys = [c for c in (cols.number, cols.title) if c is not None]
    return bool(keys) and all(c < len(row.own) and not row.own[c] and row.slots[c] is not None
                              for c in keys)


def _add_split(row: GridRow, texts: list[str], cols: Cols, item: _Item, ctx: Ctx) -> None:
    """A row of the activity above: its own cells add what the activity does not say yet."""
    ctx.note("split_row", f"{ctx.where(row)} continues the activity above (merged number)")
    for name, cs in cols.fields.items():
        for c in cs:
            if c < len(texts) and c < len(row.own) and row.own[c] \
                    and texts[c] not in item.texts.get(name, []):
                item.add(name, texts[c])


def _detail_row(row: GridRow, texts: list[str], cols: Cols, item: _Item) -> bool:
    """An unnumbered row under an activity that repeats its executor ("Муниципальное
    образование - … район, в том числе:" with the executor and a sum): a recipient of its
    money, no line of its title. An executor cell merged down from the row above repeats
    nothing: the row is the same activity's (its title goes on)."""
    resp = own_fields(row, texts, cols, ("responsibles",))
    return bool(resp) and all(r in item.texts.get("responsibles", []) for r in resp)


def _sibling_title(title: str, item: _Item) -> bool:
    """"Соревнования по баскетболу среди юношей" / "… среди девушек": an unnumbered row
    whose title opens with the words of the activity above is a parallel activity (often
    with the same executor), not a wrapped line or a detail of it."""
    above = " ".join(item.texts.get("title", [])).lower().split()
    words = title.lower().split()
    return len(words) >= _SIBLING_WORDS and words[:_SIBLING_WORDS] == above[:_SIBLING_WORDS] \
        and words != above


def _total_title(title: str, ctx: Ctx) -> bool:
    """A title opening with the total word ("Итого", "ИТОГО по подпрограмме"): no activity."""
    words = [w for w in ctx.tools.lemmas(title) if w.isalpha()][:1]
    return bool(words) and words[0] in ctx.vocab.total_words


def _dated_title(number: str, title: str, ctx: Ctx) -> bool:
    """"1 сентября – День знаний": a day and its month open the title, no item number."""
    words = title.split()
    month = len(words) > 1 and ctx.tools.lemma(words[1]) in ctx.vocab.month_words
    return number.isdigit() and month


def _lead_in(item: _Item) -> bool:
    """A row whose title ends with a colon and says nothing else ("Проведение мониторинга:",
    "Организация работы:"): it introduces the rows below, it is no activity of its own."""
    title = " ".join(item.texts.get("title", [])).rstrip()
    return title.endswith(":") and not any(ts for k, ts in item.texts.items() if k != "title")


def _sub_item(row: GridRow, texts: list[str], cols: Cols, items: list[_Item], ctx: Ctx) -> bool:
    """An unnumbered row with its own date or executor under a lead-in row, or under a row
    listed by one: an activity of its own. The lead-in row itself is dropped (a dash list in
    the lead-in's own cell stays one activity: it has no rows below)."""
    own = own_fields(row, texts, cols, ("deadline", "responsibles"))
    above = items[-1]
    if not own or not (above.sub or _lead_in(above)):
        return False
    if not above.sub:
        items.pop()
        ctx.note("lead_in_row", f"lead-in row {above.source.row} lists the rows below: no "
                 "activity of its own")
    ctx.note("sub_item_row", f"{ctx.where(row)} has its own date or executor under a lead-in")
    return True


def _add_row(
    row: GridRow, texts: list[str], cols: Cols, items: list[_Item], section: str | None, ctx: Ctx
) -> None:
    number = texts[cols.number] if cols.number is not None else ""
    title = texts[cols.title] if cols.title is not None else ""
    group = next((texts[c] for c in cols.groups if texts[c]), None)
    if cols.number is not None and number and numbering(number) != number and not title:
        title, number = number, ""  # the number column holds the title (row shifted left)
    if not number and title and (n := numbering(title)) and cols.number is None \
            and not _dated_title(n, title, ctx):
        number, title = n, strip_numbering(title)
    elif number and title and _restates(number, numbering(title)):
        # "1." | "1.1. Реализация …": the title's own item number is the row's, the deeper one
        number, title = numbering(title) or number, strip_numbering(title)
    if not number and _total_title(title, ctx):  # "Итого" / "Итого по задаче 1:": a sum
        ctx.note("total_row", f"{ctx.where(row)} sums the money of the rows above")
        return
    wrapped = not number and items and (cols.number is not None or title[:1].islower())
    if wrapped and _sibling_title(title, items[-1]):
        wrapped = False
        ctx.note("sibling_row", f"{ctx.where(row)} opens like the activity above: its own")
    elif wrapped and closed_item(title, row, texts, cols, items[-1]):
        wrapped = False
        ctx.note("list_item_row", f"{ctx.where(row)} follows an item closed by ';': its own")
    if items and _merged_from_above(row, cols):
        _add_split(row, texts, cols, items[-1], ctx)
        return
    sub = not number and bool(title) and bool(items) and _sub_item(row, texts, cols, items, ctx)
    if sub:
        wrapped = False
    if wrapped and items and _detail_row(row, texts, cols, items[-1]):
        ctx.note("detail_row", f"{ctx.where(row)} details the row above (its executor again)")
        return
    if wrapped and not group:
        item = items[-1]
        ctx.note("continuation_row", f"{ctx.where(row)} continues the row above")
    elif title:
        owned = group and cols.number is not None and _spans_rows(row, cols.number)
        # a № merged down with its stage numbers the stage, not each activity beside it
        item = _Item(None if owned else clean_number(number), flat(group) if group else section,
                     row.source, sub=sub)
        items.append(item)
        ctx.note("activity_row", f"{ctx.where(row)} → activity {item.number or ''}")
        if _LIST_DASH.match(title):  # a row of its own: the dash is no word of its title
            title = _LIST_DASH.sub("", title).rstrip(" ;")
    else:
        ctx.note("skipped_row", f"{ctx.where(row)} has no activity title")
        return
    item.add("title", title)
    item.periods.extend(p for c, p in cols.periods.items() if c < len(texts) and marked(texts[c]))
    for name, cs in cols.fields.items():
        parts = [texts[c] for c in cs
                 # a cell merged down over a wrapped row was already taken with its own row
                 if c < len(texts) and not (wrapped and c < len(row.own) and not row.own[c])]
        if name == "deadline" and cols.ranged:
            parts = [" - ".join(t for t in parts if t)]  # "Начало | Окончание" as one range
        for text in parts:
            item.add(name, text)
