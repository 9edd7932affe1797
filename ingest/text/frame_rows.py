"""Rows of a drawn table: bands that hold several rows are split, header rows are marked, and
a header (or its column-number row) repeated after a page break is marked as header again.

Where a table draws no rule between its rows, a band holds several rows: a new row starts
where the first column gets a new number, or — in an unnumbered table without rules — where
every column the row began with starts anew with a capital. Each split names its rule for
--debug.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from ingest.text.frame_grid import Bands, GLine
from ingest.text.grid_rules import is_row_number

_CAPITAL = re.compile(r"^[«\"„(]?[A-ZА-ЯЁ0-9]")
_OPEN_END = re.compile(r"(?:[,\-–—(«:]|\s(?:и|в|на|по|с|к|для|о|об|от|до|из|за))$", re.I)
_MAX_HEADER_BANDS = 6


def column_numbers(texts: Sequence[str]) -> bool:
    """"1 | 2 | 3 | 4": the row that numbers the columns under a header."""
    vals = [t.rstrip(".") for t in texts if t]
    if len(vals) < 3 or not all(v.isdigit() for v in vals):
        return False
    nums = [int(v) for v in vals]
    return nums[0] <= 2 and all(b > a for a, b in itertools.pairwise(nums))


def _first_texts(band: list[GLine]) -> list[str]:
    return [s.text for s in band[0].filled()] if band else []


def _is_data_band(band: list[GLine], slots: int) -> bool:
    first = band[0]
    lead = first.slot_text(0)
    if lead and is_row_number(lead) and not column_numbers(_first_texts(band)):
        return True
    segs = first.filled()
    return len(segs) == 1 and segs[0].a == 0 and segs[0].b >= slots and slots > 1


def header_bands(bands: Bands, slots: int) -> int:
    """How many leading bands are header: those before the first numbered or section band
    (0 when none is found early: then the table gives no sign of its header)."""
    for t, band in enumerate(bands.bands[: _MAX_HEADER_BANDS + 1]):
        if _is_data_band(band, slots):
            return t
    return 0


# --- rules: (line, open row's lines) → True when the line starts a row of its own ----------

def rule_new_number(line: GLine, row: Sequence[GLine]) -> bool:
    """The number column gets a new number."""
    return is_row_number(line.slot_text(0))


def rule_starts_anew(line: GLine, row: Sequence[GLine]) -> bool:
    """Every column the row began with starts again, each with a capital, and the line above
    did not end mid-phrase."""
    first = {s.a for s in row[0].filled()}
    mine = {s.a: s.text for s in line.filled()}
    if len(mine) < 2 or not first or not first <= set(mine):
        return False
    if not all(_CAPITAL.match(t) for t in mine.values()):
        return False
    above = {s.a: s.text for s in row[-1].filled()}
    return not any(_OPEN_END.search(above.get(a, "")) for a in mine)


SplitRule = Callable[[GLine, Sequence[GLine]], bool]


def _numbered(bands: list[list[GLine]]) -> bool:
    leads = [gl.slot_text(0) for band in bands for gl in band]
    return sum(is_row_number(t) for t in leads if t) >= 2


def split_bands(bands: Bands, slots: int, head: int, trace: list[str]) -> Bands:
    """Bands after the header that hold several rows split into one band per row."""
    body = bands.bands[head:]
    rules: list[tuple[str, SplitRule]] = []
    if _numbered(body):
        rules.append(("new_number", rule_new_number))
    elif len(body) <= 3 or sum(map(len, body)) > 4 * len(body):  # rules seldom between rows
        rules.append(("starts_anew", rule_starts_anew))
    if not rules:
        return bands
    out = Bands(bands.bands[:head], bands.closed[:head], bands.between[:head])
    every = set(range(slots))
    for t in range(head, len(bands.bands)):
        rows = _split(bands.bands[t], rules, trace)
        for k, row in enumerate(rows):
            out.bands.append(row)
            if k < len(rows) - 1:
                out.closed.append(every)
                out.between.append([])
        if t < len(bands.closed):
            out.closed.append(bands.closed[t])
            out.between.append(bands.between[t])
    return out


def _split(band: list[GLine], rules: list[tuple[str, SplitRule]],
           trace: list[str]) -> list[list[GLine]]:
    rows: list[list[GLine]] = [[band[0]]]
    for gl in band[1:]:
        name = next((n for n, rule in rules if rule(gl, rows[-1])), None)
        if name:
            trace.append(f"line {gl.number}: new row ({name})")
            rows.append([gl])
        else:
            rows[-1].append(gl)
    return rows
