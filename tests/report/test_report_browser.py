"""The report and a review page in a real headless Chromium: no console errors, nothing
fetched from the network, every chart drawn, every source and review link resolves.
Screenshots are kept in tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from tests.report.conftest import chromium, screenshot

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _open(ctx: Any, url: str) -> tuple[Any, list[str], list[str]]:
    """A page at `url` with its console errors and any request that left the machine."""
    page = ctx.new_page()
    errors: list[str] = []
    remote: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: remote.append(r.url)
            if r.url.startswith(("http:", "https:")) else None)
    page.goto(url, wait_until="load")
    page.wait_for_function("() => [...document.querySelectorAll('.chart')]"
                           ".every(c => c.querySelector('.main-svg'))")
    return page, errors, remote


def _file(href: str) -> Path:
    return Path(unquote(urlparse(href).path))


def test_report_in_chromium(report: Path) -> None:
    with chromium() as ctx:
        page, errors, remote = _open(ctx, report.as_uri())
        charts = page.eval_on_selector_all(
            ".chart", "els => els.map(e => e.querySelectorAll("
                      "'.main-svg .trace, .main-svg .hm, .main-svg image').length)")
        sources = page.eval_on_selector_all("a.src", "els => els.map(e => e.href)")
        reviews = page.eval_on_selector_all("a.rev", "els => els.map(e => e.href)")
        screenshot(page, "report.png")
        # a review link lands on an element of the review page
        first = reviews[0]
        anchor = first.split("#", 1)[1]
        rp, rerrors, rremote = _open(ctx, first)
        assert rp.locator(f"[id='{anchor}']").count() == 1, first
        screenshot(rp, "report-review-link.png")
    assert errors == [] and remote == [] and rerrors == [] and rremote == []
    assert len(charts) >= 8 and all(n > 0 for n in charts), charts
    assert sources and all(_file(h).is_file() for h in sources)
    assert reviews and all(_file(h.split("#")[0]).is_file() for h in reviews)


def test_review_page_of_a_pdf_in_chromium(tmp_path: Path) -> None:
    from pipelines.cli import main

    out = tmp_path / "review.html"
    assert main(["review", str(SAMPLES / "202_ust_lebyazhye_report_2024.pdf"), "--expected",
                 str(SAMPLES / "expected" / "202_ust_lebyazhye_report_2024.json"),
                 "--out", str(out)]) == 0
    with chromium() as ctx:
        page, errors, remote = _open(ctx, out.as_uri())
        sizes = page.eval_on_selector_all("img.page", "els => els.map(e => e.naturalWidth)")
        links = page.eval_on_selector_all(".item a[href^='#']",
                                          "els => els.map(e => e.getAttribute('href'))")
        missing = [h for h in links if page.locator(f"[id='{h[1:]}']").count() != 1]
        highlighted = page.locator("tr.activity, tr.indicator").count()
        screenshot(page, "review-pdf.png")
    assert errors == [] and remote == []
    assert sizes and all(w > 300 for w in sizes)  # the page images decoded and drawn
    assert links and missing == []  # every item's source link lands on its row
    assert highlighted >= 10
