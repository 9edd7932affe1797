"""`make bench`: speed of `roadmaps ingest` against the raw-parse baseline and the targets.

Builds a corpus of BENCH_N documents (default 1000) from samples/ (bench/corpus.py), then:
1. runs the first BENCH_STAGE_N of them (default: all) through read → extract → normalise →
   store in this process, timing each stage (CPU and wall), and the raw-parse baseline
   (python-docx / pdfplumber) on the same files;
2. runs `roadmaps ingest` end to end for every size in BENCH_SCALES (default "100,N") with
   1 and 2 workers (BENCH_WORKERS), watching the peak RSS of every process;
3. times `roadmaps --help`;
Scanned PDFs (OCR) are left out of the corpus unless BENCH_OCR=1 (they then count as PDF).
and prints the tables, writes bench/results/<date>-n<N>.json.

Per-core rates use CPU seconds (other load on the machine does not count against us);
end-to-end times are wall seconds, as a user sees them.
"""

from __future__ import annotations

import compileall
import datetime as dt
import json
import os
import platform
import shutil
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from corpus import build, samples  # noqa: E402
from measure import (  # noqa: E402
    STAGES,
    IngestRun,
    Tally,
    baselines,
    help_seconds,
    ingest_one,
    ingest_run,
    peak_rss_mb,
    pipeline_stages,
    startup_seconds,
)

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ingest", "extract", "normalize", "store", "pipelines")


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


def _env_list(name: str, default: str) -> list[int]:
    return [int(x) for x in (os.environ.get(name) or default).split(",") if x.strip()]


def stage_table(stages: dict[str, Tally], raw: dict[str, Tally]) -> list[dict[str, object]]:
    """Per format: docs, pages, CPU ms per doc by stage, rates per core, ratio to baseline."""
    rows = []
    for fmt in sorted(stages):
        t, b = stages[fmt], raw.get(fmt)
        total = sum(t.cpu[s] for s in STAGES)
        raw_s = b.cpu["raw"] if b else 0.0
        rows.append({
            "format": fmt, "docs": t.docs, "pages": t.pages,
            "ms_per_doc": {s: 1000 * t.cpu[s] / max(t.docs, 1) for s in STAGES},
            "wall_ms_per_doc": {s: 1000 * t.wall[s] / max(t.docs, 1) for s in STAGES},
            "pipeline_docs_per_s": t.docs / total if total else 0.0,
            "pipeline_pages_per_s": t.pages / total if total else 0.0,
            "read_docs_per_s": t.docs / t.cpu["read"] if t.cpu["read"] else 0.0,
            "read_pages_per_s": t.pages / t.cpu["read"] if t.cpu["read"] else 0.0,
            "raw_ms_per_doc": 1000 * raw_s / max(b.docs, 1) if b else None,
            "ratio_pipeline_to_raw": total / raw_s if raw_s else None,
            "ratio_read_to_raw": t.cpu["read"] / raw_s if raw_s else None,
        })
    return rows


def print_stages(rows: list[dict[str, object]], n: int) -> None:
    print(f"\nStages, one process ({n} files; CPU ms per document)")
    print(f"{'format':6} {'docs':>5} {'pages':>5} " + " ".join(f"{s:>9}" for s in STAGES)
          + f" {'raw':>8} {'pipe/raw':>8} {'read/raw':>8} {'docs/s':>7} {'pages/s':>7}")
    for r in rows:
        ms = r["ms_per_doc"]
        raw = r["raw_ms_per_doc"]
        ratio, rratio = r["ratio_pipeline_to_raw"], r["ratio_read_to_raw"]
        print(f"{r['format']:6} {r['docs']:>5} {r['pages']:>5} "
              + " ".join(f"{ms[s]:>9.1f}" for s in STAGES)  # type: ignore[index]
              + f" {raw if raw is None else f'{raw:.1f}':>8}"
              + f" {'' if ratio is None else f'{ratio:.2f}':>8}"
              + f" {'' if rratio is None else f'{rratio:.2f}':>8}"
              + f" {r['pipeline_docs_per_s']:>7.1f} {r['pipeline_pages_per_s']:>7.1f}")


def print_runs(runs: list[IngestRun]) -> None:
    print("\n`roadmaps ingest` end to end (wall seconds)")
    print(f"{'docs':>6} {'workers':>7} {'seconds':>8} {'docs/s':>7} {'ms/doc':>7} "
          f"{'pdf pages/s':>11} {'loaded':>6} {'exit':>4} {'main MB':>8} {'worker MB':>10} "
          f"{'main cpu':>8} {'workers cpu':>11} {'others cpu':>10} {'idle est.':>9}")
    for r in runs:
        worker = max(r.worker_rss_mb, default=0.0)
        print(f"{r.docs:>6} {r.workers:>7} {r.seconds:>8.1f} {r.docs / r.seconds:>7.1f} "
              f"{1000 * r.seconds / r.docs:>7.1f} {r.pages / r.seconds:>11.1f} {r.loaded:>6} "
              f"{r.exit_code:>4} {r.main_rss_mb:>8.0f} {worker:>10.0f} {r.main_cpu_s:>8.1f} "
              f"{r.worker_cpu_s:>11.1f} {r.others_cpu_s:>10.1f} {idle_estimate(r):>9.1f}")
    print("(others cpu: CPU seconds other processes used meanwhile; idle est.: the run's own "
          "CPU spread over the cores it can use — the time on an otherwise idle machine)")


def idle_estimate(r: IngestRun) -> float:
    """Seconds the run would take alone: its CPU over min(cores, workers + 1) processes, but
    never less than the busiest process alone."""
    cores = min(os.cpu_count() or 1, r.workers + 1)
    return max(r.main_cpu_s, r.worker_cpu_s / r.workers,
               (r.main_cpu_s + r.worker_cpu_s) / cores)


def _cpu_per_doc(r: IngestRun) -> float:
    # CPU, not wall: other load on the machine must not look like a non-linear cost
    return (r.main_cpu_s + r.worker_cpu_s) / r.docs


def _row(rows: list[dict[str, object]], fmt: str) -> dict[str, object]:
    return next((r for r in rows if r["format"] == fmt), {})


def targets(rows: list[dict[str, object]], raw: dict[str, Tally], stage_n: int,
            runs: list[IngestRun], help_s: float, one_s: float | None = None
            ) -> list[tuple[str, str, float | None, bool | None]]:
    """(target, goal, measured, met) for every target of the issue."""
    docx, pdf = _row(rows, "docx"), _row(rows, "pdf")
    two = sorted((r for r in runs if r.workers == 2), key=lambda r: r.docs)
    thousand = next((r for r in two if r.docs == 1000), two[-1] if two else None)
    per_1000 = thousand.seconds * 1000 / thousand.docs if thousand else None
    idle_1000 = idle_estimate(thousand) * 1000 / thousand.docs if thousand else None
    one = next((r for r in runs if r.workers == 1 and r.docs == stage_n), None)
    raw_all = sum(t.cpu["raw"] for t in raw.values())
    e2e_ratio = one.seconds / raw_all if one and raw_all else None
    linear = _cpu_per_doc(two[-1]) / _cpu_per_doc(two[0]) if len(two) > 1 else None
    rss = max((mb for r in runs for mb in r.worker_rss_mb), default=None)

    def t(name: str, goal: str, value: object, ok: bool | None
          ) -> tuple[str, str, float | None, bool | None]:
        return name, goal, value if isinstance(value, (int, float)) else None, ok

    def le(v: object, lim: float) -> bool | None:
        return None if not isinstance(v, (int, float)) else v <= lim

    def ge(v: object, lim: float) -> bool | None:
        return None if not isinstance(v, (int, float)) else v >= lim

    return [
        t("DOCX pipeline / raw parse, 1 worker", "<= 1.0", docx.get("ratio_pipeline_to_raw"),
          le(docx.get("ratio_pipeline_to_raw"), 1.0)),
        t("PDF pipeline / raw parse, 1 worker", "<= 1.0", pdf.get("ratio_pipeline_to_raw"),
          le(pdf.get("ratio_pipeline_to_raw"), 1.0)),
        t("DOCX docs/s per core (pipeline)", ">= 100", docx.get("pipeline_docs_per_s"),
          ge(docx.get("pipeline_docs_per_s"), 100)),
        t("DOCX docs/s per core (reader only)", ">= 100", docx.get("read_docs_per_s"),
          ge(docx.get("read_docs_per_s"), 100)),
        t("PDF pages/s per core (pipeline)", ">= 40", pdf.get("pipeline_pages_per_s"),
          ge(pdf.get("pipeline_pages_per_s"), 40)),
        t("PDF pages/s per core (reader only)", ">= 40", pdf.get("read_pages_per_s"),
          ge(pdf.get("read_pages_per_s"), 40)),
        t("1,000 mixed docs, 2 workers, seconds" + ("" if thousand and thousand.docs == 1000
                                                   else " (scaled)"), "<= 60", per_1000,
          le(per_1000, 60)),
        t("  same, idle-machine estimate from CPU", "<= 60", idle_1000, le(idle_1000, 60)),
        t("ingest --workers 1 wall / raw parse CPU, mixed", "<= 1.0", e2e_ratio,
          le(e2e_ratio, 1.0)),
        t("CPU per doc, largest / smallest run", "<= 1.2 (linear)", linear, le(linear, 1.2)),
        t("peak RSS per worker, MB", "<= 400", rss, le(rss, 400)),
        t("`roadmaps --help`, seconds", "<= 0.3", help_s, le(help_s, 0.3)),
        t("`roadmaps ingest` of one file, wall seconds", "<= 0.6", one_s, le(one_s, 0.6)),
    ]


def print_targets(rows: list[tuple[str, str, float | None, bool | None]]) -> None:
    print("\nTargets")
    for name, goal, value, ok in rows:
        shown = "n/a" if value is None else f"{value:.2f}"
        verdict = "n/a" if ok is None else ("met" if ok else "NOT MET")
        print(f"  {name:45} {goal:>16} {shown:>10}  {verdict}")


def compile_project() -> bool:
    """Bytecode for the project's modules, as an installed roadmaps has (pip compiles a wheel;
    `make install` the editable tree): with PYTHONDONTWRITEBYTECODE=1 every measured process
    would compile them again, a cost no installed program pays."""
    return all(compileall.compile_dir(ROOT / pkg, quiet=1) for pkg in PACKAGES)


def main() -> int:
    n = _env_int("BENCH_N", 1000)
    stage_n = min(_env_int("BENCH_STAGE_N", n), n)
    scales = sorted(set(_env_list("BENCH_SCALES", f"100,{n}")))
    workers = _env_list("BENCH_WORKERS", "1,2")
    compiled = compile_project()
    tmp = Path(tempfile.mkdtemp(prefix="roadmaps-bench-"))
    try:
        print(f"bench: building {max(n, *scales)} documents in {tmp}", flush=True)
        sources = samples(scans=os.environ.get("BENCH_OCR") == "1")
        files = build(tmp / "all", max(n, *scales), sources)
        stages = pipeline_stages(files[:stage_n], tmp / "stages.duckdb")
        stage_rss = peak_rss_mb()
        raw = baselines(files[:stage_n])
        rows = stage_table(stages, raw)
        print_stages(rows, stage_n)
        runs = []
        for size in scales:
            folder = tmp / f"n{size}"
            folder.mkdir()
            for f in files[:size]:
                os.link(f, folder / f.name)
            for w in workers:
                print(f"bench: roadmaps ingest {size} documents, {w} worker(s)", flush=True)
                runs.append(ingest_run(folder, tmp / f"e2e-{size}-{w}.duckdb", w))
        print_runs(runs)
        help_s = help_seconds()
        startup = startup_seconds(sources[0])
        one = ingest_one(sources[0], tmp)
        print(f"roadmaps ingest of one file ({sources[0].name}, median of 5): "
              f"{one['wall_s']:.2f} s wall, {one['cpu_s']:.2f} CPU-s (all processes)")
        print("\nStart-up (fresh interpreter): " + ", ".join(f"{k} {v:.2f}" for k, v in
                                                          startup.items()))
        goals = targets(rows, raw, stage_n, runs, help_s, one["wall_s"])
        print_targets(goals)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_avg_start": os.getloadavg(),
                    "bytecode_compiled": compiled},
        "n": n, "stage_n": stage_n, "stages": rows, "stage_process_peak_rss_mb": stage_rss,
        "ingest_runs": [asdict(r) for r in runs], "help_seconds": help_s,
        "startup_seconds": startup, "ingest_one_file": one,
        "targets": [{"target": a, "goal": b, "measured": c, "met": d} for a, b, c, d in goals],
    }
    RESULTS.mkdir(exist_ok=True)
    scale = f"-scales{'-'.join(map(str, scales))}" if scales != [100, n] else ""
    out = RESULTS / f"{dt.datetime.now():%Y-%m-%dT%H%M}-n{n}{scale}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nbench: results in {out.relative_to(RESULTS.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
