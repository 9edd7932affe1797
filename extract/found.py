"""`Found`: what one extractor found; the pipeline merges them into a Draft."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from extract.models import DraftActivity, DraftDocument, DraftIndicator


class Found(BaseModel):
    """Partial result of one extractor. Document facts: the first extractor to fill a field wins."""

    model_config = ConfigDict(frozen=True)

    document: DraftDocument = DraftDocument()
    goals: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    activities: tuple[DraftActivity, ...] = ()
    indicators: tuple[DraftIndicator, ...] = ()
    warnings: tuple[str, ...] = ()
    trace: tuple[str, ...] = Field(default=(), description="names of the rules that fired")


def _merge_document(a: DraftDocument, b: DraftDocument) -> DraftDocument:
    data = a.model_dump()
    for k, v in b.model_dump().items():
        if data.get(k) in (None, (), []) and v not in (None, (), []):
            data[k] = v
    return DraftDocument.model_validate(data)


def merge(a: Found, b: Found) -> Found:
    """Combine two partial results (a's document fields take precedence)."""
    return Found(
        document=_merge_document(a.document, b.document),
        goals=a.goals + tuple(g for g in b.goals if g not in a.goals),
        tasks=a.tasks + tuple(t for t in b.tasks if t not in a.tasks),
        activities=a.activities + b.activities,
        indicators=a.indicators + b.indicators,
        warnings=a.warnings + b.warnings,
        trace=a.trace + b.trace,
    )
