"""Every file of the hostile corpus (tests/hostile/make_corpus.py) through `roadmaps extract`,
one fresh process each: exit code, wall seconds, peak RSS and the stderr line.

    .venv/bin/python bench/hostile.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

from make_corpus import build  # noqa: E402


def _run(path: Path) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS MB, last stderr line) of one extract in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipelines.cli", "extract", str(path)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = err.strip().splitlines()
    return proc.returncode, seconds, usage.ru_maxrss / 1024, (lines[-1] if lines else "")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="roadmaps-hostile-") as tmp:
        cases = build(Path(tmp))
        print(f"{'file':22} {'exit':>4} {'seconds':>7} {'max RSS MB':>10}  stderr")
        worst = 0.0
        for case in cases:
            code, seconds, rss, line = _run(Path(tmp) / case.name)
            worst = max(worst, seconds)
            shown = line.replace(tmp + "/", "")[:90]
            print(f"{case.name:22} {code:>4} {seconds:>7.2f} {rss:>10.0f}  {shown}")
        print(f"\nslowest answer {worst:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
