"""Document facts in forms of the twenty-third real set's school and sports-school reports
(written again with invented schools, places, people and wording): a site's card heading over
the cover printed in capitals, a cover whose genre word goes on in the owner's genitive name in
another weight up to "за <year> год", a school's number after its quoted name, a grif whose
order number keeps a letter after a space and whose signature line names no body."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, pdf_doc, txt_doc

_GENITIVE = "муниципального бюджетного учреждения дополнительного образования «Спортивная школа»"

# (the text file, the title it gives)
CARD_OVER_COVER = [
    ("Отчет о результатах самообследования\n\nОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\n"
     "МБОУ СОШ № 4 за 2024 год\n\nСОДЕРЖАНИЕ\nОбщие сведения\n",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ МБОУ СОШ № 4 за 2024 год"),
    ("отчет самообследования\n\nОТЧЕТ\nО САМООБСЛЕДОВАНИИ\n"
     "муниципального бюджетного общеобразовательного учреждения «Лесная школа»\n"
     "за 2023 год\n\nРаздел 1. Общие сведения.\n",
     "ОТЧЕТ О САМООБСЛЕДОВАНИИ муниципального бюджетного общеобразовательного учреждения "
     "«Лесная школа» за 2023 год"),
]


@pytest.mark.parametrize(("text", "title"), CARD_OVER_COVER)
def test_capitals_cover_wins_over_card_heading(tools: ExtractTools, tmp_path: Path, text: str,
                                               title: str) -> None:
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert found.document.title == title
    assert found.document.kind == "report"


# (the cover's lines, the bold ones, the title)
OWNER_THEN_YEAR = [
    (("Отчет", "о результатах самообследования", _GENITIVE + " №7", "за 2024 год",
      "Раздел 1. Аналитическая часть"), (0, 1, 4),
     f"Отчет о результатах самообследования {_GENITIVE} №7 за 2024 год"),
    (("ОТЧЕТ", "О САМООБСЛЕДОВАНИИ", "Муниципального казённого общеобразовательного учреждения "
      "«Озёрная основная школа»", "за 2023 год", "1. Общие сведения"), (0, 1),
     "ОТЧЕТ О САМООБСЛЕДОВАНИИ Муниципального казённого общеобразовательного учреждения "
     "«Озёрная основная школа» за 2023 год"),
    # the cover in sentence case runs on up to its years: the capitals line under it is the
    # body's first heading, not a cover
    (("Отчет", "о самообследовании", "муниципального казённого общеобразовательного "
      "учреждения «Ручейковая СОШ»", "за 2022-2023 учебный год",
      "ОТЧЕТ О САМООБСЛЕДОВАНИИ ОБЩЕОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ", "РАЗДЕЛ 1. ОБЩИЕ СВЕДЕНИЯ"),
     (0, 1, 2, 3, 4, 5),
     "Отчет о самообследовании муниципального казённого общеобразовательного учреждения "
     "«Ручейковая СОШ» за 2022-2023 учебный год"),
]


@pytest.mark.parametrize(("lines", "bold", "title"), OWNER_THEN_YEAR)
def test_genre_word_goes_on_in_owner_up_to_years(tools: ExtractTools, lines: tuple[str, ...],
                                                 bold: tuple[int, ...], title: str) -> None:
    found = facts_of(pdf_doc(*lines, bold=bold), tools)
    assert found.document.title == title


# (the letterhead and grif lines, the order number expected: none when only a school's)
SCHOOL_NUMBER = [
    (("Муниципальное бюджетное учреждение дополнительного образования «Спортивная школа» №7",
      "(МБУ ДО «СШ» №7)", "УТВЕРЖДАЮ:", "директор МБУ ДО «СШ» №7", "___________И.П. Котов",
      "«5» марта 2024г."), None),
    (("УТВЕРЖДАЮ", "Директор МБОУ «Школа» №12", "Приказ от 01.09.2023 № 41"), "41"),
    (("УТВЕРЖДЕНО", "приказом МО «Город Энск» № 15 от 10.02.2022"), "15"),
    # the act's date right after the number: the school's act, its number
    (("УТВЕРЖДЕН", "приказом МБОУ «Береговая СОШ» № 63 от 30.08.2023"), "63"),
]


@pytest.mark.parametrize(("lines", "number"), SCHOOL_NUMBER)
def test_school_number_after_quoted_name(tools: ExtractTools, lines: tuple[str, ...],
                                         number: str | None) -> None:
    found = facts_of(pdf_doc(*lines, "Отчет о результатах самообследования за 2023 год"), tools)
    assert found.document.order_number == number


# (the grif's lines, the order number, the issuer must not hold the signer's words)
SPACED_LETTER = [
    (("Утвержден приказом от 12 января 2024 № 5 б", "директор ДЮСШ__________К.Л.Орлов"),
     "5 б"),
    (("Утвержден приказом от 12 января 2024 № 8 а", "заведующий МБДОУ_____А.А.Белова"), "8 а"),
    (("Утвержден приказом от 12 января 2024 № 17", "директор ДЮСШ__________К.Л.Орлов"), "17"),
]


@pytest.mark.parametrize(("lines", "number"), SPACED_LETTER)
def test_number_letter_after_space_and_signature_line(tools: ExtractTools,
                                                      lines: tuple[str, ...],
                                                      number: str) -> None:
    found = facts_of(pdf_doc(*lines, "ОТЧЕТ", "О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ",
                             "МБУ ДО «Лесная спортивная школа» за 2023 год"), tools)
    assert found.document.order_number == number
    issuer = found.document.issuer or ""
    assert "директор" not in issuer.lower() and "заведующий" not in issuer.lower()
    assert "Орлов" not in issuer and "Белова" not in issuer
