"""Hand-made records for the store tests (extraction is developed in parallel)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from types import SimpleNamespace

import duckdb
import pytest

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
    Theme,
)
from store.db import connect


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def full_record(name: str = "plan.docx") -> Record:
    """A record using every field of the CONTRACT, including the awkward cases."""
    return Record(
        source=SourceInfo(file=name, sha256=sha(name), format="docx", pages=3),
        document=DocumentFacts(
            kind="roadmap", title="Дорожная карта по развитию методической службы на 2023 год",
            municipality="Тестовский район", region="Тестовская область",
            issuer="МКУ «ИМЦ»", order=OrderRef(number="18", date="2022-12-09"),
            period=Period(start_year=2023, end_year=2023),
            signatories=[Signatory(name="Е.В. Иванова", position="Руководитель"),
                         Signatory(name="П.П. Петров")],
        ),
        goals=["Цель один"], tasks=["Задача один", "Задача два"],
        activities=[
            Activity(
                number="1.1", section="Нормативное обеспечение", title="Разработка плана",
                deadline=Deadline(text="Ежегодно, август", start="2023-08-01",
                                  end="2023-08-31", recurrence="annual"),
                responsibles=["Специалисты МКУ «ИМЦ»", "Руководители РМО"],
                result="Не менее 200 участников",
                target=Target(op=">=", value=200, unit="участник"),
                status=Status(text="Выполнено 2020 г. 2021 г.", done=True, years=[2020, 2021]),
                source=SourceRef(page=2, table=1, row=5),
                key="план разработка", type="нормативное обеспечение",
                type_label="Нормативное обеспечение",
                parties=[Party(text="Специалисты МКУ «ИМЦ»", org="ИМЦ", role="специалисты"),
                         Party(text="Руководители РМО", org="РМО", role="руководители",
                               person="Иванова Н.П.")],
            ),
            # no deadline interval, parties shorter than responsibles, empty status years
            Activity(title="Консультации", deadline=Deadline(text="По запросу",
                     recurrence="on_demand"), responsibles=["УО", "ИМЦ"],
                     parties=[Party(text="УО")], status=Status(text="не выполнено", done=False),
                     source=SourceRef(line=40)),
            Activity(title="Без всего"),
            # more parties than responsibles
            Activity(title="Семинар", parties=[Party(text="ИМЦ", org="ИМЦ")],
                     deadline=Deadline(text="до 01.03.2024", end="2024-03-01",
                                       recurrence="once")),
        ],
        indicators=[
            Indicator(number="1", section="Кадры", name="Доля педагогов, прошедших курсы",
                      unit="%", key="доля курс педагог пройти", source=SourceRef(table=2, row=3),
                      theme=Theme(code="training", label="Повышение квалификации педагогов"),
                      theme_source="rule",
                      values=[IndicatorValue(year=2023, kind="plan", value=50),
                              IndicatorValue(year=2023, kind="fact", value=47.5),
                              IndicatorValue(year=2024, kind="plan", value=None)]),
            Indicator(name="Показатель без значений"),
        ],
        warnings=["row 8 of the indicator table has 4 values for 5 years"],
    )


def plan_record(municipality: str, indicators: list[Indicator],
                activities: list[Activity] = (),  # type: ignore[assignment]
                kind: str = "roadmap", period: tuple[int, int] = (2022, 2026),
                name: str | None = None) -> Record:
    """A plan (or, with kind="report", a report) of one municipality."""
    name = name or f"{kind}-{municipality}-{period[0]}.docx"
    return Record(
        source=SourceInfo(file=name, sha256=sha(name), format="docx"),
        document=DocumentFacts(kind=kind, municipality=municipality,  # type: ignore[arg-type]
                               period=Period(start_year=period[0], end_year=period[1])),
        indicators=indicators, activities=list(activities),
    )


def indicator(name: str, key: str, theme: str | None = None, unit: str | None = None,
              **values: float) -> Indicator:
    """values: plan_2022=50, fact_2022=47 …; theme: a theme code (decided by rule)."""
    vals = []
    for k, v in values.items():
        kind, year = k.split("_")
        vals.append(IndicatorValue(year=int(year), kind=kind, value=v))  # type: ignore[arg-type]
    return Indicator(name=name, key=key, values=vals, unit=unit,
                     theme=Theme(code=theme, label=f"тема {theme}") if theme else None,
                     theme_source="rule" if theme else None)


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    c = connect(":memory:")
    yield c
    c.close()


@pytest.fixture
def make() -> SimpleNamespace:
    """The record builders above, for tests (conftest is not importable in importlib mode)."""
    return SimpleNamespace(full=full_record, plan=plan_record, indicator=indicator, sha=sha)
