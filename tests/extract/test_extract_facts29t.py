"""A report's cover (issue 11, dev25 study): a title in capitals then its years in normal
case on a line of their own ("за 2020-2021 учебный год"); the institution's «…» name as the
document's own text spells it, not as re-cased from the cover's capitals."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, pdf_doc

# six cover lines: the years' line lies past the lines a title's continuation reaches
_COVER = ("ОТЧЕТ О РЕЗУЛЬТАТАХ", "САМООБСЛЕДОВАНИЯ", "МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО",
          "ОБЩЕОБРАЗОВАТЕЛЬНОГО", "УЧРЕЖДЕНИЯ «ОСНОВНАЯ ШКОЛА –", "ШКОЛА ТВОРЧЕСТВА №7»")
_TITLE = ("ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО "
          "ОБЩЕОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ «ОСНОВНАЯ ШКОЛА – ШКОЛА ТВОРЧЕСТВА №7»")
_NAME = "Муниципальное бюджетное общеобразовательное учреждение «Основная школа – школа творчества"
_BODY = ("Введение",
         "Отчет составлен по итогам самообследования Муниципального бюджетного "
         "общеобразовательного учреждения «Основная школа – школа творчества № 7» "
         "за прошедший год.")

# (the line under the cover, the title)
YEARS_UNDER_COVER = [
    ("за 2022-2023 учебный год", f"{_TITLE} за 2022-2023 учебный год"),
    ("за 2023 год", f"{_TITLE} за 2023 год"),
    # a place line is no part of the title
    ("г. Лесногорск", _TITLE),
]


@pytest.mark.parametrize(("under", "title"), YEARS_UNDER_COVER)
def test_years_under_a_capitals_cover_end_the_title(under: str, title: str,
                                                   tools: ExtractTools) -> None:
    doc = facts_of(pdf_doc(*_COVER, under, "г. Лесногорск", *_BODY, bold=(0, 1, 2, 3, 4, 5)),
                   tools).document
    assert doc is not None
    assert doc.title == title


# (the body's print of the name, the issuer)
NAME_PRINTS = [
    (_BODY[1], f"{_NAME} № 7»"),
    # no normal-case print in the body: the cover's re-cased
    ("Отчет составлен по итогам самообследования за прошедший год.",
     f"{_NAME} №7»"),
]


@pytest.mark.parametrize(("body", "issuer"), NAME_PRINTS)
def test_issuer_quoted_name_as_the_body_prints_it(body: str, issuer: str,
                                                 tools: ExtractTools) -> None:
    doc = facts_of(pdf_doc(*_COVER, "за 2022 год", "Введение", body, bold=(0, 1, 2, 3, 4, 5)),
                   tools).document
    assert doc is not None
    assert doc.issuer == issuer
