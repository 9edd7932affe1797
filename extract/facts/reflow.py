"""A header flattened into one paragraph is cut back into the parts it was printed as.

Some text layers (a PDF saved as text, a site's export) give the whole top of a document as one
long paragraph: "МУНИЦИПАЛЬНОЕ … УЧРЕЖДЕНИЕ «…» РАССМОТРЕН Педагогическим советом … УТВЕРЖДЕН
приказом … № 160 Отчет о результатах самообследования … за 2023 год Отметка …". The letterhead,
stamp and title rules read printed lines; this module cuts such a paragraph where a new part
begins — a stamp's word in capitals, a title's noun after a number or a closing quote, the end
of a title's period before a capital — the cut points being vocabulary (extract/vocab/facts.yaml
`flat_cuts`, each with a named empty group `cut` where the cut falls).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from extract.facts.lines import Chunk
from extract.facts.vocab import FactsVocab

_FLAT_WORDS = 60  # a paragraph this long at the top is a flattened header, not a title
_TOP_CHUNKS = 3
_MIN_CUTS = 2


def _cuts(vocab: FactsVocab, text: str, flat_line: bool = False) -> list[int]:
    rules = (*vocab.flat_cuts, *vocab.flat_line_cuts) if flat_line else vocab.flat_cuts
    return sorted({m.start("cut") for rx in rules for m in rx.finditer(text)})


def _parts(vocab: FactsVocab, c: Chunk) -> list[Chunk]:
    # a line itself a run of many words: the export lost the breaks (one kept over it, a
    # site's "Расширенный поиск" line, does not make the paragraph printed line by line)
    flat = max((len(line.split()) for line in c.lines), default=0) > _FLAT_WORDS
    cuts = _cuts(vocab, c.text, flat or len(c.lines) <= 1)
    if len(cuts) < _MIN_CUTS:
        return [c]
    bounds = [0, *cuts, len(c.text)]
    spans = [(a, c.text[a:b].strip()) for a, b in pairwise(bounds)]
    return [replace(c, text=t, lines=_lines_of(c, t, len(c.text[:a].split())),
                    list_number=None) for a, t in spans if t]


def _lines_of(c: Chunk, part: str, first: int) -> tuple[str, ...]:
    """The printed lines of `part`, the words of `c` from its `first` word on: a paragraph
    printed line by line keeps its lines when cut (a grif's lines read as lines); a run of one
    line, or lines whose words do not add up to the text's, is one line."""
    sizes = [len(line.split()) for line in c.lines]
    words = part.split()
    if len(sizes) < 2 or sum(sizes) != len(c.text.split()):
        return (part,)
    out, start = [], 0
    for size in sizes:
        a, b = max(start, first), min(start + size, first + len(words))
        if a < b:
            out.append(" ".join(words[a - first : b - first]))
        start += size
    return tuple(out) or (part,)


def reflowed(chunks: list[Chunk], vocab: FactsVocab) -> list[Chunk]:
    """`chunks` with a flattened header paragraph among the first prose chunks cut into
    its parts (other chunks as they are)."""
    out: list[Chunk] = []
    prose = 0
    # a whole act on one line is the page (a site's export of a short order): flattened
    # however short, its cut points say where its parts begin
    page = len(chunks) == 1 and len(chunks[0].lines) <= 1 \
        and bool(vocab.flat_page_act.search(chunks[0].text))
    for c in chunks:
        if c.cells is None and prose < _TOP_CHUNKS and (page or len(c.text.split()) > _FLAT_WORDS):
            out += _parts(vocab, c)
        else:
            out.append(c)
        prose += c.cells is None
    return out
