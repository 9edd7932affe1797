"""Document facts in forms of the sixth real-document study (written again with invented
places, bodies and programmes): titles running past their end (a passport cell's "(далее –
Программа)" with the next row's label merged into it, a site's line repeating the name after
"паспорт", an "(утв. …)" note under an appendix's heading), a title page's heading split over
several paragraphs, periods written "с 2022 года по 2026 год" or with a label glued to its next
word, words glued by a text layer, an amending act whose page starts at its operative sentence,
and an act approving a municipal task followed by the task's own heading."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.facts.spaced import unglue
from extract.found import Found
from extract.models import DraftDocument
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from ingest.pdf.layout import join_lines
from normalize.deadlines import parse_period
from normalize.lemmas import get_lemmatizer

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc

_NAME = 'Муниципальная программа "Здоровье жителей округа Верхнеречье"'

# (document, found by earlier extractors, title, rule)
TITLES = [
    # a passport's name cell with the next row's label merged in after "(далее – Программа)"
    (lines_doc("Приложение к постановлению администрации округа Верхнеречье от 02.03.2021 N 40\n"
               "Паспорт программы"),
     Found(document=DraftDocument(title=f"{_NAME} (далее – Программа) Дата утверждения "
                                        "Программы и её основание")),
     _NAME, "passport_plan_name"),
    # the name kept whole when nothing follows its "(далее …)"
    (lines_doc("Паспорт программы"),
     Found(document=DraftDocument(title=f"{_NAME} (далее - Программа)")), _NAME,
     "passport_plan_name"),
    # a site's line: the name, then "паспорт" repeating it in lower case
    (lines_doc("Приложение к постановлению от 11.04.2015 г № 77 Программа\n"
               "Долгосрочная целевая программа «Чистая вода посёлка Заозёрный на 2016-2018 годы» "
               "паспорт долгосрочной целевой программы «Чистая вода посёлка Заозёрный на "
               "2016-2018 годы»"), Found(),
     "Долгосрочная целевая программа «Чистая вода посёлка Заозёрный на 2016-2018 годы»",
     "appendix_title"),
    # an appendix's heading with the note of the act that approved it under it
    (pdf_doc("Приложение", "Муниципальная программа",
             "Ольховского района \"Доступная среда\"",
             "(утв. постановлением администрации Ольховского",
             "района от 3 марта 2019 г. N 210)", "Паспорт", bold=(1, 2, 3, 4, 5)),
     Found(), 'Муниципальная программа Ольховского района "Доступная среда"', "plan_title"),
    # an appendix's "Паспорт муниципальной программы" with the quoted name as the next block:
    # the heading kept whole
    (pdf_doc("Приложение", "к постановлению администрации", "Ольховского района",
             "от 02.02.2020 N 15", "Паспорт муниципальной программы",
             '"Безопасные дороги Ольховского района на 2020 - 2024 годы"',
             "Ответственный исполнитель", bold=(4, 5)),
     Found(), 'Паспорт муниципальной программы "Безопасные дороги Ольховского района на '
     '2020 - 2024 годы"', "appendix_title"),
    # a bare "ПРОГРАММА РАЗВИТИЯ" going on in the owner's long name, years at its end
    (docx_doc("ПРОГРАММА РАЗВИТИЯ",
              "Структурного подразделения муниципального бюджетного общеобразовательного\n"
              "учреждения «Берёзовская средняя школа» Лесного района Краснодольской области –\n"
              "детский сад «Колокольчик» села Берёзовка Лесного района Краснодольской области\n"
              "с 2023 года по 2027 год", "с. Берёзовка\n2023 г.", bold=(0, 1)),
     Found(), "ПРОГРАММА РАЗВИТИЯ Структурного подразделения муниципального бюджетного "
     "общеобразовательного учреждения «Берёзовская средняя школа» Лесного района "
     "Краснодольской области – детский сад «Колокольчик» села Берёзовка Лесного района "
     "Краснодольской области с 2023 года по 2027 год", "plan_title"),
    # the town in the genitive between the owner's name and the years belongs to the title;
    # the town in the nominative under it does not
    (pdf_doc("ПРОГРАММА РАЗВИТИЯ", "муниципального бюджетного дошкольного образовательного",
             "учреждения «Детский сад «Рябинка»", "г. Заречного", "на 2024 - 2028 гг.",
             "г. Заречный", bold=(0, 1, 2, 3, 4)),
     Found(), "ПРОГРАММА РАЗВИТИЯ муниципального бюджетного дошкольного образовательного "
     "учреждения «Детский сад «Рябинка» г. Заречного на 2024 - 2028 гг.", "plan_title"),
    # a town line with no years after it ends the title page's heading
    (pdf_doc("ПРОГРАММА РАЗВИТИЯ", "муниципального бюджетного дошкольного образовательного",
             "учреждения «Детский сад «Рябинка» на 2024 - 2028 гг.", "г. Заречный",
             bold=(0, 1, 2, 3)),
     Found(), "ПРОГРАММА РАЗВИТИЯ муниципального бюджетного дошкольного образовательного "
     "учреждения «Детский сад «Рябинка» на 2024 - 2028 гг.", "plan_title"),
    # a regional act run into one paragraph, its words glued by the text layer: the approved
    # programme's heading under the approval stamp is the title
    (docx_doc(
        "ПРАВИТЕЛЬСТВО\nСЕВЕРНОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 14.03.2019 № 118-ПП\n"
        "Об утверждении межмуниципальнойпрограммы Северной области \"Туризм без границ\"\n"
        "Правительство Северной области постановляет:\nутвердить прилагаемую "
        "межмуниципальную программу.\nГубернатор Северной области П. Ладогин\nУТВЕРЖДЕНА\n"
        "постановлением\nПравительстваСеверной области\nот 14.03.2019 № 118-ПП\n"
        "Межмуниципальная программа Северной области\n\"Туризм без границ\""),
     Found(), 'Межмуниципальная программа Северной области "Туризм без границ"', "plan_title"),
    # an order approving a municipal task: the task's own heading in capitals after the act
    (lines_doc("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ ГОРОДА ОЗЁРСКА\nПРИКАЗ\n"
               "от 27.12.2023 № 310\nОб утверждении муниципального задания МБОУ СОШ № 4 на 2024 "
               "год\nПРИКАЗЫВАЮ:\n1. Утвердить муниципальное задание № 12 на 2024 год.\n"
               "Начальник управления И.П. Сомова\nПриложение к приказу\nУправления "
               "образования\nот 27.12.2023 № 310\nМУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 12\nна 2024 год\n"
               "Часть 1. Сведения об оказываемых услугах"),
     Found(), "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 12 на 2024 год", "approved_caps_heading"),
]


@pytest.mark.parametrize(("doc", "found", "title", "rule"), TITLES)
def test_titles_end_where_the_name_ends(tools: ExtractTools, doc: SourceDocument, found: Found,
                                        title: str, rule: str) -> None:
    got = extract(doc, found, tools)
    assert got.document.title == title
    assert f"header.title:{rule}" in got.trace


def test_an_act_approving_a_rule_set_keeps_its_subject(tools: ExtractTools) -> None:
    """An act approving a rule set ("Об утверждении положения …") with no capitals heading of
    it after the act keeps its subject as the title."""
    doc = lines_doc("АДМИНИСТРАЦИЯ ГОРОДА ОЗЁРСКА\nПОСТАНОВЛЕНИЕ\nот 05.02.2024 № 71\n"
                    "Об утверждении положения о городском конкурсе чтецов\n"
                    "ПОСТАНОВЛЯЮ:\n1. Утвердить положение о городском конкурсе чтецов.")
    got = extract(doc, Found(), tools)
    assert got.document.title == "Об утверждении положения о городском конкурсе чтецов"


# (document, kind, title, rule of the kind)
AMENDING_PAGES = [
    # the page starts at the operative preamble; an amendment's sub-item and the plan row of
    # the table it quotes are no title
    (lines_doc("Руководствуясь Уставом муниципального образования Ольховский район, "
               "Администрация Ольховского района постановляет:\n"
               "1. Внести в муниципальную программу \"Старшее поколение на 2020 - 2025 годы\", "
               "утвержденную постановлением от 01.11.2019 N 512, следующие изменения:\n"
               "1.1. Раздел 4 \"Ресурсное обеспечение программы\" изложить в следующей "
               "редакции:\n4. Ресурсное обеспечение"), "order", None, "operative_start"),
    # an act's own text that opens with its preamble and names the head who decides
    (lines_doc("В целях исполнения решения Совета депутатов, постановляю:\n"
               "1. Внести в постановление от 10.10.2020 № 5 изменения."),
     "order", None, "operative_start"),
]


@pytest.mark.parametrize(("doc", "kind", "title", "rule"), AMENDING_PAGES)
def test_a_page_starting_at_the_operative_sentence_is_an_order(
        tools: ExtractTools, doc: SourceDocument, kind: str, title: str | None,
        rule: str) -> None:
    got = extract(doc, Found(), tools)
    assert (got.document.kind, got.document.title) == (kind, title)
    assert f"header.kind:{rule}" in got.trace


@pytest.mark.parametrize("doc", [
    # a plan's text citing an act's operative words further down
    lines_doc("Пояснительная записка\nПрограмма направлена на поддержку семей.\n"
              "Раздел 1. Общие положения\nОснование: глава района постановляет:\n"
              "утвердить порядок."),
    # an operative sentence whose first clause approves, not amends
    lines_doc("В соответствии с уставом постановляю:\n1. Утвердить положение о смотре хоров."),
])
def test_other_operative_sentences_do_not_decide(tools: ExtractTools,
                                                 doc: SourceDocument) -> None:
    assert "header.kind:operative_start" not in extract(doc, Found(), tools).trace


# (lines of a document, period)
PERIODS = [
    ("Срок реализациимежведомственной программы 2019-2021 годы.", (2019, 2021)),
    ("Срок реализации программы 2020 - 2024 годы", (2020, 2024)),
    ("Сроки реализации программы: 2021-2023 годы", (2021, 2023)),
    ("ПРОГРАММА РАЗВИТИЯ детского сада «Родничок» с 2022 года по 2026 год", (2022, 2026)),
    ("Программа развития школы на период с 2021 г. по 2025 г.", (2021, 2025)),
]


@pytest.mark.parametrize(("text", "period"), PERIODS)
def test_periods_of_these_forms(tools: ExtractTools, text: str,
                                period: tuple[int, int]) -> None:
    got = extract(docx_doc(text, bold=(0,)), Found(), tools)
    parsed = parse_period(got.document.period_text or "")
    assert parsed is not None and (parsed.start_year, parsed.end_year) == period


@pytest.mark.parametrize(("text", "words"), [
    ("Об утверждении межмуниципальнойпрограммы Северной", "Об утверждении межмуниципальной "
     "программы Северной"),
    ("ПравительстваСеверной области", "Правительства Северной области"),
    ("Срок реализациипрограммы", "Срок реализации программы"),
    # names the dictionary does not know stay whole
    ("Берёзовская Ольховского Заозёрный", "Берёзовская Ольховского Заозёрный"),
    ("общеобразовательная дошкольного", "общеобразовательная дошкольного"),
])
def test_glued_words_cut_for_matching(text: str, words: str) -> None:
    assert unglue(text, get_lemmatizer().is_known) == words


@pytest.mark.parametrize(("lines", "text"), [
    (["на 2021-", "2026 годы"], "на 2021-2026 годы"),
    (["на 2021 –", "2026 годы"], "на 2021 – 2026 годы"),
    (["учителей-", "предметников"], "учителей-предметников"),
    (["в пункте 3-", "2 раза"], "в пункте 3- 2 раза"),
])
def test_pdf_lines_joined_at_a_year_ranges_hyphen(lines: list[str], text: str) -> None:
    assert join_lines(lines) == text


@pytest.mark.parametrize(("passport", "period"), [
    (("1. ПАСПОРТ", "программы развития детского сада «Родничок» на 2022- 2027 годы"),
     (2022, 2027)),
    (("Паспорт программы развития детского сада «Родничок» на 2022-2025 годы",), (2022, 2025)),
    # a passport heading without years leaves the title's
    (("ПАСПОРТ", "программы развития детского сада «Родничок»"), (2022, 2023)),
])
def test_the_passport_headings_years_over_a_title_pages_school_year(
        tools: ExtractTools, passport: tuple[str, ...], period: tuple[int, int]) -> None:
    doc = lines_doc("\n".join(("Программа развития детского сада «Родничок»",
                               "на 2022-2023 учебный год", "СОДЕРЖАНИЕ",
                               "1. Паспорт программы развития.", "2. Пояснительная записка",
                               *passport, "Статус программы")))
    parsed = parse_period(extract(doc, Found(), tools).document.period_text or "")
    assert parsed is not None and (parsed.start_year, parsed.end_year) == period
