"""Themes in the store: columns and round trip, the v_themes view, clusters of unthemed names
with stable ids, plan ↔ fact falling back to the theme, re-theming without re-parsing."""

from __future__ import annotations

from store.clusters import cluster_id
from store.link import is_fresh, refresh
from store.load import load_record, read_record, stored_record
from store.themes import CatalogueRow, IndicatorTheme, save_catalogue, set_themes

TOWNS = ("Город А", "Город Б", "Город В")


def _rows(con, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def test_theme_columns_and_round_trip(con, make) -> None:
    rec = make.full()
    doc = load_record(con, rec).document_id
    assert _rows(con, "SELECT theme_code, theme_label, theme_source FROM indicators "
                      "ORDER BY ordinal") == [
        ("training", "Повышение квалификации педагогов", "rule"), (None, None, None)]
    assert _rows(con, "SELECT type_label FROM activities WHERE ordinal = 1") == [
        ("Нормативное обеспечение",)]
    assert read_record(con, doc) == rec == stored_record(con, doc)


def test_view_compares_a_theme_across_municipalities(con, make) -> None:
    for town, value in zip(TOWNS, (40, 55, 70), strict=True):
        load_record(con, make.plan(town, [
            make.indicator(f"Доля … {town}", f"key {town}", theme="mentoring_young", unit="%",
                           plan_2024=value),
            make.indicator("Другое", f"other {town}", plan_2024=1)]))
    load_record(con, make.plan(TOWNS[0], [make.indicator(
        "Доля …", "key", theme="mentoring_young", unit="%", fact_2024=38)], kind="report",
        period=(2024, 2024)))
    refresh(con)
    rows = _rows(con, "SELECT theme_code, theme_municipalities, municipality, year, unit, "
                      "plan_value, fact_value, theme_source FROM v_themes "
                      "WHERE theme_code = 'mentoring_young'")
    assert rows == [
        ("mentoring_young", 3, "Город А", 2024, "%", 40.0, 38.0, "rule"),
        ("mentoring_young", 3, "Город Б", 2024, "%", 55.0, None, "rule"),
        ("mentoring_young", 3, "Город В", 2024, "%", 70.0, None, "rule")]


def test_unthemed_similar_names_cluster_with_a_stable_id(con, make) -> None:
    school = "Количество слушателей муниципальной математической школы"
    load_record(con, make.plan(TOWNS[0], [
        make.indicator(school, "математический муниципальный слушатель школа", plan_2024=30),
        make.indicator("Одинокий показатель", "одинокий показатель", plan_2024=1)]))
    load_record(con, make.plan(TOWNS[1], [make.indicator(
        "Число слушателей муниципальной математической школы",
        "математический муниципальный слушатель школа число", plan_2024=25)]))
    refresh(con)
    cid = cluster_id("математический муниципальный слушатель школа")
    assert _rows(con, "SELECT cluster_id, count(*) FROM indicator_clusters GROUP BY 1") == [
        (cid, 2)]
    assert _rows(con, f"SELECT label, source FROM themes WHERE code = '{cid}'") == [
        (school, "cluster")]
    assert _rows(con, "SELECT DISTINCT theme_code, theme_source, theme_municipalities "
                      "FROM v_themes") == [(cid, "cluster", 2)]
    # a later document joins the cluster and leaves its id alone
    load_record(con, make.plan(TOWNS[2], [make.indicator(
        "Количество слушателей математической школы",
        "математический слушатель школа", plan_2024=12)]))
    refresh(con)
    assert _rows(con, "SELECT cluster_id, count(*) FROM indicator_clusters GROUP BY 1") == [
        (cid, 3)]


def test_themed_and_single_document_names_are_not_clustered(con, make) -> None:
    load_record(con, make.plan(TOWNS[0], [
        make.indicator("A", "слушатель школа", theme="x", plan_2024=1),
        make.indicator("B", "слушатель школа", plan_2024=1)]))
    load_record(con, make.plan(TOWNS[1], [
        make.indicator("A", "слушатель школа", theme="x", plan_2024=1)]))
    refresh(con)
    assert _rows(con, "SELECT count(*) FROM indicator_clusters") == [(0,)]


def test_plan_fact_falls_back_to_the_theme_when_keys_differ(con, make) -> None:
    load_record(con, make.plan(TOWNS[0], [
        make.indicator("Доля молодых педагогов, имеющих наставника", "доля молодой наставник",
                       theme="mentoring_young", unit="%", plan_2024=80),
        make.indicator("Количество молодых педагогов с наставником", "количество наставник",
                       theme="mentoring_young", unit="чел.", plan_2024=12)]))
    load_record(con, make.plan(TOWNS[0], [
        make.indicator("Удельный вес начинающих учителей, вовлечённых в наставничество",
                       "вес вовлечь начинающий удельный учитель", theme="mentoring_young",
                       unit="%", fact_2024=85),
        make.indicator("Число участников", "участник число", theme="other", unit="чел.",
                       fact_2024=3)], kind="report", period=(2024, 2024)))
    refresh(con)
    rows = _rows(con, "SELECT report_name, name, match, plan_value, fact_value, theme_code "
                      "FROM plan_fact_indicators ORDER BY report_indicator")
    assert rows == [
        ("Удельный вес начинающих учителей, вовлечённых в наставничество",
         "Доля молодых педагогов, имеющих наставника", "theme", 80.0, 85.0, "mentoring_young"),
        ("Число участников", "Число участников", "none", None, 3.0, "other")]


def test_a_theme_match_never_crosses_units(con, make) -> None:
    load_record(con, make.plan(TOWNS[0], [make.indicator(
        "Количество", "количество", theme="t", unit="чел.", plan_2024=12)]))
    load_record(con, make.plan(TOWNS[0], [make.indicator(
        "Доля", "доля", theme="t", unit="%", fact_2024=50)], kind="report", period=(2024, 2024)))
    refresh(con)
    assert _rows(con, "SELECT match FROM plan_fact_indicators") == [("none",)]


def test_without_units_a_share_is_not_matched_to_a_count(con, make) -> None:
    load_record(con, make.plan(TOWNS[0], [
        make.indicator("Количество молодых педагогов с наставником", "к", theme="t",
                       plan_2024=12),
        make.indicator("Удельный вес молодых педагогов с наставником", "у", theme="t",
                       plan_2024=90)]))
    load_record(con, make.plan(TOWNS[0], [make.indicator(
        "Доля молодых педагогов, имеющих наставника", "д", theme="t", fact_2024=95)],
        kind="report", period=(2024, 2024)))
    refresh(con)
    assert _rows(con, "SELECT name, match, plan_value FROM plan_fact_indicators") == [
        ("Удельный вес молодых педагогов с наставником", "theme", 90.0)]


def test_set_themes_updates_rows_and_stored_json_and_makes_derived_stale(con, make) -> None:
    rec = make.full()
    doc = load_record(con, rec).document_id
    refresh(con)
    assert is_fresh(con)
    changed = set_themes(con, [
        IndicatorTheme(doc, 1, None, None, None),
        IndicatorTheme(doc, 2, "mentors", "Педагоги-наставники", "override")])
    assert changed == 2
    assert not is_fresh(con)
    again = read_record(con, doc)
    assert again.indicators[0].theme is None
    assert again.indicators[1].theme is not None and again.indicators[1].theme.code == "mentors"
    assert again.indicators[1].theme_source == "override"
    assert stored_record(con, doc) == again
    assert set_themes(con, [IndicatorTheme(doc, 1, None, None, None)]) == 0


def test_catalogue_keeps_user_themes_unless_asked(con) -> None:
    save_catalogue(con, [CatalogueRow("a", "А", ("share",), "taxonomy"),
                         CatalogueRow("u", "У", ("count",), "user")])
    save_catalogue(con, [CatalogueRow("a", "А2", ("share",), "taxonomy")], ("taxonomy",))
    assert _rows(con, "SELECT code, label, source FROM themes ORDER BY code") == [
        ("a", "А2", "taxonomy"), ("u", "У", "user")]
    save_catalogue(con, [CatalogueRow("a", "А2", ("share",), "taxonomy")])
    assert _rows(con, "SELECT code FROM themes") == [("a",)]


def test_type_labels_of_rows_stored_before_they_existed(con, make) -> None:
    from store.themes import fill_type_labels

    rec = make.full()
    acts = [a.model_copy(update={"type_label": None}) for a in rec.activities]
    doc = load_record(con, rec.model_copy(update={"activities": acts})).document_id
    assert fill_type_labels(con, {"нормативное обеспечение": "Нормативное обеспечение"}) == 1
    assert _rows(con, "SELECT ordinal, type_label FROM activities ORDER BY ordinal") == [
        (1, "Нормативное обеспечение"), (2, None), (3, None), (4, None)]
    assert read_record(con, doc) == stored_record(con, doc) == rec
    assert fill_type_labels(con, {"нормативное обеспечение": "Нормативное обеспечение"}) == 0
