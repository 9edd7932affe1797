"""Derived tables know what they were built from: a store changed without a refresh (an ingest
killed between its last document and the rebuild) is detected and rebuilt."""

from __future__ import annotations

from store.link import LINK_VERSION, documents_checksum, ensure_fresh, is_fresh, refresh
from store.load import delete_document, load_record

TOWN = "Город Тест"


def _plan_and_report(make):
    plan = make.plan(TOWN, [make.indicator("A", "a", plan_2022=10)])
    report = make.plan(TOWN, [make.indicator("A", "a", fact_2022=5)], kind="report",
                       period=(2022, 2022))
    return plan, report


def test_new_store_is_fresh_only_after_refresh(con, make) -> None:
    assert not is_fresh(con)  # never built
    assert ensure_fresh(con) is True
    assert is_fresh(con) and ensure_fresh(con) is False


def test_document_loaded_without_refresh_makes_the_tables_stale(con, make) -> None:
    plan, report = _plan_and_report(make)
    load_record(con, plan)
    refresh(con)
    assert is_fresh(con)
    load_record(con, report)  # the ingest died here, before its refresh
    assert con.execute("SELECT count(*) FROM plan_fact_indicators").fetchone() == (0,)
    assert not is_fresh(con)
    assert ensure_fresh(con) is True
    assert con.execute("SELECT plan_value, fact_value FROM plan_fact_indicators").fetchall() == [
        (10.0, 5.0)]
    assert ensure_fresh(con) is False  # nothing changed since


def test_deleted_or_replaced_documents_make_the_tables_stale(con, make) -> None:
    plan, report = _plan_and_report(make)
    load_record(con, plan)
    rid = load_record(con, report).document_id
    refresh(con)
    con.begin()
    delete_document(con, rid)
    con.commit()
    assert not is_fresh(con)
    ensure_fresh(con)
    assert con.execute("SELECT count(*) FROM plan_fact_indicators").fetchone() == (0,)


def test_checksum_covers_the_documents_and_the_rules(con, make, monkeypatch) -> None:
    empty = documents_checksum(con)
    load_record(con, make.full())
    assert documents_checksum(con) != empty
    assert documents_checksum(con) == documents_checksum(con)
    refresh(con)
    import store.link

    monkeypatch.setattr(store.link, "LINK_VERSION", LINK_VERSION + "-next")
    assert not is_fresh(con)  # new matching rules: stores built by the old ones are stale
