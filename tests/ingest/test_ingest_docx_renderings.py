"""The DOCX renderings of the seeds (samples/make_renderings.py) read back as the independent
reading they were built from (samples/seed_layout.py): tables, header rows, headings.

The renderings never depend on the project's readers; if seed_layout.py changes, regenerate
them: `.venv/bin/python samples/make_renderings.py` (needs LibreOffice for the PDFs).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from ingest import read_document
from ingest.models import Table

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
sys.path.insert(0, str(SAMPLES))
from seed_layout import Grid, Para, read_seed  # noqa: E402

SEEDS = sorted(SAMPLES.glob("00[0-4]_*.txt"))
REGEN = "re-run samples/make_renderings.py if samples/seed_layout.py changed"


def norm(text: str) -> str:
    return " ".join(text.split())


def row_texts(table: Table) -> list[list[str]]:
    """Per row, the non-empty cell texts with whitespace normalised."""
    return [[norm(c.text) for c in row.cells if norm(c.text)] for row in table.rows]


def test_every_seed_has_a_docx_rendering() -> None:
    assert len(SEEDS) == 5
    for seed in SEEDS:
        assert seed.with_suffix(".docx").exists(), f"{seed.with_suffix('.docx').name}: {REGEN}"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_docx_tables_are_the_independent_reading(seed: Path) -> None:
    grids = [b for b in read_seed(seed) if isinstance(b, Grid)]
    rendered = read_document(seed.with_suffix(".docx"))
    assert rendered.format == "docx"
    assert len(rendered.tables) == len(grids), REGEN
    for i, (grid, table) in enumerate(zip(grids, rendered.tables, strict=True), start=1):
        want = [[norm(c) for c in row if norm(c)] for row in grid.rows]
        assert row_texts(table) == want, f"table {i}: {REGEN}"
        assert [r.header for r in table.rows] == [r < grid.headers for r in range(len(want))]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_docx_rendering_has_headings_and_merged_section_rows(seed: Path) -> None:
    want = [(norm(b.text), b.heading) for b in read_seed(seed)
            if isinstance(b, Para) and b.heading]
    rendered = read_document(seed.with_suffix(".docx"))
    got = [(norm(p.text), p.heading) for p in rendered.paragraphs if p.heading]
    assert got == want
    for table in rendered.tables:
        for row in table.rows:
            filled = [c for c in row.cells if c.text.strip()]
            if len(filled) == 1 and filled[0].col_span > 1:
                assert filled[0].col == 0 and filled[0].col_span == table.n_cols


def test_seed_000_activity_table_is_complete_in_docx() -> None:
    doc = read_document(SAMPLES / "000_c4cf482d7bba7efc.docx")
    numbered = re.compile(r"^\d\.\d+\.$")
    tables = [t for t in doc.tables if any(numbered.match(r.cells[0].text) for r in t.rows
                                           if r.cells)]
    activities = [r for r in tables[0].rows if r.cells and numbered.match(r.cells[0].text)]
    numbers = [r.cells[0].text for r in activities]
    assert numbers == [f"1.{i}." for i in range(1, 5)] + [f"2.{i}." for i in range(1, 7)] + [
        f"3.{i}." for i in range(1, 5)]
    for row in activities:
        texts = [norm(c.text) for c in row.cells]
        assert len(texts) == 5 and all(texts), f"row {row.source.row}: {texts}"
        assert row.source.table == tables[0].index and row.source.row is not None
    # the row broken by a page in the seed keeps its continuation lines
    title_14 = norm(activities[3].cells[1].text)
    assert title_14.startswith("Ознакомление педагогической общественности")
    assert title_14.endswith("издательскую деятельность")
