"""The extraction record of docs/CONTRACT.md (schema_version "1"), plus added fields."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Recurrence = Literal[
    "once", "annual", "monthly", "quarterly", "continuous", "on_demand", "scheduled"
]


class RecordModel(BaseModel):
    """Frozen, but tolerant of added fields when reading records written by newer versions."""

    model_config = ConfigDict(frozen=True, extra="ignore")


class SourceRef(RecordModel):
    """Where an item was found: page and table for PDF/DOCX, line for text."""

    page: int | None = None
    table: int | None = None
    row: int | None = None
    line: int | None = None


class SourceInfo(RecordModel):
    file: str
    sha256: str
    format: str
    pages: int | None = None


class OrderRef(RecordModel):
    """The act that issued or approved the document (an order in the CONTRACT's sense)."""

    number: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    # added: приказ | постановление | распоряжение | решение | указ (the act's word, a lemma)
    act_type: str | None = None


class Period(RecordModel):
    start_year: int | None = None
    end_year: int | None = None
    # a plan "на 2025-2026 учебный год": its yearless deadlines fall in September–August
    school_year: bool = Field(default=False, exclude=True)
    # a plan "по подготовке … к 2011/2012 учебному году": its work precedes that school year, so
    # its yearless deadlines fall in the first year (the act's year)
    prepares: bool = Field(default=False, exclude=True)
    # a plan "на сентябрь 2018 года": its bare days ("1 (суббота)") fall in that month
    month: int | None = Field(default=None, exclude=True)


class Signatory(RecordModel):
    name: str
    position: str | None = None


class DocumentFacts(RecordModel):
    kind: Literal["roadmap", "programme", "report", "order"] | None = None
    title: str | None = None
    municipality: str | None = None
    region: str | None = None
    issuer: str | None = None
    order: OrderRef | None = None
    period: Period | None = None
    signatories: list[Signatory] = Field(default_factory=list)


class Deadline(RecordModel):
    text: str
    start: str | None = None
    end: str | None = None
    recurrence: Recurrence | None = None


class Target(RecordModel):
    op: Literal[">=", "<=", "=", ">", "<"]
    value: float
    unit: str | None = None


class Status(RecordModel):
    text: str
    done: bool | None = None
    years: list[int] = Field(default_factory=list)


class Party(RecordModel):
    """Added: one responsible party, parsed (organisation key, role, person)."""

    text: str
    org: str | None = None  # canonical organisation key, e.g. "ИМЦ"
    role: str | None = None  # "специалисты", "руководители" …
    person: str | None = None  # "Иванова Н.П."


class Activity(RecordModel):
    number: str | None = None
    section: str | None = None
    title: str
    deadline: Deadline | None = None
    responsibles: list[str] = Field(default_factory=list)
    result: str | None = None
    target: Target | None = None
    status: Status | None = None
    source: SourceRef = SourceRef()
    # added fields
    key: str | None = None
    type: str | None = None  # code (data/activity_types.yaml)
    type_label: str | None = None  # the type's Russian label
    parties: list[Party] = Field(default_factory=list)


class IndicatorValue(RecordModel):
    year: int
    kind: Literal["plan", "fact"]
    value: float | None = None


ThemeSource = Literal["rule", "similar", "override", "cluster"]


class Theme(RecordModel):
    """Added: the concept an indicator measures (normalize/data/themes.yaml): `code` for the
    DB and JSON ("mentoring_young", "ege_mean.russian"), `label` in Russian."""

    code: str
    label: str


class Indicator(RecordModel):
    number: str | None = None
    section: str | None = None
    name: str
    unit: str | None = None
    values: list[IndicatorValue] = Field(default_factory=list)
    source: SourceRef = SourceRef()
    key: str | None = None  # added
    theme: Theme | None = None  # added
    # added: how the theme was decided — rule, similar (word vectors), override (a user's
    # file); "cluster" only in the store (similar unthemed names across a database)
    theme_source: ThemeSource | None = None


class Record(RecordModel):
    """One document's extraction record, as printed by `roadmaps extract`."""

    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    document: DocumentFacts = DocumentFacts()
    goals: list[str] = Field(default_factory=list)
    tasks: list[str] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def nothing_recognised(record: Record) -> bool:
    """No activities, indicators, document kind or title: probably not a document of the genre
    (its record carries extract.pipeline.NOTHING_RECOGNISABLE or "document has no text")."""
    return not (record.activities or record.indicators or record.document.kind
                or record.document.title)
