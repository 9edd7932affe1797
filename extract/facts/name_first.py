"""A grif that prints the approver's name right under its opener and the position after it
("УТВЕРЖДАЮ" / "Л.В. Орлова" / "Заведующий МБДОУ «Детский сад № 5" / "г. Заречного» Приказ
№ 48" / "от 18.03.2024"): a title page's grif column flattened by a PDF copy, the approving
order's requisites glued to the position's last line. The position is read from the line under
the name, and from the next ones while a quote it opened is still open; the order's requisites
are cut off it."""

from __future__ import annotations

import re
from collections.abc import Callable

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
