"""Words an OCR layer broke apart: "М униципальное бю дж етное учреж дение", "Д альнегорска",
"М у н и ц и п а л ь н о е а вт о н о м н о е" (letter-spaced print read with stray gaps).

A run of words split so is told by its pieces the dictionary does not know: when most of a
run's pieces are such fragments, its letters are joined and cut again into dictionary words
(extract/facts/spaced.py segment, the cut with the fewest pieces). A run of known words is
left as printed. Used on the lines of a form whose text layer is known to be broken (a task
report's head), not on every line: a run of short real words must not be re-cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from extract.facts.spaced import segment

# (a letter before a dot is an abbreviation: "Дата г.")
_RUN = re.compile(r"[А-ЯЁа-яё]+(?: [А-ЯЁа-яё]+)+(?![.А-ЯЁа-яё])")
_HYPHEN_GAP = re.compile(r"(?<=[А-ЯЁа-яё]) +-(?=[А-ЯЁа-яё])|(?<=[А-ЯЁа-яё])- +(?=[а-яё])")
_FRAGMENT_SHARE = 0.5


def _fragment(piece: str, known: Callable[[str], bool], short: Collection[str]) -> bool:
    low = piece.lower()
    return low not in short and (len(low) < 2 or not known(low))


def rejoin(text: str, known: Callable[[str], bool], short: Collection[str]) -> str:
    """`text` with its runs of broken words joined and cut into dictionary words."""
    def fix(m: re.Match[str]) -> str:
        pieces = m.group(0).split(" ")
        broken = [p for p in pieces if _fragment(p, known, short)]
        # a lone letter that is no preposition ("ш кола") is a word's broken-off start
        lone = any(len(p) == 1 for p in broken)
        if not broken:
            return m.group(0)
        words = segment("".join(pieces), known, short)
        if not words:
            return m.group(0)
        # a few fragments: only a cut into fewer words, all known ("учреж дения")
        few = not lone and (len(broken) < 2 or len(broken) < _FRAGMENT_SHARE * len(pieces))
        if few and (len(words) >= len(pieces) or any(_fragment(w, known, short) for w in words)):
            return m.group(0)
        return " ".join(words)
    return _HYPHEN_GAP.sub("-", _RUN.sub(fix, " ".join(text.split())))
