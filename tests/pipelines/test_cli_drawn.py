"""End-to-end CLI runs on text documents whose tables are drawn with characters (samples 361,
362): the reader's grid reaches the extractor as a DOCX table would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def roadmaps(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True,
                          text=True, check=False)


def test_extract_box_drawn_roadmap_across_a_page_break() -> None:
    r = roadmaps("extract", str(next(SAMPLES.glob("362_*.txt"))))
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    acts = {a["number"]: a for a in rec["activities"]}
    assert list(acts) == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"]
    # 2.3 was printed after the page break, under a repeated column-number row
    assert acts["2.3"]["section"] == "Работа с педагогами"
    assert acts["2.3"]["deadline"]["start"] == "2025-04-01"
    assert acts["2.3"]["responsibles"] == ["МКУ «ИМЦ»", "руководители базовых школ"]
    # rows without a rule between them are still separate activities
    assert acts["3.2"]["title"] == ("Консультации для обучающихся 9 и 11 классов по подготовке "
                                    "к экзаменам")
    assert acts["3.3"]["deadline"]["end"] == "2025-04-15"
    assert all(a["source"]["line"] for a in rec["activities"])


def test_blocks_of_a_box_drawn_indicator_table_carry_the_merged_header() -> None:
    r = roadmaps("blocks", str(next(SAMPLES.glob("361_*.txt"))), "--format", "json")
    assert r.returncode == 0, r.stderr
    table = next(b for b in json.loads(r.stdout)["blocks"] if b["kind"] == "table")
    assert table["n_cols"] == 6
    first = table["rows"][0]["cells"]
    assert [(c["col"], c["col_span"], c["row_span"]) for c in first] == [
        (0, 1, 2), (1, 1, 2), (2, 1, 2), (3, 3, 1)]
    assert first[3]["text"] == "Значения показателя по годам реализации"
    years = [c["text"] for c in table["rows"][1]["cells"]]
    assert years == ["2025 год", "2026 год", "2027 год"]


def test_extract_box_drawn_indicators_by_year() -> None:
    r = roadmaps("extract", str(next(SAMPLES.glob("361_*.txt"))))
    assert r.returncode == 0, r.stderr
    inds = {i["number"]: i for i in json.loads(r.stdout)["indicators"]}
    assert len(inds) == 7
    assert [(v["year"], v["value"]) for v in inds["1.1"]["values"]] == [
        (2025, 71.5), (2026, 74.0), (2027, 76.5)]
    assert inds["3.2"]["unit"] == "чел."
