"""`roadmaps evaluate --diff` in Russian: the mismatch records, their Russian lines and stable
English machine form, the command end to end on a sample with a deliberately wrong expected
record, and the review page placing the same mismatches at their items."""

from __future__ import annotations

import copy
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipelines.eval_diff import machine, ru
from pipelines.eval_record import score_record
from pipelines.eval_score import LOOSE
from tests.conftest import Run

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NAME = "364_kamyshinsk_programme_garant_2025"
ENGLISH = re.compile(r"\b(expected|got|missing|unexpected|nothing|wording|share)\b")


def _act(title: str, **kw: Any) -> dict[str, Any]:
    return {"title": title, **kw}


def _ind(name: str, *values: tuple[int, str, float]) -> dict[str, Any]:
    return {"name": name, "values": [{"year": y, "kind": k, "value": v} for y, k, v in values]}


SEMINAR = "Проведение семинаров для наставников"
SHARE = "Доля молодых педагогов с наставником"


# (expected record, extracted record, Russian line, English machine line)
CASES = [
    ({"document": {"title": "План на 2025 год"}}, {"document": {"title": "ПЛАН на 2025 год"}},
     "document.title: ожидалось 'План на 2025 год', получено 'ПЛАН на 2025 год'",
     "document.title: expected 'План на 2025 год', got 'ПЛАН на 2025 год'"),
    ({"document": {"region": "Нижнеокская область"}}, {"document": {}},
     "document.region: ожидалось 'Нижнеокская область', ничего не получено",
     "document.region: expected 'Нижнеокская область', got nothing"),
    ({"document": {}}, {"document": {"order": {"number": "15-о"}}},
     "document.order.number: ничего не ожидалось, получено '15-о'",
     "document.order.number: expected nothing, got '15-о'"),
    ({"document": {"period": {"start_year": 2024, "end_year": 2026}}},
     {"document": {"period": {"start_year": 2024, "end_year": 2025}}},
     "document.period: ожидалось 2024–2026, получено 2024–2025",
     "document.period: expected (2024, 2026), got (2024, 2025)"),
    ({"document": {"signatories": [{"name": "И.П. Ласточкина", "position": "Начальник"}]}},
     {"document": {"signatories": [{"name": "И.П. Ласточкина", "position": "Директор"}]}},
     "document.signatories: 'И.П. Ласточкина': position: ожидалось 'Начальник', получено "
     "'Директор'",
     "document.signatories: И.П. Ласточкина: position expected 'Начальник', got 'Директор'"),
    ({"document": {"signatories": [{"name": "И.П. Ласточкина", "position": "Начальник"}]}},
     {"document": {}},
     "document.signatories: не найдено: 'И.П. Ласточкина' (Начальник)",
     "document.signatories: missing {'name': 'И.П. Ласточкина', 'position': 'Начальник'}"),
    ({"activities": [_act(SEMINAR)]}, {"activities": []},
     f"activities: не найдено: '{SEMINAR}'", f"activities: missing '{SEMINAR}'"),
    ({"activities": []}, {"activities": [_act(SEMINAR)]},
     f"activities: лишнее: '{SEMINAR}'", f"activities: unexpected '{SEMINAR}'"),
    ({"activities": [_act(SEMINAR, number="2.1")]}, {"activities": [_act(SEMINAR + ".")]},
     f"мероприятие '2.1': title: ожидалось '{SEMINAR}', получено '{SEMINAR}.'",
     f"activity wording: expected '{SEMINAR}', got '{SEMINAR}.'"),
    ({"activities": [_act(SEMINAR, number="2.1", deadline={"end": "2025-12-31"})]},
     {"activities": [_act(SEMINAR, deadline={"end": "2025-06-30"})]},
     "мероприятие '2.1': deadline.end: ожидалось '2025-12-31', получено '2025-06-30'",
     "activity '2.1': deadline.end: expected '2025-12-31', got '2025-06-30'"),
    ({"activities": [_act(SEMINAR, responsibles=["ИМЦ", "РМО"])]},
     {"activities": [_act(SEMINAR, responsibles=["ИМЦ"])]},
     f"мероприятие '{SEMINAR}': responsibles: не найдено: 'РМО'",
     f"activity '{SEMINAR}': responsibles: missing 'РМО'"),
    ({"activities": [_act(SEMINAR, number="3", target={"op": ">=", "value": 20,
                                                         "unit": "человек"})]},
     {"activities": [_act(SEMINAR)]},
     "мероприятие '3': target: ожидалось >= 20 человек, ничего не получено",
     "activity '3': target: expected ('>=', 20.0, 'человек'), got nothing"),
    ({"activities": [_act(SEMINAR, number="3", status={"done": True, "years": [2024]})]},
     {"activities": [_act(SEMINAR, number="3", status={"done": False, "years": [2024]})]},
     "мероприятие '3': status: ожидалось выполнено (2024), получено не выполнено (2024)",
     "activity '3': status: expected (True, (2024,)), got (False, (2024,))"),
    ({"indicators": [_ind(SHARE, (2025, "plan", 40), (2026, "fact", 45.5))]},
     {"indicators": [_ind(SHARE, (2025, "plan", 40))]},
     f"показатель '{SHARE}': values: не найдено: 2026 факт 45,5",
     f"indicator '{SHARE}': value missing (2026, 'fact', 45.5)"),
    ({"goals": ["Рост качества"]}, {"goals": ["Рост качества", "Иное"]},
     "goals: лишнее: 'Иное'", "goals: unexpected 'Иное'"),
]


@pytest.mark.parametrize(("exp", "got", "line", "english"), CASES,
                         ids=[f"{i}-{c[3].split(':')[0].split()[0]}" for i, c in enumerate(CASES)])
def test_a_mismatch_in_russian_and_in_its_machine_form(exp: dict[str, Any], got: dict[str, Any],
                                                       line: str, english: str) -> None:
    diffs = score_record(exp, got).diffs
    assert [ru(d) for d in diffs] == [line]
    assert [machine(d) for d in diffs] == [english]
    assert not ENGLISH.search(line.split(": ", 1)[1].replace("position", ""))


def test_a_loose_run_records_the_same_mismatch_kinds() -> None:
    exp = {"activities": [_act(SEMINAR, result="Приказ")]}
    got = {"activities": [_act(SEMINAR, result="Протокол заседания")]}
    (d,) = score_record(exp, got, LOOSE).diffs
    assert (d.field, d.kind, d.item, d.index) == ("result", "differs", "activity", 0)


def _wrong_expected() -> dict[str, Any]:
    """The sample's expected record (which it meets in full) made wrong in known places."""
    exp = json.loads((SAMPLES / "expected" / f"{NAME}.json").read_text("utf-8"))
    wrong = copy.deepcopy(exp)
    wrong["document"]["region"] = "Нижнеокская область"
    wrong["document"]["signatories"][0]["position"] = "Глава округа"
    wrong["activities"][0]["deadline"]["end"] = "2027-12-31"
    wrong["activities"][1]["responsibles"].append("Методический центр")
    wrong["activities"].append(_act("Выездные проверки детских садов"))
    del wrong["activities"][2]
    wrong["indicators"][0]["values"].pop()
    return wrong


def _expected_lines() -> list[str]:
    exp = json.loads((SAMPLES / "expected" / f"{NAME}.json").read_text("utf-8"))
    a0, a1, a2 = exp["activities"][:3]
    ind = exp["indicators"][0]
    return [
        "document.region: ожидалось 'Нижнеокская область', ничего не получено",
        f"document.signatories: 'А.В. Сомов': position: ожидалось 'Глава округа', получено "
        f"{exp['document']['signatories'][0]['position']!r}",
        "activities: не найдено: 'Выездные проверки детских садов'",
        f"activities: лишнее: {a2['title']!r}",
        f"мероприятие {a0['number']!r}: deadline.end: ожидалось '2027-12-31', получено "
        f"{a0['deadline']['end']!r}",
        f"мероприятие {a1['number']!r}: responsibles: не найдено: 'Методический центр'",
        f"показатель {ind['name'][:50]!r}: values: лишнее: 2027 план 100",
    ]


@pytest.fixture
def wrong_sample(tmp_path: Path) -> Path:
    folder = tmp_path / "samples"
    (folder / "expected").mkdir(parents=True)
    shutil.copy(SAMPLES / f"{NAME}.txt", folder)
    (folder / "expected" / f"{NAME}.json").write_text(
        json.dumps(_wrong_expected(), ensure_ascii=False), "utf-8")
    return folder


def test_evaluate_diff_prints_russian_lines(roadmaps_cli: Callable[..., Run],
                                            wrong_sample: Path) -> None:
    run = roadmaps_cli("evaluate", str(wrong_sample), "--diff")
    assert run.returncode == 0, run.stderr
    listed = [line.removeprefix("    - ") for line in run.stdout.splitlines()
              if line.startswith("    - ")]
    assert sorted(listed) == sorted(_expected_lines())
    assert not ENGLISH.search("\n".join(listed))  # field codes in the header stay
    assert "tp/fp/fn — совпало / лишнее / не найдено" in run.stdout
    gated = roadmaps_cli("evaluate", str(wrong_sample), "--diff", "--min-f1", "deadline.end=1")
    assert gated.returncode == 1
    # five activities paired, one end wrong: 2·4 / (2·4 + 1 + 1)
    assert f"roadmaps: {NAME}.txt: поле deadline.end: F1 0.80 ниже порога 1.00" in gated.stderr
    assert "Ниже порога --min-f1: 1 (файл, поле, F1, порог)" in gated.stdout


def test_evaluate_json_keeps_the_english_lines_and_adds_records(
        roadmaps_cli: Callable[..., Run], wrong_sample: Path) -> None:
    run = roadmaps_cli("evaluate", str(wrong_sample), "--diff", "--format", "json")
    assert run.returncode == 0, run.stderr
    item = json.loads(run.stdout)["files"][0]
    assert "document.region: expected 'Нижнеокская область', got nothing" in item["diffs"]
    assert len(item["diffs"]) == len(item["mismatches"]) == len(_expected_lines())
    assert {"field": "deadline.end", "kind": "differs", "expected": "2027-12-31",
            "got": "2026-12-31", "item": "activity", "label": "1.1", "index": 0,
            "owner": None} in item["mismatches"]


def test_review_places_each_mismatch_at_its_item(roadmaps_cli: Callable[..., Run],
                                                 wrong_sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    run = roadmaps_cli("review", str(wrong_sample / f"{NAME}.txt"), "--expected",
                       str(wrong_sample / "expected" / f"{NAME}.json"), "--out", str(out))
    assert run.returncode == 0, run.stderr
    html = out.read_text("utf-8")
    assert "тип: Другое" in html and "тип: другое" not in html  # the label, not the code
    assert "Сравнение с эталоном: 7 расхождений" in html

    def marks_at(anchor: str) -> list[str]:
        found = re.search(rf'id="{anchor}">.*?(?=<div class="item|<tr id="doc-|</table>|<h3>)',
                          html, re.S)
        assert found, anchor
        return re.findall(r'<div class="diff">(.*?)</div>', found.group(0), re.S)

    lines = [line.replace("'", "&#39;") for line in _expected_lines()]
    assert marks_at("doc-region") == [lines[0]]
    assert marks_at("doc-signatories") == [lines[1]]
    assert marks_at("a1") == [lines[4]]
    assert marks_at("a2") == [lines[5]]
    assert marks_at("a3") == [lines[3]]  # the extracted activity the expected record lacks
    assert marks_at("i1") == [lines[6]]
    other = html.split("<h3>Прочие расхождения</h3>", 1)[1].split("<h3>", 1)[0]
    assert lines[2] in other
