"""Header rows of a table and the role of each column.

A table's header is its first 1–3 rows combined per column (a header split over two rows, a
second row of years or of column numbers); which rows form it is judged by the role words they
hold (extract/vocab/headers.yaml). The role of each column is then decided from the head of its
header phrase and from what the column holds, as one assignment (extract/columns.py); a column
with one year in its header and no name role is a value column of that year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.columns import Evidence, assign, describe, evidence, looks_like, untitled_names
from extract.grids import Period, is_quarter, period_of
from extract.headphrase import HEAD, read_header
from extract.hyphens import join_hyphenated
from extract.layout import (
    TEXT_ROLES,
    GridRow,
    Header,
    clean,
    is_column_numbers,
    is_rule_line,
    numbering,
    years_in,
)
from extract.period_captions import numbers_then_periods, period_caption, reported_period
from extract.tools import ExtractTools
from extract.vocab import Vocab, best_match

_PURE_YEAR = re.compile(r"^\s*(?:[а-яё]+\s+)?(?:19|20)\d{2}\s*(?:г\.|гг\.|[а-яё]+)?\s*$", re.I)
_CUT_YEAR = re.compile(r"^\s*(?:19|20)\d{0,2}\s+г(?:о|од)?\.?\s*$", re.I)
# Roles that never hold yearly values even when their header names a year.
NOT_VALUES = frozenset({"money", "other"})
UNREAD = frozenset({None, "other", "base", "money"})  # roles whose columns nobody reads
BODY_SAMPLE = 60  # data rows read for a column's content evidence


def _combined(rows: list[GridRow], n_cols: int) -> list[str]:
    """Header text per column over `rows`; a cell spanning columns or rows counts once each."""
    out = []
    for c in range(n_cols):
        seen: list[int] = []
        parts = []
        for r in rows:
            cell = r.slots[c] if c < len(r.slots) else None
            if cell is None or id(cell) in seen or not cell.text.strip():
                continue
            seen.append(id(cell))
            parts.append(clean(cell.text).replace("\n", " "))
        out.append(" ".join(parts))
    return out


def _own_filled(row: GridRow) -> list[tuple[int, str]]:
    """(column, text) of the non-empty cells that start in this row."""
    own = row.own
    return [(c, t) for c, t in row.filled() if c >= len(own) or own[c]]


def _across(row: GridRow, n_cols: int) -> bool:
    """One cell of its own spanning (almost) the whole width."""
    own = _own_filled(row)
    return len(own) == 1 and n_cols > 2 and row.widest >= n_cols - 1


def _headerish(row: GridRow, longest: int = 160) -> bool:
    """Could be part of a header: short cells, no item number in front of text (cells merged
    down from the row above are judged there)."""
    filled = _own_filled(row)
    if not filled or any(len(t) > longest for _, t in filled):
        return False
    # "1.", "1.1" alone in a cell, or "1. Раздел …": a data or section row, not a header
    # ("20 го": a year label cut at the page's edge under "2022 год", "2023 год" is none)
    return not any(numbering(t) and not is_quarter(t) and not _CUT_YEAR.match(t)
                   for _, t in filled)


def _roles(texts: list[str], vocab: Vocab, tools: ExtractTools) -> dict[int, list[tuple[str, int]]]:
    return {
        c: best_match(vocab.roles, tools.lemmas(t), t.lower())
        for c, t in enumerate(texts)
        if t
    }


def _score(matches: dict[int, list[tuple[str, int]]], texts: list[str]) -> int:
    return sum(m[0][1] for m in matches.values() if m) + sum(
        1 for t in texts if len(years_in(t)) == 1
    )


def find_header(
    rows: list[GridRow], n_cols: int, vocab: Vocab, tools: ExtractTools
) -> Header | None:
    """The header of a table whose first rows name its columns, or None."""
    skip = 0  # a caption printed as the table's first row ("План мероприятий на 2024 год")
    while skip < min(2, len(rows) - 1) and n_cols >= 3 and len(rows[skip].filled()) == 1:
        skip += 1
    header = _find_header(rows[skip:], n_cols, vocab, tools) if skip else None
    if header is not None:
        return replace(header, n_rows=header.n_rows + skip)
    return _find_header(rows, n_cols, vocab, tools)


def _find_header(
    rows: list[GridRow], n_cols: int, vocab: Vocab, tools: ExtractTools
) -> Header | None:
    best: tuple[int, int] | None = None
    for k in range(1, min(3, len(rows)) + 1):
        if not _headerish(rows[k - 1], 160 if k == 1 else 80) and not is_column_numbers(
            rows[k - 1].texts
        ) and not (k > 1 and numbers_then_periods(rows[k - 1].texts)):
            break
        if k > 1 and _across(rows[k - 1], n_cols):
            break  # "2021 год" or a section title across the whole width: the body begins
        marked = k > 1 and rows[k - 1].header and all(r.header for r in rows[:k])
        if k > 1 and not marked and not _continues_header(rows[k - 1], rows[: k - 1], n_cols,
                                                           vocab, tools):
            break  # (a row the reader marks as a repeated header row, like those above, is one)
        texts = _combined(rows[:k], n_cols)
        score = _score(_roles(texts, vocab, tools), texts)
        # captions under a group cell ("Исполнение" over "Ответственный | Срок") belong to the
        # header even when they add no score over the group word itself
        deeper = (best is not None and score == best[1] and k > 1
                  and _splits_span(rows[k - 2], rows[k - 1]))
        if best is None or score > best[1] or deeper or marked:
            best = (k, score)
    if best is None or best[1] == 0:
        return None
    k = best[0]
    while k < len(rows) and (is_column_numbers(rows[k].texts)
                             or (_only_years(rows[k]) and not _across(rows[k], n_cols))):
        k += 1
    return _header(rows, k, n_cols, vocab, tools)


def _cell_score(text: str, vocab: Vocab, tools: ExtractTools) -> int:
    found = best_match(vocab.roles, tools.lemmas(text), text.lower())
    return found[0][1] if found else 0


def _continues_header(
    row: GridRow, above: list[GridRow], n_cols: int, vocab: Vocab, tools: ExtractTools
) -> bool:
    """Every cell of `row` is a year, a column number, a header word of its own, a caption
    under a group cell of the row above, or completes the header phrase above it ("Сроки" +
    "реализации"): a data row fails on its first cell."""
    before, after = _combined(above, n_cols), _combined([*above, row], n_cols)
    last = above[-1] if above else None
    for c, t in _own_filled(row):
        if _PURE_YEAR.match(t) or period_caption(t) or t.isdigit() or is_quarter(t) \
                or _cell_score(t, vocab, tools):
            continue
        group = last.slots[c] if last is not None and c < len(last.slots) else None
        if group is not None and group.col_span > 1 and group.row_span == 1 and len(t) <= 60:
            continue  # a caption under a group cell ("в том числе по годам:" under "Объемы")
        if _cell_score(after[c], vocab, tools) <= _cell_score(before[c], vocab, tools):
            return False
    return True


def _splits_span(upper: GridRow, lower: GridRow) -> bool:
    """`lower` has two or more captions of its own under one cell of `upper` spanning columns."""
    for cell in {id(c): c for c in upper.slots if c is not None and c.col_span > 1}.values():
        own = {id(lower.slots[c]) for c in range(cell.col, cell.col + cell.col_span)
               if c < len(lower.own) and lower.own[c] and lower.text(c)}
        if len(own) > 1:
            return True
    return False


def _specific(rows: list[GridRow], n_cols: int) -> list[str]:
    """Per column, the header text below a cell spanning several columns ("" if none): the
    caption of that one column, which says more than the group word above it."""
    out = []
    for c in range(n_cols):
        parts: list[str] = []
        under_span = False
        for r in rows:
            cell = r.slots[c] if c < len(r.slots) else None
            if cell is None:
                continue
            if cell.col_span > 1:
                under_span, parts = True, []
            elif under_span and c < len(r.own) and r.own[c] and r.text(c):
                parts.append(r.text(c).replace("\n", " "))
        out.append(" ".join(parts))
    return out


def _only_years(row: GridRow) -> bool:
    """A row of years under the header ("2023 | 2024 | 2025"), short labels allowed."""
    filled = row.filled()
    short = all(_PURE_YEAR.match(t) or (len(t) < 12 and not numbering(t)) for _, t in filled)
    return bool(filled) and short and any(_PURE_YEAR.match(t) for _, t in filled)


def _header(rows: list[GridRow], k: int, n_cols: int, vocab: Vocab, tools: ExtractTools) -> Header:
    # (a typesetter's hyphens inside header words: "Факти-ческое значение")
    texts = [join_hyphenated(t, tools.is_known) for t in _combined(rows[:k], n_cols)]
    specific = [join_hyphenated(t, tools.is_known) for t in _specific(rows[:k], n_cols)]
    body = body_texts(rows[k:], n_cols)
    roles: dict[int, str] = {}
    years: dict[int, int] = {}
    kinds: dict[int, str] = {}
    orphans: list[int] = []
    evs: list[Evidence] = []
    periods: dict[int, Period] = {}
    for c, t in enumerate(texts):
        if (period := period_of(specific[c] or t, t, tools)) is not None:
            roles[c], periods[c] = "period", period
            continue
        own = specific[c] if specific[c] and _says(specific[c], t, tools) else t
        ys = sorted(set(caption_years(t, vocab)))
        head_role = _head_role(own, tools) or _head_role(t, tools)
        if len(ys) == 1 and head_role not in TEXT_ROLES | NOT_VALUES:
            years[c], roles[c] = ys[0], "value"
        else:
            if len(ys) == 1 and head_role in TEXT_ROLES:
                orphans.append(ys[0])
            evs.append(evidence(c, own, body[c], vocab, tools))
    roles.update(assign(evs))
    if (named := untitled_names(evs, dict(enumerate(body)), roles,
                                 vocab.person_heads)) is not None:
        roles[named] = "content"
    notes = [describe(e, roles.get(e.col)) for e in evs]
    notes += [f"column {named + 1} → content (untitled_names: it names the rows, no title column)"
              ] if named is not None else []
    notes += [f"column {e.col + 1} names people (person_heads): a roster's, no plan's rows"
              for e in evs if e.head in vocab.person_heads and e.col not in roles]
    warnings = [f"column {e.col + 1} looks like {what} but is not read as such"
                for e in evs if roles.get(e.col) in UNREAD and (what := looks_like(e))]
    pairs: dict[int, tuple[str, str]] = {}
    for c, role in roles.items():
        if role == "value" and (pair := value_pair(texts[c], vocab, tools)):
            pairs[c], kinds[c] = pair, pair[0]  # a lone number under "план/факт": the plan
        elif role == "value" and (kind := value_kind(texts[c], vocab, tools)):
            kinds[c] = kind
        elif role == "value" and reported_period(texts[c], vocab, tools):
            kinds[c] = "fact"
    _complete_years(roles, years, kinds, orphans)
    _dated_base(texts, years, kinds, vocab)
    return Header(
        n_rows=k,
        texts=tuple(texts),
        roles=roles,
        years=years,
        kinds=kinds,
        pairs=pairs,
        rows=tuple(tuple(r.texts) for r in rows[:k]),
        notes=tuple(notes),
        warnings=tuple(warnings),
        periods=periods,
        strength={e.col: e.header_score(roles[e.col]) for e in evs if e.col in roles},
    )


def caption_years(text: str, vocab: Vocab) -> list[int]:
    """The years a caption names; a date on the first of January names the year before it
    (the state that year ended with: "на 01.01.2011" is 2010's)."""
    low = text.lower()
    before = [int(m.group(1)) - 1 for rx in vocab.year_start_dates for m in rx.finditer(low)]
    for rx in vocab.year_start_dates:
        low = rx.sub(" ", low)
    return before + years_in(low)


def _dated_base(texts: list[str], years: dict[int, int], kinds: dict[int, str],
                vocab: Vocab) -> None:
    """A value column dated the first of January before every other year of the table, its
    kind unsaid ("Отчетный период (на 01.01.2011)" before "2011 г. | 2012 г."): the state
    the programme starts from, a fact."""
    for c, year in years.items():
        later = [y for k, y in years.items() if k != c]
        if c not in kinds and later and year < min(later) \
                and any(rx.search(texts[c].lower()) for rx in vocab.year_start_dates):
            kinds[c] = "fact"


def _says(text: str, combined: str, tools: ExtractTools) -> bool:
    """A caption under a group cell that names its column itself (its head has a role) at
    least as surely as the whole header ("Исполнение" over "Ответственный"; but not
    "наименование" under "Основные целевые индикаторы")."""
    own, whole = read_header(text, tools).scores, read_header(combined, tools).scores
    return bool(own) and own[0][1] >= HEAD + 1 and (not whole or own[0][1] >= whole[0][1])


def _head_role(text: str, tools: ExtractTools) -> str | None:
    reading = read_header(text, tools) if text else None
    return reading.scores[0][0] if reading and reading.scores else None


def body_texts(rows: list[GridRow], n_cols: int) -> list[list[str]]:
    """Per column, the texts of the data rows (not section rows, column numbers or rules)."""
    out: list[list[str]] = [[] for _ in range(n_cols)]
    for r in rows[:BODY_SAMPLE]:
        texts = r.texts
        if r.header or is_rule_line(texts) or is_column_numbers(texts) or len(r.filled()) < 2:
            continue
        for c in range(min(n_cols, len(texts))):
            out[c].append(texts[c])
    return out


def _complete_years(roles: dict[int, str], years: dict[int, int], kinds: dict[int, str],
                    orphans: list[int]) -> None:
    # A year printed under the name column while the value column above it says only "Факт"
    # (a header cell shifted by conversion): give such years to the value columns without one.
    yearless = [c for c in sorted(roles) if roles[c] == "value" and c not in years]
    if orphans and len(orphans) == len(yearless):
        years.update(zip(yearless, orphans, strict=True))
    # "2023 год" over "План | Факт" written only above its first column (a span lost in
    # conversion): a plan/fact column without a year takes the year of the value column before.
    for c in sorted(roles):
        prev = c - 1
        if roles[c] == "value" and c not in years and c in kinds and prev in years:
            years[c] = years[prev]


def value_kind(text: str, vocab: Vocab, tools: ExtractTools) -> str | None:
    """"plan" or "fact" when the header words say so (not words naming the indicator:
    "индикатор достижения цели")."""
    seq = list(tools.lemmas(text))
    for phrase in vocab.value_kind_not:
        n = len(phrase)
        for k in range(len(seq) - n + 1):
            if tuple(seq[k:k + n]) == phrase:
                seq[k:k + n] = [""] * n
    lemmas = set(seq)
    for kind in ("fact", "plan"):
        if lemmas & vocab.value_kind[kind]:
            return kind
    return None


def value_pair(text: str, vocab: Vocab, tools: ExtractTools) -> tuple[str, str] | None:
    """("plan", "fact") of a caption that names both kinds parted by a slash ("2020 год
    план/факт": the cells below hold both, "58/60"), in the caption's order; else None."""
    parts = text.split("/")
    if len(parts) != 2:
        return None
    first, second = (value_kind(p, vocab, tools) for p in parts)
    return (first, second) if first and second and first != second else None


def content_header(rows: list[GridRow], n_cols: int, vocab: Vocab,
                   tools: ExtractTools) -> Header | None:
    """Roles from what the columns hold, for a table without a header row (lost, or printed on
    an earlier page): an activity column beside deadlines or responsibles, or a column of
    indicator names beside units or values; else None."""
    body = body_texts(rows, n_cols)
    if n_cols < 3 or not body[0]:
        return None  # a label | value pair says too little
    evs = [evidence(c, "", body[c], vocab, tools, headed=False) for c in range(n_cols)]
    roles = assign(evs)
    found = set(roles.values())
    # a single row (an item added by an amending act) needs both fields beside its activity
    needed = 2 if len(body[0]) < 2 else 1
    plan = "activity" in found and len(found & {"deadline", "responsibles"}) >= needed
    measures = "indicator" in found and bool(found & {"unit", "value"}) and len(body[0]) >= 2
    if not (plan or measures):
        return None
    return Header(
        n_rows=0,
        texts=("",) * n_cols,
        roles=roles,
        notes=tuple(describe(e, roles.get(e.col)) for e in evs),
        warnings=("no header row: column roles taken from the cells' content",),
    )
