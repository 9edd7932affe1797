"""Two grifs side by side that a text layer read row by row, the rows without their tab: the
council's and the approver's ("ПРИНЯТ УТВЕРЖДЕНО" / "на педагогическом совете Приказом
директора …" / "Протокол от … № 12 от … № 412"). Where one printed row holds both grifs'
requisites, the left ones are the council's minutes; the approving order's are the right ones,
the second run of a date and a number."""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.grif_table import grif_columns
from extract.facts.lines import Chunk
from extract.facts.stamps import stamp_kind

_TOP_LINES = 15
_REACH = 8  # rows of a grif under its opener
_NUMBER_NEXT = re.compile(r"\s*(?:№|N\s*\d)")


def requisites_beside_council(ctx: Ctx) -> rq.Requisites | None:
    """The approving order's requisites from a row that prints a council's grif's requisites
    and then the approver's, when the two grifs' openers share the first row."""
    lines = [x.text.strip() for x in ctx.top[:_TOP_LINES]]
    for i, line in enumerate(lines):
        openers = 1 if _twin_openers(ctx, line) else 2 if _split_openers(ctx, lines, i) else 0
        if not openers:
            continue
        rows = lines[i + openers : i + openers + _REACH]
        act = _approving_act(ctx, rows)
        for row in rows:
            right = _right_requisites(ctx, row)
            if act and right is not None:
                req = rq.read(ctx, right)
                if req.number and req.date:
                    return rq.Requisites(act, req.number, req.date)
        own = _order_row(ctx, rows)
        if own is not None:
            return own
    return None


def _split_openers(ctx: Ctx, lines: list[str], i: int) -> bool:
    """"СОГЛАСОВАНО" / "УТВЕРЖДАЮ": the two openers each on its own line, one a council's and
    one the approver's (a PDF's text layer gives each printed piece its own line; a text copy
    may run the next row's lower-case words on after the second)."""
    pair = [(x.split() or [""])[0].rstrip(":") for x in lines[i : i + 2]]
    if len(pair) < 2 or len(lines[i].split()) != 1:
        return False
    kinds = [stamp_kind(ctx, x) in ("approval", "approve_self") for x in pair]
    council = [bool(ctx.vocab.grif_other.match(x)) for x in pair]
    return (council[0] and kinds[1]) or (kinds[0] and council[1])


def _order_row(ctx: Ctx, rows: list[str]) -> rq.Requisites | None:
    """"Приказ № 54 от 28.08.24 г.": a row opening with an order's word and its number, under
    grifs whose rows interleave — the approver's order (a council's grif cites its minutes,
    "протокол № 1", never an order)."""
    for row in rows:
        m = ctx.vocab.grif_act_nominative.match(row)
        if m is None or not _NUMBER_NEXT.match(row, m.end()):
            continue
        req = rq.read(ctx, row)
        act = rq.act_type(ctx, m.group("act"))
        if act and req.number and req.date:
            return rq.Requisites(act, req.number, req.date)
    return None


def _twin_openers(ctx: Ctx, line: str) -> bool:
    """"ПРИНЯТ УТВЕРЖДЕНО", "РАССМОТРЕНО УТВЕРЖДАЮ": a council's opener, the approver's next."""
    words = line.split()
    return len(words) == 2 and bool(ctx.vocab.grif_other.match(words[0])) \
        and stamp_kind(ctx, words[1].rstrip(":")) in ("approval", "approve_self")


def _approving_act(ctx: Ctx, rows: list[str]) -> str | None:
    """The act the right grif names ("Приказом директора"): the last act word of the rows, the
    right column being read after the left one in each row."""
    found = [m.group("act") for row in rows for m in ctx.vocab.stamp_act.finditer(row)]
    if not found:  # "приказ директора …": the act's word in the nominative
        found = [m.group("act") for row in rows
                 for m in ctx.vocab.grif_act_nominative.finditer(row)]
    return rq.act_type(ctx, found[-1]) if found else None


def _right_requisites(ctx: Ctx, row: str) -> str | None:
    """The second run of requisites in a row holding two ("от 04.07 № 12 от 08.07 № 412"): from
    where a date or a number comes again; None when the row holds one run."""
    marks: list[tuple[int, int, str]] = sorted(
        [(m.start(), m.end(), "number") for m in ctx.vocab.number.finditer(row)]
        + [(m.start(), m.end(), "date") for rx in ctx.vocab.dates for m in rx.finditer(row)])
    seen: set[str] = set()
    reached = 0
    for start, end, kind in marks:
        if start < reached:  # one date two patterns read
            continue
        if kind in seen and len(seen) == 2:
            return row[start:]
        seen.add(kind)
        reached = end
    return None


def requisites_in_grif_column(ctx: Ctx) -> rq.Requisites | None:
    """The approving order's requisites in the approver's column of grifs set side by side as
    a table ("Рассмотрена" | "Принята" | "Утверждаю." / … / … | … | "Приказ № 292 от" / … | … |
    "31.08.2015 г."): the column's lines read as one grif, the date wrapped onto the next row
    included (the councils' protocols in the other columns are no order)."""
    for cells in grif_columns(ctx).values():
        columns: list[list[str]] = []
        for row, lines in cells:
            if row is cells[0][0]:
                columns.append([])
            columns[-1] += [x.strip() for x in lines if x.strip()]
        for n, column in enumerate(columns):
            if not column or stamp_kind(ctx, column[0].strip("«»\"").rstrip(":.")) not in (
                    "approval", "approve_self"):
                continue
            text = " ".join(column[1:])
            if n == len(columns) - 1 and not rq.read(ctx, text).number:
                text = f"{text} {_right_tails(ctx, cells[-1][0])}"
            req = rq.read(ctx, text)
            # "Приказ № 292 от": the act's word in the nominative right before its number
            act = _approving_act(ctx, column) or req.act_type or _act_before_number(ctx, text)
            if act and req.number and req.date:
                return rq.Requisites(act, req.number, req.date)
    return None


def _act_before_number(ctx: Ctx, text: str) -> str | None:
    m = ctx.vocab.number.search(text)
    words = text[: m.start()].split() if m else []
    return rq.act_type(ctx, words[-1].strip(".,:")) if words else None


# "… Протокол № 5 от Приказ № 92/01-04" / "… 21.11.2024 г. от 22.11.2024": the line's last act
# with its number, and a date closing the next line
_ACT_TAIL = re.compile(r"(?<![А-Яа-яЁё])(?:приказ|распоряжение|постановление)\w*\s*№\s*\S+\s*$",
                       re.IGNORECASE)
_DATE_TAIL = re.compile(r"(?<!\S)от\s*\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s*(?:г\.?|года)?\s*$")
_UNDER = 3  # lines under a grif table that may carry its columns' last lines


def _right_tails(ctx: Ctx, row: Chunk) -> str:
    """The approving order printed at the right end of the lines under a grif table whose
    rightmost column is the approver's: a text copy ran the columns' last lines together
    ("администрации Протокол № 5 от Приказ № 92/01-04" / "… от 22.11.2024"). Empty when the
    lines do not end so."""
    i = ctx.chunks.index(row)
    while i + 1 < len(ctx.chunks) and ctx.chunks[i + 1].source.table == row.source.table \
            and row.source.table is not None:
        i += 1
    under = [c.text for c in ctx.chunks[i + 1 : i + 1 + _UNDER] if c.cells is None]
    for k in range(len(under) - 1):
        act, date = _ACT_TAIL.search(under[k]), _DATE_TAIL.search(under[k + 1])
        if act and date:
            return f"{act.group(0).strip()} {date.group(0).strip()}"
    return ""
