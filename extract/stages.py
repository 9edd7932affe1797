"""Stage tables (Этап | Содержание | Результаты): a programme's stages become its activities."""

from __future__ import annotations

import re

from extract.layout import Ctx, flat
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


def extract_stages(ctx: Ctx) -> list[DraftActivity]:
    """One activity per stage: title = stage name, deadline = its period, result = results."""
    h = ctx.header
    assert h is not None
    stage_col = h.col("stage")
    assert stage_col is not None
    result_cols = h.cols("result") or h.cols("indicator")
    stages: list[tuple[str, list[str], Provenance]] = []
    for row in ctx.body:
        stage = row.text(stage_col)
        results = [row.text(c) for c in result_cols if row.text(c)]
        if stage:
            stages.append((stage, results, row.source))
            ctx.note("stage_row", f"row {row.source.row} → stage {flat(stage)!r}")
        elif stages:
            stages[-1][1].extend(results)  # the stage's cells continue on the next row
            ctx.note("stage_continues", f"row {row.source.row} continues the stage above")
    out = []
    for stage, results, source in stages:
        title, period = split_stage(stage)
        out.append(
            DraftActivity(
                section=ctx.vocab.stage_section,
                title=title,
                deadline_text=period,
                result_text=flat("\n".join(results)) or None,
                source=source,
            )
        )
    return out
