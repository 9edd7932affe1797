"""A store of a few samples (a plan and its report, PDFs, text files) and one broken file, and
the report written from it; Chromium driven by Playwright for the browser tests."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CHOSEN = ("000_c4cf482d7bba7efc.docx", "002_37c3af1ea0d4163f.docx",
          "202_ust_lebyazhye_report_2024.pdf", "206_ust_velsky_math_roadmap_2025.pdf",
          "103_kamennoozersky_mentoring_plan_2024.txt", "204_zelenoborsk_imc_programme_2024.txt")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"  # screenshots (gitignored)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """roadmaps ingest of the chosen samples and a broken file (exit 1: one failed)."""
    from pipelines.cli import main

    folder = tmp_path_factory.mktemp("docs")
    for name in CHOSEN:
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not a document")
    db = folder.parent / "r.duckdb"
    assert main(["ingest", str(folder), "--db", str(db), "--workers", "1"]) == 1
    return db


@pytest.fixture(scope="module")
def report(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """report.html with its review pages."""
    from pipelines.cli import main

    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", "--db", str(store), "--out", str(out), "--no-ocr"]) == 0
    return out


@contextmanager
def chromium() -> Iterator[Any]:
    """A browser context of Debian's Chromium (never a downloaded browser), fresh profile."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="rm-chromium-")
    try:
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                viewport={"width": 1400, "height": 900})
            try:
                yield ctx
            finally:
                ctx.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(page: Any, name: str) -> Path:
    """Keep a full-page screenshot as a test artefact."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path
