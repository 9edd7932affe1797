"""`Found`: what one extractor found; the pipeline merges them into a Draft."""

from __future__ import annotations

from extract.models import DraftDocument, Findings


class Found(Findings):
    """Partial result of one extractor. Document facts: the first extractor to fill a field
    wins, unless a later one `overrides` it (the header extractor weighs a passport's title
    against the title page's and decides)."""

    overrides: frozenset[str] = frozenset()


def _merge_document(a: DraftDocument, b: DraftDocument, overrides: frozenset[str]
                    ) -> DraftDocument:
    if b == _NO_FACTS:  # most extractors read no document fact: `a` is the merge, unchanged
        return a
    data = a.model_dump()
    for k, v in b.model_dump().items():
        if (data.get(k) in (None, (), []) or k in overrides) and v not in (None, (), []):
            data[k] = v
    return DraftDocument.model_validate(data)


_NO_FACTS = DraftDocument()
_NOTHING = Found()


def merge(a: Found, b: Found) -> Found:
    """Combine two partial results (a's document fields take precedence)."""
    if b == _NOTHING and not a.overrides:  # an extractor that found nothing: `a` as it is
        return a
    return Found(
        document=_merge_document(a.document, b.document, b.overrides),
        goals=a.goals + tuple(g for g in b.goals if g not in a.goals),
        tasks=a.tasks + tuple(t for t in b.tasks if t not in a.tasks),
        activities=a.activities + b.activities,
        indicators=a.indicators + b.indicators,
        warnings=a.warnings + b.warnings,
        trace=a.trace + b.trace,
    )
