"""Institutions' covers as school sites give them (session facts51): a grif's position wrapped
after a town's marker ("… № 4 г." / "Луговска"); grifs whose openers stand on a line over the
table of their columns, the approver's order run into the lines under it; a scanned grif that
lost its opener (a name over "Приказ: № … от …"); scan debris in a heading; a report's heading
going on through its owner's paragraphs to "за <year>"; a file's label whose years are no term;
a quoted type name declined with the legal form; a self-examination report opening at its
analytical part; a body's name cited in the genitive written with a capital; a passport's
heading under stacked stamps; indicators an amending item adds to a passport."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.amended_indicators import extract as amended
from extract.facts.file_label import is_file_label
from extract.facts.scan_debris import is_debris
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import (
    docx_doc,
    facts_of,
    iso_date,
    lines_doc,
    pdf_doc,
    table,
    txt_doc,
)


@pytest.mark.parametrize(("lines", "position"), [
    (("УТВЕРЖДАЮ", "Директор МБОУ СОШ № 4 г.", "Луговска", "_________ А. Б. Орлова",
      "Приказ № 12 от 30 августа 2023 г."), "Директор МБОУ СОШ № 4 г. Луговска"),
    (("УТВЕРЖДАЮ", "Заведующий МБДОУ № 7 с.", "Кедровое", "_________ В.Г. Лисина"),
     "Заведующий МБДОУ № 7 с. Кедровое"),
    # the year's "г." closes the line: the next line is no town
    (("УТВЕРЖДАЮ", "Директор МБОУ СОШ № 4", "31 августа 2023 г.", "_________ А. Б. Орлова"),
     "Директор МБОУ СОШ № 4"),
])
def test_position_wrapped_after_town_marker(tools: ExtractTools, lines: tuple[str, ...],
                                            position: str) -> None:
    doc = pdf_doc(*lines, "ПРОГРАММА ВОСПИТАНИЯ", "на 2023-2026 годы")
    signed = facts_of(doc, tools).document.signatories
    assert [s.position for s in signed] == [position]


def test_openers_over_grif_table_and_order_under_it(tools: ExtractTools) -> None:
    doc = docx_doc(
        "«Согласовано» «Принято» «Утверждаю»",
        table(("Начальник", "решением", "Директор школы:"),
              ("отдела", "педагогического", "____________"),
              ("образования", "совета", "/О.П. Рябова/")),
        "администрации Протокол № 2 от Приказ № 45/01-07",
        "Лесного района 20.11.2023 г. от 21.11.2023",
        "ПРОГРАММА РАЗВИТИЯ", "МБОУ СОШ с. Сосновка", "на 2024 – 2028 годы")
    d = facts_of(doc, tools).document
    assert d.order_number == "45/01-07"
    assert iso_date(d.order_date_text) == "2023-11-21"
    assert [(s.name, s.position) for s in d.signatories] == [("О.П. Рябова", "Директор школы")]


@pytest.mark.parametrize(("grif", "number"), [
    ("С.К. Белова\nПриказ: № 7 от 28.03.2024г.", "7"),
    ("А.А. Иванов\nПриказ № 15-о от 01.04.2024", "15-о"),
    # a council's protocol under a name is no approving order
    ("С.К. Белова\nПротокол № 3 от 20.03.2024 г.", None),
])
def test_grif_that_lost_its_opener(tools: ExtractTools, tmp_path: Path, grif: str,
                                   number: str | None) -> None:
    text = (f"Муниципальное бюджетное дошкольное образовательное учреждение\n\n"
            f"«Детский сад «Берёзка»»\n\nерж\n\n{grif}\n\nОТЧЕТ\nо результатах самообследования"
            f"\n\nза 2023 год\n")
    d = facts_of(txt_doc(tmp_path, text), tools).document
    assert d.order_number == number
    assert [s.name for s in d.signatories] == (["С.К. Белова"] if number == "7" else
                                               ["А.А. Иванов"] if number else [])


@pytest.mark.parametrize(("line", "debris"), [
    ("tt", True), ("sislsi", True), ("J", True), ("I", False), ("IV", False),
    ("e-mail", False), ("2023", False), ("МБОУ", False), ("Ok.", False),
])
def test_scan_debris(line: str, debris: bool) -> None:
    assert is_debris(line) is debris


def test_report_heading_through_owner_paragraphs(tools: ExtractTools, tmp_path: Path) -> None:
    text = ("ОТЧЕТ\nо результатах самообследования\n\nqq\n\n"
            "МБДОУ «Кедровский детский сад «СОЛНЫШКО» по показателям деятельности\n\n"
            "• за 2023 год\n\nс. Кедровое\n2024 г.\n")
    d = facts_of(txt_doc(tmp_path, text), tools).document
    assert d.title == ("ОТЧЕТ о результатах самообследования МБДОУ «Кедровский детский сад "
                       "«СОЛНЫШКО» по показателям деятельности за 2023 год")


@pytest.mark.parametrize(("title", "label"), [
    ("Программа воспитания 2022-2023 учебный год +титул (1)", True),
    ("Отчет_самообследования_2023", True),
    ("План работы школы на 2023 год.docx", True),
    ("Программа воспитания на 2022-2023 учебный год", False),
    ("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 3 на 20_24_ год", False),
    ("Программа развития (2024 – 2027)", False),
])
def test_file_label(title: str, label: bool) -> None:
    assert is_file_label(facts_vocab(), title) is label


def test_file_label_years_are_no_period(tools: ExtractTools) -> None:
    doc = lines_doc("Программа воспитания 2022-2023 учебный год +титул (1)\n1\n"
                    "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА\nПрограмма воспитания школы направлена на развитие "
                    "личности обучающихся.\n")
    assert facts_of(doc, tools).document.period_text is None


@pytest.mark.parametrize(("sentence", "issuer"), [
    ("В центре программы воспитания Муниципального бюджетного общеобразовательного учреждения "
     "«Средней общеобразовательной школы № 2» находится личность ученика.",
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 2»"),
    ("Программа воспитания Муниципального автономного дошкольного образовательного учреждения "
     "«Детского сада № 8» определяет задачи.",
     "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 8»"),
])
def test_quoted_type_name_in_nominative(tools: ExtractTools, sentence: str,
                                        issuer: str) -> None:
    doc = lines_doc(f"Программа воспитания +титул (1)\n\nПОЯСНИТЕЛЬНАЯ ЗАПИСКА\n{sentence}\n")
    assert facts_of(doc, tools).document.issuer == issuer


def _selfexam(first: str) -> SourceDocument:
    return lines_doc(
        f"{first} ОБЩИЕ СВЕДЕНИЯ ОБ ОБРАЗОВАТЕЛЬНОЙ ОРГАНИЗАЦИИ 1.1. Полное и краткое "
        "наименование общеобразовательного учреждения в соответствии с Уставом: Муниципальное "
        "казенное общеобразовательное учреждение средняя общеобразовательная школа с. Лесное "
        "1.2. Директор – Орлов Иван Петрович 1.3. Юридический адрес: 600000, Россия, Заречная "
        "область, ул. Лесная, 3")


@pytest.mark.parametrize(("first", "kind"), [
    ("I. АНАЛИТИЧЕСКАЯ ЧАСТЬ", "report"),
    ("Аналитическая часть", "report"),
])
def test_selfexam_analytic_part(tools: ExtractTools, first: str, kind: str) -> None:
    d = facts_of(_selfexam(first), tools).document
    assert d.kind == kind
    assert d.issuer == ("Муниципальное казенное общеобразовательное учреждение средняя "
                        "общеобразовательная школа с. Лесное")


@pytest.mark.parametrize(("heading", "issuer"), [
    ("Постановление местной администрации Лесного муниципального района Заречной области",
     "Местная администрация Лесного муниципального района"),
    ("Постановление районной администрации Лесного района", "Районная администрация Лесного "
     "района"),
])
def test_body_in_genitive_capitalised(tools: ExtractTools, heading: str, issuer: str) -> None:
    doc = lines_doc(f"{heading}\nот 12 марта 2023 г. N 45\n\"Об утверждении муниципальной "
                    "программы \"Развитие образования на 2023-2025 годы\"\"\n"
                    "В соответствии с Бюджетным кодексом постановляю:\n")
    assert facts_of(doc, tools).document.issuer == issuer


def test_passport_heading_under_stacked_stamps(tools: ExtractTools) -> None:
    """An amending act's appendix stamp over the original's quoted stamp that names no act:
    the passport's heading ends the stamps and is the title; the amending act is no order."""
    doc = pdf_doc("Приложение 2 к постановлению Правительства",
                  "Заречной области от 14.03.2023 N 77",
                  "\"Приложение 2 к государственной программе",
                  "Паспорт подпрограммы 2",
                  "\"Поддержка сельских школ\" (далее - подпрограмма 2)")
    d = facts_of(doc, tools).document
    assert d.title == "Паспорт подпрограммы 2 \"Поддержка сельских школ\""
    assert d.order_number is None and d.order_date_text is None


@pytest.mark.parametrize(("text", "names"), [
    ("1. В паспорте государственной программы:\n"
     "1) в позиции \"Целевые индикаторы и показатели государственной программы\":\n"
     "а) после абзаца десятого дополнить абзацами следующего содержания:\n"
     "\"доля школ, подключённых к сети Интернет;\n"
     "число детей, посещающих кружки.\";\n"
     "б) абзац двенадцатый признать утратившим силу;\n",
     ["доля школ, подключённых к сети Интернет", "число детей, посещающих кружки"]),
    ("1. В паспорте программы:\n"
     "1) в позиции \"Показатели программы\" дополнить абзацем следующего содержания:\n"
     "\"охват детей дополнительным образованием;\".\n",
     ["охват детей дополнительным образованием"]),
    # a position of another field adds no indicators
    ("1. В паспорте программы:\n"
     "1) в позиции \"Задачи программы\" дополнить абзацем следующего содержания:\n"
     "\"развитие сети кружков;\".\n", []),
])
def test_amending_item_adds_indicators(tools: ExtractTools, tmp_path: Path, text: str,
                                      names: list[str]) -> None:
    got = amended(txt_doc(tmp_path, text), Found(), tools)
    assert [i.name for i in got.indicators] == names


@pytest.mark.parametrize(("tail", "title"), [
    # a table's caption and its column captions under the heading are no part of it
    ("Курсы внеурочной деятельности\nНазвание курса\nКласс\nЧасов в неделю\nШахматы\n",
     "ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ ШКОЛЫ уровень начального общего образования"),
    # a line stating the years goes on the heading
    ("на 2024-2025 учебный год\n",
     "ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ ШКОЛЫ уровень начального общего образования на 2024-2025 "
     "учебный год"),
])
def test_heading_under_card_ends_at_table_caption(tools: ExtractTools, tmp_path: Path,
                                                  tail: str, title: str) -> None:
    text = ("Календарный план воспитательной работы НОО\n\n"
            "МУНИЦИПАЛЬНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «СОШ № 5 г. ЛУГОВСКА»\n\n"
            "Утверждаю\nДиректор МОУ «СОШ № 5»\n/А.Б. Орлова/\nПриказ № 12 от 01.09.2024\n\n"
            f"ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ ШКОЛЫ\nуровень начального общего образования\n{tail}")
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title
