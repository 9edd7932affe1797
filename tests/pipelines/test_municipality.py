"""`--municipality` of compare and report: loose matching of a typed name to the stored names
(case, "город", inflection), and close names suggested when nothing matches."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from normalize.models import DocumentFacts, Period, Record, SourceInfo
from pipelines.municipality import resolve
from store.db import connect
from store.link import refresh
from store.load import load_record
from tests.conftest import Run

STORED = ["Северский район", "Северск", "Пенза", "Ленинск-Кузнецкий городской округ",
          "Каменноозёрский муниципальный округ", "Усть-Вельский район"]


@pytest.mark.parametrize(("typed", "names", "how"), [
    ("Пенза", ("Пенза",), "exact"),
    ("пенза", ("Пенза",), "lemmas"),
    ("город Пенза", ("Пенза",), "lemmas"),
    ("г. Пензы", ("Пенза",), "lemmas"),
    ("Северского района", ("Северский район",), "lemmas"),
    ("СЕВЕРСКИЙ РАЙОН", ("Северский район",), "lemmas"),
    ("города Северска", ("Северск",), "lemmas"),
    ("Ленинск-Кузнецкий", ("Ленинск-Кузнецкий городской округ",), "lemmas"),
    ("ленинск-кузнецкого городского округа", ("Ленинск-Кузнецкий городской округ",),
     "lemmas"),
    ("Каменноозерского округа", ("Каменноозёрский муниципальный округ",), "lemmas"),
    ("Усть-Вельский", ("Усть-Вельский район",), "part"),
])
def test_loose_match(typed: str, names: tuple[str, ...], how: str) -> None:
    res = resolve(typed, STORED)
    assert (res.names, res.how) == (names, how)


@pytest.mark.parametrize(("typed", "close"), [
    ("Усть-Вельски", "Усть-Вельский район"),
    ("Пензенск", "Пенза"),
    ("Каменозерский", "Каменноозёрский муниципальный округ"),
])
def test_nothing_matches_but_close_names_are_suggested(typed: str, close: str) -> None:
    res = resolve(typed, STORED)
    assert res.names == () and close in res.close


# one place written two ways, each form stored by the documents naming only it: asking for
# either gives both (normalize/places.py same_place); a district around a city is another place
SAME_PLACE = ["Лесногорск", "Лесногорский городской округ", "Озерский городской округ", "Озёрск",
              "Северск", "Северский район"]


@pytest.mark.parametrize(("typed", "names", "how"), [
    ("Лесногорск", ("Лесногорск", "Лесногорский городской округ"), "same_place"),
    ("Лесногорский городской округ", ("Лесногорский городской округ", "Лесногорск"),
     "same_place"),
    ("города Лесногорска", ("Лесногорск", "Лесногорский городской округ"), "same_place"),
    ("Озёрск", ("Озёрск", "Озерский городской округ"), "same_place"),
    ("Северск", ("Северск",), "exact"),
])
def test_one_place_written_two_ways(typed: str, names: tuple[str, ...], how: str) -> None:
    res = resolve(typed, SAME_PLACE)
    assert (res.names, res.how) == (names, how)


def test_a_name_far_from_all_suggests_nothing() -> None:
    assert resolve("Москва", STORED).close == ()


def _record(n: int, town: str) -> Record:
    name = f"plan{n}.docx"
    return Record(source=SourceInfo(file=name, sha256=hashlib.sha256(name.encode()).hexdigest(),
                                    format="docx"),
                  document=DocumentFacts(kind="roadmap", municipality=town, title=f"План {n}",
                                         period=Period(start_year=2025, end_year=2026)))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("towns") / "t.duckdb"
    con = connect(path)
    for n, town in enumerate(STORED):
        load_record(con, _record(n, town))
    refresh(con)
    con.close()
    return path


def test_compare_takes_an_inflected_name_and_says_what_it_matched(
        roadmaps_cli: Callable[..., Run], db: Path) -> None:
    r = roadmaps_cli("compare", "overview", "--db", str(db), "--format", "json",
                     "--municipality", "северского района")
    assert r.returncode == 0, r.stderr
    assert [x["municipality"] for x in json.loads(r.stdout)] == ["Северский район"]
    assert r.stderr == "roadmaps: --municipality 'северского района': Северский район\n"


def test_compare_suggests_close_names_when_nothing_matches(
        roadmaps_cli: Callable[..., Run], db: Path) -> None:
    r = roadmaps_cli("compare", "overview", "--db", str(db), "--municipality", "Усть-Вельски")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == ("roadmaps: в базе нет муниципалитета, подходящего под 'Усть-Вельски'; "
                        "похожие названия: Усть-Вельский район\n")


def test_report_takes_loose_names(roadmaps_cli: Callable[..., Run], db: Path,
                                  tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    r = roadmaps_cli("report", "--db", str(db), "--out", str(out), "--no-review",
                     "--municipality", "г. Пензы", "Северск")
    assert r.returncode == 0, r.stderr
    html = out.read_text("utf-8")
    assert "План 2" in html and "План 1" in html and "План 0" not in html
