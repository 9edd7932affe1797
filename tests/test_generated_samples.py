"""Every generated sample and its expected record is what its generator writes today.

Each generator of samples/ runs on a copy of the scripts (and of their inputs: the seed texts,
the blind set's data table) in a temporary folder; every file it writes must exist in the
repository and be the same. A hand-edited expected record, or a generator changed without
regenerating, fails here — expected records change only with the documents they describe.

What cannot be compared byte for byte, and how it is compared instead:
- PDFs printed by LibreOffice: their bytes change from run to run (the order of embedded font
  subsets) and their line and page breaks from one LibreOffice release to the next (CI installs
  whatever release its package archive holds that day), so a PDF is not compared: the DOCX it
  is printed from is, byte for byte, and the expected record of a PDF sample is compared by all
  of its fields but the file's sha256 and the page numbers of the items.
- samples/make_blind_samples.py runs with --no-pdf: the LibreOffice of `make sysdeps` breaks
  the pages of 202 and 206 differently from the one that printed them (3 pages, not 2), so their
  expected records (page of each item) could not be rebuilt; their DOCX, TXT and records are.
- samples/make_renderings.py runs with --no-pdf: the seeds' PDFs (fixtures of the PDF reader
  tests) were printed by an earlier LibreOffice that broke their lines differently; their DOCX,
  from which they are printed, is checked.
- samples/make_converted_samples.py is not run: its DOC/RTF/ODT/HTML are LibreOffice's
  conversions of committed DOCX and its scan is a noisy raster; they have no records of their
  own (they share their DOCX's).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GENERATORS = [
    ("make_blind3_samples.py", []),
    ("make_blind_samples.py", ["--no-pdf"]),
    ("make_drawn_samples.py", []),
    ("make_facts_samples.py", []),
    ("make_facts2_samples.py", []),
    ("make_facts3_samples.py", []),
    ("make_facts4_samples.py", []),
    ("make_facts5_samples.py", []),
    ("make_facts6_samples.py", []),
    ("make_flat_rows_samples.py", []),
    ("make_facts6a_samples.py", []),
    ("make_facts10b_samples.py", []),
    ("make_facts7a_samples.py", []),
    ("make_facts7b_samples.py", []),
    ("make_facts9_samples.py", []),
    ("make_facts10a_samples.py", []),
    ("make_facts11a_samples.py", []),
    ("make_facts11c_samples.py", []),
    ("make_facts11b_samples.py", []),
    ("make_facts12a_samples.py", []),
    ("make_facts12b_samples.py", []),
    ("make_facts14b_samples.py", []),
    ("make_facts14a_samples.py", []),
    ("make_facts15_samples.py", []),
    ("make_facts16_samples.py", []),
    ("make_xf12_samples.py", []),
    ("make_facts17b_samples.py", []),
    ("make_facts17a_samples.py", []),
    ("make_facts18_samples.py", []),
    ("make_facts19a_samples.py", []),
    ("make_facts19b_samples.py", []),
    ("make_facts20_samples.py", []),
    ("make_facts21a_samples.py", []),
    ("make_facts25b_samples.py", []),
    ("make_facts25e_samples.py", []),
    ("make_facts26b_samples.py", []),
    ("make_facts30a_samples.py", []),
    ("make_facts31a_samples.py", []),
    ("make_facts32a_samples.py", []),
    ("make_facts66_samples.py", []),
    ("make_facts67_samples.py", []),
    ("make_tables68_samples.py", []),
    ("make_ocr1_samples.py", []),
    ("make_ocr3_samples.py", []),
    ("make_own_samples.py", []),
    ("make_real_a_samples.py", []),
    ("make_real_b_samples.py", []),
    ("make_renderings.py", ["--no-pdf"]),
    ("make_roles_samples.py", []),
    ("make_site_export_samples.py", []),
    ("make_insttables_samples.py", []),
    ("make_coltext_samples.py", []),
    ("make_tables3_samples.py", []),
    ("make_tables31_samples.py", []),
    ("make_tables7_samples.py", []),
    ("make_text_samples.py", []),
    ("make_xformat_samples.py", []),
    ("make_xf_samples.py", []),
    ("make_xf2_samples.py", []),
    ("make_xfe_samples.py", []),
    ("make_xff_samples.py", []),
    ("make_xfg_samples.py", []),
    ("make_xfh_samples.py", []),
    ("make_xfi_samples.py", []),
    ("make_xf11_samples.py", []),
    ("make_facts21b_samples.py", []),
    ("make_facts22b_samples.py", []),
    ("make_facts22a_samples.py", []),
    ("make_facts23b_samples.py", []),
    ("make_facts23a_samples.py", []),
    ("make_facts24b_samples.py", []),
    ("make_facts24a_samples.py", []),
    ("make_tables25c_samples.py", []),
    ("make_facts25a_samples.py", []),
    ("make_facts26a_samples.py", []),
    ("make_facts27_samples.py", []),
    ("make_tables25d_samples.py", []),
    ("make_text7_samples.py", []),
    ("make_facts28a_samples.py", []),
    ("make_facts29a_samples.py", []),
    ("make_facts30b_samples.py", []),
    ("make_tables29_samples.py", []),
    ("make_facts31b_samples.py", []),
    ("make_facts32b_samples.py", []),
    ("make_tables40d_samples.py", []),
    ("make_tables46b_samples.py", []),
    ("make_facts45a_samples.py", []),
    ("make_fullnames_samples.py", []),
    ("make_kind_vote_samples.py", []),
    ("make_tables49f_samples.py", []),
    ("make_facts40c_samples.py", []),
    ("make_capsorders_samples.py", []),
    ("make_facts40f_samples.py", []),
    ("make_facts65_samples.py", []),
    ("make_facts44_samples.py", []),
    ("make_facts49c_samples.py", []),
    ("make_facts49d_samples.py", []),
    ("make_facts50c_samples.py", []),
    ("make_facts51b_samples.py", []),
    ("make_xf8_samples.py", []),
    ("make_xf10_samples.py", []),
    ("make_village_samples.py", []),
    ("make_tables48_samples.py", []),
    ("make_pdfrows_samples.py", []),
    ("make_pdfdoc_samples.py", []),
    ("make_cardhead_samples.py", []),
    ("make_signers_samples.py", []),
    ("make_titles3_samples.py", []),
    ("make_gaps22_samples.py", []),
    ("make_places3_samples.py", []),
    ("make_facts54b_samples.py", []),
    ("make_selfind_samples.py", []),
    ("make_ownheading_samples.py", []),
    ("make_campaigns_samples.py", []),
    ("make_facts64_samples.py", []),
    ("make_facts63_samples.py", []),
    ("make_acthead_samples.py", []),
    ("make_grifnames_samples.py", []),
    ("make_facts69_samples.py", []),
    ("make_placeforms_samples.py", []),
]
INPUTS = ["00[0-4]_*.txt", "blind3/data.yaml"]


def _copy_scripts(dest: Path) -> set[Path]:
    """The generators, their modules and their inputs in `dest`; returns what was copied."""
    copied = set()
    for pattern in ["*.py", *INPUTS]:
        for src in SAMPLES.glob(pattern):
            target = dest / src.relative_to(SAMPLES)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)
            copied.add(target)
    (dest / "expected").mkdir(exist_ok=True)
    return copied


def _without_pages(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_pages(v) for k, v in value.items() if k != "page"}
    if isinstance(value, list):
        return [_without_pages(v) for v in value]
    return value


def _record(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data["source"]["format"] == "pdf":
        data["source"]["sha256"] = None
        data = _without_pages(data)
    return data


def _differs(made: Path, kept: Path) -> bool:
    if made.suffix == ".pdf":
        return False
    if made.suffix == ".json" and made.parent.name == "expected":
        return _record(made) != _record(kept)
    return made.read_bytes() != kept.read_bytes()


def test_every_generator_is_checked() -> None:
    scripts = {p.name for p in SAMPLES.glob("make_*.py")}
    assert scripts == {g for g, _ in GENERATORS} | {"make_converted_samples.py"}


@pytest.mark.parametrize(("script", "args"), GENERATORS, ids=[g for g, _ in GENERATORS])
def test_generator_writes_the_committed_samples(script: str, args: list[str],
                                                tmp_path: Path) -> None:
    work = tmp_path / "samples"
    copied = _copy_scripts(work)
    done = subprocess.run([sys.executable, str(work / script), *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    made = sorted(p for p in work.rglob("*") if p.is_file() and p not in copied
                  and "__pycache__" not in p.parts)
    assert made, f"{script} wrote nothing"
    missing = [str(p.relative_to(work)) for p in made
               if not (SAMPLES / p.relative_to(work)).is_file()]
    assert not missing, f"{script} writes files the repository does not have: {missing}"
    differ = [str(p.relative_to(work)) for p in made
              if _differs(p, SAMPLES / p.relative_to(work))]
    assert not differ, f"{script}: committed files differ from what it writes: {differ}"
