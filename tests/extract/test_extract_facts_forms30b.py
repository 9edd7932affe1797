"""Document facts in forms of the twenty-sixth real set's school title pages (written again
with invented schools, places, people and wording): a director's report cover, a mirror
site's page heading over a public report and its authors' list, a digital-signature stamp
inside a grif, a place abbreviation before an institution's legal form, a place adjective
opening a legal form in a title's genitive, and the city's district named in a school's name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.case import restore_case
from extract.facts.ctx import Ctx
from extract.facts.institution_full_name import full_name_in_title
from extract.facts.lines import chunks
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, lines_doc, pdf_doc, table, txt_doc

_FORM = "Муниципальное бюджетное общеобразовательное учреждение"

# (the cover's lines under the school's form, title, issuer)
COVERS = [
    # the town and its region under a name closed by its number, no marker
    (("лицей №4", "Лесогорск Заречной области", "", "Отчётный доклад директора"),
     "Отчётный доклад директора", f"{_FORM} лицей №4"),
    (("гимназия № 9", "Берёзовск Заречной области", "", "Отчетный доклад директора гимназии"),
     "Отчетный доклад директора гимназии", f"{_FORM} гимназия № 9"),
    (("«Школа № 3»", "Ольховка Заречной области", "", "ОТЧЕТНЫЙ ДОКЛАД"),
     "ОТЧЕТНЫЙ ДОКЛАД", f"{_FORM} «Школа № 3»"),
]


@pytest.mark.parametrize(("lines", "title", "issuer"), COVERS)
def test_director_report_cover(tools: ExtractTools, tmp_path: Path, lines: tuple[str, ...],
                               title: str, issuer: str) -> None:
    text = "\n".join([_FORM, *lines, "", "Директор:", "Орлова Анна Сергеевна", "", "2024", "",
                      "1. Общие сведения", "Школа работает с 1975 года.", ""])
    got = facts_of(txt_doc(tmp_path, text), tools).document
    assert (got.kind, got.title, got.issuer) == ("report", title, issuer)


# (the mirror's page heading, the report's own heading and subject, title)
MIRRORS = [
    ("ОТЧЕТ - Школа № 7 г.Лесогорск", ("ПУБЛИЧНЫЙ ДОКЛАД", "«О деятельности муниципального",
                                        "общеобразовательного учреждения – школа №7»"),
     "ПУБЛИЧНЫЙ ДОКЛАД «О деятельности муниципального общеобразовательного учреждения – "
     "школа №7»"),
    ("Документы – Гимназия № 2", ("ПУБЛИЧНЫЙ ОТЧЕТ", "«Об итогах работы муниципального",
                                  "общеобразовательного учреждения – гимназия № 2»"),
     "ПУБЛИЧНЫЙ ОТЧЕТ «Об итогах работы муниципального общеобразовательного учреждения – "
     "гимназия № 2»"),
]


@pytest.mark.parametrize(("page", "heading", "title"), MIRRORS)
def test_mirror_heading_and_authors(tools: ExtractTools, tmp_path: Path, page: str,
                                    heading: tuple[str, ...], title: str) -> None:
    text = "\n".join([page, "", "advertisement", *heading, "г. Лесогорск",
                      "2022/2023 учебный год", "Уважаемые родители!",
                      "Представляем вам наш доклад о прошедшем годе работы.", "Авторы:",
                      "директор, Почетный работник общего образования", "А.Б. Орлова,",
                      "заместители директора", "В.Г. Лесная, Д.Е. Полевая", ""])
    got = facts_of(txt_doc(tmp_path, text), tools).document
    assert got.title == title
    assert got.signatories == ()
    owner = title.split("– ")[1].rstrip("»")
    assert got.issuer == f"Муниципальное общеобразовательное учреждение – {owner}"


# (the stamp's lines as a PDF reader interleaves them into the grif)
STAMPS = [
    ("Подписано цифровой подписью: Орлова Анна Сергеевна",
     "DN: cn=Орлова Анна Сергеевна, o=МОУ \"Лицей № 4\", c=RU Дата: 2022.03.01 10:11:12 +03'00'",
     "Орлова", "___________А.С. Орлова Анна Сергеевна"),
    ("Подписано цифровой подписью: Орлова Анна Сергеевна", "Дата: 2022.03.01 10:11:12 +03'00'",
     "Орлова Анна", "___________А.С. Орлова Сергеевна"),
]


@pytest.mark.parametrize("stamp", STAMPS)
def test_esign_stamp_inside_grif(tools: ExtractTools, stamp: tuple[str, ...]) -> None:
    doc = pdf_doc("Муниципальное общеобразовательное учреждение «Лицей № 4»", "УТВЕРЖДЕНО",
                  "Директор МОУ «Лицей № 4»", *stamp, "Приказ № 17 от «12» марта 2022г.",
                  "Отчет о результатах самообследования за 2021 год", "Аналитическая часть",
                  bold=(1, 8, 9))
    got = facts_of(doc, tools).document
    assert (got.order_number, got.act_type) == ("17", "приказ")
    assert [(s.name, s.position) for s in got.signatories] == [
        ("А.С. Орлова", "Директор МОУ «Лицей № 4»")]


# (the approver's grif lines, issuer)
GRIF_PLACE_MARKS = [
    (("Директор СПб ГБОУ ДОД", "«ДШИ №5»"), "СПб ГБОУ ДОД «ДШИ №5»"),
    (("Директор СПб ГБОУ", "«Детская школа искусств №5»"),
     "СПб ГБОУ «Детская школа искусств №5»"),
    (("Директор РТ МБОУ", "«Школа № 8»"), "РТ МБОУ «Школа № 8»"),
]


@pytest.mark.parametrize(("grif", "issuer"), GRIF_PLACE_MARKS)
def test_place_abbreviation_before_form(tools: ExtractTools, grif: tuple[str, ...],
                                        issuer: str) -> None:
    doc = docx_doc(table(("СОГЛАСОВАНО\nКомитет по культуре\n______ В.Ю. Лесной",
                          "УТВЕРЖДАЮ\n" + "\n".join(grif) + "\n______ Е.А. Полевая")),
                   "ПРОГРАММА РАЗВИТИЯ", "Заречненского государственного бюджетного",
                   "учреждения дополнительного образования", "«Детская школа искусств №5»",
                   "на период 2024-2028 г.г.", bold=(1, 2, 3, 4, 5))
    found = facts_of(doc, tools)
    assert found.document.issuer == issuer
    assert "header.issuer:grif" in found.trace


# (title, owner in the nominative)
PLACE_ADJECTIVES = [
    ("ПРОГРАММА РАЗВИТИЯ Заречненского государственного бюджетного учреждения "
     "дополнительного образования «Детская школа искусств №5» на 2024-2028 годы",
     "Заречненское государственное бюджетное учреждение дополнительного образования "
     "«Детская школа искусств №5»"),
    ("Программа развития Нижне-Лесогорского муниципального бюджетного общеобразовательного "
     "учреждения «Школа № 1»",
     "Нижне-Лесогорское муниципальное бюджетное общеобразовательное учреждение «Школа № 1»"),
    # no place adjective: the form alone
    ("Программа развития муниципального бюджетного общеобразовательного учреждения «Школа № 1»",
     "Муниципальное бюджетное общеобразовательное учреждение «Школа № 1»"),
    # a dashed name with its number, no quotes
    ("Публичный доклад о деятельности муниципального общеобразовательного учреждения – "
     "гимназия №6", "Муниципальное общеобразовательное учреждение – гимназия №6"),
]


@pytest.mark.parametrize(("title", "owner"), PLACE_ADJECTIVES)
def test_place_adjective_opens_form(tools: ExtractTools, title: str, owner: str) -> None:
    ctx = Ctx(chunks=tuple(chunks(lines_doc(title))), found=Found(), tools=tools,
              vocab=facts_vocab())
    assert full_name_in_title(ctx, title) == owner


@pytest.mark.parametrize(("text", "cased"), [
    ("СПб ГБОУ ДОД «СПб ДШИ №12»", "СПб ГБОУ ДОД «СПб ДШИ №12»"),
    ("ДИРЕКТОР СПб ГБОУ «ШКОЛА № 3»", "Директор СПб ГБОУ «Школа № 3»"),
])
def test_mixed_case_abbreviation_kept(tools: ExtractTools, text: str, cased: str) -> None:
    assert restore_case(text, tools, facts_vocab()) == cased


# (the school's name on its letterhead, municipality phrase the facts rules read)
def test_city_district_no_municipality_phrase(tools: ExtractTools) -> None:
    doc = pdf_doc("муниципальное общеобразовательное учреждение",
                  "«Лицей №3 Ольховского района Липецка»", "УТВЕРЖДЕНО",
                  "Отчет о результатах самообследования за 2021 год", bold=(2, 3))
    got = facts_of(doc, tools).document
    assert got.municipality_text != "Ольховского района"
