"""A drawn header over an open body: old documents and their text exports frame only the
header (cp866 pseudographics "----T----¬ ¦ +---+ L---+", or box drawing) and print the rows
below it without verticals, aligned by spaces under the header's columns, a long name wrapped
onto the following lines.

Such a body line is a frame line whose verticals were erased: at every column boundary of the
header it has a space (or has ended). Read that way, the lines become frame lines again and the
frame reader splits them into rows by their numbers, as for any table drawn without rules
between its rows. The body starts right under the header's last rule with a row (a number in
the first column, or text in two columns or more) and ends at the first line that is not
aligned, or at a blank line that no row follows.
"""

from __future__ import annotations

from ingest.text.frame_grid import boundaries
from ingest.text.frame_lines import FrameLine, Region, is_rule_line, normalise
from ingest.text.grid_rules import is_row_number

_MAX_BLANKS = 1  # blank lines between the header's rule and the body, or between two rows
_MAX_BODY = 2000  # lines of one body at most
_SNAP = 1  # a boundary may sit a character off where a word overflows its column a little


def _origin(raw: str, fl: FrameLine) -> int | None:
    """Where the frame's left border stands in the raw line (the line keeps its length when
    its corners are read as box drawing)."""
    at = len(normalise(raw).rstrip()) - len(fl.text)
    return at if at >= 0 else None


def _cuts(line: str, bounds: list[int]) -> list[int] | None:
    """The line's separators: each boundary, or a space a character off it; None when a word
    crosses a boundary (the line is not a row of this table)."""
    out: list[int] = []
    for b in bounds:
        if b >= len(line):
            out.append(b)
            continue
        spot = next((x for x in (b, b - _SNAP, b + _SNAP)
                     if 0 <= x < len(line) and line[x] == " " and (not out or x > out[-1])), None)
        if spot is None:
            return None
        out.append(spot)
    return out


def _as_frame(number: int, line: str, cuts: list[int], width: int) -> FrameLine:
    chars = list(line.ljust(width + 1))
    for x in cuts:
        chars[x] = "¦"
    return FrameLine(number, "".join(chars[: cuts[-1] + 1]), tuple(cuts))


def _filled(line: str, cuts: list[int]) -> list[int]:
    """Slots of the line that hold text."""
    return [k for k in range(len(cuts) - 1) if line[cuts[k] + 1 : cuts[k + 1]].strip()]


def _opens_row(line: str, cuts: list[int]) -> bool:
    slots = _filled(line, cuts)
    if not slots:
        return False
    first = line[cuts[0] + 1 : cuts[1]].strip()
    return (slots[0] == 0 and is_row_number(first)) or len(slots) >= 2


def open_body(raw: list[str], region: Region) -> list[FrameLine]:
    """The aligned rows under a region that ends with a rule, as frame lines (none when the
    lines under it are not such rows)."""
    last = region.lines[-1]
    if not is_rule_line(last) or region.end >= len(raw):
        return []
    origin = _origin(raw[last.number - 1], last)
    bounds = boundaries(region.lines)
    if origin is None or len(bounds) < 3:
        return []
    out: list[FrameLine] = []
    i, blanks = region.end, 0
    while i < len(raw) and i - region.end < _MAX_BODY:
        text = normalise(raw[i]).rstrip()
        if not text.strip():
            blanks += 1
            if blanks > _MAX_BLANKS:
                break
            i += 1
            continue
        line = text[origin:] if len(text) > origin and not text[:origin].strip() else None
        cuts = _cuts(line, bounds) if line is not None else None
        if line is None or cuts is None:
            break
        if (not out or blanks) and not _opens_row(line, cuts):
            break
        out.append(_as_frame(i + 1, line, cuts, bounds[-1]))
        blanks = 0
        i += 1
    return out


def with_open_body(raw: list[str], region: Region) -> Region:
    """The region with the open body under it, if it has one."""
    body = open_body(raw, region)
    if body:
        # the header's last rule closes every column (a legacy rule often lost its last corner)
        rule = region.lines[-1]
        seps = body[0].seps
        chars = list(rule.text.ljust(seps[-1] + 1, "-"))
        for x in seps:
            chars[x] = "+"
        region.lines[-1] = FrameLine(rule.number, "".join(chars), seps, rule=True)
        region.lines.extend(body)
        region.end = body[-1].number
        region.open_from = body[0].number
    return region
