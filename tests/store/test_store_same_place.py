"""One place written two ways is one municipality in the comparisons (documents.municipality_key,
views.sql municipality_groups): "Лесногорск" and "Лесногорский городской округ", "Лесновский
район" and "Лесновский муниципальный район". Invented places, hand-made records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from normalize.models import Record
from store.db import connect
from store.link import refresh
from store.load import load_record
from tests.store.places_common import (
    GROUPED,
    compare_json,
    old_store,
    place_plan,
    store_of,
    towns,
)

CITY, OKRUG = "Лесногорск", "Лесногорский городской округ"
ZAR, OZ = "Заречная область", "Озёрная область"


def plan(make, town: str, n: int, region: str | None = None, kind: str = "roadmap",
         **values: float) -> Record:
    return place_plan(make, town, n, region, kind, **values)


@pytest.mark.parametrize(("written", "shown"), [
    ([CITY, OKRUG], OKRUG),  # a tie: the longer, official form
    ([CITY, OKRUG, CITY], CITY),  # the most frequent printed form
    ([OKRUG, CITY, OKRUG], OKRUG),
    (["Лесновский район", "Лесновский муниципальный район", "Лесновский район"],
     "Лесновский район"),
])
def test_a_place_written_two_ways_is_one_row(con, make, written: list[str],
                                             shown: str) -> None:
    for n, town in enumerate(written):
        load_record(con, plan(make, town, n, plan_2024=50 + n))
    refresh(con)
    for view in GROUPED:
        assert towns(con, view) == [shown], view
    printed = con.execute("SELECT list_sort(list(municipality_written)) FROM logical_documents"
                          ).fetchone()
    assert printed == (sorted(written),)  # the documents keep what they print


def test_different_places_stay_apart(con, make) -> None:
    for n, town in enumerate([CITY, "Лесногорский район", "Лесногорский муниципальный округ",
                              "Озёрск"]):
        load_record(con, plan(make, town, n))
    assert towns(con, "v_overview") == sorted([CITY, "Лесногорский район",
                                               "Лесногорский муниципальный округ", "Озёрск"])


def test_one_district_name_in_two_regions_is_two_rows(con, make) -> None:
    load_record(con, plan(make, "Лесновский район", 1, ZAR))
    load_record(con, plan(make, "Лесновский муниципальный район", 2, OZ))
    load_record(con, plan(make, "Лесновский район", 3, OZ))
    assert towns(con, "v_overview") == ["Лесновский муниципальный район (Озёрная область)",
                                        "Лесновский район (Заречная область)"]


def test_an_unknown_region_joins_the_one_known(con, make) -> None:
    load_record(con, plan(make, "Лесновский район", 1, ZAR))
    load_record(con, plan(make, "Лесновский муниципальный район", 2, None))
    assert towns(con, "v_overview") == ["Лесновский муниципальный район"]
    load_record(con, plan(make, "Лесновский район", 3, OZ))  # now: which region is unknown
    assert len(towns(con, "v_overview")) == 3


def test_a_report_is_matched_to_the_plan_of_its_place_written_otherwise(con, make) -> None:
    load_record(con, plan(make, OKRUG, 1, plan_2024=80))
    load_record(con, plan(make, CITY, 2, kind="report", fact_2024=75))
    refresh(con)
    rows = con.execute("SELECT municipality, plan_value, fact_value, match FROM v_plan_fact"
                       ).fetchall()
    assert rows == [(OKRUG, 80.0, 75.0, "key")]


def test_an_older_store_gets_the_keys_on_its_next_connect(tmp_path: Path, make) -> None:
    db = tmp_path / "old.duckdb"
    old_store(db, [plan(make, CITY, 1), plan(make, OKRUG, 2)], schema=6)
    con = connect(db)
    keys = con.execute("SELECT DISTINCT municipality_key FROM documents").fetchall()
    assert keys == [("город лесногорск|",)]
    assert towns(con, "v_overview") == [OKRUG]
    con.close()


@pytest.fixture
def two_ways(tmp_path: Path, make) -> Path:
    return store_of(tmp_path / "t.duckdb", [
        plan(make, CITY, 1, plan_2024=50), plan(make, OKRUG, 2, plan_2025=60),
        plan(make, "Озёрск", 3, plan_2024=40)])


def test_compare_shows_one_row_per_place(roadmaps_cli: Callable[..., object],
                                         two_ways: Path) -> None:
    rows = compare_json(roadmaps_cli, two_ways, "indicators")
    assert [(x["municipality"], x["year"]) for x in rows] == [
        (OKRUG, 2024), (OKRUG, 2025), ("Озёрск", 2024)]


@pytest.mark.parametrize("typed", [CITY, OKRUG, "г. Лесногорска"])
def test_compare_takes_either_printed_name(roadmaps_cli: Callable[..., object],
                                           two_ways: Path, typed: str) -> None:
    rows = compare_json(roadmaps_cli, two_ways, "overview", "--municipality", typed)
    assert sorted(x["file"] for x in rows) == ["roadmap1.docx", "roadmap2.docx"]
    assert {x["municipality"] for x in rows} == {OKRUG}


def test_the_report_has_one_district_row(two_ways: Path) -> None:
    from pipelines.report.data import Scope, summary

    con = connect(two_ways, read_only=True)
    rows = summary(con, Scope())
    con.close()
    assert [(r["municipality"], r["documents"]) for r in rows] == [(OKRUG, 2), ("Озёрск", 1)]
