"""Document facts in forms of the seventeenth real set's school and kindergarten documents
(written again with invented bodies, places, people and wording): a camp programme's heading
opening with its adjectives over a note's introducing sentence, a term given by two dates
after a lower-case label, goal and task headings with a qualifier over dash lines, a republic's
abbreviation printed in capitals at the end of a letterhead."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import SourceDocument
from ingest.registry import read_document
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc

_TOP = ("МБОУ «Лесновская СОШ»", "«Утверждаю»", "Директор МБОУ «Лесновская СОШ»",
        "________ О.П. Кедрова")

# (document, title, the rule that decided it)
TITLES = [
    # the bold heading opens with the adjectives of a school's extra programme; the note's
    # first sentence that introduces its list (a verb, a colon) is no title
    (pdf_doc(*_TOP, "Дополнительная общеразвивающая программа",
             "летнего лагеря с дневным пребыванием", "« Лесные тропы »",
             "Возраст детей: 8–11 лет", "Пояснительная записка",
             "Программа составлена с учётом следующих документов и особенностей детей:",
             bold=(4, 5, 6, 8)),
     "Дополнительная общеразвивающая программа летнего лагеря с дневным пребыванием "
     "« Лесные тропы »", "plan_title"),
    (pdf_doc(*_TOP, "Дополнительная общеобразовательная программа «Юный турист»",
             "Пояснительная записка", "Программа опирается на следующие документы:",
             bold=(4, 5)),
     "Дополнительная общеобразовательная программа «Юный турист»", "plan_title"),
]


@pytest.mark.parametrize(("doc", "title", "rule"), TITLES)
def test_programme_heading_over_introducing_sentence(tools: ExtractTools, doc: SourceDocument,
                                                     title: str, rule: str) -> None:
    got = facts_of(doc, tools)
    assert got.document.title == title
    assert f"header.title:{rule}" in got.trace


# (line under the title, (start year, end year))
TERMS = [
    ("срок реализации программы: 01.07.2025 г. – 14.07.2025 г.", (2025, 2025)),
    ("Сроки реализации: 15.06.2023 - 30.06.2023", (2023, 2023)),
    ("срок реализации проекта: 01.09.2024 г. — 31.05.2025 г.", (2024, 2025)),
    # the last day before the first: a misprint, no term read from it
    ("Сроки реализации плана – с 01.06.2024 г. по 31.08.2023 г.", None),
]


@pytest.mark.parametrize(("line", "years"), TERMS)
def test_term_by_two_dates_after_label(tools: ExtractTools, line: str,
                                       years: tuple[int, int] | None) -> None:
    doc = pdf_doc("Программа летнего отдыха «Солнышко»", line, "Пояснительная записка",
                  bold=(0,))
    got = facts_of(doc, tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    assert (parsed and (parsed.start_year, parsed.end_year)) == years


# (site text, its parts apart by blank lines as a site's export leaves them; goals, tasks)
QUALIFIED = [
    ("Цель воспитательной работы школы:\n- формирование у детей бережного отношения к "
     "природе;\n- развитие интереса к родному краю.\n\nЗадачи воспитательной работы:\n"
     "- проведение экскурсий по району;\n- участие в экологических акциях.\n\n"
     "Основные направления работы",
     ("формирование у детей бережного отношения к природе", "развитие интереса к родному краю"),
     ("проведение экскурсий по району", "участие в экологических акциях")),
    # a sentence that introduces a list is no goal heading
    ("Цель мониторинга качества состоит в следующем:\n- проведение экскурсий по району;\n\n"
     "Основные направления работы", (), ()),
]


@pytest.mark.parametrize(("text", "goals", "tasks"), QUALIFIED)
def test_qualified_goal_and_task_headings(tools: ExtractTools, text: str,
                                          goals: tuple[str, ...], tasks: tuple[str, ...],
                                          tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(f"План профилактической работы на 2025 год\n\n{text}\n", encoding="utf-8")
    found = facts_of(read_document(path), tools)
    assert (found.goals, found.tasks) == (goals, tasks)


# (letterhead, region, issuer)
CAPS_REGIONS = [
    ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ "
     "ШКОЛА №2 С.ЛЕСНОЕ ОЛЬХОВСКОГО РАЙОНА РСО-АЛАНИЯ",
     "Республика Северная Осетия-Алания",
     "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная "
     "школа №2 с.Лесное Ольховского района"),
    ("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ГИМНАЗИЯ №4» ЛЕСНОГО "
     "МУНИЦИПАЛЬНОГО РАЙОНА КБР", "Кабардино-Балкарская Республика",
     "Муниципальное казенное общеобразовательное учреждение «Гимназия №4» Лесного "
     "муниципального района"),
]


@pytest.mark.parametrize(("letterhead", "region", "issuer"), CAPS_REGIONS)
def test_caps_region_abbreviation(tools: ExtractTools, letterhead: str, region: str,
                                  issuer: str) -> None:
    doc = docx_doc(letterhead, "ПЛАН РАБОТЫ ШКОЛЫ", "НА 2025 ГОД", bold=(1, 2))
    got = facts_of(doc, tools).document
    assert (got.region_text, got.issuer) == (region, issuer)


# (appendix note, heading, kind, the rule that decided it)
APPENDIX_KINDS = [
    # a school's curriculum is no plan: the plan's own heading decides
    (("Приложение № 4", "к основной образовательной программе", "МБДОУ № 12"),
     ("ПЛАН ЛЕТНЕЙ", "ОЗДОРОВИТЕЛЬНОЙ РАБОТЫ", "НА 2025 ГОД"), "roadmap", "plan_title"),
    (("Приложение № 2 к Образовательной программе МБОУ СОШ № 3",),
     ("ПЛАН РАБОТЫ", "ПО ПРОФИЛАКТИКЕ ТРАВМАТИЗМА НА 2025 ГОД"), "roadmap", "plan_title"),
    # an appendix to a municipal programme is part of that programme
    (("Приложение № 2", "к муниципальной программе «Развитие образования»"),
     ("ПЛАН МЕРОПРИЯТИЙ", "НА 2025 ГОД"), "programme", "appendix_of"),
]


@pytest.mark.parametrize(("note", "heading", "kind", "rule"), APPENDIX_KINDS)
def test_appendix_to_curriculum_keeps_heading_kind(
        tools: ExtractTools, note: tuple[str, ...], heading: tuple[str, ...], kind: str,
        rule: str) -> None:
    doc = pdf_doc(*note, *heading, "Цели:", bold=tuple(range(len(note), len(note) + 3)))
    got = facts_of(doc, tools)
    assert got.document.kind == kind
    assert f"header.kind:{rule}" in got.trace


# (document, issuer)
LETTERHEADS = [
    # the grif's short name opened with a quote it never closes: the letterhead's full name
    (pdf_doc("Муниципальное общеобразовательное бюджетное учреждение «Ясеневская средняя "
             "общеобразовательная школа»", "Кленового района Лесной области", "«Утверждаю»",
             "Директор «МБОУ «Ясеневская СОШ»", "________ Т.В. Орехова",
             "Программа летнего лагеря «Радуга»", "на 2025 год", bold=(5, 6)),
     "Муниципальное общеобразовательное бюджетное учреждение «Ясеневская средняя "
     "общеобразовательная школа» Кленового района"),
    # the letterhead under an appendix note, an address line under it, then the grifs
    (pdf_doc("Приложение № 3", "к Образовательной программе", "МБДОУ № 21",
             "Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 21",
             "Лесная область г. Кленовск, ул. Садовая 5, телефон 2-11-22", "ПРИНЯТО",
             "Протокол педсовета № 4 от 30.05.2025г.", "УТВЕРЖДАЮ", "Заведующий МБДОУ № 21",
             "_________ /Е.Н. Белова/", "ПЛАН ЛЕТНЕЙ", "ОЗДОРОВИТЕЛЬНОЙ РАБОТЫ НА 2025 ГОД",
             bold=(10, 11)),
     "Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 21"),
]


@pytest.mark.parametrize(("doc", "issuer"), LETTERHEADS)
def test_letterhead_over_grif_short_name(tools: ExtractTools, doc: SourceDocument,
                                         issuer: str) -> None:
    got = facts_of(doc, tools)
    assert got.document.issuer == issuer
    assert "header.issuer:letterhead_in_full" in got.trace


# (a text layer's top: a letterhead one or two words a line, then a digital-signature stamp
# repeating it; the body's name)
SPLIT_LETTERHEADS = [
    ("МУНИЦИПАЛЬНОЕ\nБЮДЖЕТНОЕ\nОБЩЕОБРАЗОВАТЕЛЬНОЕ\nУЧРЕЖДЕНИЕ ОСНОВНАЯ\nОБЩЕОБРАЗОВАТЕЛЬНАЯ\n"
     "ШКОЛА № 4 ИМЕНИ ПЕТРА\nИЛЬИЧА СОКОЛОВА\nПодписано цифровой подписью:\n"
     "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ\nОБЩЕОБРАЗОВАТЕЛЬНОЕ\nУЧРЕЖДЕНИЕ ОСНОВНАЯ\n"
     "ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА\n№ 4 ИМЕНИ ПЕТРА ИЛЬИЧА\nСОКОЛОВА\n"
     "Дата: 2025.03.14 10:20:30 +03'00'\nОтчет\nо результатах самообследования\nза 2024 год\n",
     "Муниципальное бюджетное общеобразовательное учреждение основная общеобразовательная "
     "школа № 4 имени Петра Ильича Соколова"),
]


@pytest.mark.parametrize(("text", "issuer"), SPLIT_LETTERHEADS)
def test_letterhead_one_word_a_line_over_signature_stamp(tools: ExtractTools, text: str,
                                                         issuer: str, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert facts_of(read_document(path), tools).document.issuer == issuer


# the form under a report's title, in the same paragraph of a text export (the block is too
# long to be a title)
_FORM = ("ОБЩИЕ СВЕДЕНИЯ\nНаименование организации\nМуниципальное бюджетное "
         "общеобразовательное учреждение средняя общеобразовательная школа № 4\nРуководитель\n"
         "Соколова Анна Петровна\nАдрес организации\nЛесная область, станица Лесная, улица "
         "Садовая, дом 5\nТелефон, факс\n8 (800) 000-00-00\nАдрес электронной почты\n"
         "Учредитель\nУправление образования администрации Лесного района\nДата создания\n"
         "1965 год\nЛицензия\nот 01.02.2016 № 0001\nСвидетельство о государственной "
         "аккредитации\nот 01.03.2016 № 0002, срок действия: до 01.03.2028\n")

# (a text export's top, the report's title)
REPORT_TITLES = [
    # the owner's short name between the report's words and its year goes on the title
    ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ\nОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n\nОтчет\nо результатах "
     f"самообследования\nМБОУ СОШ №4 им. П.И. Соколова ст. Лесной\nза 2024 год\n{_FORM}",
     "Отчет о результатах самообследования МБОУ СОШ №4 им. П.И. Соколова ст. Лесной за 2024 год"),
    # with no year under it the short name is the owner's line, not the title's
    ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ\nОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n\nОтчет\nо результатах "
     f"самообследования\nМБОУ СОШ №4 им. П.И. Соколова ст. Лесной\n{_FORM}",
     "Отчет о результатах самообследования"),
]


@pytest.mark.parametrize(("text", "title"), REPORT_TITLES)
def test_report_title_through_short_name(tools: ExtractTools, text: str, title: str,
                                         tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert facts_of(read_document(path), tools).document.title == title
