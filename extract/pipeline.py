"""Top-level extraction: an ordered table of extractors over a document's blocks."""

from __future__ import annotations

from collections.abc import Callable

from extract import (
    amended_indicators,
    dated_lists,
    flat_rows,
    kind_body,
    listed_work,
    para_rows,
    paragraph_plans,
    plan_fact_words,
    prose_report,
    restated_indicator,
    tables,
)
from extract.facts import header
from extract.found import Found, merge
from extract.models import Draft, DraftSource
from extract.respace import changed_blocks, respace
from extract.tools import ExtractTools
from extract.unglue import unglue
from ingest.models import SourceDocument

# Each extractor sees the document and what earlier ones found (e.g. paragraph plans run only
# when no activity table was found). Order matters.
Extractor = Callable[[SourceDocument, Found, ExtractTools], Found]
EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("tables", tables.extract),
    ("header", header.extract),
    ("flat_rows", flat_rows.extract),
    ("paragraph_plans", paragraph_plans.extract),
    # a plan table a PDF printed a cell a paragraph, rows without numbers (para_rows.py)
    ("para_rows", para_rows.extract),
    ("dated_lists", dated_lists.extract),
    # "В группе № 4 проведена беседа …" paragraphs under a report's title
    ("prose_report", prose_report.extract),
    # "Объем выполненных работ:" / "— Уборка …": a report's work listed under its lead
    ("listed_work", listed_work.extract),
    # "Посещаемость по плану – 80%" / "выполнено – 75%": a report's values written in words
    ("plan_fact_words", plan_fact_words.extract),
    # a plan of measures whose numbered items print no term: only when nothing above read any
    ("bare_plan_items", paragraph_plans.extract_bare),
    # '"доля …;' under "в позиции "Целевые индикаторы …": … дополнить абзацами …:"
    ("amended_indicators", amended_indicators.extract),
    # "Подпункт 8 изложить в следующей редакции:" / '"Доля …:' / "(процентов)" / years / values
    ("restated_indicator", restated_indicator.extract),
    # last: a kind the text's genre phrases vote for when no rule above read one
    ("kind_body", kind_body.extract),
)


# Neither activities nor indicators, nor a document kind or title: probably not a document of
# the genre at all (`roadmaps ingest` counts such files apart; `--strict` refuses them).
NOTHING_RECOGNISABLE = ("nothing recognisable: no activities, indicators, document kind or "
                        "title (not a plan, programme, order or report?)")


def extract_document(doc: SourceDocument, tools: ExtractTools, debug: bool = False) -> Draft:
    """Turn blocks into a Draft. With `debug`, `Draft.trace` names the rules that fired."""
    # letter-spaced words and split years joined once, for every format, before any rule reads
    spaced = doc
    doc = respace(doc, tools.is_known)
    joined = changed_blocks(spaced, doc)
    glued = len(doc.blocks)
    doc = unglue(doc, tools.is_known)  # lines a site's export glued into one, cut apart
    trace = ((f"respace: letter-spaced words or split years joined in {joined} block(s)",)
             if joined else ()) + ((f"unglue: {len(doc.blocks) - glued} lost line break(s) "
                                    "put back",) if len(doc.blocks) > glued else ())
    found = Found(warnings=tuple(doc.warnings), trace=trace)
    for _name, extractor in EXTRACTORS:
        found = merge(found, extractor(doc, found, tools))
    warnings = list(found.warnings)
    if not doc.blocks:
        warnings.append("document has no text")
    elif not (found.activities or found.indicators):
        known = found.document.kind or found.document.title
        warnings.append("no activities or indicators found" if known else NOTHING_RECOGNISABLE)
    return Draft(
        source=DraftSource(file=doc.file, sha256=doc.sha256, format=doc.format, pages=doc.pages),
        **{**{k: v for k, v in found if k != "overrides"}, "warnings": tuple(warnings),
           "trace": found.trace if debug else ()},
    )
