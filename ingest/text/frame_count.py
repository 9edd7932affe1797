"""Drawn tables whose spaces were squeezed (an HTML page copied as text): the separators of a
content line no longer sit under the rule junctions, so cells are counted, not measured.

Full rule lines keep their strokes and so their geometry. Each content line is laid out again
on that geometry: a line with as many cells as a full rule line has slots takes that rule's
separators (the nearest such rule, above first), else it starts at the left border with its
last cell over the rest. Partial rules close every cell (their geometry is lost as well).
The result is an aligned table for frame_grid.
"""

from __future__ import annotations

from itertools import pairwise

from ingest.text.frame_lines import FrameLine, is_rule_text


def _pieces(fl: FrameLine) -> list[str]:
    return [fl.text[a + 1 : b] for a, b in pairwise(fl.seps)]


def _full_rule(fl: FrameLine) -> bool:
    return fl.bare or (fl.rule and all(is_rule_text(p) for p in _pieces(fl)))


def _layout(fl: FrameLine, seps: list[int], width: int) -> FrameLine:
    """The line's cells written between `seps` (positions in the widened geometry)."""
    cells = [" ".join(p.split()) for p in _pieces(fl)]
    chars = [" "] * (seps[-1] + 1)
    for x in seps:
        chars[x] = "│"
    for text, x in zip(cells, seps, strict=False):
        chars[x + 1 : x + 1 + len(text)] = text
    return FrameLine(fl.number, "".join(chars[: seps[-1] + 1]), tuple(seps), rule=False)


def realign(lines: list[FrameLine]) -> list[FrameLine]:
    """The lines of a squeezed table laid out on its full rules' geometry, widened so that
    every cell fits between its separators."""
    rules = [fl for fl in lines if _full_rule(fl) and not fl.bare]
    if not rules:
        return lines
    widest = max(len(p) for fl in lines for p in _pieces(fl)) if lines else 1
    scale = max(1, widest + 2)
    by_count: dict[int, list[tuple[int, list[int]]]] = {}
    for fl in rules:
        by_count.setdefault(len(fl.seps) - 1, []).append((fl.number, [s * scale for s in fl.seps]))
    full = max(rules, key=lambda fl: len(fl.seps))
    full_seps = [s * scale for s in full.seps]
    out: list[FrameLine] = []
    for fl in lines:
        if fl.bare:
            out.append(fl)
        elif fl.rule:
            seps = [s * scale for s in fl.seps] if _full_rule(fl) else full_seps
            text = "".join("─" if i not in seps else "┼" for i in range(seps[-1] + 1))
            out.append(FrameLine(fl.number, text, tuple(seps), rule=True))
        else:
            count = len(fl.seps) - 1
            same = by_count.get(count)
            if same:
                seps = min(same, key=lambda r: (r[0] > fl.number, abs(r[0] - fl.number)))[1]
            else:
                seps = [*full_seps[:count], full_seps[-1]]
            out.append(_layout(fl, seps, scale))
    return out
