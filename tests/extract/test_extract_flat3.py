"""A first page printed as one run of text (flat3, written again with invented schools): the
cover's place-year line under a title ending with its years or its owner's quoted name ("… за
2019-2020 учебный год г. Кедровый 2020 г 1. ОБЩИЕ СВЕДЕНИЯ …"), the explanatory note after a
page number, a contents page whose heading names the plan and its years ("1 Содержание
Программы развития … на 2023-2027 годы 1. 2. 3. …"), a grif's blank date after the approver's
name ("… ____ В.Г. Смирнова «__»____2020 г.")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.contents_plan import contents_title
from extract.facts.ctx import Ctx
from extract.facts.grif_cell_lines import unflattened
from extract.facts.lines import Chunk, chunks
from extract.facts.reflow import reflowed
from extract.facts.title_ends import PLACE_OR_YEAR
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import Provenance

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, lines_doc, pdf_doc


@pytest.mark.parametrize(("text", "cut_before"), [
    # the place-year line after the title's school year, a section's number after it
    ("… детский сад № 3 «Берёзка» за 2019-2020 учебный год г. Кедровый 2020 г 1. ОБЩИЕ …",
     "г. Кедровый 2020"),
    ("… детский сад № 3 «Берёзка» за 2019-2020 учебный год г. Кедровый 2020 г 1. ОБЩИЕ …",
     "1. ОБЩИЕ"),
    # after the owner's quoted name: a bare town, the year glued to its "г.", a page number
    ("… «Лицей № 2 имени А.С. Пушкина» Сосновка 2023г. 2 Пояснительная записка …",
     "Сосновка 2023г."),
    ("… «Лицей № 2 имени А.С. Пушкина» Сосновка 2023г. 2 Пояснительная записка …",
     "2 Пояснительная"),
    # a village's mark and a comma; the first section without its number
    ("… на 2021-2025 годы с. Луговое, 2021 г. Содержание 1. Паспорт …", "с. Луговое"),
    # after the owner's town in the genitive, the line's place marked, its year glued
    ("… школы № 2 г. Кедрового г. Кедровый2024 г 1 ПОЯСНИТЕЛЬНАЯ ЗАПИСКА …", "г. Кедровый2024"),
    # a contents heading's years before its items' bare numbers; the note after an item number
    ("Содержание Плана работы школы на 2023-2024 учебный год 1. 2. 3. Пояснительная записка 4",
     "1. 2. 3."),
    ("Содержание … 1. 2. 3. Пояснительная записка 4 Паспорт 6", "Пояснительная записка 4"),
])
def test_flat_cuts(text: str, cut_before: str, ctx: Ctx) -> None:
    cuts = {m.start("cut") for rx in ctx.vocab.flat_cuts for m in rx.finditer(text)}
    assert any(text[c:].lstrip().startswith(cut_before) for c in cuts)


@pytest.mark.parametrize("text", [
    # a date's month after the owner's quoted name is no town
    "… МБОУ «Школа № 1» Сентябрь 2021 г. Протокол …",
    # a town in the genitive inside the title, the year its own ("г. Лесного 2020 года" is a
    # sentence's, not a cover's line: nothing closes the title before it)
    "… работы школы г. Лесного в 2020 году Показатели …",
    # a numbered list after a period: its items are not cut apart
    "… задание на 2021 год 2. Муниципальное задание на 2019 год 3. Изменение …",
])
def test_no_flat_cut(text: str, ctx: Ctx) -> None:
    cuts = {m.start("cut") for rx in ctx.vocab.flat_cuts for m in rx.finditer(text)}
    assert not cuts


_RUN_REPORT = (
    "Утверждаю: Заведующий МБДОУ «Детский сад № 3 «Берёзка» ______ В.Г. Смирнова «__»____2020 г. "
    "ПУБЛИЧНЫЙ ДОКЛАД Муниципального бюджетного дошкольного образовательного учреждения "
    "«Детский сад № 3 «Берёзка» за 2019-2020 учебный год г. Кедровый 2020 г 1. ОБЩИЕ СВЕДЕНИЯ "
    "О ДЕТСКОМ САДЕ Детский сад построен в 1985 году и стоит на окраине города рядом с лесом. "
    "В нём шесть групп, их посещают сто двадцать детей от трёх до семи лет. Детский сад открыт "
    "пять дней в неделю с семи утра до семи вечера. Воспитатели ведут кружки рисования и пения.")


def test_report_cover_run(tools: ExtractTools) -> None:
    got = facts_of(pdf_doc(_RUN_REPORT), tools).document
    assert (got.kind, got.title, got.period_text) == (
        "report", "ПУБЛИЧНЫЙ ДОКЛАД Муниципального бюджетного дошкольного образовательного "
        "учреждения «Детский сад № 3 «Берёзка» за 2019-2020 учебный год",
        "за 2019-2020 учебный год")
    assert [(s.name, s.position) for s in got.signatories] == [
        ("В.Г. Смирнова", "Заведующий МБДОУ «Детский сад № 3 «Берёзка»")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Утверждаю: Директор школы __ Е.А. Орлова «__»____2021 г.",
     ["Утверждаю:", "Директор школы", "__ Е.А. Орлова", "«__»____2021 г."]),
    ("УТВЕРЖДАЮ Заведующий __ Т.И. Кузина", ["УТВЕРЖДАЮ", "Заведующий", "__ Т.И. Кузина"]),
])
def test_grif_run_cut(cell: str, expected: list[str], ctx: Ctx) -> None:
    assert list(unflattened(ctx, (cell,))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1 Содержание Программы развития МБОУ «Лицей № 2», на 2023-2027 годы",
     "Программа развития МБОУ «Лицей № 2», на 2023-2027 годы"),
    ("ОГЛАВЛЕНИЕ Основной образовательной программы детского сада № 5 на 2022-2025 гг.",
     None),  # adjectives no plan's noun takes in the vocabulary: not read
    ("Содержание Плана мероприятий школы на 2024 год", "План мероприятий школы на 2024 год"),
    # no years: a contents heading alone names no title
    ("Содержание Программы развития МБОУ «Лицей № 2»", None),
    # not a plan's contents
    ("Содержание образования в 2024 году", None),
])
def test_contents_title(text: str, expected: str | None, tools: ExtractTools) -> None:
    doc = lines_doc(f"{text}\n\nПояснительная записка 3\n\nПаспорт 5")
    c = Ctx(chunks=tuple(chunks(doc)), found=Found(), tools=tools, vocab=facts_vocab())
    assert contents_title(c) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("г. Кедровый2024 г", True),  # the year glued to the town's name by a text copy
    ("с. Луговое, 2023 год", True),
    ("г. Кедровый", True),
    ("г. Кедрового школы № 2", False),
])
def test_place_year_ends_title(line: str, expected: bool) -> None:
    assert bool(PLACE_OR_YEAR.match(line)) is expected


def test_cut_paragraph_keeps_its_lines(ctx: Ctx) -> None:
    # a cover printed line by line but given as one paragraph: its parts keep their lines
    # (the grif is read line by line: its signature, its order)
    para = ("УТВЕРЖДАЮ\nДиректор МОУ СОШ № 2\nА.В. Лебедева\nПриказ № 41 от 30.08.2024\n"
            "РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ\nМОУ СОШ № 2 г. Кедрового\nг. Кедровый2024 г\n1\n"
            "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА\n" + "Программа написана учителями школы с родителями. " * 8)
    lines = tuple(x for x in para.split("\n") if x)
    c = Chunk(text=" ".join(" ".join(lines).split()), source=Provenance(), lines=lines)
    parts = reflowed([c], ctx.vocab)
    assert [p.lines[:2] for p in parts][:3] == [
        ("УТВЕРЖДАЮ", "Директор МОУ СОШ № 2"),
        ("РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ", "МОУ СОШ № 2 г. Кедрового"),
        ("г. Кедровый2024 г",)]
