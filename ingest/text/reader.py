"""Reader for .txt/.md: decoded text → paragraphs (light Markdown) and tab-separated tables.

Lines with tabs form tables (textgrid builds them); blank lines inside a table are page
breaks and are bridged when tab lines resume. Everything else is grouped into paragraphs:
a blank line ends one, a heading or list item starts one, other lines (markdown hard breaks
included) join the open paragraph with "\\n".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from ingest.encoding import decode_text
from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import Block, Paragraph, Provenance, ReadResult, Table
from ingest.text.bare_pipes import border_bare_rows
from ingest.text.drawn import Drawn, drawn_tables, side_text
from ingest.text.grid import build_table, parse_grid_cell, parse_grid_line
from ingest.text.grid_rules import NO_FRAMES, Framed, GridLine
from ingest.text.inline_html import clean_lines, has_markup, html_to_text
from ingest.text.item_ends import item_end_rule
from ingest.text.lines import (
    closes_quotes,
    framed_lines,
    is_line_per_paragraph,
    is_pipe_row,
    is_wide_line,
    join_broken_pipe_rows,
    joined_blanks,
    normalise_newlines,
    prepare_lines,
)
from ingest.text.markdown import parse_line, range_cut, starts_block, strip_inline_markdown
from ingest.text.segments import Segment, is_blank, is_separator, segments
from ingest.text.side_grifs import lone_word
from ingest.text.time_heads import is_month_label, is_time_heading
from ingest.text.title_heads import (
    ends_heading_years,
    is_top_label,
    opens_heading,
    opens_prose,
    period_end,
)

log = logging.getLogger(__name__)

# "г. Заречный 2025 г.", "с. Лесное": a place line starts with a settlement's lower-case
# abbreviation but no tail of a sentence (a title page's foot under the title)
_PLACE_LINE = re.compile(r"^(?:г|с|п|пос|д|ст|рп|пгт)\.\s?[А-ЯЁ]")
# the rows of two grifs side by side a text export printed paragraph by paragraph, their
# cells (a council's grif beside the approver's) read in turn: no page break joins them
_GRIF_ROWS = 12
# "advertisement", "Loading": a web page's widget caption on a line of its own, one or two
# Latin words; a Russian sentence cut by a page break does not go on in them (joined on, it
# would glue to the line before it: "План … на 2015 advertisement")
_LATIN_LINE = re.compile(r"^[a-z]+(?:\s[A-Za-z]+)?$")
_TABS = re.compile(r"\s*\t\s*")
_ACT_ITEM = re.compile(r"\d{1,2}[.)]")  # "5." of an act's items, not a plan's "1.1."
_POSITION_WORDS = 8  # "Председатель городского Совета": a signer's position line is short


def grid_lines(seg: Segment, framed: Framed = NO_FRAMES) -> list[GridLine]:
    """Table lines with their cells; blank lines only mark the next line as after a break;
    `framed`: the lines that were "| a | b |" rows."""
    out: list[GridLine] = []
    after_break = False
    for n, line in seg.lines:
        if n in seg.spill:
            if not is_blank(line):
                out.append(GridLine(n, [parse_grid_cell(line)], spill=True))
            continue
        if is_blank(line) or is_separator(line):
            after_break = after_break or is_blank(line)
            continue
        out.append(GridLine(n, parse_grid_line(line), after_break, across=n in framed.across,
                            framed=n in framed.rows))
        after_break = False
    return out


def _long_line_break(seg: Segment, group: list[tuple[int, str]], line: str) -> bool:
    """In a file saved a paragraph per line, a line wider than any wrap width ends its
    paragraph when the next line starts a sentence (a capital letter: "Во исполнение…" after
    the title); a line going on in lower case or with "№ 5 «…»" is the same paragraph broken
    by hand, and so is one after a wide line leaving a quote or a bracket open ("ПРОГРАММА
    \"РАЗВИТИЕ … МУНИЦИПАЛЬНОГО" / "РАЙОНА\""). A wide line may still close a run of short
    lines (a title set as "Муниципальная программа" and the name on the next line) unless it
    is prose of its own (title_heads.opens_prose: "Заслушав … РЕШИЛО:" under the subject), and short
    lines still group (a grif or a header set line by line reads as one block) up to a line
    opening the document's own heading ("ПЛАН" under the institution's name)."""
    if not group:
        return False
    if _item_closed(seg, group, line):
        return True
    if not (seg.line_paragraphs and is_wide_line(group[-1][1])):
        if seg.line_paragraphs and is_wide_line(line) and opens_prose(group[-1][1], line):
            return True
        return opens_heading(group[-1][1], line, seg.line_paragraphs)
    return line.lstrip()[:1].isupper() and closes_quotes(group[-1][1])


def _item_closed(seg: Segment, group: list[tuple[int, str]], line: str) -> bool:
    """In a file saved a paragraph per line, an act's item ("5.Опубликовать настоящее решение
    …", one number) closed by its full stop ends where a short line opens in capitals and says
    nothing of its own (no field's colon, no sentence's end): the signer's position under the
    act's last item, however short the item, is a paragraph of its own. A plan's item ("1.1.
    …") keeps its "Срок: …" lines."""
    if not seg.line_paragraphs or not _ACT_ITEM.fullmatch(
            parse_line(group[0][1].strip()).marker or ""):
        return False
    last, text = group[-1][1].rstrip(), line.strip()
    return last.endswith(".") and closes_quotes(last) and text[:1].isupper() \
        and ":" not in text and text[-1:] not in ".;!?" and len(text.split()) <= _POSITION_WORDS


def _ends_item(group: list[tuple[int, str]], n: int, line: str) -> bool:
    """A passport row's label or a label line under a dash item (item_ends): a new block."""
    rule = item_end_rule([text for _, text in group], line)
    if rule:
        log.debug("line %d: the list item above ends [%s]", n, rule)
    return rule is not None


def paragraph_groups(seg: Segment) -> Iterator[list[tuple[int, str]]]:
    """Consecutive non-blank lines of one paragraph; headings, list items and time headings in
    capitals ("СЕНТЯБРЬ. Заседание МО №1", time_heads) start anew."""
    group: list[tuple[int, str]] = []
    for n, line in seg.lines:
        wrapped = bool(group) and range_cut(group[-1][1], line)  # "… на 2025" / "– 2029 годы"
        if is_blank(line) or (starts_block(line) and not wrapped) \
                or _long_line_break(seg, group, line) \
                or _ends_item(group, n, line) or is_time_heading(line) \
                or (seg.line_paragraphs and bool(group) and ends_heading_years(group[-1][1], line)):
            if group:
                yield group
            group = [] if is_blank(line) else [(n, line)]
            if group and parse_line(line).heading:
                yield group
                group = []
            continue
        group.append((n, line))
    if group:
        yield group


def make_paragraph(group: list[tuple[int, str]]) -> Paragraph | None:
    """One paragraph from its lines: markers, emphasis and inline HTML removed."""
    first = parse_line(group[0][1].strip())
    raw = "\n".join([first.text.rstrip(), *(line.strip() for _, line in group[1:])])
    md = strip_inline_markdown(raw)
    text, bold = md.text, md.bold
    if has_markup(text):
        inline = html_to_text(text)
        text, bold = inline.text, bold or inline.bold
    text = clean_lines(text)
    if not text:
        return None
    return Paragraph(text=text, heading=first.heading, list_number=first.marker, bold=bold,
                     source=Provenance(line=group[0][0]))


def _list_item_after_title(prev: Paragraph, para: Paragraph) -> bool:
    """An unmarked list item ("воспитание любви к книге;") after a heading that ends with its
    years ("… на 2023-2024 учебный год"): a new block, not the heading's tail."""
    head = prev.text.rstrip().replace("ё", "е")
    return para.text.rstrip().endswith(";") and bool(period_end().search(head))


# "п/п": the caption of a table's number column ("№" / "п/п"), a table exported one cell a
# paragraph under a heading — the table's first cell, never the heading's tail
_NUMBER_CAPTION = re.compile(r"^п\s?/\s?п\.?\s*$")


def continues_previous(prev: Paragraph, para: Paragraph) -> bool:
    """A paragraph cut by a page break: the tail starts in lower case, the head has no final
    punctuation, and neither is a heading or a new list item (nor the tail a calendar's
    month label alone, "октябрь")."""
    return (prev.heading is None and para.heading is None and para.list_number is None
            and prev.bold == para.bold and para.text[:1].islower()
            and not _PLACE_LINE.match(para.text) and not _NUMBER_CAPTION.match(para.text)
            and not is_month_label(para.text)
            and prev.text.rstrip()[-1:] not in ".:;!?"
            and not _list_item_after_title(prev, para)
            and not is_top_label(prev.text, prev.source.line or 0, para.text))


def _opens_grifs(prev: Paragraph | None, para: Paragraph) -> bool:
    """Two grifs' words alone on their lines one after the other ("СОГЛАСОВАНО" / "УТВЕРЖДАЮ";
    the first may close the letterhead's paragraph): the grifs' rows follow."""
    return prev is not None and lone_word(prev.text.rsplit("\n", 1)[-1]) \
        and lone_word(para.text)


def paragraphs(seg: Segment) -> list[Paragraph]:
    """The paragraphs of a run of non-table lines, page-break halves joined again."""
    out: list[Paragraph] = []
    under_grifs = 0  # paragraphs left of the grifs' rows: cells side by side, no page break
    for group in paragraph_groups(seg):
        para = make_paragraph(group)
        if para is None:
            continue
        under_grifs = _GRIF_ROWS if _opens_grifs(out[-1] if out else None, para) \
            else max(0, under_grifs - 1)
        if out and not under_grifs and continues_previous(out[-1], para):
            # a widget's word stays a line of its own, for extraction to set aside as chrome
            glue = "\n" if _LATIN_LINE.match(para.text.split("\n", 1)[0].strip()) else " "
            out[-1] = out[-1].model_copy(update={"text": f"{out[-1].text}{glue}{para.text}"})
        else:
            out.append(para)
    return out


def tabbed_paragraph(seg: Segment, line: int) -> list[Paragraph]:
    """A lone tab line is a paragraph laid out with tabs ("Директор<TAB><TAB>Т.Г. Иванова",
    "от 01.09.2023<TAB>№ 5"), not a one-row table."""
    raw = next(text for n, text in seg.lines if n == line)
    para = make_paragraph([(line, _TABS.sub(" ", raw.strip()))])
    return [para] if para else []


def _table_as_paragraphs(table: Table) -> list[Paragraph]:
    return [
        Paragraph(text=c.text, bold=c.bold, source=Provenance(line=c.source.line))
        for row in table.rows
        for c in row.cells
    ]


def _decode(data: bytes, name: str, limits: Limits) -> tuple[str, list[str]]:
    decoded = decode_text(data, name)
    text = normalise_newlines(decoded.text)
    if len(text) > limits.max_text_chars:
        raise DocumentLoadError(
            name, f"text too long ({len(text):,} characters > {limits.max_text_chars:,})")
    if is_blank(text):
        raise DocumentLoadError(name, "no text")
    return text, decoded.warnings


def _shifted(seg: Segment, offset: int, line_paragraphs: bool) -> Segment:
    return Segment(seg.kind, [(n + offset, t) for n, t in seg.lines],
                   frozenset(n + offset for n in seg.spill), line_paragraphs)


def _table_index(blocks: list[Block]) -> int:
    return sum(isinstance(b, Table) for b in blocks) + 1


def _read_lines(lines: list[str], offset: int, blocks: list[Block], warnings: list[str],
                raw: list[str] | None = None, framed: Framed = NO_FRAMES,
                line_paragraphs: bool = False) -> None:
    """Paragraphs and tab tables of a stretch of lines (the first is line offset + 1); `raw`,
    the file's lines as written, tells a "| a | b |" row from a line laid out with tabs;
    `framed` as in grid_lines; `line_paragraphs`: the file is saved a paragraph per line (no
    hard wrap)."""
    for seg in (_shifted(s, offset, line_paragraphs) for s in segments(lines)):
        if seg.kind == "paragraphs":
            blocks.extend(paragraphs(seg))
            continue
        lines_ = grid_lines(seg, framed)
        if len(lines_) == 1 and not lines_[0].spill \
                and not (raw and is_pipe_row(raw[lines_[0].line - 1])):
            blocks.extend(tabbed_paragraph(seg, lines_[0].line))
            continue
        if not lines_:
            continue
        built = build_table(lines_, index=_table_index(blocks))
        log.debug("table %d:\n  %s", built.table.index, "\n  ".join(built.trace))
        if built.table.n_cols < 2:
            blocks.extend(_table_as_paragraphs(built.table))
            continue
        blocks.append(built.table)
        warnings.extend(built.warnings)


def _read_drawn(drawn: Drawn, raw: list[str], blocks: list[Block], warnings: list[str]) -> None:
    """A table drawn with characters or printed cell by cell; lines that draw no grid are
    read as ordinary lines."""
    built = drawn.read(_table_index(blocks))
    if built is not None and drawn.lead:
        blocks.append(Paragraph(text=drawn.lead, source=Provenance(line=drawn.start + 1)))
    if built is not None and drawn.kind == "frame":
        side = side_text(raw[drawn.start : drawn.end])
        if side:  # a form's fields printed left of a narrow "Коды" frame, on the same lines
            _read_lines(side, drawn.start, blocks, warnings)
    if built is None:
        _read_lines(raw[drawn.start : drawn.end], drawn.start, blocks, warnings)
        return
    log.debug("table %d (%s):\n  %s", built.table.index, drawn.kind, "\n  ".join(built.trace))
    if built.table.n_cols < 2:
        blocks.extend(_table_as_paragraphs(built.table))
        return
    blocks.append(built.table)
    warnings.extend(built.warnings)


def read_text(data: bytes, name: str, limits: Limits) -> ReadResult:
    """Read a .txt/.md file into paragraphs and tables with line provenance."""
    text, warnings = _decode(data, name, limits)
    text = border_bare_rows(text)
    text, printed = join_broken_pipe_rows(text), text
    blocks: list[Block] = []
    raw = text.split("\n")
    prepared = prepare_lines(text, joined_blanks(printed, text))
    framed = framed_lines(raw, prepared)
    per_line = is_line_per_paragraph(prepared)
    pos = 0
    for drawn in drawn_tables(raw, text):
        _read_lines(prepared[pos : drawn.start], pos, blocks, warnings, raw, framed, per_line)
        _read_drawn(drawn, raw, blocks, warnings)
        pos = drawn.end
    _read_lines(prepared[pos:], pos, blocks, warnings, raw, framed, per_line)
    if not blocks:
        raise DocumentLoadError(name, "no text")
    return ReadResult(blocks=tuple(blocks), warnings=tuple(warnings))
