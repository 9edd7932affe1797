"""The record a careful reader expects from sample 102 (CONTRACT.md), from its content data."""

from __future__ import annotations

import sample_102_data as S


def _number(text: str) -> float | int:
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() else value


def _source(page: int, table: int, row: int) -> dict:
    return {"page": page, "table": table, "row": row, "line": None}


def _activities(pages: dict[str, int]) -> list[dict]:
    out = []
    row = 1  # the header row
    for s, (section, items) in enumerate(S.SECTIONS, 1):
        row += 1  # the section row
        for k, item in enumerate(items, 1):
            row += 1
            number = f"{s}.{k}"
            text, start, end, recurrence = item["deadline"]
            target = item.get("target")
            out.append({
                "number": number,
                "section": section,
                "title": item["title"],
                "deadline": {"text": text, "start": start, "end": end, "recurrence": recurrence},
                "responsibles": list(item["responsibles"]),
                "result": item["result"],
                "target": (
                    {"op": target[0], "value": target[1], "unit": target[2]} if target else None
                ),
                "status": None,
                "source": _source(pages[number], 1, row),
            })
    return out


def _indicators(page: int) -> list[dict]:
    return [
        {
            "number": str(i),
            "section": None,
            "name": name,
            "unit": unit,
            "values": [
                {"year": year, "kind": "plan", "value": _number(value)}
                for year, value in zip(S.YEARS, values, strict=True)
            ],
            "source": _source(page, 2, 2 + i),
        }
        for i, (name, unit, values) in enumerate(S.INDICATORS, 1)
    ]


def expected_record(sha256: str, activity_pages: dict[str, int], indicator_page: int) -> dict:
    """The full expected record of sample 102."""
    day, month, year = S.ORDER_DATE.split(".")
    return {
        "schema_version": "1",
        "source": {"file": f"{S.NAME}.pdf", "sha256": sha256, "format": "pdf", "pages": 5},
        "document": {
            "kind": "roadmap",
            "title": S.TITLE,
            "municipality": "Верхнелужский район",
            "region": "Новгородская область",
            "issuer": S.ISSUER,
            "order": {"number": S.ORDER_NUMBER, "date": f"{year}-{month}-{day}"},
            "period": {"start_year": 2024, "end_year": 2026},
            "signatories": [{"name": S.SIGNATORY[1], "position": S.SIGNATORY[0]}],
        },
        "goals": [S.GOAL],
        "tasks": list(S.TASKS),
        "activities": _activities(activity_pages),
        "indicators": _indicators(indicator_page),
        "warnings": [],
    }
