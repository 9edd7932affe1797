"""The txt, DOCX and PDF readers agree on the tables of every seed (samples/00?_*.{txt,docx,pdf}).

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
import unicodedata
from pathlib import Path

import pytest

from ingest import read_document
from ingest.models import SourceDocument, Table

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SEEDS = sorted(SAMPLES.glob("00[0-4]_*.txt"))
FORMATS = ("txt", "docx", "pdf")
ACTIVITY_NUMBER = re.compile(r"^\d\.\d+\.$")


def norm(text: str) -> str:
    """The comparison normalisation described in the module docstring."""
    joined = re.sub(r"(?<=\w)-\s+(?=\w)", "-", text)
    visible = "".join(ch for ch in joined if unicodedata.category(ch) != "Mn")
    return " ".join(visible.split())


def row_texts(table: Table) -> list[list[str]]:
    return [[norm(c.text) for c in row.cells if norm(c.text)] for row in table.rows]


def _read(seed: Path, fmt: str) -> SourceDocument:
    doc = read_document(seed.with_suffix(f".{fmt}"))
    assert doc.format == fmt
    return doc


def test_every_seed_has_all_three_formats() -> None:
    assert len(SEEDS) == 5
    for seed in SEEDS:
        for fmt in FORMATS:
            assert seed.with_suffix(f".{fmt}").exists(), seed.with_suffix(f".{fmt}").name


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_tables_agree_with_the_text_reader(seed: Path, fmt: str) -> None:
    txt = _read(seed, "txt")
    other = _read(seed, fmt)
    assert [t.index for t in other.tables] == [t.index for t in txt.tables]
    for a, b in zip(txt.tables, other.tables, strict=True):
        assert row_texts(b) == row_texts(a), f"table {a.index}"


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
