"""Document facts in forms of the twelfth real set's kindergarten and school plans (written
again with invented bodies, places, people and wording): "Цель работы:" / "Задачи работы:"
labels inside a text export's run of lines, "Основные задачи:" over audience lines ("С
детьми:"), a calendar schedule's kind, a capitals title broken after its adjectives, a plain run
of lines opening with its heading, a bracketed note under a title's years, "§" in an order's
number, a year's "г." glued to its date, grif signatures on blanks (a surname wrapped under its
initials, initials missing a full stop, a position wrapping the institution's short name)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc, table, txt_doc

# (text file, goals, tasks)
LABELLED_RUNS = [
    # the label, its statement and the title page's lines in one run of lines
    ("Детский сад № 3 «Ромашка»\nПлан работы\nна летний период\nЛето 2024 г.\n"
     "Цель работы:\nБеречь здоровье воспитанников и развивать их интересы.\n"
     "Задачи работы:\n1. Организовать ежедневные прогулки на воздухе.\n"
     "2. Провести спортивные праздники для детей.\n",
     ("Беречь здоровье воспитанников и развивать их интересы",),
     ("Организовать ежедневные прогулки на воздухе", "Провести спортивные праздники для детей")),
    # a contents' line: the label ends its run of lines, the page number is no goal
    ("Программа «Умники»\n\nСроки реализации\nЦель программы\n\n7\n\nЗадачи программы\n", (), ()),
]


@pytest.mark.parametrize(("text", "goals", "tasks"), LABELLED_RUNS)
def test_labels_inside_a_run_of_lines(tools: ExtractTools, text: str, goals: tuple[str, ...],
                                      tasks: tuple[str, ...], tmp_path: Path) -> None:
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert (found.goals, found.tasks) == (goals, tasks)


# (paragraphs after the title, tasks)
AUDIENCES = [
    (("Основные задачи:", "С детьми:", "1. Укреплять здоровье детей летом.",
      "С родителями:", "1. Привлекать семьи к совместным прогулкам."),
     ("Укреплять здоровье детей летом", "Привлекать семьи к совместным прогулкам")),
    (("Главные задачи:", "1. Развивать любознательность детей.", "Режим дня"),
     ("Развивать любознательность детей",)),
    # an audience line without a list under it ends the tasks
    (("Основные задачи:", "1. Закаливать детей.", "Работа с педагогами:", "Семинар в июне."),
     ("Закаливать детей",)),
]


@pytest.mark.parametrize(("paragraphs", "tasks"), AUDIENCES)
def test_tasks_under_audience_lines(tools: ExtractTools, paragraphs: tuple[str, ...],
                                   tasks: tuple[str, ...]) -> None:
    doc = docx_doc("План летней оздоровительной работы на 2024 год", *paragraphs, bold=(0,))
    assert facts_of(doc, tools).tasks == tasks


# (document, kind, title)
TITLES = [
    (pdf_doc("Утверждаю:", "Заведующая МБДОУ Детский сад № 8", "______________Т.К. Лаптева",
             "ГОДОВОЙ КАЛЕНДАРНЫЙ", "УЧЕБНЫЙ ГРАФИК", "детского сада № 8",
             "на 2024-2025 учебный год", bold=(3, 4, 5, 6)),
     "roadmap", "ГОДОВОЙ КАЛЕНДАРНЫЙ УЧЕБНЫЙ ГРАФИК детского сада № 8 на 2024-2025 учебный год"),
    (pdf_doc("КАЛЕНДАРНЫЙ УЧЕБНЫЙ ГРАФИК", "НА 2023-2024 УЧЕБНЫЙ ГОД", bold=(0, 1)),
     "roadmap", "КАЛЕНДАРНЫЙ УЧЕБНЫЙ ГРАФИК НА 2023-2024 УЧЕБНЫЙ ГОД"),
    # a note in brackets under the years
    (docx_doc("ГОДОВОЙ ПЛАН РАБОТЫ\nНА 2024-2025 УЧЕБНЫЙ ГОД\n(дошкольное образование)",
              bold=(0,)),
     "roadmap", "ГОДОВОЙ ПЛАН РАБОТЫ НА 2024-2025 УЧЕБНЫЙ ГОД"),
    # the year's "г." glued to the date ends the title, no sentence's full stop
    (docx_doc("ПЛАН РАБОТЫ НА ЛЕТНИЙ ПЕРИОД\nс 01.06.2024г. по 31.08.2024г.", bold=(0,)),
     "roadmap", "ПЛАН РАБОТЫ НА ЛЕТНИЙ ПЕРИОД с 01.06.2024г. по 31.08.2024г."),
]


@pytest.mark.parametrize(("doc", "kind", "title"), TITLES)
def test_school_plan_titles(tools: ExtractTools, doc: SourceDocument, kind: str,
                            title: str) -> None:
    got = facts_of(doc, tools).document
    assert (got.kind, got.title) == (kind, title)


def test_plain_run_opens_with_its_heading(tools: ExtractTools, tmp_path: Path) -> None:
    """A text export's run of lines under a pipe grif row, ending in a sentence: its capitals
    heading is the title, up to its years."""
    text = ("Школа № 5 села Луговое\n"
            "Согласовано: Заместитель директора ____Петров А.А. | "
            "Утверждаю: Директор школы ____ Сидорова В.В. |\n"
            "ПЛАН РАБОТЫ ШКОЛЬНОГО МЕТОДИЧЕСКОГО ОБЬЕДИНЕНИЯ\nНА 2024-2025 УЧЕБНЫЙ ГОД\n"
            "Рассмотрено на заседании объединения\nс. Луговое\n"
            "Объединение работает над темой развития читательской грамотности.\n")
    got = facts_of(txt_doc(tmp_path, text), tools).document
    assert (got.kind, got.title) == (
        "roadmap", "ПЛАН РАБОТЫ ШКОЛЬНОГО МЕТОДИЧЕСКОГО ОБЬЕДИНЕНИЯ НА 2024-2025 УЧЕБНЫЙ ГОД")


@pytest.mark.parametrize(("line", "number"), [
    ("Приказ№12§3от 30.08.2024", "12§3"),
    ("Приказ № 7 § 2 от 01.09.2024", "7"),
    ("Приказ № 45-од от 02.09.2024", "45-од"),
])
def test_order_number_with_paragraph_sign(tools: ExtractTools, line: str, number: str) -> None:
    doc = pdf_doc("Утверждаю:", "Заведующая МБДОУ № 8", "______________Т.К. Лаптева", line,
                  "КАЛЕНДАРНЫЙ УЧЕБНЫЙ ГРАФИК", "на 2024-2025 учебный год", bold=(4, 5))
    assert facts_of(doc, tools).document.order_number == number


# (grif cell's lines, (name, position))
GRIF_CELLS = [
    # the surname wrapped under its initials after a slash
    ("Утверждаю\nЗаведующий МДОАУ\n«ЦРР – д/с № 9» г. Заречного\n______________/Л.П.\n"
     "Кравцова/\nПр. № 12 от « 01 » сентября 2024 г.",
     ("Л.П. Кравцова", "Заведующий МДОАУ «ЦРР – д/с № 9» г. Заречного")),
    # initials missing their second full stop, glued to the blank
    ("УТВЕРЖДАЮ\nДиректор МАОУ Школы № 17\n____________________Е.А Лесникова\n"
     "приказ от «_»____2024г. №____",
     ("Е.А Лесникова", "Директор МАОУ Школы № 17")),
]


@pytest.mark.parametrize(("cell", "signed"), GRIF_CELLS)
def test_grif_signatures_on_blanks(tools: ExtractTools, cell: str,
                                   signed: tuple[str, str]) -> None:
    doc = docx_doc(table(("Принят\nна педагогическом совете\nПротокол № 1", cell)),
                   "ГОДОВОЙ ПЛАН РАБОТЫ НА 2024-2025 УЧЕБНЫЙ ГОД", bold=(1,))
    got = facts_of(doc, tools).document.signatories
    assert [(s.name, s.position) for s in got] == [signed]


@pytest.mark.parametrize(("heading", "years"), [
    ("ПЛАН РАБОТЫ НА ЛЕТНИЙ ПЕРИОД\nс 01.06.2024г. по 31.08.2024г.", (2024, 2024)),
    ("План работы с одарёнными детьми\nс 01.09.2024 г. по 31.05.2025 г.", (2024, 2025)),
])
def test_term_by_its_days_under_the_title(tools: ExtractTools, heading: str,
                                          years: tuple[int, int]) -> None:
    got = facts_of(docx_doc(heading, bold=(0,)), tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    assert parsed is not None and (parsed.start_year, parsed.end_year) == years
