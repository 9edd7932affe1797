"""Jinja2 environment shared by the report and the review page: templates in templates/,
autoescaping on, filters that show values the Russian way."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from pipelines.ru import counted
from store.labels import label


def num(v: Any, digits: int = 1) -> str:
    """A number as Russians write it: decimal comma, thin space between thousands, — for none."""
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "да" if v else "нет"
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        return f"{int(v):,}".replace(",", "\u202f")
    if isinstance(v, float):
        return f"{v:,.{digits}f}".replace(",", "\u202f").replace(".", ",")
    return str(v)


def period(start: int | None, end: int | None) -> str:
    """'2024–2026', '2025', or — when unknown."""
    if start is None and end is None:
        return "—"
    return str(start) if end in (None, start) else f"{start}–{end}"


def when(v: Any) -> str:
    if isinstance(v, datetime):
        return v.strftime("%d.%m.%Y %H:%M")
    if isinstance(v, date):
        return v.strftime("%d.%m.%Y")
    return "—" if v is None else str(v)


@cache
def environment() -> Environment:
    """The template environment (one per process)."""
    env = Environment(loader=PackageLoader("pipelines.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(num=num, when=when, label=lambda code, domain: label(domain, code))
    env.globals.update(period=period, counted=counted)
    return env


def render(template: str, **context: Any) -> str:
    """A template rendered with `context`."""
    return environment().get_template(template).render(**context)
