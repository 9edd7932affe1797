"""Task report forms as sites and text layers give them (facts51a): a page flattened onto one
line after an e-signature stamp, a letter-spaced head on one line, the form's captions a cell a
paragraph with no heading, a qualifier alone above the heading, a name label naming the
municipality, a place's adjective opening the name, a founder's conclusion with its plan/fact
table — written again with invented bodies and places."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.models import Draft
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.limits import DEFAULT_LIMITS
from ingest.models import SourceDocument
from ingest.text.reader import read_text
from normalize.record import default_tools
from pipelines.run import extract_tools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, table


@cache
def tools() -> ExtractTools:
    return extract_tools(default_tools())


def _draft(text: str) -> Draft:
    read = read_text(text.encode("utf-8"), "t.txt", DEFAULT_LIMITS)
    doc = SourceDocument(file="t.txt", sha256="0" * 64, format="txt", blocks=read.blocks)
    return extract_document(doc, tools(), debug=True)


_STAMP = ('Подписано цифровой подписью: МБДОУ "ДЕТСКИЙ САД № 2 "ЗВЁЗДОЧКА" DN: E=uc@example.org, '
          'C=RU, S=99 Лесная область, L=Лесной, OU=Удостоверяющий центр, O="АО ""УЦ""" ')
_FORM = (" Часть 1. Сведения об оказываемых муниципальных услугах 1 Раздел 1 1. Характеристики "
         "муниципальной услуги. Наименование Уникальный муниципальной услуги номер реестровой "
         "записи Показатель, характеризующий содержание муниципальной услуги Показатель, "
         "характеризующий условия (формы) оказания муниципальной услуги (наименование показателя) "
         "Присмотр и уход физические лица от 3 до 8 лет группа полного дня")
_OWNER = ("Муниципального бюджетного дошкольного образовательного учреждения Кедрового "
          "городского округа «Детский сад № 2 «Звёздочка»")
_NAME = ("Муниципальное бюджетное дошкольное образовательное учреждение Кедрового городского "
         "округа «Детский сад № 2 «Звёздочка»")


@pytest.mark.parametrize(("text", "title"), [
    # the stamp's date written out, the report's date with hand-filled blanks
    (_STAMP + "Дата: 3 Апрель 2023 г. 09:10:11 ОТЧЕТ об исполнении муниципального задания за "
     "1 квартал 2023 года от «_4_» апреля 2023_ года " + _OWNER + _FORM,
     "ОТЧЕТ об исполнении муниципального задания за 1 квартал 2023 года"),
    # the stamp's date in digits with its time zone, a half-year report
    (_STAMP + "Дата: 2023.07.05 11:02:03 +03'00' ОТЧЕТ о выполнении муниципального задания за "
     "6 месяцев 2023 года от «05» июля 2023 года " + _OWNER + _FORM,
     "ОТЧЕТ о выполнении муниципального задания за 6 месяцев 2023 года"),
])
def test_page_flattened_after_an_esign_stamp(text: str, title: str) -> None:
    d = extract(lines_doc(text), Found(), tools()).document
    assert (d.kind, d.title, d.issuer) == ("report", title, _NAME)


@pytest.mark.parametrize("text", [
    "Опрос\nОцените наш сайт\n\nЧасть 1. Сведения об оказываемых муниципальных услугах2\n\n"
    "3.1. Сведения о фактическом достижении показателей, характеризующих качество "
    "муниципальной услуги\n\nнаименование показателя\n\nединица измерения по ОКЕИ\n",
    "Раздел 2\n\nУникальный номер реестровой записи\n\nутверждено в муниципальном задании на "
    "год\n\nисполнено на отчетную дату\n\nпричина отклонения\n",
])
def test_form_captions_a_cell_a_paragraph_make_a_report(text: str) -> None:
    assert extract(lines_doc(text), Found(), tools()).document.kind == "report"


def test_form_value_columns_make_a_report() -> None:
    doc = docx_doc(table(
        ("наименование показателя", "единица измерения", "утверждено в муниципальном задании "
         "на год", "исполнено на отчетную дату", "причина отклонения"),
        ("Посещаемость детей", "%", "75", "70", "карантин")))
    assert extract(doc, Found(), tools()).document.kind == "report"


@pytest.mark.parametrize(("text", "title", "number"), [
    ("О Т ЧЕ Т О ВЫ ПОЛН ЕНИИ М УН И Ц И П А Л Ь Н О ГО ЗАДАНИЯ на 20 21 № 8 год и на плановый "
     "период 20 22 № \" марта 20 21 и 20 23 год ов г. Н аименование мун иципаль ного учреж дения "
     "(о б о со б л е н н о г о подразд еления) М униципал ь ное б ю д ж етн ое учреж дение "
     "доп ол н и тел ь н ого образов ания \"Д етская ш кола искусств\" Виды дея тел ь н ости "
     "мун иципаль ного учреж дения * ____ Д опол н и тел ь н ое образов ан ие детей",
     "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 8 на 2021 год и на плановый период 2022 и "
     "2023 годов", "8"),
])
def test_letter_spaced_head_on_one_line(text: str, title: str, number: str) -> None:
    d = extract(lines_doc(text), Found(), tools()).document
    assert (d.kind, d.title) == ("report", title)
    assert d.issuer == ('Муниципальное бюджетное учреждение дополнительного образования '
                        '"Детская школа искусств"')


@pytest.mark.parametrize(("qualifier", "mark"), [
    ("ПРЕДВАРИТЕЛЬНЫЙ", "№ 1) 2"), ("ИТОГОВЫЙ", "№ 2"),
])
def test_qualifier_above_the_heading(qualifier: str, mark: str) -> None:
    number = mark.split()[-1]
    doc = docx_doc("Приложение № 3", "к отчету о выполнении муниципального задания", qualifier,
                   "ОТЧЕТ О ВЫПОЛНЕНИИ", f"МУНИЦИПАЛЬНОГО ЗАДАНИЯ {mark}",
                   "на 2024 год и на плановый период 2025 и 2026 годов",
                   "Наименование муниципального учреждения Лесного района (обособленного "
                   "подразделения) - МБОУ СОШ № 4")
    d = extract(doc, Found(), tools()).document
    assert d.title == (f"{qualifier} ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № {number} на "
                       "2024 год и на плановый период 2025 и 2026 годов")
    assert d.issuer == "МБОУ СОШ № 4"


@pytest.mark.parametrize(("cell", "issuer"), [
    ("Заречное муниципальное автономное общеобразовательное учреждение «Школа № 3»",
     "Заречное муниципальное автономное общеобразовательное учреждение «Школа № 3»"),
    # a territory's name before the legal form is no part of the name
    ("городского округа Заречный муниципальное автономное общеобразовательное учреждение "
     "«Школа № 3»", "Муниципальное автономное общеобразовательное учреждение «Школа № 3»"),
])
def test_place_adjective_opening_the_name_cell(cell: str, issuer: str) -> None:
    doc = docx_doc("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ", "ЗА 2024 ГОД",
                   table(("Наименование муниципального учреждения", cell)))
    assert extract(doc, Found(), tools()).document.issuer == issuer


_CONCLUSION = """УТВЕРЖДЕН
Начальник Управления образования Администрации Кедрового района
_____________ О.П. Белова
«20» января 2025 г.
Заключение об исполнении муниципального задания на оказание муниципальных услуг
за 2024 год
Муниципальное бюджетное общеобразовательное учреждение «Школа № 6»
Объем оказания муниципальных услуг:
| № п/п | Наименование услуг | Показатель | Единица измерения | план | факт | Отклонение |
| 1 | Общее образование | Начальное общее образование | Чел. | 120 | 118 | -2 |
|  |  | Основное общее образование | Чел. | 140 | 141 | +1 |
|  | ИТОГО |  | Чел. | 260 | 259 | -1 |
"""


def test_founder_issues_its_conclusion() -> None:
    d = extract(lines_doc(_CONCLUSION), Found(), tools()).document
    assert (d.kind, d.issuer) == ("report", "Управление образования Администрации Кедрового района")


def test_conclusion_table_total_row_and_title_year() -> None:
    draft = _draft(_CONCLUSION)
    got = {i.name: sorted((v.year, v.kind, v.value) for v in i.values) for i in draft.indicators}
    assert got == {"Начальное общее образование": [(2024, "fact", 118.0), (2024, "plan", 120.0)],
                   "Основное общее образование": [(2024, "fact", 141.0), (2024, "plan", 140.0)]}
