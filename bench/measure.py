"""Measurements for bench/run.py: pipeline stages in-process, raw-parse baselines, end-to-end
`roadmaps ingest` runs with the peak RSS of every process they start, and `roadmaps --help`."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("read", "extract", "normalise", "store")


@dataclass
class Tally:
    """Per-format totals: documents, PDF pages, and seconds (CPU and wall) per stage."""

    docs: int = 0
    pages: int = 0
    cpu: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    wall: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, stage: str, cpu: float, wall: float) -> None:
        self.cpu[stage] += cpu
        self.wall[stage] += wall


def _cpu_now() -> float:
    # this process and its finished children (Tesseract runs as one for scanned pages)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


class _Clock:
    def __init__(self) -> None:
        self.cpu, self.wall = _cpu_now(), time.perf_counter()

    def lap(self) -> tuple[float, float]:
        cpu, wall = _cpu_now(), time.perf_counter()
        out = (cpu - self.cpu, wall - self.wall)
        self.cpu, self.wall = cpu, wall
        return out


def fmt_of(path: Path) -> str:
    return path.suffix.lstrip(".")


def peak_rss_mb(pid: int | str = "self") -> float:
    """Peak resident set size (VmHWM) of a live process, in MB; 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def pipeline_stages(files: list[Path], db: Path) -> dict[str, Tally]:
    """Every file through read → extract → normalise → store in this process, timed by stage,
    after the warm-up a worker does (models loaded: start-up is measured apart).
    Stored as `roadmaps ingest` stores: chunks of pipelines.batch.CHUNK documents, each
    chunk's CPU shared equally by its documents."""
    from extract import extract_document
    from ingest import DocumentLoadError, read_document
    from normalize.record import default_tools, to_record
    from pipelines.batch import CHUNK
    from pipelines.batch_pool import warm_up
    from pipelines.run import extract_tools
    from store.db import connect

    tools = default_tools()
    warm_up(tools)  # as every `roadmaps ingest` worker before its first file: start-up excluded
    etools = extract_tools(tools)
    con = connect(db)
    out: dict[str, Tally] = defaultdict(Tally)
    pending: list[tuple[object, str, Tally]] = []
    try:
        for path in files:
            t = out[fmt_of(path)]
            clock = _Clock()
            try:
                doc = read_document(path)
            except DocumentLoadError as exc:
                print(f"bench: {exc}", file=sys.stderr)
                continue
            t.add("read", *clock.lap())
            draft = extract_document(doc, etools)
            t.add("extract", *clock.lap())
            pending.append((to_record(draft, tools), str(path), t))
            t.add("normalise", *clock.lap())
            t.docs += 1
            t.pages += doc.pages or 0
            if len(pending) >= CHUNK:
                _store_chunk(con, pending)
        if pending:
            _store_chunk(con, pending)
    finally:
        con.close()
    return dict(out)


def _store_chunk(con: object, pending: list[tuple[object, str, Tally]]) -> None:
    from store.load import load_records

    clock = _Clock()
    load_records(con, [(rec, path) for rec, path, _ in pending])  # type: ignore[arg-type,misc]
    cpu, wall = clock.lap()
    for _, _, t in pending:
        t.add("store", cpu / len(pending), wall / len(pending))
    pending.clear()


def _docx_baseline(path: Path) -> int:
    from docx import Document

    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    texts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return len(texts)


def _pdf_baseline(path: Path) -> int:
    import pdfplumber

    n = 0
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            n += len(page.extract_text() or "")
            n += len(page.extract_tables())
    return n


def _txt_baseline(path: Path) -> int:
    return len(path.read_bytes().decode("utf-8", errors="replace").splitlines())


BASELINES = {"docx": _docx_baseline, "pdf": _pdf_baseline, "txt": _txt_baseline}


def baselines(files: list[Path]) -> dict[str, Tally]:
    """Raw parse of the same files: python-docx paragraphs + all table cells; pdfplumber
    extract_text + extract_tables per page; for text, decode and split lines."""
    import docx  # noqa: F401  (imports are not part of the per-file cost)
    import pdfplumber  # noqa: F401

    out: dict[str, Tally] = defaultdict(Tally)
    for path in files:
        fmt = fmt_of(path)
        clock = _Clock()
        BASELINES[fmt](path)
        out[fmt].add("raw", *clock.lap())
        out[fmt].docs += 1
    return dict(out)


_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a live process has used so far; 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK


def machine_busy_seconds() -> float:
    """CPU seconds all cores have spent busy since boot (/proc/stat), to see others' load."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / _TICK


def _children(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        kids = []
        for task in tasks:
            kids += [int(k) for k in (task / "children").read_text().split()]
        return kids
    except OSError:
        return []


class TreeWatch:
    """Polls a process tree's peak RSS: the root, its direct helpers, deeper descendants
    (forkserver workers) and spawned workers, until stopped."""

    def __init__(self, root: int, interval: float = 0.1) -> None:
        self.root, self.interval = root, interval
        self.peak: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self.depth: dict[int, int] = {}
        self.spawned: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            stack = [(self.root, 0)]
            while stack:
                pid, depth = stack.pop()
                self.depth.setdefault(pid, depth)
                self.peak[pid] = max(self.peak.get(pid, 0.0), peak_rss_mb(pid))
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu_seconds(pid))
                if depth == 1 and pid not in self.spawned and _is_spawned(pid):
                    self.spawned.add(pid)
                stack += [(k, depth + 1) for k in _children(pid)]
            self._stop.wait(self.interval)

    def _is_worker(self, pid: int) -> bool:
        return self.depth[pid] >= 2 or pid in self.spawned

    def workers(self) -> list[float]:
        """Peak RSS (MB) of every worker process seen."""
        return [mb for pid, mb in self.peak.items() if self._is_worker(pid)]

    def main(self) -> float:
        return self.peak.get(self.root, 0.0)

    def cpu_split(self) -> tuple[float, float, float]:
        """CPU seconds of (the main process, its helpers, all workers) as last seen."""
        main = self.cpu.get(self.root, 0.0)
        workers = sum(c for pid, c in self.cpu.items() if self._is_worker(pid))
        helpers = sum(self.cpu.values()) - main - workers
        return main, helpers, workers


def _is_spawned(pid: int) -> bool:
    try:
        return b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


@dataclass
class IngestRun:
    """One end-to-end `roadmaps ingest` run."""

    docs: int
    workers: int
    seconds: float
    exit_code: int
    loaded: int
    pages: int
    main_rss_mb: float
    worker_rss_mb: list[float]
    main_cpu_s: float = 0.0
    worker_cpu_s: float = 0.0
    others_cpu_s: float = 0.0  # CPU used by other processes on the machine meanwhile


def ingest_run(folder: Path, db: Path, workers: int) -> IngestRun:
    """`roadmaps ingest folder --db db --workers N` in a subprocess, timed and watched."""
    cmd = [sys.executable, "-m", "pipelines.cli", "ingest", str(folder), "--db", str(db),
           "--workers", str(workers)]
    start, busy = time.perf_counter(), machine_busy_seconds()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    with TreeWatch(proc.pid) as watch:
        _, err = proc.communicate()
    seconds = time.perf_counter() - start
    busy = machine_busy_seconds() - busy
    if proc.returncode:
        print(f"bench: ingest exit {proc.returncode}: {err.strip()[-500:]}", file=sys.stderr)
    loaded, pages = _stored(db)
    n = sum(1 for p in folder.iterdir() if p.is_file())
    main_cpu, helpers, worker_cpu = watch.cpu_split()
    others = max(0.0, busy - main_cpu - helpers - worker_cpu)
    return IngestRun(n, workers, seconds, proc.returncode, loaded, pages, watch.main(),
                     sorted(watch.workers(), reverse=True), main_cpu, worker_cpu, others)


def _stored(db: Path) -> tuple[int, int]:
    import duckdb

    try:
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute("SELECT count(*), coalesce(sum(pages) FILTER "
                              "(WHERE format = 'pdf'), 0) FROM documents").fetchone()
    except duckdb.Error:
        return 0, 0
    return (int(row[0]), int(row[1])) if row else (0, 0)


def help_seconds(runs: int = 7) -> float:
    """Median wall time of `roadmaps --help` (the console script, a fresh interpreter)."""
    exe = Path(sys.executable).with_name("roadmaps")
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "pipelines.cli",
                                                     "--help"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True,
                       env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def ingest_one(sample: Path, tmp: Path, runs: int = 5) -> dict[str, float]:
    """`roadmaps ingest` of one file into a new database, `runs` fresh runs: median wall
    seconds and median CPU seconds of the whole process tree (importer, forkserver, worker)
    — the fixed start-up a one-file import pays."""
    walls, cpus = [], []
    for i in range(runs):
        folder = tmp / f"one-{i}"
        folder.mkdir()
        os.link(sample, folder / sample.name)
        cmd = [sys.executable, "-m", "pipelines.cli", "ingest", str(folder), "--db",
               str(tmp / f"one-{i}.duckdb"), "--workers", "1"]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        with TreeWatch(proc.pid, interval=0.02) as watch:
            proc.wait()
        walls.append(time.perf_counter() - start)
        cpus.append(sum(watch.cpu_split()))
    return {"wall_s": round(sorted(walls)[runs // 2], 3),
            "cpu_s": round(sorted(cpus)[runs // 2], 3)}


_STARTUP_PROBE = """
import json, sys, time
t0 = time.perf_counter()
from normalize.lemmas import get_lemmatizer
lem = get_lemmatizer(); lem.lemma("педагогов")
t1 = time.perf_counter()
lem.entities("Управление образования города Пензы")
t2 = time.perf_counter()
from pipelines.run import process_file
process_file(sys.argv[1])
t3 = time.perf_counter()
json.dump({"pymorphy3_s": t1 - t0, "natasha_first_ner_s": t2 - t1,
           "first_document_s": t3 - t2}, sys.stdout)
"""


def startup_seconds(sample: Path) -> dict[str, float]:
    """Start-up costs in a fresh interpreter: the morphology dictionaries, natasha's first NER
    call (loaded lazily, only when rules are not enough), and the first document after both."""
    out = subprocess.run([sys.executable, "-c", _STARTUP_PROBE, str(sample)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return {k: round(v, 3) for k, v in json.loads(out.stdout).items()}
