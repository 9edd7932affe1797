"""Value columns captioned by a report's period rather than a bare year.

A monitoring report prints its header's last row as both the column numbers of its first
columns and the period of its value columns ("1 | 2 | за 6 месяцев 2024 г. | за 6 месяцев
2024 г."): that row belongs to the header, and its captions give the value columns their year.
A part of a year counted over, after "за" ("за 6 месяцев", "за I квартал"), says the values
are what was done in it: facts (the parts are data, extract/vocab/headers.yaml
report_periods).
"""

from __future__ import annotations

import re

from extract.layout import years_in
from extract.tools import ExtractTools
from extract.vocab import Vocab

# "за 6 месяцев 2024 г.", "за I полугодие 2023 года", "на 1 квартал 2022", "за 2023 год"
_PERIOD_YEAR = re.compile(r"^\s*(?:за|на)\s+(?:[\dIVX]{1,2}(?:-?[а-я]{1,2})?\s+)?(?:[а-яё]+\s+)?"
                          r"(?:19|20)\d{2}\s*(?:г\.?|года?)?\s*$", re.I)
_REPORT_SPAN = 3  # words between "за" and the period's noun ("за первые 6 месяцев")


def period_caption(text: str) -> bool:
    """A caption naming one period of a year: "за 6 месяцев 2024 г.", "на 2022 год"."""
    return bool(_PERIOD_YEAR.match(text))


def numbers_then_periods(texts: list[str]) -> bool:
    """"1 | 2 | за 6 месяцев 2024 г. | …": the first columns numbered, the value columns
    captioned by their period — one header row printed as both."""
    filled = [t for t in texts if t]
    k = 0
    while k < len(filled) and filled[k] == str(k + 1):
        k += 1
    rest = filled[k:]
    return k >= 1 and bool(rest) and all(period_caption(t) for t in rest)


def reported_period(text: str, vocab: Vocab, tools: ExtractTools) -> bool:
    """A value caption naming a part of a year counted over ("за 6 месяцев 2024 г."): what
    was done in it, a fact."""
    if not years_in(text):
        return False
    lemmas = tools.lemmas(text)
    return any(w == "за" and set(lemmas[k + 1:k + 2 + _REPORT_SPAN]) & vocab.report_periods
               for k, w in enumerate(lemmas))
