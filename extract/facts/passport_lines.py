"""A passport printed as plain lines, each a row without a separator: "Цель Программы Создание
условий …", "Ответственный исполнитель Отдел культуры …" (a site's text export drops the
table's cell borders and leaves no tab, colon or "|").

Such a paragraph is read again as rows (label | value) where a line opens with passport field
names (extract/vocab/passport.yaml, the table reader's vocabulary), the plan's noun after them
("Программы", "муниципальной программы"), and a value starting with a capital or a digit; a
line in lower case goes on the row above. Only a paragraph with several such lines is read so:
one line that opens with "Цель" is a sentence as likely as a row.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extract.facts.lines import Chunk
from extract.facts.vocab import FactsVocab
from extract.tools import ExtractTools
from extract.vocab import get_vocab

_MIN_ROWS = 2
_LABEL_WORDS = 8


@cache
def _field_phrases(tools: ExtractTools) -> frozenset[tuple[str, ...]]:
    return frozenset(p for s in get_vocab(tools).passport_fields for p in s.phrases if p)


def _label_end(words: list[str], tools: ExtractTools, vocab: FactsVocab) -> int:
    """How many of `words` form a passport label (field names, then the plan's name); 0 if
    the line opens with none or no value follows."""
    phrases = _field_phrases(tools)
    lem = [(tools.lemmas(w) or ("",))[0] for w in words[:_LABEL_WORDS]]
    k = 0
    while True:  # "Ответственный" + "исполнитель", "Этапы и сроки реализации"
        n = max((len(p) for p in phrases if tuple(lem[k : k + len(p)]) == p), default=0)
        if n == 0:
            break
        k += n
    if k == 0:
        return 0
    while k < len(lem) and (lem[k] in vocab.doc_words or lem[k] in vocab.plan_adjectives):
        k += 1
    value = words[k] if k < len(words) else ""
    return k if value[:1].isupper() or value[:1].isdigit() else 0


def _rows(c: Chunk, tools: ExtractTools, vocab: FactsVocab) -> list[Chunk]:
    """The rows of `c`'s labelled lines, a line in lower case going on the row above."""
    ends = [_label_end(line.split(), tools, vocab) if line[:1].isupper() else 0
            for line in c.lines]
    if sum(1 for k in ends if k) < _MIN_ROWS:
        return []
    out: list[Chunk] = []
    for j, (line, k) in enumerate(zip(c.lines, ends, strict=True)):
        words = line.split()
        if k:
            source = (c.source.model_copy(update={"line": c.source.line + j}) if c.source.line
                      else c.source)
            cells = (" ".join(words[:k]), " ".join(words[k:]))
            out.append(Chunk(text=line, source=source, cells=cells, lines=(line,),
                             raw_cells=cells))
        elif out and out[-1].cells is not None and line[:1].islower():
            label, value = out[-1].cells
            cells = (label, f"{value} {line}")
            out[-1] = replace(out[-1], text=f"{out[-1].text} {line}", cells=cells,
                              raw_cells=cells)
        elif out:  # a line of another field ("Подпрограммы 1. …"): the row above ends
            out.append(replace(c, text=line, lines=(line,), cells=(line,), raw_cells=(line,)))
    return [r for r in out if r.cells is not None and len(r.cells) > 1]


def passport_rows(chunks: list[Chunk], tools: ExtractTools, vocab: FactsVocab) -> list[Chunk]:
    """`chunks` with the rows of each paragraph of passport lines after it: the paragraph
    stays as printed for the rules that read lines (a title page's heading above the rows)."""
    dashed = {i: row for i, c in enumerate(chunks) if (row := _dash_row(c, tools, vocab))}
    if len(dashed) < _MIN_ROWS:
        dashed = _line_rows(chunks, tools, vocab)
    out: list[Chunk] = []
    for i, c in enumerate(chunks):
        out.append(c)
        if c.cells is None and len(c.lines) > _MIN_ROWS:
            out.extend(_rows(c, tools, vocab))
        if i in dashed:
            out.append(dashed[i])
    return out


_DASH = re.compile(r"\s+[-–—]\s+")


def _dash_row(c: Chunk, tools: ExtractTools, vocab: FactsVocab) -> Chunk | None:
    """A paragraph "Наименование программы – программа МБОУ «…»" (an explanatory note's
    passport written as labelled paragraphs, a dash for the cell border) as a row (label |
    value): the words before the dash are a passport label and nothing else."""
    if c.cells is not None or len(c.lines) > 1:
        return None
    parts = _DASH.split(c.text, maxsplit=1)
    if len(parts) != 2 or not parts[0][:1].isupper() or not parts[1].strip():
        return None
    label = parts[0].split()
    if len(label) > _LABEL_WORDS or _label_end([*label, "X"], tools, vocab) != len(label):
        return None
    cells = (parts[0].strip(), parts[1].strip())
    return Chunk(text=c.text, source=c.source, cells=cells, lines=(c.text,), raw_cells=cells)


def _line_row(c: Chunk, tools: ExtractTools, vocab: FactsVocab) -> Chunk | None:
    """A one-line paragraph "Ответственный исполнитель программы Министерство …" as a row
    (label | value), the same reading as a line of a passport paragraph."""
    if c.cells is not None or len(c.lines) != 1 or not c.text[:1].isupper():
        return None
    words = c.text.split()
    k = _label_end(words, tools, vocab)
    if not k or k == len(words):
        return None
    cells = (" ".join(words[:k]), " ".join(words[k:]))
    return Chunk(text=c.text, source=c.source, cells=cells, lines=(c.text,), raw_cells=cells)


def _line_rows(chunks: list[Chunk], tools: ExtractTools, vocab: FactsVocab
               ) -> dict[int, Chunk]:
    """Rows of one-line paragraphs that each read as a passport row, when _MIN_ROWS of them
    follow one another (a page printing every row as a paragraph of its own); one alone is
    as likely a sentence."""
    rows = {i: row for i, c in enumerate(chunks) if (row := _line_row(c, tools, vocab))}
    runs = [i for i in rows if i + 1 in rows or i - 1 in rows]
    return {i: rows[i] for i in runs} if len(runs) >= _MIN_ROWS else {}
