"""Plan ↔ fact matching computed from hand-made plan and report records."""

from __future__ import annotations

from normalize.models import Activity, Party, Status
from store.link import refresh
from store.load import load_record

TOWN = "Город Тест"


def _rows(con, table: str, cols: str) -> list[tuple]:
    return con.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()


def test_fact_equal_to_plan_is_100_percent(con, make) -> None:
    key = "доля курс педагог пройти"
    load_record(con, make.plan(TOWN, [make.indicator("Доля педагогов", key, plan_2022=50,
                                                     plan_2023=60)]))
    load_record(con, make.plan(TOWN, [make.indicator("Доля педагогов", key, fact_2022=50)],
                               kind="report", period=(2022, 2022)))
    counts = refresh(con)
    assert counts["plan_fact_indicators"] == 1
    assert _rows(con, "plan_fact_indicators",
                 "municipality, year, plan_value, fact_value, fulfilment_pct, match") == [
        (TOWN, 2022, 50.0, 50.0, 100.0, "key")]


def test_fulfilment_is_fact_over_plan_and_null_without_plan(con, make) -> None:
    load_record(con, make.plan(TOWN, [make.indicator("A", "a", plan_2022=80),
                                      make.indicator("Z", "z", plan_2022=0)]))
    load_record(con, make.plan(TOWN, [make.indicator("A", "a", fact_2022=60),
                                      make.indicator("Z", "z", fact_2022=3),
                                      make.indicator("Новый", "новый", fact_2022=7)],
                               kind="report", period=(2022, 2022)))
    refresh(con)
    assert _rows(con, "plan_fact_indicators", "name, plan_value, fact_value, fulfilment_pct, "
                 "match") == [
        ("A", 80.0, 60.0, 75.0, "key"),
        ("Z", 0.0, 3.0, None, "key"),  # plan 0: no percentage, not a division by zero
        ("Новый", None, 7.0, None, "none"),
    ]


def test_fuzzy_match_on_lemma_keys(con, make) -> None:
    plan_key = "доля методический обратиться педагог помощь"
    report_key = "доля методический обратиться педагог помощь число общий"
    load_record(con, make.plan(TOWN, [make.indicator("Доля педагогов, обратившихся …", plan_key,
                                                     plan_2022=40)]))
    load_record(con, make.plan(TOWN, [make.indicator("Доля педагогов … от общего числа",
                                                     report_key, fact_2022=30)],
                               kind="report", period=(2022, 2022)))
    refresh(con)
    (row,) = _rows(con, "plan_fact_indicators", "name, match, score, plan_value, fact_value")
    assert row[0] == "Доля педагогов, обратившихся …"
    assert row[1] == "fuzzy" and row[2] >= 85
    assert row[3:] == (40.0, 30.0)


def test_short_key_does_not_match_a_longer_one_by_subset(con, make) -> None:
    load_record(con, make.plan(TOWN, [make.indicator("Доля педагогов с категорией",
                                                     "доля категория педагог высокий",
                                                     plan_2022=10)]))
    load_record(con, make.plan(TOWN, [make.indicator("Доля", "доля", fact_2022=5)],
                               kind="report", period=(2022, 2022)))
    refresh(con)
    assert _rows(con, "plan_fact_indicators", "match, plan_value") == [("none", None)]


def test_plans_of_other_municipalities_are_not_used(con, make) -> None:
    load_record(con, make.plan("Другой город", [make.indicator("A", "a", plan_2022=10)]))
    load_record(con, make.plan(TOWN, [make.indicator("A", "a", fact_2022=5)], kind="report",
                               period=(2022, 2022)))
    refresh(con)
    assert _rows(con, "plan_fact_indicators", "municipality, match, plan_value") == [
        (TOWN, "none", None)]


def test_plan_covering_the_report_period_wins(con, make) -> None:
    load_record(con, make.plan(TOWN, [make.indicator("A", "a", plan_2022=10)], period=(2022, 2026)))
    load_record(con, make.plan(TOWN, [make.indicator("A", "a", plan_2022=99)], period=(2027, 2030)))
    load_record(con, make.plan(TOWN, [make.indicator("A", "a", fact_2022=5)], kind="report",
                               period=(2022, 2022)))
    refresh(con)
    assert _rows(con, "plan_fact_indicators", "plan_value, fulfilment_pct") == [(10.0, 50.0)]


def test_activity_status_joined_to_plan_and_unreported_listed(con, make) -> None:
    plan_acts = [Activity(number="1.1", title="Семинар для учителей", key="семинар учитель",
                          parties=[Party(text="ИМЦ", org="ИМЦ")], responsibles=["ИМЦ"]),
                 Activity(number="1.2", title="Конкурс педагогов", key="конкурс педагог")]
    rep_acts = [Activity(title="Семинары для учителей", key="семинар учитель",
                         status=Status(text="Выполнено", done=True, years=[2022]))]
    load_record(con, make.plan(TOWN, [], plan_acts))
    load_record(con, make.plan(TOWN, [], rep_acts, kind="report", period=(2022, 2022)))
    refresh(con)
    assert _rows(con, "plan_fact_activities",
                 "number, title, report_title, match, status_done, status_years") == [
        ("1.1", "Семинар для учителей", "Семинары для учителей", "key", True, [2022]),
        ("1.2", "Конкурс педагогов", None, "unreported", None, None),
    ]
    assert _rows(con, "organizations", "key, names, activities, municipalities") == [
        ("ИМЦ", ["ИМЦ"], 1, [TOWN])]


def test_refresh_is_repeatable(con, make) -> None:
    load_record(con, make.plan(TOWN, [make.indicator("A", "a", plan_2022=10)]))
    load_record(con, make.plan(TOWN, [make.indicator("A", "a", fact_2022=5)], kind="report",
                               period=(2022, 2022)))
    first = (refresh(con), _rows(con, "plan_fact_indicators", "*"))
    assert (refresh(con), _rows(con, "plan_fact_indicators", "*")) == first
