"""Issuers, signatories and places in forms of the tenth real set (written again with invented
bodies, places and people): a school letterhead a site joined into one long line with its tax
numbers and address, the letterhead and the title in one paragraph, the owner named in the
genitive further down a heading, a school's letterhead over an appendix stamp, a grif whose
head's position stands in an oblique case, quotes left open before the signature's blanks,
"СТ." and a spaced hyphen in a capitals letterhead, a delegation formula over a signature, and
a stamp's nameless "администрации города" joined to the heading under it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.case import restore_case
from extract.facts.header import extract
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from ingest.registry import read_document

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, full_tools, table


def _text_file(tmp_path: Path, text: str) -> Found:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_document(path), Found(), full_tools())


_SCHOOL = ("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «БЕРЁЗОВСКАЯ ОСНОВНАЯ "
           "ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА» (МКОУ «БЕРЁЗОВСКАЯ ООШ») ИНН/КПП 1111111111/111101001 "
           "ОГРН 1111111111111 160000, Луговская область, Кедровский район, с. Берёзовка, "
           "ул. Садовая, д. 2, тел. 8-800-000-00-00 № 12 от 03.06.2025г. |")
_FULL = "Муниципальное казённое общеобразовательное учреждение «Берёзовская основная " \
        "общеобразовательная школа»"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_packed_letterhead_line_names_the_school_before_its_requisites(
        tmp_path: Path, gap: str) -> None:
    """The long letterhead line is cut at its short name and tax numbers; with the title in
    the same paragraph (no blank line) the title page is read line by line."""
    got = _text_file(tmp_path, f"ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КЕДРОВСКОГО РАЙОНА\n{_SCHOOL}"
                               f"{gap}Аналитическая справка\nо работе школьного музея\n"
                               "за 2024-2025 учебный год\n\nМузей работает с 2010 года.\n")
    assert got.document.issuer == _FULL
    assert "header.issuer:title_page" in got.trace


@pytest.mark.parametrize(("heading", "owner"), [
    ("Календарный план воспитательной работы\nна 2024-2025 учебный год\n"
     "на основе рабочей программы воспитания\nмуниципального автономного дошкольного "
     "образовательного\nучреждения «Детский сад № 8 «Колобок»\nп. Лесной Кедровского района",
     "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 8 "
     "«Колобок» п. Лесной"),  # the village printed after the name is its name's
    ("План работы с родителями\nна 2025 год\nмуниципального бюджетного общеобразовательного"
     "\nучреждения «Гимназия № 2»",
     "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»"),
])
def test_the_owner_named_further_down_the_heading(tmp_path: Path, heading: str,
                                                  owner: str) -> None:
    got = _text_file(tmp_path, f"Календарный план на учебный год\n\n{heading}\n\n"
                               "Работа ведётся по плану.\n")
    assert got.document.issuer == owner
    # heading_full_name, or heading_full_name_place when a place follows the name
    assert any(t.startswith("header.issuer:heading_full_name") for t in got.trace)


def test_a_heading_naming_the_owner_after_a_preposition_names_none(tmp_path: Path) -> None:
    """"… в муниципальном … учреждении «…»": where the plan is carried out, not its owner."""
    got = _text_file(tmp_path, "Сайт школы\n\nПлан мероприятий на 2025 год\nпо проведению "
                               "месячника безопасности в муниципальном бюджетном\n"
                               "общеобразовательном учреждении «Школа № 4»\n\nТекст.\n")
    assert "header.issuer:heading_full_name" not in got.trace


def test_a_school_letterhead_over_an_appendix_stamp(tmp_path: Path) -> None:
    """A site's card title first; the letterhead under "Российская Федерация" and the
    department, its legal form closing on a dash before the school's type."""
    got = _text_file(tmp_path, "Программа воспитания школы\n\nРоссийская Федерация\n"
                               "Управление образования\nАдминистрации города Лесногорска\n"
                               "Муниципальное бюджетное общеобразовательное учреждение –\n"
                               "лицей № 5\nПриложение\nк ООП НОО МБОУ лицея № 5\n"
                               "Приказ № 7-од от 30.08.2024\n\nРАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ\n"
                               "\nЛесногорск, 2024\n")
    assert got.document.issuer == ("Муниципальное бюджетное общеобразовательное учреждение – "
                                   "лицей № 5")
    assert "header.issuer:letterhead_over_stamp" in got.trace


@pytest.mark.parametrize(("cell", "issuer", "position", "name"), [
    (("УТВЕРЖДЕНО", "Заведующей", "МАДОУ «Лесной детский", "сад «Ёлочка»",
      "______________ Т.А. Носова"),
     "МАДОУ «Лесной детский сад «Ёлочка»", "Заведующей МАДОУ «Лесной детский сад «Ёлочка»",
     "Т.А. Носова"),
    (("УТВЕРЖДАЮ", "Директор МБОУ «Школа", "№ 3 «Радуга»", "_______ П.П. Осипов"),
     "МБОУ «Школа № 3 «Радуга»", "Директор МБОУ «Школа № 3 «Радуга»", "П.П. Осипов"),
])
def test_a_grif_cut_at_its_signature(tools: ExtractTools, cell: tuple[str, ...], issuer: str,
                                     position: str, name: str) -> None:
    """Quotes left open end at the signature's blanks; a position in an oblique case right
    under the opener ("УТВЕРЖДЕНО / Заведующей") signs the document."""
    doc = docx_doc(table(("ПРИНЯТО\nпедагогическим советом\nпротокол № 1 от 28.08.2024",
                          "\n".join(cell))),
                   "Календарный план воспитательной работы на 2024-2025 учебный год",
                   bold=(1,))
    got = extract(doc, Found(), tools).document
    assert got.issuer == issuer
    assert [(s.name, s.position) for s in got.signatories] == [(name, position)]


def test_a_dative_position_in_running_text_signs_nothing(tools: ExtractTools) -> None:
    """"Заведующей … Т.А. Носовой" inside a sentence: no opener above it, no signature."""
    doc = docx_doc("ПРИКАЗ", "О дежурстве", "Поручить контроль", "заведующей хозяйством",
                   "Т.А. Носовой.")
    assert extract(doc, Found(), tools).document.signatories == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 4 СТ. КАМЫШОВОЙ",
     "Средняя общеобразовательная школа № 4 ст. Камышовой"),
    ("ОСНОВНАЯ ШКОЛА ПОС. ЛЕСНОГО КЕДРОВСКОГО РАЙОНА",
     "Основная школа пос. Лесного Кедровского района"),
    ("ДЕТСКИЙ САД № 2 ВЕРХНЕ- ОЛЬХОВСКОГО РАЙОНА", "Детский сад № 2 Верхне- Ольховского района"),
])
def test_capitals_letterhead_in_normal_case(tools: ExtractTools, text: str,
                                            expected: str) -> None:
    assert restore_case(text, tools, facts_vocab()) == expected


@pytest.mark.parametrize(("line", "place"), [
    ("г. Ново- Лесск, ул. Мира, 1", "г. Ново-Лесск"),
    ("Детский сад № 3 Усть- Ольховского района", "Усть-Ольховского района"),
    ("Работа в Кедровском районе", "Кедровском районе"),
])
def test_a_place_printed_with_a_space_at_its_hyphen(tools: ExtractTools, line: str,
                                                    place: str) -> None:
    got = extract(docx_doc("План мероприятий на 2025 год", line, bold=(0,)), Found(), tools)
    assert got.document.municipality_text == place


@pytest.mark.parametrize(("lines", "name", "position"), [
    (("По поручению Губернатора области |", "Н.В.Соснин |"), "Н.В.Соснин",
     "По поручению Губернатора области"),
    (("По поручению главы района", "А.А. Ершов"), "А.А. Ершов", "По поручению главы района"),
])
def test_a_delegation_formula_as_the_position(tmp_path: Path, lines: tuple[str, ...],
                                              name: str, position: str) -> None:
    text = "ПОСТАНОВЛЕНИЕ\nот 01.04.2010 № 10\nОб утверждении программы\n" \
           "Правительство области постановляет:\n1. Утвердить программу.\n" + "\n".join(lines)
    got = _text_file(tmp_path, text + "\n")
    assert [(s.name, s.position) for s in got.document.signatories] == [(name, position)]


def test_a_stamps_nameless_body_joined_to_the_heading(tmp_path: Path) -> None:
    """"Приложение / к постановлению администрации / города / от … № …" read as one line with
    the passport's heading: the body ends at the requisites, its town from the page's rows."""
    got = _text_file(tmp_path, "Приложение\nк постановлению администрации\nгорода\n"
                               "от «20»декабря 2012 № 501\nПаспорт ведомственной целевой "
                               "программы «Молодёжь» на 2013-2015 годы\nНаименование "
                               "Ведомства Управление по делам молодёжи\nадминистрации города "
                               "Лесногорска\n")
    assert got.document.issuer == "Администрация города Лесногорска"
    assert "header.issuer:top_place" in got.trace or "header.issuer:title_place" in got.trace
