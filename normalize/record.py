"""Draft → Record: the one place where the normalizers are composed."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.models import Draft, DraftActivity, DraftDocument, DraftIndicator
from ingest.models import Provenance
from normalize import deadlines, keys, orgs, places, status, targets
from normalize.institution_city import institution_city
from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.models import (
    Activity,
    Deadline,
    DocumentFacts,
    Indicator,
    IndicatorValue,
    OrderRef,
    Party,
    Period,
    Record,
    Signatory,
    SourceInfo,
    SourceRef,
    Theme,
)
from normalize.themes import ThemeMatcher, default_matcher


@dataclass(frozen=True)
class Tools:
    """What the normalizers need; built once per process and passed in."""

    lemmatizer: Lemmatizer
    themes: ThemeMatcher | None = None  # None: the taxonomy's matcher (no user overrides)

    @property
    def theme_matcher(self) -> ThemeMatcher:
        return self.themes or default_matcher(self.lemmatizer)


def default_tools(themes: ThemeMatcher | None = None) -> Tools:
    """Tools with the shared cached lemmatizer (and a matcher with a user's themes file)."""
    return Tools(lemmatizer=get_lemmatizer(), themes=themes)


@dataclass
class _Seen:
    """What one document's activities already gave: a plan repeats its responsible cells,
    their parties and its deadline phrases (on the samples two thirds of the parties, two
    fifths of the cells and a quarter of the phrases), and each answer depends on the text
    alone (the deadline also on the plan's period), so each is worked out once."""

    deadlines: dict[str, tuple[Deadline, str | None]] = field(default_factory=dict)
    splits: dict[str, list[str]] = field(default_factory=dict)
    parties: dict[str, Party] = field(default_factory=dict)
    title_lemmas: frozenset[str] = frozenset()  # the document's title, for a campaign's month
    municipality: str | None = None  # the document's: a party's place written another way

    def deadline(self, text: str, period: Period | None) -> tuple[Deadline, str | None]:
        # one document, one period: the text alone is the key
        if text not in self.deadlines:
            read = deadlines.campaign_text(text, self.title_lemmas)
            dl, rule = deadlines.match_deadline(read, period)
            self.deadlines[text] = (dl.model_copy(update={"text": " ".join(text.split())}),
                                    f"campaign_month+{rule}" if read != text else rule)
        return self.deadlines[text]

    def split(self, text: str, lem: Lemmatizer) -> list[str]:
        if text not in self.splits:
            self.splits[text] = orgs.split_with(text, lem)
        return list(self.splits[text])

    def party(self, name: str, lem: Lemmatizer) -> Party:
        if name not in self.parties:
            self.parties[name] = orgs.parse_party(name, lem, self.municipality)
        return self.parties[name]


def _ref(p: Provenance) -> SourceRef:
    return SourceRef(page=p.page, table=p.table, row=p.row, line=p.line)


def _document(d: DraftDocument, tools: Tools, trace: list[str]) -> DocumentFacts:
    period = deadlines.parse_period(d.period_text, d.title) if d.period_text else None
    order = None
    if d.order_number or d.order_date_text:
        date = deadlines.parse_date(d.order_date_text) if d.order_date_text else None
        order = OrderRef(number=d.order_number, date=date.isoformat() if date else None,
                         act_type=d.act_type)
    texts = [t for t in (d.municipality_text, d.title, *d.context_texts) if t]
    place = places.find_place(texts, tools.lemmatizer, trace, settlements=False,
                              region_text=d.region_text)
    municipality = place.municipality
    if not municipality and d.issuer:
        municipality = institution_city(d.issuer, tools.lemmatizer)
        if municipality:
            trace.append(f"place {municipality!r}: the city the institution's name closes with")
    if municipality and d.issuer and places.is_regional(d.issuer, tools.lemmatizer):
        trace.append(f"place: regional act ({d.issuer!r}): no municipality, {municipality!r} "
                     "is where it was signed")
        municipality = None
    # a plan's own name counts (an act's subject quotes the older acts it amends)
    own_name = d.title if d.kind != "order" else None
    renamed = places.issuer_renamed(municipality, d.issuer, tools.lemmatizer, own_name) \
        if municipality and d.issuer else None
    if renamed:
        trace.append(f"place: the issuer names {renamed!r}, the cited acts {municipality!r} "
                     "(a renamed municipality)")
        municipality = renamed
    return DocumentFacts(
        kind=d.kind,
        title=d.title,
        municipality=municipality,
        region=place.region or (places.region_name(d.region_text, tools.lemmatizer)
                                if d.region_text else None),
        issuer=d.issuer,
        order=order,
        period=period,
        signatories=[Signatory(name=s.name, position=s.position) for s in d.signatories],
    )


def _activity(
    a: DraftActivity, period: Period | None, tools: Tools, warn: list[str], trace: list[str],
    seen: _Seen, debug: bool = False,
) -> Activity:
    dl = None
    if a.deadline_text:
        dl, rule = seen.deadline(a.deadline_text, period)
        trace.append(f"deadline {a.deadline_text!r}: {rule or 'no rule'}")
        if dl.start is None and dl.end is None and dl.recurrence is None:
            warn.append(f"activity {a.number or a.title[:40]!r}: deadline not understood: "
                        f"{a.deadline_text!r}")
    names: list[str] = []
    if a.responsibles_text:
        why: list[str] | None = [] if debug else None
        names = (orgs.split_with(a.responsibles_text, tools.lemmatizer, why) if debug
                 else seen.split(a.responsibles_text, tools.lemmatizer))
        if why:
            trace.append(f"responsibles {a.responsibles_text[:40]!r}: {', '.join(why)}")
    return Activity(
        number=a.number,
        section=a.section,
        title=a.title,
        deadline=dl,
        responsibles=names,
        result=a.result_text,
        target=targets.parse_target(a.result_text, tools.lemmatizer) if a.result_text else None,
        status=status.parse_status(a.status_text) if a.status_text else None,
        source=_ref(a.source),
        key=keys.activity_key(a.title, tools.lemmatizer),
        type=(kind := _activity_type(a.title, tools, trace)),
        parties=[seen.party(n, tools.lemmatizer) for n in names],
        type_label=keys.activity_type_label(kind),
    )


def _activity_type(title: str, tools: Tools, trace: list[str]) -> str:
    kind, rule = keys.match_activity_type(title, tools.lemmatizer)
    trace.append(f"activity type {title[:50]!r}: {kind} ({rule or 'no rule'})")
    return kind


def _indicator(i: DraftIndicator, tools: Tools, trace: list[str]) -> Indicator:
    found = tools.theme_matcher.match(i.name)
    trace.append(f"theme {i.name[:50]!r}: "
                 + (f"{found.code} ({found.why})" if found else "none (no rule, nothing similar)"))
    return Indicator(
        number=i.number,
        section=i.section,
        name=i.name,
        unit=targets.indicator_unit(i.unit),
        values=[IndicatorValue(year=v.year, kind=v.kind, value=v.value) for v in i.values],
        source=_ref(i.source),
        key=keys.indicator_key(i.name, tools.lemmatizer),
        theme=Theme(code=found.code, label=found.label) if found else None,
        theme_source=found.source if found else None,  # type: ignore[arg-type]
    )


def to_record(draft: Draft, tools: Tools, trace: list[str] | None = None) -> Record:
    """Give the Draft's texts their meaning and return the CONTRACT record.

    When `trace` is a list, the normalisation rules that fired are appended to it.
    """
    warn: list[str] = list(draft.warnings)
    sink: list[str] = trace if trace is not None else []
    doc = _document(draft.document, tools, sink)
    seen = _Seen(title_lemmas=frozenset(tools.lemmatizer.lemmas(doc.title or "")),
                 municipality=doc.municipality)
    s = draft.source
    return Record(
        source=SourceInfo(file=s.file, sha256=s.sha256, format=s.format, pages=s.pages),
        document=doc,
        goals=list(draft.goals),
        tasks=list(draft.tasks),
        activities=[_activity(a, doc.period, tools, warn, sink, seen, trace is not None)
                    for a in draft.activities],
        indicators=[_indicator(i, tools, sink) for i in draft.indicators],
        warnings=warn,
    )
