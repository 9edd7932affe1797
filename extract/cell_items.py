"""A plan row whose activity cell lists numbered items, one per line ("1.Праздник …",
"2.Досуг …", with or without a space after the dot; or on one line, "1.Праздник … 2.Досуг …",
as a site's text export joins them), read as one activity per item.

Kindergarten and school month plans write a month in the first column and all of that
month's events in one cell; the responsibles cell beside it then names one party per item
on the same lines. A cell that opens with an unnumbered introduction ("Организация работы:
1. … 2. …") is one activity with its steps and is left whole."""

from __future__ import annotations

import re

# "1.Праздник", "2. Досуг"; not a date "1.06" nor a sub-item "1.1"
_ITEM = re.compile(r"^\s*(\d{1,2})\.(?!\d)\s*(?=\S)")


# "… 2.Досуг": an item's number glued to its first word inside a line (a site's text export
# prints the cell's lines joined by spaces)
_INLINE = re.compile(r"(?<!\S)(\d{1,2})\.(?=[«\"A-Za-zА-Яа-яЁё])")


def _inline_items(text: str) -> list[tuple[str, str]] | None:
    """Items "1.… 2.… 3.…" printed on one line, counted from 1 at the cell's start."""
    cuts: list[tuple[int, int, str]] = []
    for m in _INLINE.finditer(text):
        if int(m.group(1)) == len(cuts) + 1 and (cuts or m.start() == 0):
            cuts.append((m.start(), m.end(), m.group(1)))
    if len(cuts) < 2:
        return None
    ends = [c[0] for c in cuts[1:]] + [len(text)]
    return [(n, text[e:end].strip()) for (_, e, n), end in zip(cuts, ends, strict=True)]


def cell_items(text: str) -> list[tuple[str, str]] | None:
    """(number, text) of each numbered item of a cell listing items one per line, counted
    from 1 without a gap; lines without a number continue the item above. None for a cell
    that is not such a list (fewer than two items, or text before the first item)."""
    items: list[tuple[str, str]] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        m = _ITEM.match(line)
        if m and int(m.group(1)) == len(items) + 1 and line[m.end():]:
            items.append((m.group(1), line[m.end():].strip()))
        elif items:
            number, body = items[-1]
            items[-1] = (number, f"{body}\n{line}")
        else:
            return None
    if len(items) == 1 and "\n" not in text.strip():
        return _inline_items(text.strip())
    return items if len(items) >= 2 else None


def line_aligned(text: str, n: int) -> list[str] | None:
    """The lines of a cell that gives one line per item (as many non-empty lines as items)."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    return lines if len(lines) == n else None


# a party's capitalised first word after the last lower-case word of the one before
_JOINED = re.compile(r"(?<=[а-яё.)»])\s+(?=[А-ЯЁ][а-яё])")


def joined_aligned(text: str, n: int) -> list[str] | None:
    """A cell whose lines an export joined by spaces ("Музыкальный руководитель Воспитатели
    групп"): its parties cut where a capitalised word follows a lower-case one, when that
    gives exactly one per item."""
    parts = [p.strip() for p in _JOINED.split(text.strip()) if p.strip()]
    return parts if len(parts) == n else None


def split_row(texts: list[str], title: int | None, number: int | None,
              aligned: list[int]) -> list[list[str]] | None:
    """One row's texts per item of its title cell: the item's number in the number column
    (or before the title when there is none) and, in the `aligned` columns whose lines match
    the items one to one, that item's line; other cells are shared. None when the title
    cell is no item list or the row has a number of its own (the list is its steps)."""
    if title is None or title >= len(texts):
        return None
    if number is not None and number < len(texts) and texts[number]:
        return None
    items = cell_items(texts[title])
    if items is None:
        return None
    align = line_aligned if "\n" in texts[title].strip() else joined_aligned
    per_col = {c: lines for c in aligned
               if c < len(texts) and (lines := align(texts[c], len(items)))}
    rows = []
    for i, (n, body) in enumerate(items):
        ts = list(texts)
        if number is not None and number < len(ts):
            ts[number], ts[title] = f"{n}.", body
        else:
            ts[title] = f"{n}. {body}"
        for c, lines in per_col.items():
            ts[c] = lines[i]
        rows.append(ts)
    return rows
