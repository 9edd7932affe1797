"""Document facts in forms of the twentieth real set's school reports (written again with
invented schools, places and wording): an act cited in a report's list of legal grounds is no
act of the report's own, and the opening sentence "Аналитический отчёт МБОУ «…» (далее –
Школа) …" names the report's institution."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, pdf_doc

_GROUNDS = "Отчёт подготовлен на основании следующих документов:"


# (the opening sentence, a legal ground cited in the list under it, the issuer)
REPORTS = [
    ("Аналитический отчёт МБОУ «Озёрная СОШ им. П. Лебедева» (далее – Школа) по итогам "
     "самообследования на 1 января 2025 года подготовлен на основании документов:",
     "• Приказа Министерства просвещения Российской Федерации от 3 марта 2022 г. N 77 "
     "«О порядке проведения самообследования»;",
     "МБОУ «Озёрная СОШ им. П. Лебедева»"),
    ("Отчёт МКОУ «Берёзовская ООШ» (далее - ОО) составлен по результатам самообследования.",
     "• Постановления Правительства Российской Федерации от 11.05.2021 N 900 «Об "
     "утверждении правил размещения сведений»;",
     "МКОУ «Берёзовская ООШ»"),
]


@pytest.mark.parametrize(("opening", "ground", "issuer"), REPORTS)
def test_report_names_its_institution(tools: ExtractTools, opening: str, ground: str,
                                      issuer: str) -> None:
    doc = docx_doc("Отчёт о результатах самообследования 2024", "1. Пояснительная записка.",
                   opening, ground, "• Устава Школы.", bold=(0, 1))
    found = extract(doc, Found(), tools)
    assert found.document.order_number is None
    assert found.document.issuer == issuer
    assert "header.issuer:defined_institution" in found.trace


# (a list item citing an act, the line that follows): no heading of the page's own act
CITED = [
    ("Приказа Министерства просвещения Российской Федерации от 3 марта 2022 г. N 77",
     "«О порядке проведения самообследования»;"),
    ("Постановлением Администрации Лесного района от 12.04.2023 N 310",
     "утверждён порядок мониторинга."),
]


@pytest.mark.parametrize(("line", "after"), CITED)
def test_cited_act_is_no_heading(tools: ExtractTools, line: str, after: str) -> None:
    doc = docx_doc(line, after, "Работа школы строилась по плану на учебный год.")
    found = extract(doc, Found(), tools)
    assert found.document.order_number is None


def test_own_act_heading_still_read(tools: ExtractTools) -> None:
    doc = docx_doc("Приказ Управления образования Лесного района от 3 марта 2022 г. N 77",
                   "«О проведении самообследования»",
                   "В целях оценки работы школ приказываю провести самообследование.")
    found = extract(doc, Found(), tools)
    assert found.document.order_number == "77"


# (a title page's lines as a PDF gives them: the genre word alone, the owner in the genitive,
# the school year; then the first lines of the body) → (kind, title, issuer, period)
TITLE_PAGES = [
    (["САМООБСЛЕДОВАНИЕ", "Муниципального казённого общеобразовательного учреждения основной",
      "общеобразовательной школы д. Ивняки", "за 2023 – 2024 учебный год",
      "Работа школы в прошлом году, за период 2022 – 2023 год, шла по плану.",
      "1. Муниципальное казённое общеобразовательное учреждение основная общеобразовательная "
      "школа д.Ивняки (далее – школа) действует на основании устава."],
     "САМООБСЛЕДОВАНИЕ Муниципального казённого общеобразовательного учреждения основной "
     "общеобразовательной школы д. Ивняки за 2023 – 2024 учебный год",
     "Муниципальное казённое общеобразовательное учреждение основная общеобразовательная "
     "школа д.Ивняки", (2023, 2024)),
]


@pytest.mark.parametrize(("lines", "title", "issuer", "years"), TITLE_PAGES)
def test_genre_word_title_page(tools: ExtractTools, lines: list[str], title: str, issuer: str,
                               years: tuple[int, int]) -> None:
    found = extract(pdf_doc(*lines, bold=(0, 1, 2, 3)), Found(), tools)
    doc = found.document
    assert (doc.kind, doc.title, doc.issuer) == ("report", title, issuer)
    period = parse_period(doc.period_text or "")
    assert period is not None and (period.start_year, period.end_year) == years


_OWNER = "Муниципального казённого общеобразовательного учреждения «Ивняковская основная школа»"

# (the heading in capitals, bold; the next plain block) → the title
OWNER_HEADINGS = [
    ("ПРОГРАММА ВОСПИТАНИЯ ЧИТАТЕЛЯ «КНИЖНЫЙ МОСТ»", _OWNER,
     f"ПРОГРАММА ВОСПИТАНИЯ ЧИТАТЕЛЯ «КНИЖНЫЙ МОСТ» {_OWNER}"),
    # the owner in the nominative under it is a letterhead's line, not the title's
    ("ПРОГРАММА ВОСПИТАНИЯ ЧИТАТЕЛЯ «КНИЖНЫЙ МОСТ»",
     "Муниципальное казённое общеобразовательное учреждение «Ивняковская основная школа»",
     "ПРОГРАММА ВОСПИТАНИЯ ЧИТАТЕЛЯ «КНИЖНЫЙ МОСТ»"),
    # no name in quotes, the years in the owner's block: joined by the years rule
    ("ПЛАН РАБОТЫ БИБЛИОТЕКИ", f"{_OWNER} на 2025 год",
     f"ПЛАН РАБОТЫ БИБЛИОТЕКИ {_OWNER} на 2025 год"),
]


@pytest.mark.parametrize(("heading", "owner", "title"), OWNER_HEADINGS)
def test_named_heading_owner_in_genitive(tools: ExtractTools, heading: str, owner: str,
                                         title: str) -> None:
    doc = docx_doc(heading, owner, "д. Ивняки", "2025 год", "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА",
                   "Чтение развивает речь и воображение детей, поэтому школа ведёт эту работу.",
                   bold=(0, 4))
    assert extract(doc, Found(), tools).document.title == title


# (the title block, the block under it) → the title: an unmarked list item ending in ";" under
# a title that has said its years is the body's; a title without its years still goes on
LIST_AFTER_TITLE = [
    ("План работы кружка «Юный химик» на 2025-2026 учебный год",
     "развитие интереса к опытам и наблюдениям;",
     "План работы кружка «Юный химик» на 2025-2026 учебный год"),
    ("План работы кружка «Юный химик»", "на 2025-2026 учебный год",
     "План работы кружка «Юный химик» на 2025-2026 учебный год"),
]


@pytest.mark.parametrize(("title_block", "under", "title"), LIST_AFTER_TITLE)
def test_list_item_under_title(tools: ExtractTools, title_block: str, under: str,
                               title: str) -> None:
    doc = docx_doc(title_block, under, "Кружок собирается по средам после уроков.", bold=(0, 1))
    assert extract(doc, Found(), tools).document.title == title


# (the combined heading with its statement after the colon, the block after it) → goals
COMBINED = [
    ("Основные цели и задачи школьного музея:\nСохранение памяти о земляках и воспитание "
     "уважения к истории родного села.", "II. Основные функции школьного музея",
     ("Сохранение памяти о земляках и воспитание уважения к истории родного села",)),
    # two sentences: goals and tasks run together, no single goal to read
    ("Цели и задачи музея: Музей хранит экспонаты. Музей проводит экскурсии.",
     "II. Основные функции школьного музея", ()),
    # a list under the heading goes on: goals and tasks alike, not read as one goal
    ("Цели и задачи музея: сбор экспонатов;", "- проведение экскурсий;", ()),
]


@pytest.mark.parametrize(("heading", "after", "goals"), COMBINED)
def test_statement_under_combined_heading(tools: ExtractTools, heading: str, after: str,
                                          goals: tuple[str, ...]) -> None:
    doc = docx_doc("План работы школьного музея на 2025-2026 учебный год", heading, after,
                   "Музей открыт по субботам.", bold=(0,))
    assert extract(doc, Found(), tools).goals == goals
