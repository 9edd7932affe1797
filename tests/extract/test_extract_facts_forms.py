"""Document facts in forms of real documents met after the first round (written again with
invented bodies, places and wording): titles printed over several lines or blocks, execution
reports of a municipal task, issuers named by a school's grif or a report's form field."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.lemmas import get_lemmatizer

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc, table


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    lem = get_lemmatizer()
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation)


# (document, title, period as written)
TITLES = [
    # a big-font title over three bold lines, the school's name broken across them
    (pdf_doc("Программа развития МБОУ Луговская", "СОШ № 4 им. Героя Труда Петра",
             "Кедрова на 2024-2028 годы", "пос. Луговой", bold=(0, 1, 2)),
     "Программа развития МБОУ Луговская СОШ № 4 им. Героя Труда Петра Кедрова на 2024-2028 годы",
     "на 2024-2028 годы"),
    # the school's name in quotes on the next bold lines, the last one in lower case
    (docx_doc("План воспитательной работы", "МБОУ «Гимназия № 3 с углубленным",
             "изучением математики г. Заречного» на 2024-2025 учебный год",
             table(("Дела", "Классы", "Сроки")), bold=(0, 1, 2)),
     "План воспитательной работы МБОУ «Гимназия № 3 с углубленным изучением математики г. "
     "Заречного» на 2024-2025 учебный год", "на 2024-2025 учебный год"),
    # a legal site's export: the title's second line opens with a parenthesis
    (lines_doc("Приложение\nк приказу министерства образования\nЗаречной области\n"
               "от 03.10.2023 г. N 811\nПлан мероприятий\n(\"дорожная карта\") по подготовке "
               "к экзаменам в Заречной области в 2024 году\n\nN | Мероприятие | Срок\n"),
     "План мероприятий (\"дорожная карта\") по подготовке к экзаменам в Заречной области в "
     "2024 году", "в 2024 году"),
    # a period in parentheses under a bold title is no part of it; nor is a date line
    (pdf_doc("План работы методического совета", "(сентябрь 2024 г. - май 2025 г.)",
             bold=(0, 1)),
     "План работы методического совета", "сентябрь 2024 г. - май 2025 г."),
    # two bold headings with a table between are two titles
    (docx_doc("Дорожная карта по развитию чтения", table(("Мероприятие", "Срок")),
              "Целевые показатели дорожной карты", bold=(0, 2)),
     "Дорожная карта по развитию чтения", None),
    # a bold title and a bold label after it
    (pdf_doc("План мероприятий по профориентации", "Цель: помощь в выборе профессии",
             bold=(0, 1)),
     "План мероприятий по профориентации", None),
]


@pytest.mark.parametrize(("doc", "title", "period"), TITLES)
def test_titles_over_several_lines(tools: ExtractTools, doc: SourceDocument, title: str,
                                   period: str | None) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.title, d.period_text) == (title, period)


# (document, kind, title, period as written)
REPORTS = [
    # a municipal task's report: centred lines; the period is the year reported on
    (pdf_doc("ОТЧЕТ", "о выполнении муниципального задания",
             "на 2024 год и на плановый период 2025 и 2026 годов", bold=(0, 1, 2)),
     "report", "ОТЧЕТ о выполнении муниципального задания на 2024 год и на плановый период "
     "2025 и 2026 годов", "на 2024 год"),
    # a quarter's report with its date on the next bold line
    (pdf_doc("Приложение N 2", "к Порядку формирования муниципального задания", "ОТЧЕТ",
             "об исполнении муниципального задания", "за 3 квартал 2024 года",
             "от «07» октября 2024 года", bold=(2, 3, 4, 5)),
     "report", "ОТЧЕТ об исполнении муниципального задания за 3 квартал 2024 года",
     "за 3 квартал 2024 года"),
]


@pytest.mark.parametrize(("doc", "kind", "title", "period"), REPORTS)
def test_municipal_task_reports(tools: ExtractTools, doc: SourceDocument, kind: str, title: str,
                                period: str) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.title, d.period_text) == (kind, title, period)
