"""Scoring of `roadmaps evaluate` on small hand-made records, and the command end to end."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from pipelines import evaluate
from pipelines.eval_diff import ru
from pipelines.eval_record import score_document, score_record
from pipelines.eval_score import (
    LOOSE,
    STRICT,
    Counts,
    canon,
    canon_name,
    compare,
    match_items,
    norm,
    same_org,
    same_place,
    same_text,
    similar,
)
from tests.conftest import Run


def _act(title: str, **kw: object) -> dict:
    return {"title": title, "responsibles": [], **kw}


def _rec(**kw: object) -> dict:
    base: dict = {"document": {}, "activities": [], "indicators": [], "goals": [], "tasks": []}
    base.update(kw)
    return base


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Разработка  плана.", "разработка плана", True),
        ("Ёлка", "елка", True),
        ("Организация стажировок для руководителей ШМО", "Организация стажировки для руководителей",
         True),
        ("Организация стажировок для руководителей ШМО", "Организация стажировок для рук. ШМО",
         False),
        ("Организация стажировок", "Проведение семинаров", False),
        ("", "", True),
        ("текст", None, False),
    ],
)
def test_similar(a: str, b: str | None, same: bool) -> None:
    assert similar(a, b) is same


def test_norm_drops_punctuation_and_case() -> None:
    assert norm("  МКУ «ИМЦ», отдел ") == "мку имц отдел"


def test_loose_same_place_and_org() -> None:
    assert same_place("город Пенза", "Пенза")
    assert not same_place("Пенза", "Новотроицк")
    assert same_org("ИМДЦ", "МКУ ИМДЦ")
    assert not same_org("МКУ ИМЦ", "Управление образования")


@pytest.mark.parametrize(
    ("exp", "got", "counts"),
    [
        (None, None, (0, 0, 0)),
        ("a", None, (0, 0, 1)),
        (None, "a", (0, 1, 0)),
        ("a", "a", (1, 0, 0)),
        ("a", "b", (0, 1, 1)),
    ],
)
def test_compare_counts(exp: str | None, got: str | None, counts: tuple[int, int, int]) -> None:
    c, _ = compare("f", exp, got)
    assert (c.tp, c.fp, c.fn) == counts


def test_counts_f1() -> None:
    assert Counts().f1 is None
    assert Counts(tp=1).f1 == 1.0
    assert Counts(tp=1, fp=1, fn=1).f1 == pytest.approx(0.5)
    assert Counts(fp=2).f1 == 0.0


def test_match_items_one_to_one_best_first() -> None:
    exp = ["Проведение семинара", "Проведение семинаров"]
    got = ["Проведение семинаров"]
    pairs, miss, extra = match_items(exp, got, str)
    assert pairs == [(1, 0)] and miss == [0] and extra == []


def test_document_fields_loose() -> None:
    exp = {"document": {
        "kind": "roadmap", "title": "Дорожная карта на 2023 год", "municipality": "Северский район",
        "region": None, "issuer": "МКУ «ИМЦ»", "order": {"number": "18", "date": "2022-12-09"},
        "period": {"start_year": 2023, "end_year": 2023},
        "signatories": [{"name": "Е.В. Ганина", "position": "Руководитель"},
                        {"name": "Н.А. Бондаренко", "position": "Начальник отдела"}]}}
    got = {"document": {
        "kind": "roadmap", "title": "Дорожная карта на 2023 год.",
        "municipality": "Северский район",
        "region": "Краснодарский край", "issuer": None,
        "order": {"number": "18", "date": "2022-12-09"},
        "period": {"start_year": 2023, "end_year": 2023},
        "signatories": [{"name": "Е. В. Ганина", "position": "Руководитель"}]}}
    c, diffs = score_document(exp, got, LOOSE)
    # tp: kind title municipality number date period signatory(Ганина) = 7
    assert (c.tp, c.fp, c.fn) == (7, 1, 2)
    assert [ru(d) for d in diffs] == [
        "document.region: ничего не ожидалось, получено 'Краснодарский край'",
        "document.issuer: ожидалось 'МКУ «ИМЦ»', ничего не получено",
        "document.signatories: не найдено: 'Н.А. Бондаренко' (Начальник отдела)"]


def test_activities_and_their_fields() -> None:
    exp = _rec(activities=[
        _act("Организация стажировок", deadline={"text": "x", "start": "2023-01-01",
                                                 "end": "2023-12-31", "recurrence": "continuous"},
             responsibles=["Специалисты МКУ «ИМЦ»", "Руководители РМО"], result="Приказы",
             target={"op": ">=", "value": 200, "unit": "участник"},
             status={"text": "Выполнено", "done": True, "years": [2021]}),
        _act("Проведение конкурса"),
    ])
    got = _rec(activities=[
        _act("Организация стажировок.", deadline={"text": "x", "start": "2023-01-01",
                                                  "end": None, "recurrence": "continuous"},
             responsibles=["Специалисты МКУ «ИМЦ»"], result="приказы",
             target={"op": ">=", "value": 200.0, "unit": "участник"},
             status={"text": "Выполнено", "done": True, "years": []}),
        _act("Совсем другое мероприятие"),
    ])
    s = score_record(exp, got, LOOSE)
    k = s.counts
    assert (k["activities"].tp, k["activities"].fp, k["activities"].fn) == (1, 1, 1)
    assert (k["deadline"].tp, k["deadline"].fp, k["deadline"].fn) == (2, 0, 1)
    assert [(k[f"deadline.{p}"].tp, k[f"deadline.{p}"].fn) for p in ("start", "end", "recurrence")
            ] == [(1, 0), (0, 1), (1, 0)]
    assert (k["responsibles"].tp, k["responsibles"].fn) == (1, 1)
    assert k["results"].tp == 1 and k["targets"].tp == 1
    assert (k["statuses"].fp, k["statuses"].fn) == (1, 1)


def test_indicator_values_include_unmatched_indicators() -> None:
    def ind(name: str, *vals: tuple[int, str, float]) -> dict:
        return {"name": name, "values": [{"year": y, "kind": k, "value": v} for y, k, v in vals]}

    exp = _rec(indicators=[ind("Доля педагогов", (2022, "plan", 10), (2023, "plan", 15)),
                           ind("Число конкурсов", (2022, "plan", 3))])
    got = _rec(indicators=[ind("Доля педагогов", (2022, "plan", 10.0), (2023, "plan", 16))])
    k = score_record(exp, got).counts
    assert (k["indicators"].tp, k["indicators"].fn) == (1, 1)
    assert (k["indicator_values"].tp, k["indicator_values"].fp, k["indicator_values"].fn) == \
        (1, 1, 2)


def test_perfect_record_scores_one() -> None:
    rec = _rec(document={"kind": "report", "title": "Отчет"},
               activities=[_act("А", result="Б")], goals=["цель"], tasks=["задача"])
    s = score_record(rec, rec)
    assert all(c.f1 in (None, 1.0) for c in s.counts.values())
    assert s.diffs == []


def test_expected_path_shared_by_renderings(tmp_path: Path) -> None:
    exp = tmp_path / "expected"
    exp.mkdir()
    (exp / "000_x.json").write_text("{}")
    for name in ("000_x.txt", "000_x.docx", "000_x.scan.pdf"):
        assert evaluate.expected_path(tmp_path / name, exp) == exp / "000_x.json"
    assert evaluate.expected_path(tmp_path / "001_y.txt", exp) is None


def _sample_dir(tmp_path: Path, record: dict | None) -> Path:
    (tmp_path / "expected").mkdir()
    (tmp_path / "010_s.txt").write_text(
        "Отчет о выполнении плана мероприятий за 2023 год\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("not a sample\n")
    if record is not None:
        (tmp_path / "expected" / "010_s.json").write_text(json.dumps(record), encoding="utf-8")
    return tmp_path


def _run(argv: list[str]) -> int:
    from pipelines.cli import main

    return main(["evaluate", *argv])


def test_cli_scores_and_gates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _sample_dir(tmp_path, _rec(document={"kind": "report"},
                                        activities=[_act("Мероприятие, которого нет")]))
    assert _run([str(folder), "--min-f1", "0.5"]) == 1  # no activity found: F1 0 < 0.5
    out = capsys.readouterr()
    assert "010_s.txt" in out.out and "activities" in out.err
    assert _run([str(folder), "--format", "json", "--diff"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["activities"]["fn"] == 1
    assert any("Мероприятие" in d for d in data["files"][0]["diffs"])


def test_cli_missing_expected_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    folder = _sample_dir(tmp_path, _rec(document={"kind": "report"}))
    (folder / "011_t.txt").write_text("План мероприятий на 2024 год\n", encoding="utf-8")
    assert _run([str(folder)]) == 2  # one document scored, the other without its record
    err = capsys.readouterr().err
    assert "roadmaps: 011_t.txt: нет эталонной записи expected/011_t.json" in err


@pytest.mark.parametrize(
    ("exp", "got", "same"),
    [
        ("Управление образования администрации Энского района", "Управления образования", True),
        ("Комитет образования Администрации Энского района",
         "АДМИНИСТРАЦИЯ ЭНСКОГО РАЙОНА КОМИТЕТ ОБРАЗОВАНИЯ", True),
        ("МКУ МО Энский район «ИМЦ»", "МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ «ЦЕНТР»", False),
    ],
)
def test_loose_same_org_up_to_endings(exp: str, got: str, same: bool) -> None:
    assert same_org(exp, got) is same


# --- strict scoring (the default) ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("МКУ  «ИМЦ»", 'МКУ "ИМЦ"'),
        ("МКУ “ИМЦ”", 'МКУ "ИМЦ"'),
        ("МКУ „ИМЦ“", 'МКУ "ИМЦ"'),
        ("МКУ « ИМЦ »", 'МКУ "ИМЦ"'),
        ("2021 – 2025 гг.", "2021 - 2025 гг."),
        ("педагогов — наставников", "педагогов - наставников"),
        ("Отчёт\u00a0о выполнении", "Отчет о выполнении"),
        ("ЁЛКА", "ЕЛКА"),
        ("  Кон. ", "Кон."),
        (None, ""),
    ],
)
def test_canon(text: str | None, form: str) -> None:
    assert canon(text) == form


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Е.В. Ганина", "Е. В. Ганина", True),
        ("Е.В. Ганина", "Е.В.Ганина", True),
        ("Е.В. Ганина", "Е.В. Ганиной", False),
        ("Ганина Е.В.", "Е.В. Ганина", False),
    ],
)
def test_canon_name(a: str, b: str, same: bool) -> None:
    assert (canon_name(a) == canon_name(b)) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Комитет по образованию администрации Энского района", "КОМИТЕТ ПО ОБРАЗОВАНИЮ", False),
        ("Управление образования администрации Энского района",
         "АДМИНИСТРАЦИЯ ЭНСКОГО РАЙОНА УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", False),
        ("Управление образования администрации Энского района",
         "Управления образования администрации Энского района", False),
        ("Управление образования администрации Энского района",
         "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЭНСКОГО РАЙОНА", False),
        ("МКУ МО Энский район «ИМЦ»", 'МКУ МО Энский район "ИМЦ"', True),
        ("МКУ «ИМЦ»", "МКУ ИМЦ", False),
    ],
)
def test_strict_issuer(a: str, b: str, same: bool) -> None:
    assert STRICT.org(a, b) is same
    assert LOOSE.org(a, b) or not same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Пенза", "Пенза", True),
        ("Пенза", "город Пенза", False),
        ("Энский район", "Энский муниципальный район", False),
        ("Ленинск-Кузнецкий городской округ", "Ленинск–Кузнецкий городской округ", True),
    ],
)
def test_strict_place(a: str, b: str, same: bool) -> None:
    assert STRICT.place(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ПЛАН МЕРОПРИЯТИЙ на 2024 год", "План мероприятий на 2024 год", False),
        ("Дорожная карта на 2023 год", "Дорожная карта на 2023 год.", False),
        ("Дорожная карта на 2023-2025 годы", "Дорожная карта на 2023 – 2025 годы", False),
        ("Дорожная карта на 2023–2025 годы", "Дорожная карта на 2023-2025 годы", True),
        ("Дорожная карта («план»)", 'Дорожная карта ("план")', True),
    ],
)
def test_strict_text(a: str, b: str, same: bool) -> None:
    assert same_text(a, b) is same
    assert similar(a, b)


def test_document_fields_strict() -> None:
    exp = {"document": {
        "kind": "roadmap", "title": "Дорожная карта на 2023 год", "municipality": "Пенза",
        "region": "Оренбургская область", "issuer": "Управление образования администрации "
        "Энского района", "order": {"number": "4-у", "date": "2022-12-09"},
        "signatories": [{"name": "Е.В. Ганина", "position": "Начальник Управления образования"}]}}
    got = {"document": {
        "kind": "roadmap", "title": "Дорожная карта на 2023 год", "municipality": "город Пенза",
        "region": "Оренбургской области", "issuer": "Управление образования",
        "order": {"number": "4у", "date": "2022-12-09"},
        "signatories": [{"name": "Е. В. Ганина", "position": "Начальник управления образования"}]}}
    c, diffs = score_document(exp, got)
    # tp: kind, title, date; wrong: municipality, region, issuer, number, position
    assert (c.tp, c.fp, c.fn) == (3, 5, 5)
    assert len(diffs) == 5
    c, _ = score_document(exp, got, LOOSE)
    # loose forgives "город", the short issuer and the case of the position, not the
    # region's grammatical case or a lost hyphen in the number
    assert (c.tp, c.fp, c.fn) == (6, 2, 2)


def test_strict_sets_and_wording() -> None:
    exp = _rec(activities=[_act("Организация стажировок для руководителей ШМО",
                                responsibles=["Специалисты МКУ «ИМЦ»", "Руководители РМО"],
                                result="Приказы")],
               goals=["создание условий"], tasks=["обновить базу"])
    got = _rec(activities=[_act("Организация стажировки для руководителей ШМО",
                                responsibles=['Специалисты МКУ "ИМЦ"', "руководители РМО"],
                                result="Приказы.")],
               goals=["Создание условий"], tasks=["обновить базу"])
    k = score_record(exp, got).counts
    assert (k["activities"].tp, k["wording"].tp, k["wording"].fn) == (1, 0, 1)
    assert (k["responsibles"].tp, k["responsibles"].fp, k["responsibles"].fn) == (1, 1, 1)
    assert (k["results"].fp, k["goals"].fn, k["tasks"].tp) == (1, 1, 1)
    loose = score_record(exp, got, LOOSE).counts
    assert all(c.fp == c.fn == 0 for c in loose.values())


def test_cli_loose_flag_and_epilog(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _sample_dir(tmp_path, _rec(document={
        "kind": "report", "title": "ОТЧЕТ О ВЫПОЛНЕНИИ ПЛАНА МЕРОПРИЯТИЙ ЗА 2023 ГОД",
        "period": {"start_year": 2023, "end_year": 2023}}))
    assert _run([str(folder), "--format", "json", "--diff"]) == 0
    strict = json.loads(capsys.readouterr().out)
    assert strict["overall"]["document"]["fn"] == 1  # the title differs in case
    assert any("title" in d for d in strict["files"][0]["diffs"])
    assert _run([str(folder), "--format", "json", "--loose"]) == 0
    assert json.loads(capsys.readouterr().out)["overall"]["document"]["fn"] == 0
    with pytest.raises(SystemExit):
        _run(["--help"])
    assert "--loose" in capsys.readouterr().out


SAMPLE = (Path(__file__).resolve().parents[2] / "samples"
          / "103_kamennoozersky_mentoring_plan_2024.txt")


def test_a_folder_without_expected_records_is_one_line(
        roadmaps_cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    r = roadmaps_cli("evaluate", str(tmp_path))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"roadmaps: {tmp_path}: нет эталонных записей для его "
                               "документов (1)")


def test_a_folder_without_documents_is_one_line(roadmaps_cli: Callable[..., Run],
                                                tmp_path: Path) -> None:
    r = roadmaps_cli("evaluate", str(tmp_path))
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert f"roadmaps: {tmp_path}: нет документов для оценки" in r.stderr


def test_table_headers_are_whole_metric_names(roadmaps_cli: Callable[..., Run],
                                              tmp_path: Path) -> None:
    (tmp_path / "expected").mkdir()
    (tmp_path / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    expected = SAMPLE.parent / "expected" / f"{SAMPLE.stem}.json"
    (tmp_path / "expected" / expected.name).write_bytes(expected.read_bytes())
    r = roadmaps_cli("evaluate", str(tmp_path))
    assert r.returncode == 0, r.stderr
    header, row = r.stdout.splitlines()[:2]
    assert header.split()[1:] == list(evaluate.FIELDS)
    # every value right-aligned under the end of its header
    ends = [m.end() for m in re.finditer(r"\S+", header)][1:]
    assert [m.end() for m in re.finditer(r"\S+", row)][1:] == ends
