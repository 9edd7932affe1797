"""Schools' programmes and plans (facts47a, written again with invented schools): a passport
whose PDF text stacks its cells as lines (labels without separators, the label's second word
on a line of its own between value lines); a site's one-line caption over the document's own
heading; an approval note glued to its act's word ("(утв.Приказом …") with amendments noted
after the original act; a school's legal form broken over two lines under its founder's body
in the letterhead."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.header import chunks
from extract.facts.issuer import issuer_of_letterhead
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, iso_date, pdf_doc, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    from facts_helpers import full_tools
    return full_tools()


STACKED = [
    # goal and label on one line in lower case, a second goal in capitals after it; tasks as
    # numbered paragraphs under a bare label, the label's "программы" wrapped between lines
    ("ПРОГРАММА РАЗВИТИЯ ШКОЛЫ\nНаименование\n«Школа равных возможностей»\n"
     "Цель программы повышение качества образования\nв школе\n"
     "Создание безопасной среды для обучающихся.\nЗадачи\n"
     "1. Обновление учебного оборудования\nпрограммы\nкабинетов.\n"
     "2. Развитие кадрового потенциала",
     ("повышение качества образования в школе", "Создание безопасной среды для обучающихся"),
     ("Обновление учебного оборудования кабинетов", "Развитие кадрового потенциала")),
    ("Программа развития лицея\nНаименование программы\nЛицей будущего\n"
     "Цели программы\nразвитие цифровой среды лицея\nЗадачи программы\n"
     "1. Подключение кабинетов к сети.\n2. Обучение педагогов.",
     ("развитие цифровой среды лицея",),
     ("Подключение кабинетов к сети", "Обучение педагогов")),
    # one labelled line in a paragraph of prose: a sentence, no passport
    ("Введение\nЦель программы определена с учетом запросов родителей\n"
     "и потребностей района в кадрах.",
     (), ()),
]


@pytest.mark.parametrize(("text", "goals", "tasks"), STACKED)
def test_stacked_passport(tmp_path: Path, tools: ExtractTools, text: str,
                          goals: tuple[str, ...], tasks: tuple[str, ...]) -> None:
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert (found.goals, found.tasks) == (goals, tasks)


CAPTION = [
    # the site's caption re-says the heading in its own order: the heading is the title
    ("Дорожная карта (план мероприятий) по доступности школы на 2016-2025\n\n"
     "План мероприятий (дорожная карта)\nпо обеспечению доступности школы\n"
     "на период 2016 – 2025 гг.\n\n1.1.\nОбщие положения.",
     "План мероприятий (дорожная карта) по обеспечению доступности школы на период "
     "2016 – 2025 гг."),
    # a first line followed by a passport's heading stays the title
    ("Программа развития МБОУ «Сосновская СОШ» на 2022-2026 годы\n\n"
     "Паспорт программы развития МБОУ «Сосновская СОШ»\nна 2022-2026 годы\n",
     "Программа развития МБОУ «Сосновская СОШ» на 2022-2026 годы"),
]


@pytest.mark.parametrize(("text", "title"), CAPTION)
def test_site_caption_over_heading(tmp_path: Path, tools: ExtractTools, text: str,
                                   title: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title


APPROVAL = [
    ("(утв.Приказом МБОУ «СОШ № 2» от 03.03.2017г. № 45-Д с изм. от 11.01.2021 г. Приказ № 2-Д, "
     "с изм.. от 10.01.2022г. приказ №4-Д)",
     ("МБОУ «СОШ № 2»", "45-Д", "2017-03-03")),
    ("(утв. приказом МБОУ «СОШ № 2» от 03.03.2017 № 45-Д с изменениями от 11.01.2021 № 2-Д)",
     ("МБОУ «СОШ № 2»", "45-Д", "2017-03-03")),
    ("(утв.постановлением администрации Лесного района от 03.03.2017 № 45)",
     ("Администрация Лесного района", "45", "2017-03-03")),
]


@pytest.mark.parametrize(("note", "expected"), APPROVAL)
def test_approval_note_under_heading(tmp_path: Path, tools: ExtractTools, note: str,
                                     expected: tuple[str, str, str]) -> None:
    text = (f"План мероприятий\nпо развитию школьной библиотеки\nна 2017-2020 гг.\n{note}\n\n"
            "1.1.\nОбщие положения.")
    d = facts_of(txt_doc(tmp_path, text), tools).document
    assert (d.issuer, d.order_number, iso_date(d.order_date_text)) == expected


LETTERHEADS = [
    (("Министерство образования Лесной области",
      "Управление образования Администрации города Сосновки",
      "Муниципальное автономное общеобразовательное", "учреждение – лицей №5"),
     "Муниципальное автономное общеобразовательное учреждение – лицей №5"),
    (("Управление образования Администрации города Сосновки",
      "Муниципальное бюджетное общеобразовательное", "учреждение «Средняя школа № 3»"),
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 3»"),
    # the body's legal form on one line with its noun: the founder over it is no part of it
    (("Администрация Лесного района", "Управление образования"),
     "Управление образования администрации Лесного района"),
]


@pytest.mark.parametrize(("lines", "issuer"), LETTERHEADS)
def test_school_under_founder_letterhead(tools: ExtractTools, lines: tuple[str, ...],
                                         issuer: str) -> None:
    ctx = Ctx(chunks=tuple(chunks(pdf_doc(*lines))), found=Found(), tools=tools,
              vocab=facts_vocab())
    assert issuer_of_letterhead(ctx, list(lines)) == issuer


COUNCILS = [
    # approved by the school's own council: the director's grif names the school
    ("УТВЕРЖДЕН\nрешением педагогического совета\nпротокол № 2 от «30» августа 2022г.\n"
     "Директор МБОУ ООШ №8\n__________ Л.К. Пахомова\n\nПЛАН РАБОТЫ ШКОЛЫ\n"
     "на 2022-2023 учебный год",
     "МБОУ ООШ №8"),
    ("УТВЕРЖДЕНА\nрешением Управляющего совета школы\nпротокол № 4 от 12.05.2021\n"
     "Директор МАОУ «Лицей № 1»\n__________ О.И. Гришина\n\nПРОГРАММА РАЗВИТИЯ\n"
     "на 2021-2025 годы",
     "МАОУ «Лицей № 1»"),
    # a municipal council's decision: that council issued it
    ("УТВЕРЖДЕНА\nрешением Совета депутатов Лесного района\nот 12.05.2021 № 44\n\n"
     "МУНИЦИПАЛЬНАЯ ПРОГРАММА\n«Развитие образования» на 2021-2025 годы",
     "Совет депутатов Лесного района"),
]


@pytest.mark.parametrize(("text", "issuer"), COUNCILS)
def test_own_council_is_no_issuer(tmp_path: Path, tools: ExtractTools, text: str,
                                  issuer: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


PLAIN_OWNERS = [
    ("Программа развития Второй Сосновской Гимназии на 2016-2020 гг.",
     "Вторая Сосновская Гимназия"),
    ("ПРОГРАММА РАЗВИТИЯ Сосновской гимназии № 2 на 2021-2025 годы", "Сосновская гимназия № 2"),
    ("Программа развития Первого Кедровского лицея", "Первый Кедровский лицей"),
    # the common noun alone names no school
    ("Программа развития школы на 2021-2025 годы", None),
]


@pytest.mark.parametrize(("title", "owner"), PLAIN_OWNERS)
def test_plain_owner_in_title(tools: ExtractTools, title: str, owner: str | None) -> None:
    from extract.facts.owner_plain import plain_owner
    ctx = Ctx(chunks=tuple(chunks(pdf_doc(title))), found=Found(), tools=tools,
              vocab=facts_vocab())
    assert plain_owner(ctx, title) == owner


TOWNS = [
    ("г. Сосновое Поле, ул. Школьная, д. 3.", "г. Сосновое Поле"),
    ("г. Великие Озёра, ул. Мира", "г. Великие Озёра"),
    ("г. Кедровый, ул. Мира", "г. Кедровый"),
]


@pytest.mark.parametrize(("line", "place"), TOWNS)
def test_town_of_two_words(tmp_path: Path, tools: ExtractTools, line: str, place: str) -> None:
    text = f"Программа развития школы\nна 2021 – 2025 годы\n\n{line}\n\n2021 год.\n"
    assert facts_of(txt_doc(tmp_path, text), tools).document.municipality_text == place


def test_plain_owner_of_a_part(tools: ExtractTools) -> None:
    """"План работы библиотеки Сосновской школы": the plan of a part of the school."""
    from extract.facts.owner_plain import plain_owner
    title = "План работы библиотеки Сосновской школы на 2025 год"
    ctx = Ctx(chunks=tuple(chunks(pdf_doc(title))), found=Found(), tools=tools,
              vocab=facts_vocab())
    assert plain_owner(ctx, title) is None
