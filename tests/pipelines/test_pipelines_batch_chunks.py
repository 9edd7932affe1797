"""`roadmaps ingest` stores in chunks: a record the store refuses costs only itself, and what
is parsed is stored while a slow file keeps the workers busy."""

from __future__ import annotations

from pathlib import Path

from normalize.models import Activity, Deadline, Record, SourceInfo
from pipelines.batch import Stats, _store
from pipelines.batch_pool import CRASH_ENV, HANG_ENV, parse_all
from store.db import connect


def record(name: str, start: str | None = None) -> Record:
    return Record(source=SourceInfo(file=name, sha256=name.ljust(64, "0"), format="txt"),
                  activities=[Activity(title="Семинар",
                                       deadline=Deadline(text="март", start=start))])


def test_a_record_the_store_refuses_fails_alone(tmp_path: Path) -> None:
    con = connect(tmp_path / "s.duckdb")
    stats = Stats()
    items = [(record("a"), "/in/a.txt"), (record("b", start="2023-02-30"), "/in/b.txt"),
             (record("c"), "/in/c.txt"), (record("a"), "/in/copy-of-a.txt"),
             (record("a"), "/in/a.txt")]
    _store(con, items, stats)
    assert (stats.loaded, stats.unchanged) == (3, 1)
    (path, reason, kind), = stats.failures
    assert (path, kind) == ("/in/b.txt", "store")
    assert reason.startswith("not stored: ValueError:")
    assert con.execute("SELECT path FROM documents ORDER BY 1").fetchall() == [
        ("/in/a.txt",), ("/in/c.txt",), ("/in/copy-of-a.txt",)]
    con.close()


def test_outcomes_are_handed_over_while_a_slow_file_is_parsed(monkeypatch, tmp_path: Path
                                                               ) -> None:
    paths = []
    for i in range(3):
        p = tmp_path / f"small{i}.txt"
        p.write_text(f"План мероприятий\n{i}. Семинар для учителей\t2023 г.\n", "utf-8")
        paths.append(str(p))
    (tmp_path / "slow.txt").write_text("Дорожная карта\n", "utf-8")
    monkeypatch.setenv(HANG_ENV, "slow.txt")
    seen: list[str] = []
    outcomes = {}
    idle_calls: list[int] = []
    for out in parse_all([str(tmp_path / "slow.txt"), *paths], workers=2, timeout=2.0,
                         on_idle=lambda: idle_calls.append(len(seen))):
        seen.append(Path(out.path).name)
        outcomes[Path(out.path).name] = out
    assert outcomes["slow.txt"].error_type == "timeout"
    assert all(outcomes[f"small{i}.txt"].record is not None for i in range(3))
    # small files' outcomes came, and were there to store, while the slow file was parsed (a
    # small file in flight when the slow one's worker is killed is parsed again, after it)
    assert seen.index("slow.txt") > 0
    assert any(0 < n <= seen.index("slow.txt") for n in idle_calls)


def small_files(folder: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        p = folder / f"doc{i}.txt"
        p.write_text(f"План мероприятий\n{i}. Семинар для учителей\t2023 г.\n", "utf-8")
        paths.append(str(p))
    return paths


def test_two_files_per_worker_are_in_flight(tmp_path: Path) -> None:
    from concurrent.futures import Future

    from pipelines.batch_pool import PER_WORKER, _Feeder

    class Pool:  # records what is submitted; nothing runs
        def submit(self, *args: object) -> Future[object]:
            return Future()

    feeder = _Feeder(small_files(tmp_path, 10), workers=2, timeout=None)
    inflight: dict = {}
    feeder._submit(Pool(), inflight)  # type: ignore[arg-type]
    assert PER_WORKER == 2 and len(inflight) == 4
    assert not any(job.alone for job in inflight.values())


def test_a_crash_with_more_files_in_flight_loses_only_its_file(monkeypatch, tmp_path: Path
                                                                ) -> None:
    paths = small_files(tmp_path, 8)
    monkeypatch.setenv(CRASH_ENV, Path(paths[3]).name)
    outs = {Path(o.path).name: o for o in parse_all(paths, workers=2)}
    assert set(outs) == {Path(p).name for p in paths}
    crashed = [name for name, o in outs.items() if o.error_type == "crash"]
    assert crashed == [Path(paths[3]).name]
    assert all(o.record is not None for name, o in outs.items() if name not in crashed)
