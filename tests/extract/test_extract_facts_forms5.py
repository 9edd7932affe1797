"""Document facts in forms of the fifth real-document study (acts on municipal programmes and
their passports, written again with invented bodies, places and wording): a budget cycle's
period, a programme passport's heading as the only title, issuers written "<прилагательное>
районная администрация", settlement-level municipalities, amendment notes glued to a title, the
programme's heading after the act's signature, an issuer named only in passport rows."""

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


def _years(doc: SourceDocument, tools: ExtractTools) -> tuple[int | None, int | None] | None:
    got = extract(doc, Found(), tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    return (parsed.start_year, parsed.end_year) if parsed else None


# (document, (start year, end year))
BUDGET_CYCLES = [
    # the planning period's years glued to "годов"
    (pdf_doc("Приложение", "к постановлению администрации", "от 03.11.2024 № 512-п",
             "Муниципальная программа", "«Развитие образования Ольховского района» на 2025 год "
             "и плановый период 2026-2027годов", bold=(3, 4)), (2025, 2027)),
    # "на плановый период X и Y годов" in the act's subject
    (lines_doc("ПОСТАНОВЛЕНИЕ\nот 12.12.2023 № 88\nОб утверждении муниципальной программы "
               "«Молодёжь Заречья» на 2024 год и на плановый период 2025 и 2026 годов\n"
               "Администрация постановляет:"), (2024, 2026)),
    # a municipal task's report covers the task's whole cycle (as real records give it)
    (pdf_doc("ОТЧЕТ", "о выполнении муниципального задания",
             "на 2023 год и на плановый период 2024 и 2025 годов", bold=(0, 1, 2)),
     (2023, 2025)),
]


@pytest.mark.parametrize(("doc", "years"), BUDGET_CYCLES)
def test_budget_cycle_period(tools: ExtractTools, doc: SourceDocument,
                             years: tuple[int, int]) -> None:
    assert _years(doc, tools) == years


# (document, issuer, the rule that decided it)
ISSUERS = [
    # an appendix stamp naming the body by its adjectives: the nominative of every word
    (pdf_doc("Приложение", "к постановлению Ольховской", "районной администрации",
             "от 14.02.2022 N 77", "Паспорт муниципальной программы «Здоровье жителей»",
             bold=(4,)),
     "Ольховская районная администрация", "appendix_line"),
    # a neuter body the same way, after "Утверждено"
    (pdf_doc("УТВЕРЖДЕНО", "постановлением Заречного", "городского управления образования",
             "от 01.09.2023 № 12", "Программа «Школьные библиотеки»", bold=(4,)),
     "Заречное городское управление образования", "approval_line"),
    # the operative sentence names the body with its name in quotes, the verb on the next line
    (docx_doc("Постановление от 20.12.2012 г № 610",
              "Об утверждении муниципальной программы «Детские сады Лесного района»",
              "В целях развития сети дошкольных учреждений администрация муниципального района "
              "\"Лесной район\"\nПостановляет:\n1. Утвердить программу."),
     'Администрация муниципального района "Лесной район"', "operative"),
    # a school's passport: the developer is "the school", the school named in other rows
    (docx_doc("1. Паспорт программы", table(
        ("Наименование программы", "«Юные исследователи»"),
        ("Основания для разработки программы", "- Устав МОБУ «Ольховская средняя "
         "общеобразовательная школа №3»"),
        ("Цель программы", "Поддержка исследовательских способностей учащихся в МОБУ "
         "«Ольховская средняя общеобразовательная школа №3»"),
        ("Составители программы", "Администрация школы"),
        ("Исполнители", "Педагогический коллектив школы")), bold=(0,)),
     "МОБУ «Ольховская средняя общеобразовательная школа №3»", "passport_school"),
]


@pytest.mark.parametrize(("doc", "issuer", "rule"), ISSUERS)
def test_issuers_of_programme_acts(tools: ExtractTools, doc: SourceDocument, issuer: str,
                                    rule: str) -> None:
    got = extract(doc, Found(), tools)
    assert got.document.issuer == issuer
    assert f"header.issuer:{rule}" in got.trace


# (document, title)
PASSPORT_HEADINGS = [
    # an appendix page: the stamp, then the passport's heading on one bold line, then its table
    (docx_doc("Приложение\nк постановлению администрации\nот 05.05.2022 № 301",
              "Паспорт муниципальной программы «Здоровое поколение Ольховского района»",
              table(("Ответственный исполнитель", "Отдел образования"),
                    ("Сроки реализации", "2022-2026 годы")), bold=(1,)),
     "Паспорт муниципальной программы «Здоровое поколение Ольховского района»"),
    # in capitals, with its inner quotes unbalanced as printed
    (pdf_doc("Приложение", "к постановлению администрации", "от 05.05.2022 № 301",
             'ПАСПОРТ муниципальной программы "Развитие спорта в районе "Лесной край"',
             bold=(3,)),
     'ПАСПОРТ муниципальной программы "Развитие спорта в районе "Лесной край"'),
    # a plain text, nothing bold: the line after the stamp, not the passport's first row
    (lines_doc("Приложение\nк постановлению администрации\nот 05.05.2022 № 301\n\n"
               "Паспорт муниципальной программы «Чтение в семье»\n\n"
               "1. Ответственный исполнитель | Отдел культуры администрации"),
     "Паспорт муниципальной программы «Чтение в семье»"),
]


@pytest.mark.parametrize(("doc", "title"), PASSPORT_HEADINGS)
def test_passport_heading_is_the_title(tools: ExtractTools, doc: SourceDocument,
                                       title: str) -> None:
    got = extract(doc, Found(), tools)
    assert got.document.title == title
    assert "header.title:appendix_title" in got.trace


# (document, title): a legal site's subject line, its wrapper quotes and notes dropped
SITE_SUBJECTS = [
    # the site's note on later amendments run into the subject's paragraph
    (docx_doc("Постановление администрации Ольховского района от 3 марта 2020 г. N 51\n"
              '"Об утверждении муниципальной программы "Юность Ольховки" на 2021 - 2024 годы"\n'
              "Информация о внесении изменений в настоящий документ содержится в документе:",
              "- Постановление администрации Ольховского района от 1 июня 2022 г. N 9"),
     'Об утверждении муниципальной программы "Юность Ольховки" на 2021 - 2024 годы'),
    # another site's wording of that note
    (docx_doc("Постановление администрации Лесного округа от 5 мая 2021 г. N 12\n"
              '"О программе "Спорт для всех" на 2021 - 2023 годы"\n'
              "Документ с изменениями, внесенными постановлением от 2 марта 2022 г. N 40",
              "Администрация постановляет:"),
     'О программе "Спорт для всех" на 2021 - 2023 годы'),
    # an amending act's subject whose nested closing quotes the site printed as one: the
    # wrapper at both ends goes, the inner quotes stay as printed
    (lines_doc("Постановление Администрации Заречного округа от 2 апреля 2024 г. N 80-ПА\n"
               '"О внесении изменений в постановление от 01.02.2019 N 15-ПА "Об утверждении '
               'муниципальной программы "Культура Заречья на 2020 - 2025 годы" и муниципальную '
               'программу "Культура Заречья на 2020 - 2025 годы", утвержденную постановлением '
               'от 01.02.2019 N 15-ПА"\n\nАдминистрация постановляет:'),
     'О внесении изменений в постановление от 01.02.2019 N 15-ПА "Об утверждении '
     'муниципальной программы "Культура Заречья на 2020 - 2025 годы" и муниципальную '
     'программу "Культура Заречья на 2020 - 2025 годы", утвержденную постановлением '
     'от 01.02.2019 N 15-ПА'),
    # the wrapper's closing quote printed as one with the programme name's: that one stays
    (lines_doc("Постановление администрации Лесного района от 9 октября 2022 г. N 400\n"
               '"Об утверждении муниципальной программы "Развитие образования в Лесном районе на '
               '2023 - 2027 годы"\n\nАдминистрация постановляет:'),
     'Об утверждении муниципальной программы "Развитие образования в Лесном районе на '
     '2023 - 2027 годы"'),
]


@pytest.mark.parametrize(("doc", "title"), SITE_SUBJECTS)
def test_site_subject_without_notes(tools: ExtractTools, doc: SourceDocument, title: str) -> None:
    got = extract(doc, Found(), tools)
    assert got.document.title == title


# (document, title, the rule that decided it): an act approving a plan, then the plan's
# heading after the signature
AFTER_SIGNATURE = [
    # a text export joining the act and the programme's first page into one paragraph
    (docx_doc("Постановление от 02.09.2015 г № 700",
              "Об утверждении муниципальной программы города Луговска «Спорт» на 2016 — 2020 годы",
              "В соответствии с Бюджетным кодексом Российской Федерации администрация города "
              "Луговска постановляет:\n1. Утвердить прилагаемую муниципальную программу.\n"
              "2. Контроль оставляю за собой.\nГлава администрации\nгорода Луговска\n"
              "П.С.ОРЕХОВ\nМУНИЦИПАЛЬНАЯ ПРОГРАММА ГОРОДА ЛУГОВСКА\n"
              "\"СПОРТ\" НА 2016 - 2020 ГОДЫ\n1. Общие положения"),
     'МУНИЦИПАЛЬНАЯ ПРОГРАММА ГОРОДА ЛУГОВСКА "СПОРТ" НА 2016 - 2020 ГОДЫ',
     "heading_after_signature"),
    # an approval stamp between the signature and the heading: the heading under the stamp is
    # the plan's (plan_title reads it before the signature is looked for)
    (docx_doc("Постановление от 11.11.2019 г № 45",
              "Об утверждении плана мероприятий по профилактике правонарушений на 2020 год",
              "Администрация Заречного района постановляет:\n1. Утвердить план.\n"
              "Глава района\nИ.И. Котов\nУТВЕРЖДЕН\nпостановлением администрации\n"
              "от 11.11.2019 № 45\nПЛАН МЕРОПРИЯТИЙ\nпо профилактике правонарушений на 2020 год"),
     "ПЛАН МЕРОПРИЯТИЙ по профилактике правонарушений на 2020 год", "plan_title"),
    # the act printed without what it approves keeps its subject
    (docx_doc("Постановление от 02.09.2015 г № 700",
              "Об утверждении муниципальной программы «Спорт» на 2016 — 2020 годы",
              "Администрация города постановляет:\n1. Утвердить программу.\n"
              "Глава администрации\nП.С. Орехов"),
     "Об утверждении муниципальной программы «Спорт» на 2016 — 2020 годы", "order_subject"),
]


@pytest.mark.parametrize(("doc", "title", "rule"), AFTER_SIGNATURE)
def test_heading_after_signature(tools: ExtractTools, doc: SourceDocument, title: str,
                                 rule: str) -> None:
    got = extract(doc, Found(), tools)
    assert got.document.title == title
    assert f"header.title:{rule}" in got.trace


# Two schools named in the rows: neither is surely the programme's own
def test_passport_naming_two_schools_gives_no_issuer(tools: ExtractTools) -> None:
    doc = docx_doc("Паспорт программы", table(
        ("Наименование программы", "«Сетевая школа»"),
        ("Цель программы", "Сотрудничество МБОУ «Лесная СОШ» и МБОУ «Луговая СОШ»"),
        ("Исполнители", "Педагогические коллективы школ")), bold=(0,))
    got = extract(doc, Found(), tools)
    assert got.document.issuer is None
