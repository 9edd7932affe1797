"""Where each extracted item, warning and mismatch belongs on the review page: anchors of the
rows and lines the reader saw (pipelines/report/sources.anchor)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pipelines.eval_record import score_record
from pipelines.eval_score import match_items
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


def _prefixes(exp: list[Rec], got: list[Rec], key: str, what: str) -> dict[str, str]:
    """The diff prefix of each expected item (as pipelines/eval_record writes it) → the id of
    the extracted item it was paired with."""
    pairs, _, _ = match_items(exp, got, lambda r: r.get(key) or "")
    out = {}
    for i, j in pairs:
        e = exp[i]
        label = e.get("number") or e[key][:50] if what == "activity" else e[key][:50]
        out[f"{what} {label!r}: "] = f"{what[0]}{j + 1}"
        out[f"{what} wording: expected {e[key]!r}"] = f"{what[0]}{j + 1}"
    return out


def diff_marks(expected: Rec, record: Rec, marks: Marks) -> None:
    """Each mismatch of `evaluate --diff` attached to the item or document field it concerns."""
    diffs = score_record(expected, record).diffs
    marks.all_diffs = diffs
    prefixes = {**_prefixes(expected.get("activities") or [], record.get("activities") or [],
                            "title", "activity"),
                **_prefixes(expected.get("indicators") or [], record.get("indicators") or [],
                            "name", "indicator")}
    titles = {f"activities: unexpected {a.get('title')!r}": f"a{i}"
              for i, a in enumerate(record.get("activities") or [], 1)}
    titles |= {f"indicators: unexpected {x.get('name')!r}": f"i{i}"
               for i, x in enumerate(record.get("indicators") or [], 1)}
    for d in diffs:
        target = titles.get(d) or next((v for k, v in prefixes.items() if d.startswith(k)), None)
        if target is None and d.startswith("document."):
            target = "doc-" + d.split(":", 1)[0].removeprefix("document.").split(".")[0]
        marks.diffs[target or "other"].append(d)


def build_marks(record: Rec, expected: Rec | None) -> Marks:
    """Everything the review page highlights."""
    marks = Marks()
    item_marks(record, marks)
    warning_marks(record, marks)
    if expected is not None:
        diff_marks(expected, record, marks)
    return marks
