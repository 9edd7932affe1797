"""Document facts in acts of the fortieth real study (written again with invented bodies,
places and numbers): a council's number carrying its session in brackets inside it, a PDF's
subject glued to the opening quote of the programme's name where the site's heading prints it
spaced, a council letterhead printing its place above the body's bare name, a page signed by
a district's head with no letterhead, and a subject in capitals going on with its town's name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, pdf_doc, txt_doc


@pytest.mark.parametrize(("line", "number"), [
    ("от 14 марта 2015 г. N СД-3(41)-12/4", "СД-3(41)-12/4"),
    ("от 02.06.2019 № 5(27)-118", "5(27)-118"),
    ("от 02.06.2019 № 118 (2)", "118 (2)"),
])
def test_a_councils_session_in_brackets_stays_in_its_number(
        tools: ExtractTools, line: str, number: str) -> None:
    doc = pdf_doc("ГОРОДСКОЙ ОКРУГ ЛЕСНОЙ", "СОВЕТ ДЕПУТАТОВ", "РЕШЕНИЕ", line,
                  "Об утверждении положения о конкурсе",
                  "В целях поддержки педагогов Совет депутатов", "решил:",
                  "1. Утвердить положение о конкурсе (прилагается).")
    d = extract(doc, Found(), tools).document
    assert d.order_number == number


def _council(heading_subject: str, glued: str, tail: str) -> list[str]:
    return ["Решение Совета депутатов городского округа Лесной от 14.03.2015 № СД-3(41)-12/4",
            heading_subject, "ЗАРЕЧНАЯ ОБЛАСТЬ", "ГОРОДСКОЙ ОКРУГ ЛЕСНОЙ", "СОВЕТ ДЕПУТАТОВ",
            "РЕШЕНИЕ", "от 14 марта 2015 г. N СД-3(41)-12/4", glued, tail,
            "В целях развития образования в городском округе Совет депутатов", "решил:",
            "1. Утвердить программу (прилагается)."]


@pytest.mark.parametrize(("heading", "glued", "tail"), [
    ('Об утверждении муниципальной программы "Развитие общего образования в городе Лесном '
     'в 2015-2017 гг."', 'Об утверждении муниципальной программы"Развитие общего образования '
     'в городе Лесном', 'в 2015-2017 гг."'),
    ("Об утверждении ведомственной целевой программы «Одарённые дети городского округа Лесной»",
     "Об утверждении ведомственной целевой программы«Одарённые дети", "городского округа Лесной»"),
])
def test_a_council_decision_glued_to_its_quote_reads_the_sites_heading(
        tools: ExtractTools, heading: str, glued: str, tail: str) -> None:
    d = extract(pdf_doc(*_council(heading, glued, tail)), Found(), tools).document
    assert (d.title, d.issuer) == (heading, "Совет депутатов городского округа Лесной")


@pytest.mark.parametrize(("position", "issuer"), [
    ("Глава Кедрового района", "Администрация Кедрового района"),
    ("Глава Сосновского муниципального района", "Администрация Сосновского муниципального района"),
    ("Глава города Лесного", "Администрация города Лесного"),
    # a body named after the head stays the body
    ("Глава администрации Кедрового района", "Администрация Кедрового района"),
])
def test_a_place_heads_signature_names_its_administration(
        tools: ExtractTools, tmp_path: Path, position: str, issuer: str) -> None:
    doc = txt_doc(tmp_path, "\n".join([
        "В соответствии с Федеральным законом от 29 декабря 2012 N 273-ФЗ \"Об образовании в "
        "Российской Федерации\", постановлением Администрации от 02.03.2015 N 45,",
        "постановляю:",
        "1. Утвердить муниципальную программу \"Развитие образования в Кедровом районе на "
        "2016-2020 годы\" согласно приложению.",
        "2. Контроль за исполнением постановления возложить на заместителя Главы.",
        f"{position} | И.П. Сидоров"]))
    d = extract(doc, Found(), tools).document
    assert d.issuer == issuer


@pytest.mark.parametrize(("second", "title"), [
    ("ГОРОДА ЛЕСНОГО К НАЧАЛУ 2019 - 2020 УЧЕБНОГО ГОДА",
     "О ПОДГОТОВКЕ МУНИЦИПАЛЬНЫХ ШКОЛ ГОРОДА ЛЕСНОГО К НАЧАЛУ 2019 - 2020 УЧЕБНОГО ГОДА"),
    ("КЕДРОВОГО РАЙОНА К ЛЕТНЕМУ СЕЗОНУ 2021 ГОДА",
     "О ПОДГОТОВКЕ МУНИЦИПАЛЬНЫХ ШКОЛ КЕДРОВОГО РАЙОНА К ЛЕТНЕМУ СЕЗОНУ 2021 ГОДА"),
])
def test_a_subject_in_capitals_goes_on_with_its_towns_name(
        tools: ExtractTools, second: str, title: str) -> None:
    doc = pdf_doc("ГЛАВА ГОРОДА ЛЕСНОГО", "РАСПОРЯЖЕНИЕ", "от 1 августа 2019 г. N 15-рг",
                  "О ПОДГОТОВКЕ МУНИЦИПАЛЬНЫХ ШКОЛ", second,
                  "С целью своевременной подготовки школ:", "1. Создать комиссию.")
    assert extract(doc, Found(), tools).document.title == title


@pytest.mark.parametrize("note", [
    "См. Постановление Правительства Лесной области от 12 мая 2019 г. N 88 \"Об утверждении "
    "государственной программы \"Развитие образования Лесной области\" на 2020 - 2024 годы\"",
    "См.: распоряжение Правительства Лесной области от 3 марта 2018 г. N 41 \"О плане "
    "мероприятий на 2019 - 2023 годы\"",
])
def test_a_legal_sites_see_note_lends_no_period(tools: ExtractTools, note: str) -> None:
    doc = docx_doc(
        "В целях создания центров детского технопарка в Лесной области:", note,
        "1. Утвердить прилагаемый комплекс мер (\"дорожную карту\") по созданию центров.",
        "2. Контроль оставляю за собой.")
    assert extract(doc, Found(), tools).document.period_text is None
