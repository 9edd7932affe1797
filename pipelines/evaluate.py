"""`roadmaps evaluate DIR`: score extraction against the expected records of a sample folder.

Every document file in DIR (txt, md, docx, pdf, …) is paired with DIR/expected/<stem>.json —
all renderings of one sample share one expected record — run through the pipeline and scored
per metric (pipelines/eval_record.py). A file without an expected record, or one that cannot be
read, is an error. Exit status: 0 when every gated metric's overall F1 reaches --min-f1, 1 when
one does not, 2 on errors.

Scoring is strict (exact text after Unicode, quote, dash and whitespace normalisation; see the
table in pipelines/eval_score.py); `--loose` restores fuzzy matching of names for triage.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines.eval_score import GATED, LOOSE, METRICS, STRICT, Counts, Rules, Score
from pipelines.eval_themes import ThemedItem, carries_themes, pairwise, themed_items

DOC_SUFFIXES = frozenset({".txt", ".md", ".docx", ".pdf", ".doc", ".rtf", ".odt", ".html",
                          ".htm"})


@dataclass
class FileResult:
    """The score of one sample file, or why it has none."""

    file: str
    score: Score | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()  # the record's, as the stages wrote them
    themes: list[ThemedItem] | None = None  # when the expected record gives themes


def sample_files(folder: Path) -> list[Path]:
    """Document files directly in `folder` (not READMEs), sorted by name."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in DOC_SUFFIXES
                  and not p.name.upper().startswith("README"))


def expected_path(sample: Path, expected_dir: Path) -> Path | None:
    """expected/<stem>.json for 000_x.txt, 000_x.docx, 000_x.scan.pdf …; None if missing."""
    for stem in dict.fromkeys((sample.stem, sample.name.split(".", 1)[0])):
        p = expected_dir / f"{stem}.json"
        if p.is_file():
            return p
    return None


def score_file(sample: Path, expected_dir: Path, tools: Any = None, rules: Rules = STRICT
               ) -> FileResult:
    """Extract `sample` and score it against its expected record."""
    from ingest import DocumentLoadError
    from pipelines.eval_record import score_record
    from pipelines.run import process_file

    exp_path = expected_path(sample, expected_dir)
    if exp_path is None:
        return FileResult(sample.name, error=f"no expected record {expected_dir.name}/"
                                             f"{sample.name.split('.', 1)[0]}.json")
    expected = json.loads(exp_path.read_text(encoding="utf-8"))
    try:
        record = process_file(sample, tools=tools)
    except DocumentLoadError as exc:
        return FileResult(sample.name, error=f"cannot read: {exc.reason}")
    got = json.loads(record.model_dump_json())
    themes = themed_items(exp_path.stem, expected, got) if carries_themes(expected) else None
    return FileResult(sample.name, score=score_record(expected, got, rules), themes=themes,
                      warnings=tuple(record.warnings))


def _fmt(x: float | None) -> str:
    return "   —" if x is None else f"{x:4.2f}"


def overall(results: list[FileResult]) -> Score:
    """Counts of all scored files added up (micro average)."""
    total = Score()
    for r in results:
        if r.score:
            total.add(r.score)
    return total


def theme_pairs(results: list[FileResult]) -> tuple[Counts, list[str]]:
    """Pairwise counts of themes across the samples whose expected records give themes."""
    return pairwise([t for r in results for t in r.themes or []])


def render_table(results: list[FileResult], diff: bool) -> str:
    """Per-file F1 per metric, then overall precision / recall / F1."""
    width = max([len(r.file) for r in results] + [8])
    lines = [f"{'file':<{width}}  " + " ".join(METRICS)]  # each column as wide as its name
    for r in results:
        if r.error:
            lines.append(f"{r.file:<{width}}  ERROR: {r.error}")
            continue
        assert r.score
        lines.append(f"{r.file:<{width}}  "
                     + " ".join(f"{_fmt(r.score.counts[m].f1):>{len(m)}}" for m in METRICS))
        if diff:
            lines += [f"    - {d}" for d in r.score.diffs]
    total = overall(results)
    lines.append("")
    lines.append(f"{'overall':<18} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for m in METRICS:
        c = total.counts[m]
        gate = " *" if m in GATED else ""
        lines.append(f"{m + gate:<18} {_fmt(c.precision):>6} {_fmt(c.recall):>6} "
                     f"{_fmt(c.f1):>6}   {c.tp}/{c.fp}/{c.fn}")
    c, theme_diffs = theme_pairs(results)
    lines.append(f"{'themes (pairwise)':<18} {_fmt(c.precision):>6} {_fmt(c.recall):>6} "
                 f"{_fmt(c.f1):>6}   {c.tp}/{c.fp}/{c.fn}   (pairs of indicators of "
                 "different samples; samples whose expected records give themes)")
    if diff:
        lines += [f"    - {d}" for d in theme_diffs]
    lines.append("(* gated by --min-f1)")
    return "\n".join(lines)


def _counts_json(c: Counts) -> dict[str, Any]:
    return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall,
            "f1": c.f1}


def render_json(results: list[FileResult], diff: bool) -> str:
    """Machine-readable scores (and diffs with --diff)."""
    files = []
    for r in results:
        item: dict[str, Any] = {"file": r.file, "error": r.error}
        if r.score:
            item["metrics"] = {m: _counts_json(c) for m, c in r.score.counts.items()}
            if diff:
                item["diffs"] = r.score.diffs
        files.append(item)
    total = overall(results)
    pairs, theme_diffs = theme_pairs(results)
    out: dict[str, Any] = {
        "files": files, "overall": {m: _counts_json(c) for m, c in total.counts.items()},
        "gated": list(GATED), "themes_pairwise": _counts_json(pairs)}
    if diff:
        out["theme_diffs"] = theme_diffs
    return json.dumps(out, ensure_ascii=False, indent=2)


def failing_metrics(results: list[FileResult], min_f1: float) -> list[str]:
    """Gated metrics whose overall F1 is below `min_f1`."""
    total = overall(results)
    return [m for m in GATED
            if total.counts[m].f1 is not None and total.counts[m].f1 < min_f1]  # type: ignore[operator]


EPILOG = """\
how values are compared (strict, the default):
  every text after Unicode NFKC, ё → е, «» “” „“ → ", – — − → -, single spaces
  title                      exact, as written (case included)
  municipality, region       exact: the CONTRACT's canonical nominative ("город Пенза" ≠ "Пенза")
  issuer                     exact, case-sensitive (a capitals letterhead written in normal case)
  order number, signatories  exact (name: spaces between initials ignored; position exact)
  activities, indicators     paired by fuzzy title (ratio ≥ 90, letters only); a pair is a hit
  wording                    a pair's own title / name exact
  responsibles, goals, tasks exact, one to one;  results exact
  deadline, targets, statuses, indicator values: the parsed values, equal
--loose (triage only): fuzzy texts, "город X" = "X", an issuer matches when the words of one
  name begin the words of the other ("Управления образования" = "Управление образования …")
"""


def configure(p: argparse.ArgumentParser) -> None:
    p.epilog = EPILOG
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("dir", type=Path, help="folder of sample documents (with expected/ inside)")
    p.add_argument("--expected", type=Path, default=None,
                   help="folder of expected records (default: DIR/expected)")
    p.add_argument("--min-f1", type=float, default=0.0,
                   help="fail when an overall F1 of " + ", ".join(GATED) + " is below this")
    p.add_argument("--diff", action="store_true", help="show every mismatch")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--loose", action="store_true",
                   help="lenient matching of names and texts (triage; hides real errors)")


def _nothing_to_score(folder: Path, expected_dir: Path, samples: list[Path]) -> str | None:
    """Why the folder cannot be evaluated at all (one line), or None."""
    if not samples:
        return f"{folder}: no documents to evaluate ({', '.join(sorted(DOC_SUFFIXES))})"
    if not any(expected_path(p, expected_dir) for p in samples):
        return (f"{folder}: no expected records for its {len(samples)} documents (evaluate "
                f"compares each document with {expected_dir}/<name>.json, a reviewed record; "
                "`roadmaps extract` prints a record to start one from)")
    return None


def run(args: argparse.Namespace) -> int:
    from normalize.record import default_tools

    folder: Path = args.dir
    if not folder.is_dir():
        print(f"roadmaps: {folder}: not a folder", file=sys.stderr)
        return 2
    expected_dir = args.expected or folder / "expected"
    samples = sample_files(folder)
    problem = _nothing_to_score(folder, expected_dir, samples)
    if problem:
        print(f"roadmaps: {problem}", file=sys.stderr)
        return 2
    tools = default_tools()
    rules = LOOSE if args.loose else STRICT
    results = [score_file(p, expected_dir, tools, rules) for p in samples]
    render = render_json if args.format == "json" else render_table
    print(render(results, args.diff))
    errors = [r for r in results if r.error]
    for r in errors:
        print(f"roadmaps: {r.file}: {r.error}", file=sys.stderr)
    failing = failing_metrics(results, args.min_f1)
    for m in failing:
        print(f"roadmaps: overall F1 of {m} below {args.min_f1}", file=sys.stderr)
    if errors:
        return 2
    return 1 if failing else 0
