"""Themes composed with the other stages: a user's themes file (`--themes FILE` of extract,
ingest and retheme), records and stored indicators re-themed without re-parsing, and the
catalogue written to the store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

    from normalize.models import Record
    from normalize.themes import ThemeMatcher
    from store.themes import CatalogueRow


def load_matcher(path: Path | None) -> ThemeMatcher:
    """The taxonomy's matcher, with a user's file when given. Raises ThemeDataError (one line
    naming the file) for a malformed file."""
    from normalize.lemmas import get_lemmatizer
    from normalize.themes import load_matcher as load

    return load(get_lemmatizer(), path)


def catalogue(path: Path | None) -> list[CatalogueRow]:
    """The taxonomy's themes and a user's file's (no lemmatizer needed: the specs suffice)."""
    from normalize.theme_vocab import ThemesFileSpec, read_yaml, taxonomy_specs, validated
    from store.themes import CatalogueRow

    rows = [CatalogueRow(t.code, t.label, tuple(t.measures), "taxonomy")
            for t in taxonomy_specs()]
    if path is not None:
        spec = validated(ThemesFileSpec, read_yaml(path) or {}, str(path))
        rows = [CatalogueRow(t.code, t.label, tuple(t.measures), "user")
                for t in spec.themes] + rows
    return rows


def retheme_record(record: Record, matcher: ThemeMatcher) -> Record:
    """The record with every indicator's theme decided again by `matcher`."""
    from normalize.models import Theme

    indicators = []
    for ind in record.indicators:
        found = matcher.match(ind.name)
        indicators.append(ind.model_copy(update={
            "theme": Theme(code=found.code, label=found.label) if found else None,
            "theme_source": found.source if found else None}))
    return record.model_copy(update={"indicators": indicators})


def retheme_store(con: duckdb.DuckDBPyConnection, matcher: ThemeMatcher,
                  path: Path | None, trace: list[str] | None = None) -> tuple[int, int]:
    """Decide every stored indicator's theme again, write the catalogue (and the Russian
    labels of activity types stored before they existed), in one transaction; return
    (indicators, changed). The caller rebuilds the derived tables. `trace` gets a line per
    indicator: its theme and the rule or similarity that decided it."""
    from normalize.keys import type_labels
    from store.themes import (
        IndicatorTheme,
        fill_type_labels,
        save_catalogue,
        set_themes,
        stored_indicators,
    )

    stored = stored_indicators(con)
    themes = []
    for doc_id, ordinal, name in stored:
        found = matcher.match(name)
        if trace is not None:
            trace.append(f"theme {name[:50]!r}: "
                         + (f"{found.code} ({found.why})" if found else "none"))
        themes.append(IndicatorTheme(doc_id, ordinal, found.code if found else None,
                                     found.label if found else None,
                                     found.source if found else None))
    con.begin()
    try:
        changed = set_themes(con, themes)
        save_catalogue(con, catalogue(path))
        fill_type_labels(con, type_labels())
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return len(stored), changed
