"""Document facts in forms of the eighteenth real set's school and kindergarten documents
(written again with invented bodies, places, people and wording): a signature line of dots
glued to the name, an approval line naming no body, a town alone over the year, a camp's shift
dates under its heading, a town line under a quoted name, a hyphen at a narrow cell's wrap,
"Цель работы <owner>:" labels and tasks as bare infinitive paragraphs, a self-assessment
sentence naming the school, and a slashed name split over two lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_helpers import facts_of, txt_doc

from extract.tools import ExtractTools
from ingest.registry import read_document
from normalize.deadlines import parse_period

_PLAN = "План работы на 2025-2026 учебный год\n\nПояснительная записка\nТекст плана.\n"

# (signature line under "Директор МБОУ СОШ № 2", the name read)
DOTTED = [
    ("…….К.Л.Миронова", "К.Л.Миронова"),
    ("…..../К.Л. Миронова/", "К.Л. Миронова"),
    ("............ К.Л. Миронова", "К.Л. Миронова"),
]


@pytest.mark.parametrize(("line", "name"), DOTTED)
def test_dotted_signature_line(tools: ExtractTools, tmp_path: Path, line: str,
                               name: str) -> None:
    got = facts_of(txt_doc(tmp_path, f"УТВЕРЖДАЮ\nДиректор МБОУ СОШ № 2\n{line}\n{_PLAN}"),
                 tools).document
    assert (got.issuer, [(s.name, s.position) for s in got.signatories]) == (
        "МБОУ СОШ № 2", [(name, "Директор МБОУ СОШ № 2")])


# (approval line, heading, issuer, the rule that decided it)
APPROVALS = [
    # "школы" is a common noun: the heading in capitals names the school in full
    ("приказом директора школы", "ПРОГРАММА РАЗВИТИЯ МУНИЦИПАЛЬНОГО КАЗЁННОГО\n"
     "ОБЩЕОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ «ЛИЦЕЙ № 7»\nна 2025-2029 годы",
     "Муниципальное казённое общеобразовательное учреждение «Лицей № 7»",
     "caps_title_full_name"),
    ("приказом МБОУ «Лицей № 7»", "ПРОГРАММА РАЗВИТИЯ\nна 2025-2029 годы",
     "МБОУ «Лицей № 7»", "approval_line"),
]


@pytest.mark.parametrize(("approval", "heading", "issuer", "rule"), APPROVALS)
def test_approval_line_common_noun(tools: ExtractTools, tmp_path: Path, approval: str,
                                   heading: str, issuer: str, rule: str) -> None:
    found = facts_of(txt_doc(tmp_path, f"УТВЕРЖДЕНО\n{approval}\nот 02.06.2025 № 12-О\n\n"
                                  f"{heading}\n\nПояснительная записка\nТекст.\n"), tools)
    assert found.document.issuer == issuer
    assert f"header.issuer:{rule}" in found.trace


# (the title page's foot, the hint put first among the context texts)
FOOTS = [
    ("Старый Ольховск\n2024", "Старый Ольховск"),
    ("Кленовск\n2024 г.", "Кленовск"),
    ("Содержание\n2024", None),  # a heading over a year is no place
    ("Старый Ольховск, 2024", None),  # one line: the place-and-year rules read it
]


@pytest.mark.parametrize(("foot", "hint"), FOOTS)
def test_place_alone_over_year(tools: ExtractTools, tmp_path: Path, foot: str,
                               hint: str | None) -> None:
    found = facts_of(txt_doc(tmp_path, f"ПРОГРАММА РАЗВИТИЯ ШКОЛЫ\nна 2024-2028 годы\n\n{foot}\n\n"
                                  "Пояснительная записка\nТекст программы.\n"), tools)
    first = found.document.context_texts[0]
    assert (first if first == hint else None) == hint
    assert ("header.municipality_hint:place_over_year" in found.trace) == (hint is not None)


# (lines under the camp's heading, title, (start year, end year))
SHIFTS = [
    ("\nсмена с 03.06.2024г. по28.06.2024г\n", "ПРОГРАММА летнего лагеря «Ромашка»",
     (2024, 2024)),
    ("2 смена: с 01.07.2024 г. по 21.07.2024 г.\n", "ПРОГРАММА летнего лагеря «Ромашка»",
     (2024, 2024)),
    ("«Путешествие»\n", "ПРОГРАММА летнего лагеря «Ромашка» «Путешествие»", None),
]


@pytest.mark.parametrize(("below", "title", "years"), SHIFTS)
def test_camp_shift_under_heading(tools: ExtractTools, tmp_path: Path, below: str, title: str,
                                  years: tuple[int, int] | None) -> None:
    got = facts_of(txt_doc(tmp_path, f"ПРОГРАММА\nлетнего лагеря «Ромашка»\n{below}\n"
                                "Лето - время отдыха детей.\n"), tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    assert (got.title, parsed and (parsed.start_year, parsed.end_year)) == (title, years)


# (letterhead's third line, issuer): the town printed right after the name is part of it, the
# region after the town is not (docs/CONTRACT.md `issuer`); a place line with a comma and the
# district is the letterhead's address
PLACE_LINES = [
    ("г. Кедровск Лесной области",
     "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 5» г. Кедровск"),
    ("с. Ольховка, Лесной район",
     "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 5»"),
]


@pytest.mark.parametrize(("place", "issuer"), PLACE_LINES)
def test_town_line_under_quoted_name(tools: ExtractTools, tmp_path: Path, place: str,
                                     issuer: str) -> None:
    text = ("Муниципальное бюджетное общеобразовательное учреждение\n«Гимназия № 5»\n"
            f"{place}\nУтверждаю\nДиректор МБОУ Гимназия № 5\n_______ Р.С. Котов\n{_PLAN}")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


# (grif cell's lines, the position read)
WRAPS = [
    ("Директор ГКОУ\n«Ольховская школа-\nинтернат»", "Директор ГКОУ «Ольховская школа-интернат»"),
    ("Заместитель директора по учебно-\nвоспитательной работе",
     "Заместитель директора по учебно-воспитательной работе"),
]


@pytest.mark.parametrize(("cell", "position"), WRAPS)
def test_hyphen_at_wrap_in_position(tools: ExtractTools, tmp_path: Path, cell: str,
                                    position: str) -> None:
    got = facts_of(txt_doc(tmp_path, f"УТВЕРЖДЕНО\n{cell}\n_______ Р.С. Котов\n{_PLAN}"),
                 tools).document
    assert [s.position for s in got.signatories] == [position]


# (the plan's goal and task part, goals, tasks)
LABELS = [
    ("Цель работы ШМО:\nПовысить мастерство учителей начальных классов.\nЗадачи:\n"
     "Обновить методы оценивания на уроках.\nПровести открытые уроки для коллег.\n"
     "Содержание работы\n",
     ("Повысить мастерство учителей начальных классов",),
     ("Обновить методы оценивания на уроках", "Провести открытые уроки для коллег")),
    ("Цель работы лагеря:\nОрганизовать отдых детей.\nЗадачи:\nУкрепить здоровье детей.\n"
     "Отдых детей важен.\n",
     ("Организовать отдых детей",), ("Укрепить здоровье детей",)),
    # a sentence after the heading is no task
    ("Цель работы МО:\nПовысить мастерство учителей.\nЗадачи:\nРабота ведётся весь год.\n",
     ("Повысить мастерство учителей",), ()),
]


@pytest.mark.parametrize(("text", "goals", "tasks"), LABELS)
def test_owner_label_and_bare_tasks(tools: ExtractTools, tmp_path: Path, text: str,
                                    goals: tuple[str, ...], tasks: tuple[str, ...]) -> None:
    found = facts_of(read_document(_written(tmp_path, f"План работы МО на 2025 год\n\n{text}")),
                   tools)
    assert (found.goals, found.tasks) == (goals, tasks)


def _written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return path


# (the explanatory note's sentence, issuer)
ASSESSED = [
    ("Самообследование муниципального бюджетного общеобразовательного учреждения средней "
     "общеобразовательной школы с. Ольховка проведено в соответствии с приказом.",
     "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная "
     "школа с. Ольховка"),
    ("Самообследование муниципального казённого общеобразовательного учреждения «Гимназия "
     "№ 5» проводилось комиссией.",
     "Муниципальное казённое общеобразовательное учреждение «Гимназия № 5»"),
    ("Самообследование проведено в соответствии с приказом.", None),
]


@pytest.mark.parametrize(("sentence", "issuer"), ASSESSED)
def test_self_assessment_sentence_names_school(tools: ExtractTools, tmp_path: Path,
                                               sentence: str, issuer: str | None) -> None:
    text = f"Отчёт о самообследовании за 2024 год\n\nПояснительная записка\n{sentence}\n"
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


# (the grif's lines as a site's export spreads them, name, position, issuer)
SLASHED = [
    ("УТВЕРЖДЕНО\n\nДиректор\nМБОУ Ольховской школы\n\n__________\n\n/Р.С.\nКотов/\n",
     "Р.С. Котов", "Директор МБОУ Ольховской школы", "МБОУ Ольховская школа"),
    ("УТВЕРЖДЕНО\n\nДиректор\nМБОУ «Гимназия № 5»\n\n__________\n\n/Р.С.\nКотов/\n",
     "Р.С. Котов", "Директор МБОУ «Гимназия № 5»", "МБОУ «Гимназия № 5»"),
]


@pytest.mark.parametrize(("grif", "name", "position", "issuer"), SLASHED)
def test_slashed_name_split_over_lines(tools: ExtractTools, tmp_path: Path, grif: str,
                                       name: str, position: str, issuer: str) -> None:
    got = facts_of(txt_doc(tmp_path, f"{grif}\n{_PLAN}"), tools).document
    assert ([(s.name, s.position) for s in got.signatories], got.issuer) == (
        [(name, position)], issuer)
