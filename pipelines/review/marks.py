"""Where each extracted item, warning and mismatch belongs on the review page: anchors of the
rows and lines the reader saw (pipelines/report/sources.anchor)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pipelines.eval_diff import Mismatch, ru
from pipelines.eval_record import score_record
from pipelines.report.sources import anchor, warning_place
from store.labels import explain

Rec = dict[str, Any]


@dataclass(frozen=True)
class Mark:
    """An item found at a row: 'activity' or 'indicator', its 1-based number, a short name."""

    kind: str
    number: int
    name: str


@dataclass
class Marks:
    """Items and warnings by anchor; mismatches against an expected record by item."""

    items: dict[str, list[Mark]] = field(default_factory=lambda: defaultdict(list))
    warnings: dict[str, list[dict[str, str]]] = field(default_factory=lambda: defaultdict(list))
    diffs: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    all_diffs: list[str] = field(default_factory=list)


def source_anchor(src: Rec | None) -> str:
    """The anchor of a record item's source."""
    src = src or {}
    return anchor(src.get("page"), src.get("table"), src.get("row"), src.get("line"))


def item_marks(record: Rec, marks: Marks) -> None:
    for kind, key, what in (("activity", "activities", "title"),
                            ("indicator", "indicators", "name")):
        for i, item in enumerate(record.get(key) or [], 1):
            marks.items[source_anchor(item.get("source"))].append(
                Mark(kind, i, (item.get("number") or "") + " " + item.get(what, "")[:60]))


def warning_marks(record: Rec, marks: Marks) -> None:
    for text in record.get("warnings") or []:
        place = warning_place(text)
        where = anchor(place.get("page"), place.get("table"), place.get("row"),
                       place.get("line")) if place else "top"
        e = explain(text)
        marks.warnings[where].append({"code": e.code, "ru": e.ru, "text": text})


def diff_target(m: Mismatch) -> str:
    """The anchor a mismatch is shown at: the extracted activity (a3) or indicator (i2) it
    concerns, the document field's row (doc-title), or "other" (a missing item, goals …)."""
    if m.item is not None and m.index is not None:
        return f"{m.item[0]}{m.index + 1}"
    if m.field.startswith("document."):
        return "doc-" + m.field.removeprefix("document.").split(".")[0]
    return "other"


def diff_marks(expected: Rec, record: Rec, marks: Marks) -> None:
    """Each mismatch of `evaluate --diff` (its Russian line) attached to the item or document
    field it concerns, placed from the mismatch record itself."""
    diffs = score_record(expected, record).diffs
    marks.all_diffs = [ru(d) for d in diffs]
    for d in diffs:
        marks.diffs[diff_target(d)].append(ru(d))


def build_marks(record: Rec, expected: Rec | None) -> Marks:
    """Everything the review page highlights."""
    marks = Marks()
    item_marks(record, marks)
    warning_marks(record, marks)
    if expected is not None:
        diff_marks(expected, record, marks)
    return marks
