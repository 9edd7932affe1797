"""Indicator tables: year columns, plan/fact, group rows, shifted rows, lists without values."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import para, run, table, tsv

from extract.found import Found
from extract.indicator_rows import parse_value
from extract.models import DraftDocument

# A roadmap's indicator table: "Период, год" over a second header row of years, numbered group
# rows, unnumbered indicators; after a page break the empty number cell is lost (rows shifted
# left), one row lost its 2022 value, and a word of a name ended up in the first value cell.
ROADMAP = tsv(r"""
No॒ | Наименование показателя/результата | | | Период, год | |
$\Pi/\Pi$ | | 2022 | 2023 | 2024 | 2025 | 2026
1. | Обеспечение подхода к повышению квалификации учителя и его методи | кому сопровождению | | | |
| Доля методических продуктов от общего количества педагогов | 10 | 10 | 15 | 15 | 20
| Доля педагогов, участвующих в методических | 10 | 15 | 17 | 24 | 25
мероприятиях муниципального уровня | | | | | |
Доля педагогических работников, аттестующихся | | 72 | 75 | 78 | 80
2. Включение молодых педагогов в деятельность сообществ, конкурсную | | | | | |
систему, систему наставничества: | | | | | |
Доля молодых педагогов,\nрегиональных и федеральн\nмероприятий | ых 10 | 12 | 15 | 18,5 | 20 %
""")
EFFECTS = ["Ожидаемые эффекты:", "обеспечение подхода к повышению квалификации учителя и его "
           "методическому сопровождению;"]


def test_roadmap_indicator_table() -> None:
    found = run(*[para(t) for t in EFFECTS], table(ROADMAP))
    inds = found.indicators
    assert [i.name for i in inds] == [
        "Доля методических продуктов от общего количества педагогов",
        "Доля педагогов, участвующих в методических мероприятиях муниципального уровня",
        "Доля педагогических работников, аттестующихся",
        "Доля молодых педагогов, региональных и федеральных мероприятий",
    ]
    # the group title split across cells is repaired from the paragraph that names it
    assert inds[0].section == (
        "Обеспечение подхода к повышению квалификации учителя и его методическому сопровождению"
    )
    assert inds[3].section == (
        "Включение молодых педагогов в деятельность сообществ, конкурсную систему, "
        "систему наставничества"
    )
    assert [(v.year, v.kind, v.value) for v in inds[0].values] == [
        (2022, "plan", 10), (2023, "plan", 10), (2024, "plan", 15), (2025, "plan", 15),
        (2026, "plan", 20),
    ]
    assert [v.year for v in inds[2].values] == [2023, 2024, 2025, 2026]
    assert [v.value for v in inds[3].values] == [10, 12, 15, 18.5, 20]
    assert inds[3].unit == "%" and inds[0].unit is None
    assert inds[2].source.line == 7
    assert found.warnings == ("indicator row of line 7 has 4 values for 5 years: 2022 left empty",)


def test_report_fact_column_with_its_year_printed_under_the_name() -> None:
    rows = tsv("""
| Наименование показателя/результата | Факт
| 2022 год |
I | <i>Обеспечение персонифицированного подхода</i> |
1 | Доля методических продуктов | 10
2 | Доля педагогов, получивших помощь | 50
--- | --- | ----
""")
    inds = run(table(rows)).indicators
    assert [(i.number, i.section, [(v.year, v.kind, v.value) for v in i.values]) for i in inds] == [
        ("1", "Обеспечение персонифицированного подхода", [(2022, "fact", 10)]),
        ("2", "Обеспечение персонифицированного подхода", [(2022, "fact", 50)]),
    ]


@pytest.mark.parametrize(
    ("kind", "title", "expected"),
    [
        (None, "Анализ выполнения дорожной карты за 2023 год", "fact"),
        (None, "Дорожная карта по развитию методической службы", "plan"),
        ("report", "Документ", "fact"),
        ("roadmap", "Документ", "plan"),
    ],
)
def test_kind_of_values_follows_the_document(kind: str | None, title: str, expected: str) -> None:
    rows = [["Показатель", "2023"], ["Доля педагогов", "45"]]
    found = Found(document=DraftDocument(kind=kind))  # type: ignore[arg-type]
    (ind,) = run(para(title), table(rows), found=found).indicators
    assert [v.kind for v in ind.values] == [expected]


def test_plan_and_fact_columns_and_unit_column() -> None:
    rows = tsv("""
№ | Наименование индикатора | Ед. изм. | План 2023 | Факт 2023 | План 2024
1. | Количество участников конкурсов | чел. | 15 | 17 | —
""")
    (ind,) = run(table(rows)).indicators
    assert ind.unit == "чел."
    assert [(v.year, v.kind, v.value) for v in ind.values] == [
        (2023, "plan", 15), (2023, "fact", 17),
    ]


def test_indicator_list_without_values() -> None:
    rows = tsv("""
№ п/ п | Показатели по обеспеченности методической помощью педагогических работников
<i>На уровне образовательной организации</i> |
1 | Методические структуры, обеспечивающие методическую помощь
4.1 | <i>УМК, включенные в Федеральный перечень</i>
| профессиональных объединений педагогов
| <i>На муниципальном уровне</i>
1 | Программа поддержки объединений
""")
    inds = run(table(rows)).indicators
    assert [(i.number, i.section, i.name, i.values) for i in inds] == [
        ("1", "На уровне образовательной организации",
         "Методические структуры, обеспечивающие методическую помощь", ()),
        ("4.1", "На уровне образовательной организации",
         "УМК, включенные в Федеральный перечень профессиональных объединений педагогов", ()),
        ("1", "На муниципальном уровне", "Программа поддержки объединений", ()),
    ]


def test_group_row_printed_together_with_the_next_indicator() -> None:
    rows = [
        ["№", "Наименование показателя", "2022", "2023"],
        ["1.", "Повышение результативности", "", ""],
        ["", "Доля педагогов", "10", "15"],
        ["2.", "Тиражирование эффективных практик,\nнаправленных на результат\nДоля педагогов,\n"
               "демонстрирующих практики", "20", "22"],
    ]
    found = run(table(rows))
    last = found.indicators[-1]
    assert (last.number, last.section, last.name) == (
        None, "Тиражирование эффективных практик, направленных на результат",
        "Доля педагогов, демонстрирующих практики",
    )
    assert [v.value for v in last.values] == [20, 22]
    assert any("printed as one" in w for w in found.warnings)


@pytest.mark.parametrize(
    ("text", "value"),
    [("50", 50.0), ("12,5", 12.5), ("100%", 100.0), ("7 %", 7.0), ("-", None), ("—", None),
     ("да", None), ("не менее 5", None)],
)
def test_parse_value(text: str, value: float | None) -> None:
    assert parse_value(text) == value


def test_name_column_without_indicator_word_and_year_columns() -> None:
    rows = [["Наименование", "2024 г.", "2025 г."], ["Количество наставнических пар", "30", "35"]]
    (ind,) = run(table(rows)).indicators
    assert ind.name == "Количество наставнических пар"
    assert [(v.year, v.value) for v in ind.values] == [(2024, 30), (2025, 35)]


def test_plan_and_fact_under_one_year_written_once() -> None:
    rows = tsv("""
№ | Наименование показателя | Ед. изм. | 2023 год |
| | | План | Факт
1 | Доля педагогов, прошедших обучение | % | 60 | 64
""")
    (ind,) = run(table(rows)).indicators
    got = [(v.year, v.kind, v.value) for v in ind.values]
    assert got == [(2023, "plan", 60), (2023, "fact", 64)]
    assert ind.unit == "%"


def test_base_value_column_is_a_fact() -> None:
    rows = [["Целевой показатель", "Базовое значение 2021", "Целевое значение 2024"],
            ["Доля школ с ШМО", "40", "90"]]
    (ind,) = run(table(rows)).indicators
    assert [(v.year, v.kind) for v in ind.values] == [(2021, "fact"), (2024, "plan")]


# the 2023+ form of project indicators: base value split into "значение | год", years with
# gaps, free-text columns after the years (a trend sign, a yes/no, the data source)
PROJECT = [
    ["N п/п", "Показатели проекта", "Уровень показателя", "Единица измерения (по ОКЕИ)",
     "Базовое значение", "", "Период, год", "", "", "Признак возрастания/убывания",
     "Нарастающий итог", "Источник данных"],
    ["", "", "", "", "значение", "год", "2025", "2026", "2030", "", "", ""],
    ["1.", "Доля школ с современными мастерскими", "ВП", "процентов", "12,5", "2024", "20",
     "35", "60", "возрастание", "нет", "мониторинг управления"],
    ["2.", "Число учащихся в очереди в кружки", "КПМ", "человек", "-", "2024", "300", "150",
     "0", "убывание", "нет", "отчёт ДДТ"],
]


def test_base_value_with_its_year_beside_and_text_columns_after_the_years() -> None:
    first, second = run(table(PROJECT)).indicators
    assert first.name == "Доля школ с современными мастерскими"
    assert second.name == "Число учащихся в очереди в кружки"
    assert [(v.year, v.kind, v.value) for v in first.values] == [
        (2024, "fact", 12.5), (2025, "plan", 20), (2026, "plan", 35), (2030, "plan", 60)]
    assert [(v.year, v.value) for v in second.values] == [(2025, 300), (2026, 150), (2030, 0)]
    assert first.values[0].year_in_cell and not first.values[1].year_in_cell


@pytest.mark.parametrize(("caption", "kind"), [
    ("2022 год (отчет)", "fact"),
    ("Базисный год (2024)", "fact"),
    ("2025 год (план)", "plan"),
    ("2026 год", "plan"),
])
def test_value_kind_from_the_year_caption(caption: str, kind: str) -> None:
    rows = [["Наименование индикатора", "Единица измерения", caption],
            ["Доля школ с доступной средой", "%", "45"]]
    (ind,) = run(table(rows)).indicators
    assert [v.kind for v in ind.values] == [kind]


def test_measured_parent_row_loses_its_colon_a_list_item_keeps_it() -> None:
    rows = [["Наименование показателя", "2025", "2026"],
            ["Охват детей кружками, в том числе:", "60", "65"],
            ["- технической направленности", "10", "12"]]
    names = [i.name for i in run(table(rows)).indicators]
    assert names[0] == "Охват детей кружками, в том числе"
    listed = [["N", "Критерий"], ["1", "Ресурсное обеспечение службы:"],
              ["1.1", "кадровое обеспечение"]]
    assert run(table(listed)).indicators[0].name == "Ресурсное обеспечение службы:"


# a task's execution report: the value columns say "for the reporting period", the year only
# in the heading right above the table
@pytest.mark.parametrize(("heading", "want"), [
    ("Отчет о выполнении муниципального задания за 2021 год",
     [(2021, "plan", 90), (2021, "fact", 87)]),
    ("Отчет о выполнении муниципального задания", []),  # no year: none invented
])
def test_plan_and_fact_of_the_reporting_period_take_the_heading_year(
        heading: str, want: list[tuple[int, str, float]]) -> None:
    rows = [["Наименование показателя", "Единица измерения",
             "Значение, утвержденное в муниципальном задании на отчетный период",
             "Фактическое значение за отчетный период"],
            ["2.Доля родителей, довольных питанием детей", "%", "90", "87"]]
    (ind,) = run(para(heading), table(rows, first_line=2)).indicators
    assert [(v.year, v.kind, v.value) for v in ind.values] == want
    assert ind.name == "Доля родителей, довольных питанием детей"


# A table with no unit column: the unit closes each indicator's name after a comma. The name
# drops it and the unit takes it; a tail that is no unit (or names a year) stays in the name.
@pytest.mark.parametrize(("name", "expected_name", "unit"), [
    ("Доля школьников, занятых в кружках, процентов", "Доля школьников, занятых в кружках",
     "процентов"),
    ("Число участников летних смен, человек", "Число участников летних смен", "человек"),
    ("Количество открытых центров досуга, единиц", "Количество открытых центров досуга",
     "единиц"),
    ("Доля детей, охваченных отдыхом", "Доля детей, охваченных отдыхом", None),
    ("Число выпускников, 2020 год", "Число выпускников, 2020 год", None),
])
def test_unit_after_comma_without_unit_column(name: str, expected_name: str,
                                              unit: str | None) -> None:
    rows = [["N п/п", "Индикаторы", "2019", "2020"], ["1.", name, "86,0", "90,5"]]
    (ind,) = run(table(rows)).indicators
    assert (ind.name, ind.unit) == (expected_name, unit)


def test_unit_column_keeps_the_name_whole() -> None:
    rows = [["N п/п", "Индикаторы", "Ед. изм.", "2020"],
            ["1.", "Доля школьников, занятых в кружках, процентов", "%", "86,0"]]
    (ind,) = run(table(rows)).indicators
    assert ind.name.endswith("процентов") and ind.unit == "%"


# The federal self-examination form: the "Единица измерения" column holds each value glued to
# its unit (a share after a count); the year comes from the heading; a row whose unit cell has
# no value is a section. With no year in the heading the values cannot be tied to one.
_SELF_EXAM = [["№ п/п", "Показатели", "Единица измерения"],
              ["1", "Общие сведения", "человек"],
              ["1.1", "Число детей, в том числе:", "40 человек"],
              ["1.1.1", "В группах полного дня", "35 человек/88%"],
              ["1.2", "Число детей с ОВЗ", "0Человек, %"],
              ["2", "Инфраструктура", "кв. м"],
              ["2.1", "Наличие бассейна", "нет"]]


@pytest.mark.parametrize(("heading", "want"), [
    ("Показатели деятельности детского сада, подлежащего самообследованию за 2025 год",
     [[(2025, "fact", 40.0)], [(2025, "fact", 35.0)], [(2025, "fact", 0.0)]]),
    ("Показатели деятельности детского сада (самообследование)", [[], [], []]),
])
def test_unit_column_holding_the_values(heading: str,
                                        want: list[list[tuple[int, str, float]]]) -> None:
    inds = run(para(heading), table(_SELF_EXAM, first_line=2)).indicators
    assert [i.name for i in inds] == ["Число детей, в том числе", "В группах полного дня",
                                      "Число детей с ОВЗ", "Наличие бассейна"]
    assert [i.section for i in inds] == ["Общие сведения"] * 3 + ["Инфраструктура"]
    assert [i.unit for i in inds] == ["человек"] * 3 + [None]  # "нет" is an answer, no unit
    assert [[(v.year, v.kind, v.value) for v in i.values] for i in inds] == [*want, []]
