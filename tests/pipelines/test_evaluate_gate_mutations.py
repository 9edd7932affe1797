"""The QA gate catches a broken field: break one field in every expected record of a few samples
(as a QA user would check the gate), run `roadmaps evaluate` with the gate of `make test` (its
GATE line in the Makefile), and it must fail naming that field in every file that has it.
The untouched copy passes the same gate, so a failure is the mutation's doing."""

from __future__ import annotations

import calendar
import copy
import json
import re
import shlex
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import Run

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
# a handful with every mutated field among them: statuses (003, 104), targets (003, 204, 101),
# several responsibles of one activity, results, deadlines by date; text, DOCX and PDF
FILES = ("003_77383952ae1721a5.txt", "104_tikhorechensky_literacy_report_2023.txt",
         "204_zelenoborsk_imc_programme_2024.txt", "101_beloklyuchevsky_mentoring_2024.docx",
         "202_ust_lebyazhye_report_2024.pdf")

Rec = dict


def make_gate() -> list[str]:
    """The --min-f1 options `make test` passes to the gate (the Makefile's GATE variable)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    m = re.search(r"^GATE\s*:=\s*(.+)$", text, re.M)
    assert m, "the Makefile has no GATE line"
    return shlex.split(m.group(1))


def _next_month(iso: str | None) -> str | None:
    if not iso:
        return iso
    d = date.fromisoformat(iso)
    year, month = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return d.replace(year=year, month=month,
                     day=min(d.day, calendar.monthrange(year, month)[1])).isoformat()


def shift_deadlines(a: Rec) -> bool:
    dl = a.get("deadline") or {}
    if not (dl.get("start") or dl.get("end")):
        return False
    dl["start"], dl["end"] = _next_month(dl.get("start")), _next_month(dl.get("end"))
    return True


def invert_status(a: Rec) -> bool:
    st = a.get("status") or {}
    if st.get("done") is None:
        return False
    st["done"] = not st["done"]
    return True


def drop_target(a: Rec) -> bool:
    had = bool(a.get("target"))
    a["target"] = None
    return had


def merge_responsibles(a: Rec) -> bool:
    parties = a.get("responsibles") or []
    a["responsibles"] = [", ".join(parties)] if parties else []
    return len(parties) > 1


def drop_result(a: Rec) -> bool:
    had = bool(a.get("result"))
    a["result"] = None
    return had


# mutation of one activity (True when it changed something) → the fields that must fail
MUTATIONS: dict[str, tuple[Callable[[Rec], bool], tuple[str, ...]]] = {
    "deadline months +1": (shift_deadlines, ("deadline", "deadline.start", "deadline.end")),
    "statuses inverted": (invert_status, ("statuses",)),
    "targets removed": (drop_target, ("targets",)),
    "responsibles merged": (merge_responsibles, ("responsibles",)),
    "results removed": (drop_result, ("results",)),
}


def _expected(name: str) -> Rec:
    path = SAMPLES / "expected" / f"{name.split('.', 1)[0]}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _copy(tmp_path: Path, mutate: Callable[[Rec], bool] | None) -> set[str]:
    """The FILES with their expected records (mutated) in tmp_path; the files it changed."""
    (tmp_path / "expected").mkdir()
    changed = set()
    for name in FILES:
        shutil.copy(SAMPLES / name, tmp_path / name)
        record = copy.deepcopy(_expected(name))
        if mutate and [mutate(a) for a in record.get("activities") or []].count(True):
            changed.add(name)
        (tmp_path / "expected" / f"{name.split('.', 1)[0]}.json").write_text(
            json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return changed


def test_the_untouched_samples_pass_the_gate(roadmaps_cli: Callable[..., Run],
                                             tmp_path: Path) -> None:
    _copy(tmp_path, None)
    r = roadmaps_cli("evaluate", str(tmp_path), *make_gate())
    assert r.returncode == 0, r.stderr
    assert "Ниже порога" not in r.stdout


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_a_broken_field_fails_the_gate_naming_field_and_file(
        mutation: str, roadmaps_cli: Callable[..., Run], tmp_path: Path) -> None:
    mutate, fields = MUTATIONS[mutation]
    changed = _copy(tmp_path, mutate)
    assert len(changed) >= 2, f"{mutation}: the chosen samples hardly have this field"
    r = roadmaps_cli("evaluate", str(tmp_path), *make_gate())
    assert r.returncode == 1, r.stdout
    for name in changed:
        named = [f for f in fields if f"roadmaps: {name}: поле {f}: F1 " in r.stderr]
        assert named, f"{mutation}: {name} not failed on {fields}:\n{r.stderr}"
        assert re.search(rf"^  {re.escape(name)}\s+({'|'.join(map(re.escape, fields))})\s",
                         r.stdout, re.M), r.stdout
    # no file fails on a field the mutation did not touch
    failed_fields = set(re.findall(r"поле (\S+): F1", r.stderr))
    assert failed_fields <= set(fields), r.stderr
