"""Russian for people, codes for machines: labels of coded values and the warning catalogue.

The database keeps codes (kind `roadmap`, match `fuzzy`, recurrence `annual`) and warnings in
the English the stages write; what people read shows Russian. Both vocabularies are data:
`labels_ru.yaml` (code → label per domain, which columns hold which domain) and
`warnings_ru.yaml` (warning code, the English message's pattern, a Russian template). Python
callers use `label`, `column_label` and `explain`; SQL callers use the `labels` view, the
`ru_label(domain, code)` macro and the `v_warnings` view, which `create_label_views` builds
from the same files on every connect (so a read of the database needs no Python).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ingest.yaml_data import load_yaml

OTHER = "other"  # the code of a warning no catalogue entry matches


def _yaml(name: str) -> Any:
    return load_yaml(resources.files("store").joinpath(name).read_text(encoding="utf-8"))


@cache
def _labels() -> dict[str, Any]:
    return _yaml("labels_ru.yaml")


def label(domain: str, code: Any) -> Any:
    """The Russian label of `code` in `domain`; the code itself when none is known."""
    if code is None:
        return None
    key = str(code).lower() if isinstance(code, bool) else code
    return _labels()["domains"].get(domain, {}).get(key, code)


def column_domain(table: str, column: str) -> str | None:
    """Which label domain a column's values belong to (None: the values are shown as they are)."""
    data = _labels()
    return data.get("tables", {}).get(table, {}).get(column) or data["columns"].get(column)


def column_label(table: str, column: str, value: Any) -> Any:
    """A value of `table.column` as people read it."""
    domain = column_domain(table, column)
    return label(domain, value) if domain else value


@dataclass(frozen=True)
class WarningKind:
    """One catalogue entry: code, compiled English pattern, Russian template."""

    code: str
    pattern: re.Pattern[str]
    ru: str


@dataclass(frozen=True)
class Explained:
    """A warning as stored (English) with its code and Russian text."""

    code: str
    text: str
    ru: str


@cache
def catalogue() -> tuple[tuple[WarningKind, ...], tuple[tuple[re.Pattern[str], str], ...]]:
    """The warning kinds in order, and the place fragments rewritten inside Russian texts."""
    data = _yaml("warnings_ru.yaml")
    kinds = tuple(WarningKind(w["code"], re.compile(w["pattern"]), w["ru"])
                  for w in data["warnings"])
    frags = tuple((re.compile(f["pattern"]), f["ru"]) for f in data.get("fragments", []))
    return kinds, frags


def explain(text: str) -> Explained:
    """The code and Russian text of a stored warning (code `other`, text as is, if unknown)."""
    kinds, frags = catalogue()
    for kind in kinds:
        m = kind.pattern.fullmatch(text)
        if m:
            ru = kind.ru.format(**m.groupdict())
            for pattern, repl in frags:
                ru = pattern.sub(repl, ru)
            return Explained(kind.code, text, ru)
    return Explained(OTHER, text, text)


@cache
def _reasons() -> tuple[tuple[tuple[re.Pattern[str], str], ...],
                        tuple[tuple[re.Pattern[str], str], ...]]:
    data = _yaml("reasons_ru.yaml")
    return (tuple((re.compile(r["pattern"]), r["ru"]) for r in data["reasons"]),
            tuple((re.compile(f["pattern"]), f["ru"]) for f in data.get("fragments", [])))


def reason_ru(reason: str) -> str:
    """The Russian text of why a file could not be read or stored (reasons_ru.yaml): the
    readers write it in English, as stored in ingest_errors; unknown reasons stay as they are."""
    reasons, frags = _reasons()
    ru = reason
    for pattern, template in reasons:
        m = pattern.fullmatch(reason)
        if m:
            parts = {k: (reason_ru(v) if k == "reason" else v) if v is not None else ""
                     for k, v in m.groupdict().items()}
            ru = template.format(**parts)
            break
    for pattern, repl in frags:
        ru = pattern.sub(repl, ru)
    return ru


# ---- the same vocabularies as SQL ---------------------------------------------------------


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _sql_template(kind: WarningKind) -> str:
    """The Russian template as an RE2 replacement: {name} → \\N (group number)."""
    index = kind.pattern.groupindex
    escaped = kind.ru.replace("\\", "\\\\")
    return re.sub(r"\{(\w+)\}", lambda m: "\\" + str(index[m.group(1)]), escaped)


def _warning_sql() -> str:
    kinds, frags = catalogue()
    code = " ".join(f"WHEN regexp_full_match(w.text, {_lit(k.pattern.pattern)}) "
                    f"THEN {_lit(k.code)}" for k in kinds)
    ru = " ".join(f"WHEN regexp_full_match(w.text, {_lit(k.pattern.pattern)}) THEN "
                  f"regexp_replace(w.text, {_lit('^' + k.pattern.pattern + '$')}, "
                  f"{_lit(_sql_template(k))})" for k in kinds)
    ru = f"CASE {ru} ELSE w.text END"
    for pattern, repl in frags:
        ru = f"regexp_replace({ru}, {_lit(pattern.pattern)}, {_lit(repl)}, 'g')"
    return f"""
CREATE OR REPLACE VIEW v_warnings AS
SELECT coalesce(g.municipality, d.municipality) AS municipality, d.file, d.title,
       w.document_id, w.ordinal,
       CASE {code} ELSE {_lit(OTHER)} END AS code, {ru} AS text_ru, w.text
FROM warnings w JOIN documents d ON d.id = w.document_id
LEFT JOIN municipality_groups g
       ON g.stored_key = coalesce(d.municipality_key, lower(d.municipality) || '|')
ORDER BY 1 NULLS LAST, d.file, w.ordinal;
"""


def _labels_sql() -> str:
    rows = [f"({_lit(domain)}, {_lit(str(code))}, {_lit(text)})"
            for domain, codes in _labels()["domains"].items()
            for code, text in codes.items()]
    return f"""
CREATE OR REPLACE VIEW labels AS
SELECT * FROM (VALUES {', '.join(rows)}) AS t(domain, code, label);
CREATE OR REPLACE MACRO ru_label(domain_, code_) AS
    coalesce((SELECT l.label FROM labels l WHERE l.domain = domain_ AND l.code = code_), code_);
"""


def label_views_sql() -> str:
    """The SQL (re)creating `labels`, `ru_label(domain, code)` and `v_warnings` from the YAML
    files (store/db.py runs it after views.sql)."""
    return _labels_sql() + _warning_sql()
