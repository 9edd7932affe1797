"""Document facts in forms of the fourth real-document study (school title pages written again
with invented schools, places and people): a letterhead above a grif that carries its order,
an order's abbreviation glued to its number, school-year spans on a title page, an act approving
a programme's report, goals printed with a closing full stop."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc, table

_FULL = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
# (document, issuer, the rule that decided it)
ISSUERS = [
    # the letterhead over two lines, then a grif with its order: the letterhead names the body
    (pdf_doc("Муниципальное бюджетное общеобразовательное учреждение",
             "«Средняя общеобразовательная школа № 21»", "УТВЕРЖДАЮ",
             "Директор МБОУ СОШ № 21", "_________ Р.Т. Клёнова",
             "Приказ от 28.08.2025 № 77/02-05", "ПРОГРАММА ВОСПИТАНИЯ",
             "2025 – 2026 УЧЕБНЫЙ ГОД", bold=(6, 7)),
     _FULL + "школа № 21»", "letterhead_in_full"),
    # an approval stamp whose body runs into the order's abbreviation "Пр.№…"
    (pdf_doc("Муниципальное автономное общеобразовательное учреждение Ясеневская средняя "
             "общеобразовательная школа", "Утверждено приказом директора",
             "МАОУ Ясеневской СОШ", "Пр.№41 от 15.01.2024г.",
             "Программа развития МАОУ Ясеневская СОШ на 2024–2028 годы", bold=(4,)),
     "Муниципальное автономное общеобразовательное учреждение Ясеневская средняя "
     "общеобразовательная школа", "letterhead_in_full"),
    # a site caption first, then the letterhead, then a reviewer's block before the approver's
    (lines_doc("Программа Юные таланты СОШ №9 2019 г\n"
               "Муниципальное бюджетное общеобразовательное учреждение\n"
               "«Средняя общеобразовательная школа №9»\nРАССМОТРЕНО\nНа заседании МС\n"
               "Руководитель МС\n____ /Носова Л.И./\nУТВЕРЖДАЮ\nДиректор МБОУ «СОШ №9»\n"
               "_____ /Гладков П.\nПодпрограмма\n«Юные таланты»\n2019 – 2022 г."),
     _FULL + "школа №9»", "letterhead_in_full"),
    # a letterhead printing the short name itself: the body goes by the grif's short name
    (pdf_doc("Муниципальное общеобразовательное учреждение Сосновская СОШ №4 им. Героя "
             "Труда Ивана Рябова", "(МОУ Сосновская СОШ № 4)", "УТВЕРЖДАЮ",
             "приказом МОУ Сосновская СОШ №4", "№ 12/1 от 01.04.2024",
             "Программа развития МОУ Сосновская СОШ № 4 на 2024-2028 годы", bold=(5,)),
     "МОУ Сосновская СОШ №4", "grif"),
]


@pytest.mark.parametrize(("doc", "issuer", "rule"), ISSUERS)
def test_letterhead_above_a_grif(tools: ExtractTools, doc: SourceDocument, issuer: str,
                                 rule: str) -> None:
    got = extract(doc, Found(), tools)
    assert got.document.issuer == issuer
    assert f"header.issuer:{rule}" in got.trace


@pytest.mark.parametrize(("title_lines", "period"), [
    (("РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ", "2025 – 2026 УЧЕБНЫЙ ГОД"), (2025, 2026)),
    (("Рабочая программа воспитания", "2022 - 2023 учебный год"), (2022, 2023)),
    (("ПЛАН РАБОТЫ МЕТОДИЧЕСКОГО ОБЪЕДИНЕНИЯ", "2021 — 2022 УЧ. ГОД"), (2021, 2022)),
    (("План работы на лето",), None),
    (("Подпрограмма «Юные таланты»", "2019 – 2022 г."), (2019, 2022)),
    (("Программа «Читающая школа»", "2018 - 2021 гг."), (2018, 2021)),
])
def test_school_year_spans_on_a_title_page(tools: ExtractTools, title_lines: tuple[str, ...],
                                           period: tuple[int, int] | None) -> None:
    doc = docx_doc("УТВЕРЖДАЮ\nДиректор школы\n________ А.А. Белова", *title_lines,
                   bold=(1, 2))
    got = extract(doc, Found(), tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    assert ((parsed.start_year, parsed.end_year) if parsed else None) == period


@pytest.mark.parametrize(("subject", "report"), [
    ("ОБ УТВЕРЖДЕНИИ ГОДОВОГО ОТЧЕТА О РЕАЛИЗАЦИИ И ОЦЕНКЕ ЭФФЕКТИВНОСТИ МУНИЦИПАЛЬНОЙ "
     "ПРОГРАММЫ «РАЗВИТИЕ ОБРАЗОВАНИЯ ГОРОДА ЛУГОВСКА» ЗА 2024 ГОД", True),
    ("Об утверждении отчета о ходе реализации муниципальной программы «Молодежь» за 2023 год",
     True),
    ("Об утверждении муниципальной программы «Развитие образования» на 2025-2030 годы", False),
    # the report is not the head noun: a regulation on reports approves no report
    ("Об утверждении Порядка подготовки отчетов о реализации муниципальных программ", False),
])
def test_the_head_noun_of_what_an_act_approves(tools: ExtractTools, subject: str,
                                               report: bool) -> None:
    doc = lines_doc(f"АДМИНИСТРАЦИЯ ГОРОДА ЛУГОВСКА\nРАСПОРЯЖЕНИЕ\nот 5 мая 2025 г. № 91-ра\n"
                    f"{subject}\n1. Утвердить прилагаемый документ.")
    got = extract(doc, Found(), tools)
    assert (got.document.kind == "report") is report
    assert not report or "header.kind:approves" in got.trace


@pytest.mark.parametrize(("line", "goal"), [
    ("Цель: создание условий для развития способностей каждого ученика.",
     "создание условий для развития способностей каждого ученика"),
    ("Цель программы: поддержка одарённых детей;", "поддержка одарённых детей"),
    ("Цель: рост качества образования", "рост качества образования"),
])
def test_a_goal_loses_its_closing_punctuation(tools: ExtractTools, line: str,
                                              goal: str) -> None:
    doc = docx_doc("Программа «Юные таланты» на 2024-2026 годы", line, "Задачи:",
                   "1. Выявлять способных детей.", "2. Поддерживать их.", bold=(0, 2))
    goals = extract(doc, Found(), tools).goals
    assert [g.lower() for g in goals] == [goal]


# (document, signatories as (name, position)) of school grifs
SIGNATURES = [
    # the name glued to the blank it is signed on, an acting head's position above
    (pdf_doc("УТВЕРЖДАЮ", "И.о. директора МБОУ СОШ № 21", "_____________Р.Т. Клёновой",
             "Приказ от 28.08.2025 № 77", "ПРОГРАММА ВОСПИТАНИЯ", bold=(4,)),
     [("Р.Т. Клёновой", "И.о. директора МБОУ СОШ № 21")]),
    (pdf_doc("УТВЕРЖДАЮ", "Врио начальника управления образования", "________ С.С. Дроздов",
             "План работы на 2025 год", bold=(3,)),
     [("С.С. Дроздов", "Врио начальника управления образования")]),
    # position, colon, blank and the name between slashes on one line
    (pdf_doc("УТВЕРЖДАЮ", "Директор:________/Соболева А.Н./", "Приказ № от 25.08.2020 года",
             "Программа «Юные таланты»", bold=(3,)),
     [("Соболева А.Н.", "Директор")]),
    # a council's grif beside the approver's, their lines interleaved; the approver's name has
    # one initial and an unclosed slash
    (lines_doc("Муниципальное бюджетное общеобразовательное учреждение\n"
               "«Средняя общеобразовательная школа №9»\nРАССМОТРЕНО\nНа заседании МС\n"
               "Руководитель МС\n____ /Носова Л.И./\nподпись\n\nУТВЕРЖДАЮ\n"
               "Директор МБОУ «СОШ №9»\n_____ /Гладков П.\nподпись расшифровка подписи\n\n"
               "Подпрограмма\n«Юные таланты»\n2019 – 2022 г."),
     [("Гладков П.", "Директор МБОУ «СОШ №9»")]),
    # an official's visa beside the approver's agrees, it does not sign
    (pdf_doc("СОГЛАСОВАНО", "Начальник управления образования", "__________ Е.Е. Гусева",
             "УТВЕРЖДАЮ", "Директор МБОУ СОШ № 3", "__________ К.К. Ершов",
             "Программа развития на 2025-2029 годы", bold=(6,)),
     [("К.К. Ершов", "Директор МБОУ СОШ № 3")]),
    # a visa alone over the title (the approving column holds only the order): no signatory
    (pdf_doc("СОГЛАСОВАНО", "Директор департамента образования", "города Заречного",
             "Т.В.Лебедева", "УТВЕРЖДЕНА", "приказом МАОУ СОШ № 8", "от 01.06.2025 № 41-ОД",
             "Программа развития на 2025-2029 годы", bold=(7,)),
     []),
]


@pytest.mark.parametrize(("doc", "signed"), SIGNATURES)
def test_signatures_in_school_grifs(tools: ExtractTools, doc: SourceDocument,
                                    signed: list[tuple[str, str]]) -> None:
    got = extract(doc, Found(), tools).document.signatories
    assert [(s.name, s.position) for s in got] == signed


def test_a_name_broken_after_its_surname_in_a_grif_cell(tools: ExtractTools) -> None:
    grif = table(("РАССМОТРЕНО\nпедагогическим советом\nпротокол №3 от 20.08.2021",
                  "Утверждено\nприказ № 5 от 21.08.2021\nДиректор:________/Соболева\nА.Н./"))
    doc = docx_doc(grif, "Программа «Юные таланты» на 2021-2024 годы", bold=(1,))
    got = extract(doc, Found(), tools).document.signatories
    assert [(s.name, s.position) for s in got] == [("Соболева А.Н.", "Директор")]


TITLES = [
    # a PDF broke a capitals title after its first word
    (pdf_doc("УТВЕРЖДАЮ", "Директор МБОУ СОШ № 21", "_________ Р.Т. Клёнова", "РАБОЧАЯ",
             "ПРОГРАММА ВОСПИТАНИЯ", "2025 – 2026 УЧЕБНЫЙ ГОД", bold=(3, 4, 5)),
     "РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ 2025 – 2026 УЧЕБНЫЙ ГОД"),
    # a lone word that is no adjective stays out
    (pdf_doc("УТВЕРЖДАЮ", "Директор МБОУ СОШ № 21", "_________ Р.Т. Клёнова", "ШКОЛА",
             "ПРОГРАММА ВОСПИТАНИЯ", "2025 – 2026 УЧЕБНЫЙ ГОД", bold=(3, 4, 5)),
     "ПРОГРАММА ВОСПИТАНИЯ 2025 – 2026 УЧЕБНЫЙ ГОД"),
    # a site's caption of the file before the letterhead loses to the heading after the grif
    (lines_doc("Программа Юные таланты СОШ №9 2019 г\n\n"
               "Муниципальное бюджетное общеобразовательное учреждение\n"
               "«Средняя общеобразовательная школа №9»\nУТВЕРЖДАЮ\nДиректор МБОУ «СОШ №9»\n"
               "_____ /Гладков П.\n\nПодпрограмма\n«Юные таланты»\n2019 – 2022 г."),
     "Подпрограмма «Юные таланты» 2019 – 2022 г."),
    # a plain title page without a grif keeps its first heading
    (lines_doc("Программа развития школы на 2024-2028 годы\n\nПояснительная записка\n\n"
               "Программа разработана коллективом."),
     "Программа развития школы на 2024-2028 годы"),
]


@pytest.mark.parametrize(("doc", "title"), TITLES)
def test_school_title_pages(tools: ExtractTools, doc: SourceDocument, title: str) -> None:
    assert extract(doc, Found(), tools).document.title == title


def test_the_town_in_a_schools_name(tools: ExtractTools) -> None:
    """A grif names the school with its town after its number; the title names it short."""
    grif = table(("РАССМОТРЕНО\nпедагогическим советом\nМБУ СОШ № 12 г. Заречинска\n"
                  "протокол №2 от 20.08.2021",
                  "Утверждено\nприказ № 5 от 21.08.2021\nДиректор:________/Соболева А.Н./"))
    doc = docx_doc(grif, "Программа «Юные таланты» МБУ СОШ № 12 на 2021 – 2024 учебный год",
                   bold=(1,))
    got = extract(doc, Found(), tools)
    assert got.document.issuer == "МБУ СОШ № 12 г. Заречинска"
    assert "header.issuer:school_town" in got.trace
    assert got.document.municipality_text == "г. Заречинска"


@pytest.mark.parametrize(("line", "place"), [
    ("Директор МБОУ СОШ № 3 г. Луговска", "г. Луговска"),
    ("Приказ от 01.09.2024 г. Луговск", None),  # a date's "г." before a place is no town's
    ("План на 2024 г. Луговская школа", None),
])
def test_a_town_after_a_schools_number(tools: ExtractTools, line: str,
                                       place: str | None) -> None:
    doc = docx_doc("Программа развития на 2024-2028 годы", line, bold=(0,))
    assert extract(doc, Found(), tools).document.municipality_text == place


@pytest.mark.parametrize(("title", "issuer"), [
    ("Программа развития муниципального бюджетного общеобразовательного учреждения «Лесная "
     "средняя общеобразовательная школа имени Героя Труда Петра Кедрова» на 2025-2029 годы",
     "Муниципальное бюджетное общеобразовательное учреждение «Лесная средняя "
     "общеобразовательная школа имени Героя Труда Петра Кедрова»"),
    ("Программа развития муниципального автономного дошкольного образовательного учреждения "
     "«Детский сад № 4 «Ромашка»» на 2024-2027 годы",
     "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 4 "
     "«Ромашка»»"),
    ("План мероприятий муниципальной бюджетной образовательной организации «Школа № 2» на "
     "2025 год", "Муниципальная бюджетная образовательная организация «Школа № 2»"),
    # where the plan runs, not who issued it
    ("План работы по профилактике в муниципальном бюджетном общеобразовательном учреждении "
     "«Школа № 5» на 2025 год", None),
])
def test_a_schools_full_name_in_the_title(tools: ExtractTools, title: str,
                                          issuer: str | None) -> None:
    doc = docx_doc(title, "Пояснительная записка", bold=(0,))
    assert extract(doc, Found(), tools).document.issuer == issuer


@pytest.mark.parametrize(("heading", "title"), [
    # the passport's heading of an appendix page, its second line in lower case
    ("Паспорт\nмуниципальной программы \"Здоровый Луговск\" на 2025 - 2030 годы",
     "Паспорт муниципальной программы \"Здоровый Луговск\" на 2025 - 2030 годы"),
    # "ПАСПОРТ" alone over the programme's own heading: a section, the heading is the title
    ("ПАСПОРТ", "МУНИЦИПАЛЬНАЯ ПРОГРАММА \"ЗДОРОВЫЙ ЛУГОВСК\" НА 2025 - 2030 ГОДЫ"),
])
def test_a_passport_heading_after_an_approval_stamp(tools: ExtractTools, heading: str,
                                                    title: str) -> None:
    blocks: list[str] = ["Утверждена\nпостановлением администрации\nгорода Луговска\n"
                         "от 20.12.2024 N 512", heading]
    if "\n" not in heading:
        blocks.append("МУНИЦИПАЛЬНАЯ ПРОГРАММА \"ЗДОРОВЫЙ ЛУГОВСК\" НА 2025 - 2030 ГОДЫ")
    doc = docx_doc(*blocks, bold=(1, 2))
    assert extract(doc, Found(), tools).document.title == title
