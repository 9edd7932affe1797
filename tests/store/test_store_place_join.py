"""A town and the municipality named by its adjective are one row in the store's comparisons
(store/place_keys.join_places, table place_joins, views.sql municipality_groups): "Ракитна" and
"Ракитнинский городской округ", "Пихтовка" and "Пихтовский район" of one region. Invented places,
hand-made records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from normalize.models import Record
from store.db import connect
from store.export import export_csv_excel, export_xlsx, sheet_name
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

TOWN, OKRUG = "Ракитна", "Ракитнинский городской округ"
Z, OZ = "Заречная область", "Озёрная область"


def plan(make, town: str, n: int, region: str | None = Z, kind: str = "roadmap",
         **values: float) -> Record:
    return place_plan(make, town, n, region, kind, **values)


@pytest.mark.parametrize(("written", "shown"), [
    ([TOWN, OKRUG], OKRUG),  # the town first
    ([OKRUG, TOWN], OKRUG),  # the city district first
    ([TOWN, OKRUG, TOWN], TOWN),
    (["Пихтовка", "Пихтовский район"], "Пихтовский район"),
    (["Пихтовский", "Пихтовка"], "Пихтовский"),  # a bare adjective; a tie: the longer
    (["Верхний Ключанск", "Верхнеключанский городской округ"],
     "Верхнеключанский городской округ"),
    (["Кедровоярский городской округ", "Кедровый Яр", "Кедровый Яр"], "Кедровый Яр"),
])
def test_a_town_and_its_adjective_are_one_row(con, make, written: list[str],
                                              shown: str) -> None:
    for n, town in enumerate(written):
        load_record(con, plan(make, town, n, plan_2024=50 + n))
    refresh(con)
    for view in GROUPED:
        assert towns(con, view) == [shown], view
    printed = con.execute("SELECT list_sort(list(municipality_written)) FROM logical_documents"
                          ).fetchone()
    assert printed == (sorted(written),)


@pytest.mark.parametrize("written", [
    ["Рябиновка", "Рябиноватка"],
    ["Рябиноватка", "Рябиновский район"],
    ["Лесногорск", "Лесногорский район"],  # a район around a city
    ["Пихтовка", "Пихтово", "Пихтовский район"],  # which town the district is: not known
])
def test_different_places_stay_apart(con, make, written: list[str]) -> None:
    for n, town in enumerate(written):
        load_record(con, plan(make, town, n))
    assert towns(con) == sorted(written)


def test_the_capital_stays_apart_from_the_district_named_after_it(con, make) -> None:
    load_record(con, plan(make, "Зоряна", 1, "Зорянская область"))
    load_record(con, plan(make, "Зорянский район", 2, "Зорянская область"))
    assert towns(con) == sorted(["Зорянский район", "Зоряна"])


def test_one_district_name_in_two_regions_is_two_rows(con, make) -> None:
    load_record(con, plan(make, "Пихтовка", 1, Z))
    load_record(con, plan(make, "Пихтовский район", 2, OZ))
    assert towns(con) == ["Пихтовка", "Пихтовский район"]


def test_a_town_of_unknown_region_joins_its_city_district(con, make) -> None:
    load_record(con, plan(make, TOWN, 1, None))
    load_record(con, plan(make, OKRUG, 2, Z))
    assert towns(con) == [OKRUG]
    assert con.execute("SELECT DISTINCT municipality_key FROM logical_documents").fetchall() \
        == [("город ракитнинск|заречная область",)]


def test_a_replaced_document_takes_its_join_away(con, make) -> None:
    load_record(con, plan(make, TOWN, 1), "/d/a.docx")
    load_record(con, plan(make, OKRUG, 2), "/d/b.docx")
    assert towns(con) == [OKRUG]
    load_record(con, plan(make, "Рябиновка", 3), "/d/b.docx")  # b.docx now says another town
    assert towns(con) == ["Ракитна", "Рябиновка"]
    assert con.execute("SELECT count(*) FROM place_joins").fetchone() == (0,)


def test_an_older_store_is_keyed_and_joined_on_its_next_connect(tmp_path: Path, make) -> None:
    db = tmp_path / "old.duckdb"
    places = [("Верхний Ключанск", "город верхний ключанск|"),
              ("Верхнеключанский городской округ", "город верхнеключанск|"),
              (TOWN, "город ракитна|"), (OKRUG, "город ракитнинск|")]
    old_store(db, [plan(make, town, i, None) for i, (town, _) in enumerate(places, start=1)],
              schema=7, keys=[key for _, key in places])  # the keys schema 7 stored
    con = connect(db)
    assert towns(con) == ["Верхнеключанский городской округ", OKRUG]
    con.close()


@pytest.fixture
def two_ways(tmp_path: Path, make) -> Path:
    return store_of(tmp_path / "t.duckdb", [
        plan(make, TOWN, 1, plan_2024=50), plan(make, OKRUG, 2, plan_2025=60),
        plan(make, "Рябиновка", 3, plan_2024=40)])


def test_compare_shows_one_row_per_place(roadmaps_cli: Callable[..., object],
                                         two_ways: Path) -> None:
    rows = compare_json(roadmaps_cli, two_ways, "indicators")
    assert [(x["municipality"], x["year"]) for x in rows] == [
        (OKRUG, 2024), (OKRUG, 2025), ("Рябиновка", 2024)]


@pytest.mark.parametrize("typed", [TOWN, OKRUG])
def test_compare_takes_the_town_or_its_adjective(roadmaps_cli: Callable[..., object],
                                                 two_ways: Path, typed: str) -> None:
    rows = compare_json(roadmaps_cli, two_ways, "overview", "--municipality", typed)
    assert sorted(x["file"] for x in rows) == ["roadmap1.docx", "roadmap2.docx"]
    assert {x["municipality"] for x in rows} == {OKRUG}


def test_the_report_has_one_district_row(two_ways: Path) -> None:
    from pipelines.report.data import Scope, summary

    con = connect(two_ways, read_only=True)
    rows = summary(con, Scope())
    con.close()
    assert [(r["municipality"], r["documents"]) for r in rows] == [(OKRUG, 2), ("Рябиновка", 1)]


GROUP = "Муниципальное образование (для сравнения)"


def test_item_sheets_show_the_group_beside_the_printed_name(two_ways: Path,
                                                           tmp_path: Path) -> None:
    con = connect(two_ways, read_only=True)
    path, _ = export_xlsx(con, tmp_path / "r.xlsx")
    files = export_csv_excel(con, tmp_path / "csv")
    con.close()
    ws = openpyxl.load_workbook(path)[sheet_name("activities")]
    heads = [c.value for c in ws[1]]
    assert heads[:2] == ["Муниципальное образование", GROUP]
    pairs = sorted((r[0].value, r[1].value) for r in ws.iter_rows(min_row=2))
    assert pairs == sorted([(OKRUG, OKRUG), ("Рябиновка", "Рябиновка"), (TOWN, OKRUG)])
    text = next(f for f in files if f.stem == "indicators").read_text(encoding="utf-8-sig")
    lines = [line.split(";")[:2] for line in text.splitlines()]
    assert lines[0] == ["Муниципальное образование", GROUP]
    assert sorted(map(tuple, lines[1:])) == sorted([(OKRUG, OKRUG), ("Рябиновка", "Рябиновка"),
                                                    (TOWN, OKRUG)])


# cities whose adjective no rule makes (normalize/data/place_key.yaml irregular_adjectives):
# real cities, the table is about them
ORL = "Орловская область"
ORYOL, ORYOL_OKRUG = "Орёл", "Орловский городской округ"


@pytest.mark.parametrize(("written", "region", "shown"), [
    ([ORYOL, ORYOL_OKRUG], ORL, [ORYOL_OKRUG]),
    ([ORYOL_OKRUG, ORYOL, ORYOL], ORL, [ORYOL]),
    (["Уфа", "Уфимский городской округ"], "Республика Башкортостан", ["Уфимский городской округ"]),
    (["Набережные Челны", "Набережночелнинский городской округ"], "Республика Татарстан",
     ["Набережночелнинский городской округ"]),
    (["Старый Оскол", "Старооскольский городской округ"], "Белгородская область",
     ["Старооскольский городской округ"]),
    (["Елец", "Елецкий городской округ"], "Липецкая область", ["Елецкий городской округ"]),
    # a район around the city, a region's name: other rows
    ([ORYOL, "Орловский район"], ORL, [ORYOL, "Орловский район"]),
    ([ORYOL, "Орловская область"], ORL, [ORYOL, "Орловская область"]),
    (["Великие Луки", "Великолукский район"], "Псковская область",
     ["Великие Луки", "Великолукский район"]),
    (["Елец", "Елецкий район"], "Липецкая область", ["Елец", "Елецкий район"]),
])
def test_a_city_and_its_irregular_adjective_are_one_row(con, make, written: list[str],
                                                        region: str, shown: list[str]) -> None:
    for n, town in enumerate(written):
        load_record(con, plan(make, town, n, region, plan_2024=50 + n))
    refresh(con)
    for view in GROUPED:
        assert sorted(towns(con, view)) == sorted(shown), view  # DuckDB sorts "ё" after "я"


def test_a_store_joined_by_the_older_rules_joins_on_its_next_connect(tmp_path: Path,
                                                                     make) -> None:
    db = tmp_path / "old.duckdb"
    places = [(ORYOL, "город орел|орловская область"),
              (ORYOL_OKRUG, "город орловск|орловская область")]
    old_store(db, [plan(make, town, i, ORL) for i, (town, _) in enumerate(places, start=1)],
              schema=8, keys=[key for _, key in places])  # the keys schema 8 stored, no join
    con = connect(db)
    assert towns(con) == [ORYOL_OKRUG]
    con.close()


def test_compare_and_export_show_the_city_once(roadmaps_cli: Callable[..., object],
                                               tmp_path: Path, make) -> None:
    db = store_of(tmp_path / "o.duckdb", [
        plan(make, ORYOL, 1, ORL, plan_2024=50), plan(make, ORYOL_OKRUG, 2, ORL, plan_2025=60),
        plan(make, "Орловская область", 3, ORL, plan_2024=40)])
    rows = compare_json(roadmaps_cli, db, "indicators")
    assert [(x["municipality"], x["year"]) for x in rows] == [
        ("Орловская область", 2024), (ORYOL_OKRUG, 2024), (ORYOL_OKRUG, 2025)]
    con = connect(db, read_only=True)
    path, _ = export_xlsx(con, tmp_path / "o.xlsx")
    con.close()
    ws = openpyxl.load_workbook(path)[sheet_name("activities")]
    pairs = sorted((r[0].value, r[1].value) for r in ws.iter_rows(min_row=2))
    assert pairs == sorted([(ORYOL, ORYOL_OKRUG), (ORYOL_OKRUG, ORYOL_OKRUG),
                            ("Орловская область", "Орловская область")])
