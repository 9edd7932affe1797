"""A grif that prints the approver's name right under its opener and the position after it
("УТВЕРЖДАЮ" / "Л.В. Орлова" / "Заведующий МБДОУ «Детский сад № 5" / "г. Заречного» Приказ
№ 48" / "от 18.03.2024"): a title page's grif column flattened by a PDF copy, the approving
order's requisites glued to the position's last line. The position is read from the line under
the name, and from the next ones while a quote it opened is still open; the order's requisites
are cut off it. A name may also print its position after it on its own line ("Е.В. Орлова,
директор МБОУ …", "Орлова Е.В. – заведующий …"): `name_then_position` scores whether it signs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk, open_quote

# "Приказ № 48", "протокол №1 от …": an act's requisites glued after the position's end
_REQUISITES = re.compile(
    r"(?<![А-Яа-яЁё])(?:приказ|протокол|распоряжени|постановлени)\w*\s*(?:№|N\b).*$",
    re.IGNORECASE)
_MAX_LINES = 3



def position_under_name(chunks: tuple[Chunk, ...], i: int, approval: Callable[[str], bool],
                        is_position: Callable[[str], bool]) -> str | None:
    """The position printed under the name on line `i` when the line above opens an approval
    grif ("УТВЕРЖДАЮ"); None when the line under it names no position."""
    if i == 0 or not approval(chunks[i - 1].text):
        return None
    parts: list[str] = []
    for c in chunks[i + 1 : i + 1 + _MAX_LINES]:
        text = c.text.strip()
        cut = _REQUISITES.search(text)
        text = text[: cut.start()].strip() if cut else text
        if not parts and not is_position(text):
            return None
        if text:
            parts.append(text)
        if cut or not open_quote(" ".join(parts)):
            break
    return " ".join(parts) or None


# "Е.В. Орлова, директор МБОУ …", "Орлова Е.В. – заведующий МБДОУ № 9": the name, then a comma
# or a dash, then the position, on one line
_NAME_SEPARATOR = re.compile(r"^\s*[,–—-]\s*(?=\S)")
_LEAD = " _/"
_NAME_CHARS = 30
_LIST_END = (";", ",")
_REACH_ABOVE = 2  # the grif's opener right above, a blank line to sign on between


@dataclass(frozen=True)
class NameFirst:
    """A line printing a name before its position, and the evidence it is a signature."""

    name: str
    position: str
    score: int
    evidence: tuple[str, ...]


def name_then_position(ctx: Ctx, chunks: tuple[Chunk, ...], i: int,
                       is_position: Callable[[str], bool]) -> NameFirst | None:
    """Line `i` read as a name before its position, scored as a signature (`score` > 0 signs):
    a grif's opener right above it (+2: "УТВЕРЖДАЮ" / "Е.В. Орлова, директор …"), a finished
    sentence above it, the act's text closing over its signature (+1); a list's punctuation
    closing it (−2) or a neighbour line of the same shape (−2: people listed with their
    positions, as an act's item names a commission). None when the line has no such shape."""
    parts = name_position(ctx, chunks[i].text, is_position)
    if parts is None:
        return None
    evidence: list[str] = []
    score = 0
    if _opener_above(ctx, chunks, i):
        score, evidence = score + 2, [*evidence, "opener"]
    elif i and chunks[i].cells is None and chunks[i - 1].text.rstrip().endswith("."):
        score, evidence = score + 1, [*evidence, "closing"]
    if chunks[i].text.rstrip().endswith(_LIST_END):
        score, evidence = score - 2, [*evidence, "list_end"]
    if any(0 <= k < len(chunks) and name_position(ctx, chunks[k].text, is_position)
           for k in (i - 1, i + 1)):
        score, evidence = score - 2, [*evidence, "listed"]
    return NameFirst(parts[0], parts[1], score, tuple(evidence))


def name_position(ctx: Ctx, text: str,
                  is_position: Callable[[str], bool]) -> tuple[str, str] | None:
    """(name, position) of a line opening with a name, a comma or dash and a position."""
    line = text.strip().lstrip(_LEAD)
    if "." not in line[:_NAME_CHARS]:  # every name pattern has an initial's full stop
        return None
    for rx in ctx.vocab.names:
        m = rx.match(line)
        if m is None or m.start("name") != 0:
            continue
        sep = _NAME_SEPARATOR.match(line[m.end():])
        rest = line[m.end() + sep.end():].strip() if sep else ""
        if rest and is_position(rest.rstrip(".;, ")):
            return m.group("name"), rest.rstrip(";, ")
    return None


def _opener_above(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> bool:
    """An approval grif's opener ("УТВЕРЖДАЮ", "Утверждено") right above line `i`."""
    for k in range(i - 1, max(-1, i - 1 - _REACH_ABOVE), -1):
        text = chunks[k].text.strip().lstrip("«\"")
        if any(rx.match(text) for kind, rx in ctx.vocab.stamp_starts if kind != "appendix"):
            return True
        if text.strip(_LEAD + ".-"):
            return False
    return False
