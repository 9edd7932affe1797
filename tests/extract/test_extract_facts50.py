"""Document facts of institutions' documents posted through site builders' file cards
(facts50, written again with invented places): a formation named by a hyphenated adjective
("Усть-Ольховское муниципальное образование") kept whole; a numbered passport cell whose item
holds a spaced dash ("… ФЗ - № 273 …") read as one item; a municipal task's heading cut from its
budget cycle by the form's code box labels ("Дата начала действия") and opened by a stray dash;
an approver's surname in a grif never read as a place; a self-analysis ("самоанализ") is a
report."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.passport import list_items
from extract.tools import ExtractTools
from pipelines.run import process_file

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, full_tools, table


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


def _doc(text: str, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return process_file(path).document.model_dump()


HYPHENATED_FORMATIONS = [
    # the founder's line above a report's heading, the same name in the genitive below
    ("Усть-Ольховское муниципальное образование\n\nОТЧЁТ\nо результатах самообследования\n"
     "Муниципального дошкольного образовательного учреждения детского сада № 4\n"
     "Усть-Ольховского муниципального образования\nза 2023 год\n\n"
     "1. Общие сведения об учреждении.\n",
     "Усть-Ольховское муниципальное образование"),
    # a name whose second part is in lower case after the hyphen ("Верхне-луговское")
    ("ПЛАН РАБОТЫ\nМБОУ СОШ № 2 Верхне-Луговского муниципального образования\n"
     "на 2024 год\n\n1. Общие положения.\n",
     "Верхне-Луговское муниципальное образование"),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENATED_FORMATIONS)
def test_hyphenated_formation_kept_whole(text: str, expected: str, tmp_path: Path) -> None:
    assert _doc(text, tmp_path)["municipality"] == expected


NUMBERED_CELLS = [
    # the first item cites a federal law with a spaced dash before its number
    ("1. Привести локальные акты школы в соответствие с Федеральным\nзаконом «Об "
     "образовании в Российской Федерации» ФЗ - № 273 от 29.12.2012 г.\n2. Обновить "
     "содержание образования с учетом\nновых стандартов.",
     ["Привести локальные акты школы в соответствие с Федеральным законом «Об образовании "
      "в Российской Федерации» ФЗ - № 273 от 29.12.2012 г",
      "Обновить содержание образования с учетом новых стандартов"]),
    # a spaced dash inside an item's line is the text's own; a dash opening a line still
    # marks a sub-item
    ("1. Развитие кадрового потенциала – повышение квалификации педагогов.\n"
     "2. Обновление материально-технической базы:\n- ремонт спортзала;\n- закупка мебели.",
     ["Развитие кадрового потенциала – повышение квалификации педагогов",
      "Обновление материально-технической базы:", "ремонт спортзала", "закупка мебели"]),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_CELLS)
def test_numbered_cell_keeps_its_dashes(text: str, expected: list[str]) -> None:
    assert list_items(text) == expected


TASK_HEADINGS = [
    # the heading over two lines, a stray dash glued to its first word, the code box's
    # label between it and its budget cycle
    ("УТВЕРЖДАЮ\nНачальник управления образования\nСосновского района\nПетренко\n\n"
     "-МУНИЦИПАЛЬНОЕ\n\nЗАДАНИЕ\n\nДата начала\nдействия\n\n"
     "на 2023 год и на плановый период 2024 и 2025 годов\n\nДата окончания\nдействия <1>\n"
     "Муниципальное бюджетное общеобразовательное учреждение Кедровская средняя школа\n",
     "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ на 2023 год и на плановый период 2024 и 2025 годов"),
    # "Коды" and "Форма по ОКУД" in the code box
    ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 7\n\nКоды\n\nна 2024 год и на плановый период 2025 и 2026 годов"
     "\n\nФорма по ОКУД\nМуниципальное автономное учреждение «Лесновская школа»\n",
     "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 7 на 2024 год и на плановый период 2025 и 2026 годов"),
    # no grif over it: the heading's two words on lines of their own open the page
    ("МУНИЦИПАЛЬНОЕ\n\nЗАДАНИЕ\n\nДата начала\nдействия\n\n"
     "на 2025 год и на плановый период 2026 и 2027 годов\n\nВид деятельности муниципального "
     "учреждения\nДошкольное образование\n",
     "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ на 2025 год и на плановый период 2026 и 2027 годов"),
]


@pytest.mark.parametrize(("text", "expected"), TASK_HEADINGS)
def test_task_heading_over_code_box(text: str, expected: str, tmp_path: Path) -> None:
    doc = _doc(text, tmp_path)
    assert doc["title"] == expected
    assert doc["kind"] == "order"


GRIF_SURNAMES = [
    # a scanned grif: the position cut to its district's ending, the surname without
    # initials, the date garbled
    "УТВЕРЖДАЮ\nовского района\nЗабродеев\n&К ill 2023 год\n\n-МУНИЦИПАЛЬНОЕ\n\nЗАДАНИЕ\n\n"
    "на 2023 год\n\n1. Показатели качества услуги.\n",
    "УТВЕРЖДАЮ\nинского района\nЗабродеев\n\nМУНИЦИПАЛЬНОЕ ЗАДАНИЕ\nна 2023 год\n\n"
    "1. Показатели качества услуги.\n",
    # an agreeing grif, its signer's post cut short
    "СОГЛАСОВАНО\nметодист района\nКрупенников\n&М ill 2024 год\n\nОТЧЕТ\nо работе кружка\n"
    "за 2023 год\n\nКружок посещали 15 учеников.\n",
]


@pytest.mark.parametrize("text", GRIF_SURNAMES)
def test_grif_surname_is_no_place(text: str, tmp_path: Path) -> None:
    assert _doc(text, tmp_path)["municipality"] is None


SELF_ANALYSES = [
    # a card's informal line as the page's only heading
    ("самоанализ отчет 22 - 23 год РОМАШКА\n\n1\n\n1.Оценка образовательной деятельности МКДОУ"
     "\nНастоящий отчет подготовлен по результатам самообследования.\n",
     "самоанализ отчет 22 - 23 год РОМАШКА"),
    ("Самоанализ деятельности МБДОУ детский сад № 3 за 2022 год\n\n1. Общие сведения.\n"
     "Детский сад работает с 1985 года.\n",
     "Самоанализ деятельности МБДОУ детский сад № 3 за 2022 год"),
]


@pytest.mark.parametrize(("text", "expected"), SELF_ANALYSES)
def test_self_analysis_is_a_report(text: str, expected: str, tmp_path: Path) -> None:
    doc = _doc(text, tmp_path)
    assert (doc["kind"], doc["title"]) == ("report", expected)


CARD_OVER_INTRODUCTION = [
    # a card over a contents list ("Введение" listed, "Введение." over its part) and the
    # introduction defining the plan with its term: the contents' "Раздел I. …" is no heading
    ("программа развития МБОУ СОШ № 8\n\n1\n\nСодержание\nВведение\nРаздел I. Анализ состояния "
     "школы\nРаздел II. Цели развития\n\n2\n\nВведение.\nПрограмма развития муниципального "
     "бюджетного общеобразовательного учреждения «Средняя школа № 8 г. Лесного» (далее – "
     "Школа) на 2022-2026 годы (далее - Программа) определяет пути развития Школы.\n\n"
     "Раздел I. Анализ состояния школы\nВ школе учатся 540 детей.\n",
     ("программа развития МБОУ СОШ № 8", (2022, 2026))),
    # the plan named by its short owner, the years before its own "(далее – План)"
    ("план работы ДОУ № 2\n\nСодержание\nВведение\nРаздел I. Общие сведения\n\nВведение\n"
     "План работы МДОУ № 2 на 2023-2024 учебный год (далее – План) составлен по итогам "
     "прошлого года.\n\nРаздел I. Общие сведения\nДетский сад открыт в 1990 году.\n",
     ("план работы ДОУ № 2", (2023, 2024))),
]


@pytest.mark.parametrize(("text", "expected"), CARD_OVER_INTRODUCTION)
def test_card_over_introduction(text: str, expected: tuple[str, tuple[int, int]],
                                tmp_path: Path) -> None:
    doc = _doc(text, tmp_path)
    period = doc["period"]
    assert isinstance(period, dict)
    assert (doc["title"], (period["start_year"], period["end_year"])) == expected


# three grifs side by side, a PDF's table setting the approver's initials and surname in rows
# of their own
SPLIT_NAMES = [
    ((("Согласовано", "Согласовано", "Утверждаю"),
      ("Глава Администрации", "Заседание", "Директор школы"),
      ("ЛГО", "педагогического", "____________ К. Л."),
      ("___________ Р. С.", "совета", "Орешкина"),
      ("Бобров", "Протокол № 5 от", "Приказ № 12-ОД от"),
      ("«_____»_____________", "28.08.2019г", "30.08.2019г.")),
     [("К. Л. Орешкина", "Директор школы")]),
    ((("УТВЕРЖДАЮ", "СОГЛАСОВАНО"),
      ("Заведующий МБДОУ № 9", "Председатель профкома"),
      ("_________ Е.В.", "_________ Н.А."),
      ("Лебедева", "Соколова")),
     [("Е.В. Лебедева", "Заведующий МБДОУ № 9")]),
]


@pytest.mark.parametrize(("rows", "signatories"), SPLIT_NAMES)
def test_grif_column_name_over_two_rows(tools: ExtractTools, rows: tuple[tuple[str, ...], ...],
                                        signatories: list[tuple[str, str]]) -> None:
    doc = docx_doc(table(*rows), "ПРОГРАММА РАЗВИТИЯ", "на 2019-2023 годы", "Паспорт программы",
                   bold=(1, 2))
    got = extract(doc, Found(), tools).document
    assert [(s.name, s.position) for s in got.signatories] == signatories
