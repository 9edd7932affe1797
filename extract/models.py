"""Draft record: what each piece of text *is*; cell texts stay raw (normalize gives meaning)."""

from __future__ import annotations

from typing import Literal

from ingest.models import Frozen, Provenance

DocKind = Literal["roadmap", "programme", "report", "order"]
ValueKind = Literal["plan", "fact"]


class DraftSignatory(Frozen):
    """A signature block: person's name and position as written."""

    name: str
    position: str | None = None


class DraftDocument(Frozen):
    """Document facts as written in the text."""

    kind: DocKind | None = None
    title: str | None = None
    municipality_text: str | None = None  # as written; normalize puts it in the nominative
    region_text: str | None = None
    issuer: str | None = None
    developer: str | None = None  # a passport's "Разработчик": the issuer when no order names one
    order_number: str | None = None
    order_date_text: str | None = None
    act_type: str | None = None  # приказ | постановление | распоряжение | решение | указ
    period_text: str | None = None  # "2021-2025 гг.", "на 2023 год"
    signatories: tuple[DraftSignatory, ...] = ()
    context_texts: tuple[str, ...] = ()  # header/title lines for municipality/region detection


class DraftActivity(Frozen):
    """One activity row (or numbered paragraph, or programme stage) with raw cell texts."""

    number: str | None = None
    section: str | None = None
    title: str
    deadline_text: str | None = None
    responsibles_text: str | None = None
    result_text: str | None = None
    status_text: str | None = None
    source: Provenance = Provenance()


class DraftValue(Frozen):
    """One indicator value cell: year, plan or fact, the text and the number read from it."""

    year: int
    kind: ValueKind
    text: str
    value: float | None = None
    year_in_cell: bool = False  # a base value whose year its cell (or the next) gives, not a column


class DraftIndicator(Frozen):
    """One indicator row or list item."""

    number: str | None = None
    section: str | None = None
    name: str
    unit: str | None = None
    values: tuple[DraftValue, ...] = ()
    source: Provenance = Provenance()


class DraftSource(Frozen):
    """The input file's identity (copied from SourceDocument)."""

    file: str
    sha256: str
    format: str
    pages: int | None = None


class Findings(Frozen):
    """What extraction finds in a document; `trace` names the rules that fired (debug)."""

    document: DraftDocument = DraftDocument()
    goals: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    activities: tuple[DraftActivity, ...] = ()
    indicators: tuple[DraftIndicator, ...] = ()
    warnings: tuple[str, ...] = ()
    trace: tuple[str, ...] = ()


class Draft(Findings):
    """Everything extraction found in one document, with the file it came from."""

    source: DraftSource
