"""Every reader gives back the tables of every seed (samples/00?_*.txt and its renderings: DOCX,
PDF, DOC, RTF, ODT) as samples/seed_layout.py reads them — a reading of the seeds' tab layout
separate from the project's readers, from which the renderings are built
(samples/make_renderings.py), so no reader is compared with itself.

Cell texts are compared after one normalisation, the same for all three formats:
1. a hyphen right after a letter and followed by whitespace (a space or a line break, as in
   "методи-\\nческий" or "научно- методическое") joins the next word: "методи-ческий";
2. combining marks (Unicode category Mn, invisible artefacts of the seeds' conversion that a
   PDF text layer does not carry) are dropped;
3. every run of whitespace, line breaks included, becomes one space; ends are stripped.
Rows are compared as the list of their non-empty normalised cell texts (merged cells appear
once, so a cell spanning columns compares equal to the same text in one column).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest

from ingest import read_document
from ingest.models import SourceDocument, Table

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
sys.path.insert(0, str(SAMPLES))
from seed_layout import Grid, read_seed  # noqa: E402

SEEDS = sorted(SAMPLES.glob("00[0-4]_*.txt"))
FORMATS = ("txt", "docx", "pdf")
# the LibreOffice conversions of some renderings (samples/make_converted_samples.py)
CONVERTED = [(SAMPLES / "000_c4cf482d7bba7efc.txt", "odt"),
             (SAMPLES / "003_77383952ae1721a5.txt", "doc"),
             (SAMPLES / "004_6ed2ca5933120da2.txt", "rtf")]
ACTIVITY_NUMBER = re.compile(r"^\d\.\d+\.$")


def norm(text: str) -> str:
    """The comparison normalisation described in the module docstring."""
    joined = re.sub(r"(?<=\w)-\s+(?=\w)", "-", text)
    visible = "".join(ch for ch in joined if unicodedata.category(ch) != "Mn")
    return " ".join(visible.split())


def row_texts(table: Table) -> list[list[str]]:
    return [[norm(c.text) for c in row.cells if norm(c.text)] for row in table.rows]


def source_rows(seed: Path) -> list[list[list[str]]]:
    """Per table of the independent reading, its rows' non-empty normalised cell texts."""
    return [[[norm(c) for c in row if norm(c)] for row in grid.rows]
            for grid in read_seed(seed) if isinstance(grid, Grid)]


def _read(seed: Path, fmt: str) -> SourceDocument:
    doc = read_document(seed.with_suffix(f".{fmt}"))
    assert doc.format == fmt
    return doc


def test_every_seed_has_all_three_formats() -> None:
    assert len(SEEDS) == 5
    for seed in SEEDS:
        for fmt in FORMATS:
            assert seed.with_suffix(f".{fmt}").exists(), seed.with_suffix(f".{fmt}").name


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_tables_are_those_of_the_independent_reading(seed: Path, fmt: str) -> None:
    want = source_rows(seed)
    got = [row_texts(t) for t in _read(seed, fmt).tables]
    assert len(got) == len(want)
    for i, (a, b) in enumerate(zip(want, got, strict=True), start=1):
        assert b == a, f"table {i}"


@pytest.mark.parametrize(("seed", "fmt"), CONVERTED, ids=lambda v: getattr(v, "stem", v))
def test_converted_renderings_give_the_tables_of_the_independent_reading(seed: Path,
                                                                       fmt: str) -> None:
    assert [row_texts(t) for t in _read(seed, fmt).tables] == source_rows(seed)


def _activity_rows(doc: SourceDocument) -> tuple[Table, list]:
    table = next(t for t in doc.tables
                 if any(r.cells and ACTIVITY_NUMBER.match(r.cells[0].text) for r in t.rows))
    rows = [r for r in table.rows if r.cells and ACTIVITY_NUMBER.match(r.cells[0].text)]
    return table, rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_000_activity_table_is_one_complete_table(fmt: str) -> None:
    seed = SEEDS[0]
    assert seed.name.startswith("000_")
    doc = _read(seed, fmt)
    table, rows = _activity_rows(doc)
    assert [r.cells[0].text for r in rows] == (
        [f"1.{i}." for i in range(1, 5)] + [f"2.{i}." for i in range(1, 7)]
        + [f"3.{i}." for i in range(1, 5)]
    )
    for row in rows:
        texts = [norm(c.text) for c in row.cells]
        assert len(texts) == 5 and all(texts), f"row {row.source.row}: {texts}"
        assert row.source.table == table.index
    # the activity whose row the original's page break cut keeps all of its text
    title = norm(rows[3].cells[1].text)
    assert title.startswith("Ознакомление педагогической общественности")
    assert title.endswith("издательскую деятельность")
    if fmt == "pdf":
        assert len(table.pages) > 1 and all(r.source.page for r in rows)
