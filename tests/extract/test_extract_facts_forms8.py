"""Document facts in forms of the eighth real-document study (plans, programmes and acts written
again with invented bodies, places and people): a plan's contents naming the year looked back
on, a republic after a city's administration, a district written "р-на", a passport's
developer cell naming the staff with the school, a school's name running on into a sentence,
an act word above its body in the genitive."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc, table, txt_doc

_ANNUAL_PLAN = (
    "ГОДОВОЙ ПЛАН\nПРИНЯТО\nУТВЕРЖДЕНО\nПедагогическим советом\nПриказом заведующего\n"
    "МБДОУ №7«Ромашка»\nМБДОУ №7«Ромашка»\nПротокол № 1\n№12 от «02» сентября 2024 г.\n"
    "от «30» августа 2024 г.\n________________К.Л.Петрова\nГОДОВОЙ ПЛАН\n"
    "МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО\nОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ\n"
    "ДЕТСКОГО САДА №7 «РОМАШКА»\n{years}\nп. Лесной Ольховского (с) р-на Заречной области\n"
    "Оглавление\n1.1. ИТОГИ РАБОТЫ ЗА 2023 – 2024 УЧЕБНЫЙ ГОД. ....................... 4\n"
    "1.2. КАДРЫ ....................... 5\n")

# (plain text as a .txt file holds it, period as written)
PERIODS = [
    # a plan's contents name the year looked back on; the title page names the year ahead
    (_ANNUAL_PLAN.format(years="на 2024-2025 учебный год"), "на 2024-2025 учебный год"),
]


@pytest.mark.parametrize(("text", "period"), PERIODS)
def test_period(tools: ExtractTools, tmp_path: Path, text: str, period: str) -> None:
    assert extract(txt_doc(tmp_path, text), Found(), tools).document.period_text == period



# (document, issuer)
ISSUERS = [
    # a republic after the city's administration, in the operative sentence
    (lines_doc("ПОСТАНОВЛЕНИЕ\nот 12.03.2021 N 88\nО муниципальной программе «Спорт»\n"
               "Администрация города Заречного Лесной Республики постановляет:\n"
               "1. Утвердить муниципальную программу «Спорт» (приложение)."),
     "Администрация города Заречного"),
    # a report's opening sentence: the school's full name, then what the sentence says of it
    (lines_doc("Отчет о результатах самообследования за 2023 год\n\n"
               "Общие сведения об образовательной организации\n"
               "Муниципальное бюджетное общеобразовательное учреждение «Лесная средняя\n"
               "школа» создано в соответствии с требованиями Гражданского кодекса РФ\n"
               "путем изменения типа учреждения.\nТип: образовательное учреждение."),
     "Муниципальное бюджетное общеобразовательное учреждение «Лесная средняя школа»"),
    (lines_doc("Отчет о результатах самообследования за 2023 год\n\n"
               "Муниципальное казенное общеобразовательное учреждение «Лесная основная\n"
               "школа» является некоммерческой организацией.\nТип: образовательное учреждение."),
     "Муниципальное казенное общеобразовательное учреждение «Лесная основная школа»"),
    # the act's word first, its body under it in the genitive, then the region and requisites
    (pdf_doc("Приказ", "отдела образования администрации Ольховского муниципального района",
             "Заречной области", "12.04.2023 г. № 41-д",
             "О внесении изменений в приказ от 01.02.2023 № 12-д", "ПРИКАЗЫВАЮ:",
             "1. Внести изменения в план мероприятий.", bold=(0, 1, 2)),
     "Отдел образования администрации Ольховского муниципального района"),
    (pdf_doc("ПРИКАЗ", "комитета по образованию администрации Лесного района",
             "от 03.03.2024 № 7", "Об утверждении плана мероприятий", "ПРИКАЗЫВАЮ:",
             "1. Утвердить план.", bold=(0, 1)),
     "Комитет по образованию администрации Лесного района"),
]


@pytest.mark.parametrize(("doc", "issuer"), ISSUERS)
def test_issuer(tools: ExtractTools, doc: SourceDocument, issuer: str) -> None:
    assert extract(doc, Found(), tools).document.issuer == issuer


# (place line under a title, municipality)
PLACES = [
    # a district abbreviated, with a one-letter mark between the name and the marker
    ("п. Лесной Ольховского (с) р-на Заречной области", "Ольховский район"),
    ("с. Ключи, Ольховский р-н, Заречная область", "Ольховский район"),
    ("школа в Ольховском р-не", "Ольховский район"),
]


@pytest.mark.parametrize(("text", "municipality"), PLACES)
def test_municipality(tools: ExtractTools, text: str, municipality: str) -> None:
    d = extract(lines_doc(f"Годовой план работы\nна 2024-2025 учебный год\n{text}\nТекст."),
                Found(), tools).document
    texts = [t for t in (d.municipality_text, d.title, *d.context_texts) if t]
    assert find_place(texts, get_lemmatizer(), settlements=False).municipality == municipality


def test_annual_plans_district(tools: ExtractTools, tmp_path: Path) -> None:
    d = extract(txt_doc(tmp_path, _ANNUAL_PLAN.format(years="на 2024-2025 учебный год")), Found(),
                tools).document
    texts = [t for t in (d.municipality_text, d.title, *d.context_texts) if t]
    assert find_place(texts, get_lemmatizer(), settlements=False).municipality == (
        "Ольховский район")


def _passport(developer: str) -> SourceDocument:
    return docx_doc("ПРОГРАММА «Качество образования» на 2024-2028 годы", "Паспорт программы",
                    table(("Наименование программы", "«Качество образования»"),
                          ("Разработчики программы", developer),
                          ("Сроки реализации", "2024-2028 годы")), bold=(0, 1))


# (passport's developer cell, issuer)
DEVELOPERS = [
    # the school's own people before the school: the school
    ("Администрация, педагогический коллектив МБОУ СОШ № 7", "МБОУ СОШ № 7"),
    ("Рабочая группа и методический совет МАОУ «Лицей № 2»", "МАОУ «Лицей № 2»"),
    # a body of its own before the school stays as written
    ("Управление образования, МБОУ СОШ № 7", "Управление образования, МБОУ СОШ № 7"),
]


@pytest.mark.parametrize(("developer", "issuer"), DEVELOPERS)
def test_issuer_from_developer(tools: ExtractTools, developer: str, issuer: str) -> None:
    draft = extract_document(_passport(developer), tools, debug=True)
    assert draft.document.issuer == issuer
    assert "header.issuer:passport_developer" in draft.trace
