"""The README's Python snippet runs as printed and prints what its comments say."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```python\n(.*?)```", readme, re.S)


def test_readme_api_snippet_runs() -> None:
    (snippet,) = _python_blocks()
    assert len([ln for ln in snippet.splitlines() if ln.strip()]) == 5  # "in five lines"
    r = subprocess.run([sys.executable, "-c", snippet], cwd=ROOT, capture_output=True,
                       text=True, check=False)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    promised = re.search(r"print\(record\.document.*#\s*(.+)", snippet)
    assert promised and lines[0] == promised.group(1).strip()
    assert len(lines) == 1 + 13  # the sample's 13 activities, one a line
    assert lines[1].startswith("1.1 Разработка и утверждение положений о системе наставничества")
