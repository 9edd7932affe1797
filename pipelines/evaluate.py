"""`roadmaps evaluate DIR`: score extraction against the expected records of a sample folder.

Every document file in DIR (txt, md, docx, pdf, …) is paired with DIR/expected/<stem>.json —
all renderings of one sample share one expected record — run through the pipeline and scored
per metric (pipelines/eval_record.py). A file without an expected record, or one that cannot be
read, is an error. Every field of every file is gated (pipelines/eval_gate.py): exit status 0
when each reaches its --min-f1 floor, 1 when one does not (the table and stderr name the field
and the file), 2 on errors.

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

from pipelines.eval_diff import ThemeMismatch, machine, ru
from pipelines.eval_gate import (
    FIELDS,
    Failure,
    Gate,
    failures,
    file_counts,
    make_gate,
    parse_floor,
    render_failures,
    theme_counts,
)
from pipelines.eval_score import LOOSE, METRICS, STRICT, Counts, Rules, Score
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
    from store.labels import reason_ru

    exp_path = expected_path(sample, expected_dir)
    if exp_path is None:
        return FileResult(sample.name, error=f"нет эталонной записи {expected_dir.name}/"
                                             f"{sample.name.split('.', 1)[0]}.json")
    expected = json.loads(exp_path.read_text(encoding="utf-8"))
    try:
        record = process_file(sample, tools=tools)
    except DocumentLoadError as exc:
        return FileResult(sample.name, error=f"не удалось прочитать: {reason_ru(exc.reason)}")
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


def theme_pairs(results: list[FileResult]) -> tuple[Counts, list[ThemeMismatch]]:
    """Pairwise counts of themes across the samples whose expected records give themes."""
    return pairwise([t for r in results for t in r.themes or []])


NO_GATE = Gate()  # every floor 0: nothing fails


def _cell(f1: float | None, failed: bool, width: int) -> str:
    return f"{_fmt(f1) + ('!' if failed else ''):>{width}}"


def render_table(results: list[FileResult], diff: bool, gate: Gate = NO_GATE) -> str:
    """Per-file F1 per field (a failed one marked "!"), overall precision / recall / F1, then
    the fields of files below their floor. Headings in Russian; field codes as they are."""
    width = max([len(r.file) for r in results] + [8])
    themes = theme_counts(results)
    fails = failures(results, gate)
    failed = {(f.file, f.field) for f in fails}
    lines = [f"{'файл':<{width}}  " + " ".join(FIELDS)]  # each column as wide as its name
    for r in results:
        if r.error:
            lines.append(f"{r.file:<{width}}  ОШИБКА: {r.error}")
            continue
        counts = file_counts(r, themes)
        lines.append(f"{r.file:<{width}}  " + " ".join(
            _cell(counts[m].f1 if m in counts else None, (r.file, m) in failed, len(m))
            for m in FIELDS))
        if diff:
            lines += [f"    - {ru(d)}" for d in r.score.diffs] if r.score else []
    total = overall(results)
    lines.append("")
    lines.append(f"{'в целом':<19} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for m in METRICS:
        c = total.counts[m]
        lines.append(f"{m:<19} {_fmt(c.precision):>6} {_fmt(c.recall):>6} "
                     f"{_fmt(c.f1):>6}   {c.tp}/{c.fp}/{c.fn}")
    c, theme_diffs = theme_pairs(results)
    lines.append(f"{'themes':<19} {_fmt(c.precision):>6} {_fmt(c.recall):>6} "
                 f"{_fmt(c.f1):>6}   {c.tp}/{c.fp}/{c.fn}   (попарно: показатели разных "
                 "образцов, чьи ожидаемые записи дают темы)")
    if diff:
        lines += [f"    - {ru(d)}" for d in theme_diffs]
    lines.append("(P — точность, R — полнота; tp/fp/fn — совпало / лишнее / не найдено; порог "
                 "--min-f1 проверяется для каждого поля каждого файла, «!» — ниже порога)")
    return "\n".join(lines + render_failures(fails))


def _counts_json(c: Counts) -> dict[str, Any]:
    return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall,
            "f1": c.f1}


def _failure_json(f: Failure) -> dict[str, Any]:
    return {"file": f.file, "field": f.field, "f1": f.f1, "min_f1": f.floor}


def render_json(results: list[FileResult], diff: bool, gate: Gate = NO_GATE) -> str:
    """Machine-readable scores, the gate's failures, and with --diff the mismatches: `diffs`
    in their stable English line form (as before the table spoke Russian) and `mismatches`
    as records (pipelines/eval_diff.py)."""
    themes = theme_counts(results)
    files = []
    for r in results:
        item: dict[str, Any] = {"file": r.file, "error": r.error}
        if r.score:
            item["metrics"] = {m: _counts_json(c) for m, c in file_counts(r, themes).items()}
            if diff:
                item["diffs"] = [machine(d) for d in r.score.diffs]
                item["mismatches"] = [d.as_dict() for d in r.score.diffs]
        files.append(item)
    total = overall(results)
    pairs, theme_diffs = theme_pairs(results)
    out: dict[str, Any] = {
        "files": files, "overall": {m: _counts_json(c) for m, c in total.counts.items()},
        "gated": list(FIELDS), "themes_pairwise": _counts_json(pairs),
        "failures": [_failure_json(f) for f in failures(results, gate)]}
    if diff:
        out["theme_diffs"] = [machine(d) for d in theme_diffs]
        out["theme_mismatches"] = [d.as_dict() for d in theme_diffs]
    return json.dumps(out, ensure_ascii=False, indent=2)


EPILOG = """\
как сравниваются значения (строго, по умолчанию):
  любой текст после Unicode NFKC, ё → е, «» “” „“ → ", – — − → -, одиночных пробелов
  title                      точно, как написано (с регистром)
  municipality, region       точно: канонический именительный падеж CONTRACT
                             ("город Пенза" ≠ "Пенза")
  issuer                     точно, с учётом регистра (бланк прописными — обычным регистром)
  order number, signatories  точно (в имени пробелы между инициалами не важны; должность точно)
  activities, indicators     пары по нечёткому названию (ratio ≥ 90, только буквы);
                             пара — попадание
  wording                    собственное название пары точно
  responsibles, goals, tasks точно, один к одному;  results точно
  deadline.start/end/recurrence, targets, statuses, значения показателей: разобранные
                             значения, равенство
  themes                     попарно по показателям разных образцов (см. README)
порог: --min-f1 0.95 --min-f1 wording=0.8 --min-f1 scan.pdf:results=0.8
  проверяется каждое поле каждого файла, где что-то есть (в эталоне или в извлечённом)
--loose (только для разбора): нечёткие тексты, "город X" = "X", issuer совпадает, когда слова
  одного названия начинают слова другого ("Управления образования" = "Управление образования …")
"""


def configure(p: argparse.ArgumentParser) -> None:
    p.epilog = EPILOG
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("dir", type=Path, metavar="DIR",
                   help="папка с документами-образцами (внутри — expected/)")
    p.add_argument("--expected", type=Path, default=None,
                   help="папка эталонных записей (по умолчанию DIR/expected)")
    p.add_argument("--min-f1", type=parse_floor, action="append", default=[],
                   metavar="[[FILE:]FIELD=]X",
                   help="ошибка, если F1 поля файла ниже X: X — для всех полей, FIELD=X — для "
                        "одного поля, FILE:FIELD=X — для поля одного файла (можно "
                        "повторять). Поля: " + ", ".join(FIELDS))
    p.add_argument("--diff", action="store_true", help="показать каждое расхождение")
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="формат вывода (по умолчанию table)")
    p.add_argument("--loose", action="store_true",
                   help="мягкое сравнение названий и текстов (для разбора; скрывает "
                        "настоящие ошибки)")


def _nothing_to_score(folder: Path, expected_dir: Path, samples: list[Path]) -> str | None:
    """Why the folder cannot be evaluated at all (one line), or None."""
    if not samples:
        return f"{folder}: нет документов для оценки ({', '.join(sorted(DOC_SUFFIXES))})"
    if not any(expected_path(p, expected_dir) for p in samples):
        return (f"{folder}: нет эталонных записей для его документов ({len(samples)}): "
                f"evaluate сравнивает каждый документ с {expected_dir}/<имя>.json, проверенной "
                "записью; начать её можно с записи, которую выводит `roadmaps extract`")
    return None


def run(args: argparse.Namespace) -> int:
    from normalize.record import default_tools

    folder: Path = args.dir
    if not folder.is_dir():
        print(f"roadmaps: {folder}: не папка", file=sys.stderr)
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
    gate = make_gate(args.min_f1)
    render = render_json if args.format == "json" else render_table
    print(render(results, args.diff, gate))
    errors = [r for r in results if r.error]
    for r in errors:
        print(f"roadmaps: {r.file}: {r.error}", file=sys.stderr)
    failing = failures(results, gate)
    for f in failing:
        print(f"roadmaps: {f.file}: поле {f.field}: F1 {f.f1:.2f} ниже порога {f.floor:.2f}",
              file=sys.stderr)
    if errors:
        return 2
    return 1 if failing else 0
