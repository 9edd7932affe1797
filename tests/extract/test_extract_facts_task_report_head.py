"""Task report forms whose OCR broke the heading (years split "20 24", the task's number on its
own line, letter-spaced words), stamps of the acts that set a form (not the document's order),
and words broken by OCR gaps — written again with invented bodies and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.facts.ocr_words import rejoin
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import full_tools, lines_doc, pdf_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


_STAMPS = """Отчет о муниципальном задании за 3 квартал 2024 года
Приложение 3
к постановлению администрации Сосновского
муниципального района
12.03.2021 № 118-па
Приложение № 3
к Порядку формирования муниципального задания
в отношении муниципальных учреждений
Сосновского муниципального района
"""

SPLIT_YEARS = _STAMPS + """ОТЧЕТ О ВЫПОЛНЕНИИ
МУНИЦИПАЛЬНОГО ЗАДАНИЯ №
на 20 24
2
год и на плановы й период 20 25 и 20 26
от " 05 "
октября
20 24
Ф орма по
ОКУД
Н аим енование м униципального
учреж дения
М униципальное бю дж етное учреж дение "Центр ш ахмат "Ладья" с. Сосновка
"""

LETTER_SPACED = """ОТЧЕТ О ВЫ ПОЛНЕНИИ
М У Н И Ц И П А Л Ь Н О Г О ЗА Д А Н И Я
н а 2 0 23
№ 14
го д и н а п лан о вы й п ер и о д 2 0 24
от"
10
ян в ар я
"
2 0 24
и 20 25
го д о в
К оды
Н а и м ен о в ан и е м у н и ц и п а л ь н о го у ч р е ж д е н и я
""" + ("М у н и ц и п а л ь н о е к а з ен н о е у ч р е ж д е н и е "
       'д о п о л н и т ел ь н о го о б р а зо в ан и я "Ц е н тр т в о р ч е ст в а"\n')

# a heading with no planning period and no number
PLAIN_YEAR = """ОТЧЕТ О ВЫПОЛНЕНИИ ГОСУДАРСТВЕННОГО
ЗАДАНИЯ
на 20 22 год
Наименование государственного учреждения
Государственное бюджетное учреждение "Лесной спортивный центр"
"""


@pytest.mark.parametrize(("text", "title", "issuer"), [
    (SPLIT_YEARS,
     "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 2 на 2024 год и на плановый период 2025 и "
     "2026 годов",
     'Муниципальное бюджетное учреждение "Центр шахмат "Ладья" с. Сосновка'),
    (LETTER_SPACED,
     "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 14 на 2023 год и на плановый период 2024 и "
     "2025 годов",
     'Муниципальное казенное учреждение дополнительного образования "Центр творчества"'),
    (PLAIN_YEAR, "ОТЧЕТ О ВЫПОЛНЕНИИ ГОСУДАРСТВЕННОГО ЗАДАНИЯ на 2022 год",
     'Государственное бюджетное учреждение "Лесной спортивный центр"'),
])
def test_broken_task_report_head(tools: ExtractTools, text: str, title: str, issuer: str) -> None:
    got = extract(lines_doc(text), Found(), tools)
    assert got.document.title == title
    assert got.document.issuer == issuer
    assert "header.title:task_report_head" in got.trace


def test_task_report_head_gives_the_planning_period(tools: ExtractTools) -> None:
    from normalize.deadlines import parse_period
    period = parse_period(extract(lines_doc(SPLIT_YEARS), Found(), tools).document.period_text
                          or "")
    assert period is not None and (period.start_year, period.end_year) == (2024, 2026)


def test_stamp_over_the_form_procedure_is_no_order(tools: ExtractTools) -> None:
    # "Приложение 3 к постановлению … № 118-па" stacked on "Приложение № 3 к Порядку
    # формирования муниципального задания": the act that approved the procedure
    d = extract(lines_doc(SPLIT_YEARS), Found(), tools).document
    assert (d.order_number, d.order_date_text) == (None, None)
    assert d.issuer is not None and not d.issuer.startswith("Администрация")


def test_appendix_stamp_alone_is_still_the_order(tools: ExtractTools) -> None:
    doc = lines_doc("Приложение 1\nк постановлению администрации Сосновского района\n"
                    "от 12.03.2021 № 118-па\nПлан мероприятий по развитию образования\n"
                    "на 2021-2023 годы")
    assert extract(doc, Found(), tools).document.order_number == "118-па"


@pytest.mark.parametrize("approval", [
    "приказом Министерства образования и науки Российской Федерации от «10» декабря 2013 г. "
    "№ 1324",
    "приказом Минобрнауки России от 10.12.2013 № 1324",
    "приказом Министерства просвещения РФ от 15 марта 2024 г. № 99",
])
def test_federal_form_approval_is_not_the_documents(tools: ExtractTools, approval: str) -> None:
    doc = pdf_doc("МБУ ДО ДШИ № 2", 'муниципальное бюджетное учреждение дополнительного '
                  'образования "Детская школа искусств № 2 города Кедровый"',
                  "УТВЕРЖДЕНЫ", approval, "ПОКАЗАТЕЛИ",
                  "деятельности организации дополнительного образования, подлежащей "
                  "самообследованию", bold=(0, 4, 5))
    d = extract(doc, Found(), tools).document
    assert (d.order_number, d.order_date_text) == (None, None)
    assert d.issuer is None or "Министерств" not in d.issuer


def test_regional_ministry_approval_stays(tools: ExtractTools) -> None:
    doc = pdf_doc("УТВЕРЖДЕНА", "приказом Министерства образования Луговской области",
                  "от 12.02.2024 № 310", "ДОРОЖНАЯ КАРТА", "по развитию дополнительного "
                  "образования детей на 2024-2026 годы", bold=(3,))
    assert extract(doc, Found(), tools).document.order_number == "310"


@pytest.mark.parametrize(("text", "expected"), [
    ('М униципальное бю дж етное учреж дение "Центр ш ахмат" г. Л есного',
     'Муниципальное бюджетное учреждение "Центр шахмат" г. Лесного'),
    ("Н а и м ен о в ан и е м у н и ц и п а л ь н о го у ч р е ж д е н и я",
     "Наименование муниципального учреждения"),
    ("Д етск о -ю н о ш еск ая сп о р ти вн ая ш кола", "Детско-юношеская спортивная школа"),
    # whole words and an abbreviation before its dot stay as printed
    ("В соответствии с планом и по приказу от 5 мая", "В соответствии с планом и по приказу "
     "от 5 мая"),
    ("Дата г.", "Дата г."),
])
def test_rejoin_broken_words(tools: ExtractTools, text: str, expected: str) -> None:
    assert rejoin(text, tools.is_known, facts_vocab().spaced_short_words) == expected


_FIRST_FILE = """Скачать:
Вложение | Размер |
---|---|
plan_metod.docx | 31.2 КБ |
polozhenie.doc | 40 КБ |
Предварительный просмотр:
УТВЕРЖДАЮ:
Директор МБОУ «Лесновская СОШ»
______________ Орлова Н.П.
Приказ № 77/2 от 30.08.2023
ПЛАН МЕТОДИЧЕСКОЙ РАБОТЫ
на 2023-2024 учебный год
"""
_SECOND_FILE = """Предварительный просмотр:
УТВЕРЖДЕНО
приказом по МБОУ «Лесновская СОШ»
от 30.08.2023 № 77/1
Директор:_______Н.П. Орлова
ПОЛОЖЕНИЕ
О МЕТОДИЧЕСКОМ СОВЕТЕ
1. Общие положения
"""


@pytest.mark.parametrize(("text", "title", "number"), [
    # two files on one page: the record is the first one's
    (_FIRST_FILE + _SECOND_FILE, "ПЛАН МЕТОДИЧЕСКОЙ РАБОТЫ на 2023-2024 учебный год", "77/2"),
    (_FIRST_FILE, "ПЛАН МЕТОДИЧЕСКОЙ РАБОТЫ на 2023-2024 учебный год", "77/2"),
])
def test_second_preview_is_another_document(tools: ExtractTools, text: str, title: str,
                                            number: str) -> None:
    d = extract(lines_doc(text), Found(), tools).document
    assert (d.title, d.order_number) == (title, number)
    assert [s.name for s in d.signatories] == ["Орлова Н.П."]


_TWIN = ("Отчёт о результатах самообследования за 2024 г.\nПРИНЯТО УТВЕРЖДЕНО\n"
         "на заседании педагогического {act} МБОУ – СОШ\nсовета № 3\n"
         "протокол от 14.04.2025 № 6 от 15.04.2025 № {number}\nОтчет")


@pytest.mark.parametrize(("act", "number", "expected"), [
    # the approver's act in the nominative, its number with a letter series in lower case
    ("приказ директора", "од-54", ("од-54", "приказ")),
    ("приказом директора", "112", ("112", "приказ")),
    ("распоряжение заведующего", "ос-7", ("ос-7", "распоряжение")),
])
def test_twin_grifs_nominative_act(tools: ExtractTools, act: str, number: str,
                                   expected: tuple[str, str]) -> None:
    d = extract(lines_doc(_TWIN.format(act=act, number=number)), Found(), tools).document
    assert (d.order_number, d.act_type) == expected
    assert d.order_date_text == "от 15.04.2025"


def test_council_minutes_alone_give_no_order(tools: ExtractTools) -> None:
    doc = lines_doc("ПРИНЯТО\nна заседании педагогического совета\nпротокол от 14.04.2025 № 6\n"
                    "Отчет о результатах самообследования за 2024 год")
    assert extract(doc, Found(), tools).document.order_number is None
