"""Stage tables (Этап | Содержание | Сроки | Ответственный | Результаты) without a column that
names activities: a programme's stages become its activities, with their deadlines and
responsibles. (A stage table with a "Мероприятия" column is an activity table whose stage
column gives the section: extract/activities.py.)"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dc_field

from extract.cells import slash_parties
from extract.layout import Ctx, flat, unwrap
from extract.models import DraftActivity
from ingest.models import Provenance

_PERIOD = re.compile(r"\(([^()]*(?:19|20)\d{2}[^()]*)\)")


def split_stage(text: str) -> tuple[str, str | None]:
    """("Подготовительный этап", "ноябрь 2020 г.") from "Подготовительный этап (ноябрь 2020 г.)"."""
    m = _PERIOD.search(text)
    if not m:
        return flat(text), None
    title = flat(text[: m.start()] + " " + text[m.end() :]).rstrip(" :,.")
    return title, flat(m.group(1))


@dataclass
class _Stage:
    number: str | None
    name: str
    source: Provenance
    fields: dict[str, list[str]] = dc_field(default_factory=dict)

    def draft(self, section: str) -> DraftActivity:
        title, period = split_stage(self.name)

        def get(name: str) -> str | None:
            return "\n".join(self.fields[name]) if self.fields.get(name) else None

        deadline = get("deadline")
        return DraftActivity(
            number=self.number,
            section=section,
            title=title,
            deadline_text=flat(deadline) if deadline else period,
            responsibles_text=unwrap(slash_parties(get("responsibles") or "")) or None,
            result_text=flat(get("result") or "") or None,
            source=self.source,
        )


def extract_stages(ctx: Ctx) -> list[DraftActivity]:
    """One activity per stage: title = stage name, deadline = its period or deadline cell,
    responsibles and results from their columns."""
    h = ctx.header
    assert h is not None
    stage_col = h.col("stage")
    assert stage_col is not None
    cols = {"result": h.cols("result") or h.cols("indicator"), "deadline": h.cols("deadline"),
            "responsibles": h.cols("responsibles")}
    num_col = h.col("number")
    stages: list[_Stage] = []
    for row in ctx.body:
        stage = row.text(stage_col)
        if stage:
            number = row.text(num_col).rstrip(".") or None if num_col is not None else None
            stages.append(_Stage(number, stage, row.source))
            ctx.note("stage_row", f"row {row.source.row} → stage {flat(stage)!r}")
        elif stages:
            ctx.note("stage_continues", f"row {row.source.row} continues the stage above")
        else:
            continue
        for name, cs in cols.items():  # the stage's cells may continue on the next row
            stages[-1].fields.setdefault(name, []).extend(row.text(c) for c in cs if row.text(c))
    return [s.draft(ctx.vocab.stage_section) for s in stages]
