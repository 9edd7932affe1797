"""Property: any Record (within the CONTRACT's types) comes back equal from the rows."""

from __future__ import annotations

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    Status,
    Target,
)
from store.db import connect
from store.load import delete_document, load_record, read_record

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
opt_text = st.none() | text
small = st.none() | st.integers(0, 10_000)
year = st.integers(1900, 2100)
iso = st.none() | st.dates().map(lambda d: d.isoformat())
number = st.floats(allow_nan=False, allow_infinity=False)
lists = {"max_size": 3}

src = st.builds(SourceRef, page=small, table=small, row=small, line=small)
party = st.builds(Party, text=text, org=opt_text, role=opt_text, person=opt_text)
activity = st.builds(
    Activity, number=opt_text, section=opt_text, title=text, key=opt_text, type=opt_text,
    deadline=st.none() | st.builds(Deadline, text=text, start=iso, end=iso,
                                   recurrence=st.none() | st.sampled_from(
                                       ["once", "annual", "continuous", "on_demand"])),
    responsibles=st.lists(text, **lists), parties=st.lists(party, **lists), result=opt_text,
    target=st.none() | st.builds(Target, op=st.sampled_from([">=", "<=", "=", ">", "<"]),
                                 value=number, unit=opt_text),
    status=st.none() | st.builds(Status, text=text, done=st.none() | st.booleans(),
                                 years=st.lists(year, **lists)),
    source=src,
)
indicator = st.builds(
    Indicator, number=opt_text, section=opt_text, name=text, unit=opt_text, key=opt_text,
    values=st.lists(st.builds(IndicatorValue, year=year,
                              kind=st.sampled_from(["plan", "fact"]),
                              value=st.none() | number), **lists),
    source=src,
)
document = st.builds(
    DocumentFacts,
    kind=st.none() | st.sampled_from(["roadmap", "programme", "report", "order"]),
    title=opt_text, municipality=opt_text, region=opt_text, issuer=opt_text,
    order=st.none() | st.builds(OrderRef, number=opt_text, date=iso),
    period=st.none() | st.builds(Period, start_year=st.none() | year, end_year=st.none() | year),
    signatories=st.lists(st.builds(Signatory, name=text, position=opt_text), **lists),
)
record = st.builds(
    Record,
    source=st.builds(SourceInfo, file=text, sha256=st.text("0123456789abcdef", min_size=64,
                                                             max_size=64),
                     format=st.sampled_from(["txt", "docx", "pdf"]), pages=small),
    document=document, goals=st.lists(text, **lists), tasks=st.lists(text, **lists),
    activities=st.lists(activity, **lists), indicators=st.lists(indicator, **lists),
    warnings=st.lists(text, **lists),
)

_CON = connect(":memory:")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record)
def test_any_record_round_trips_through_rows(rec: Record) -> None:
    con: duckdb.DuckDBPyConnection = _CON
    out = load_record(con, rec, path="/p")
    try:
        assert out.status != "unchanged"
        assert read_record(con, out.document_id) == rec
    finally:
        delete_document(con, out.document_id)
