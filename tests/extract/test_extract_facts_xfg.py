"""Document facts of DOCX documents exported to text (a line per paragraph, a table row as
"| cell | cell |"), written again with invented bodies, places, people and wording: a contents
page under the title block whose entries name an appendix ("Приложение. План …") holds no
stamp, so the heading under the grif stays the title. (text, expected) cases read by the text
reader and the header rules."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.limits import Limits
from ingest.models import SourceDocument
from ingest.text.reader import read_text

_BODY = ("Программа воспитания детского сада (далее – детский сад) составлена с учётом "
         "требований федеральных документов о воспитании обучающихся и опыта педагогов.")


def _doc(*lines: str) -> SourceDocument:
    blocks = read_text("\n".join(lines).encode(), "t.txt", Limits()).blocks
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


_GRIF = "| ПРИНЯТО: педагогическим советом Протокол № 2 от 29.08.2024 | " \
        "УТВЕРЖДАЮ: Заведующий МБДОУ № 7 Р.Т. Карпова |"
_HEADING = ["Рабочая программа воспитания", "муниципального бюджетного дошкольного",
            "образовательного учреждения детского сада № 7 г. Озёрска"]
_TITLE = ("Рабочая программа воспитания муниципального бюджетного дошкольного "
          "образовательного учреждения детского сада № 7 г. Озёрска")


@pytest.mark.parametrize(("lines", "title"), [
    # the contents list an appendix; the body opens with the first part named again
    ([_GRIF, *_HEADING, "Озёрск, 2024 г", "Содержание", "Пояснительная записка",
      "Раздел 1. Цели воспитания", "Приложение. Календарный план воспитательной работы",
      "Пояснительная записка", "Рабочая программа воспитания МБДОУ № 7 " + _BODY], _TITLE),
    # "Оглавление", its entries ending with the appendix line
    ([_GRIF, *_HEADING, "Оглавление", "Введение", "Приложение 1. План мероприятий на год",
      "Введение", "Рабочая программа воспитания МБДОУ № 7 " + _BODY], _TITLE),
])
def test_contents_appendix_is_no_stamp(lines: list[str], title: str,
                                       tools: ExtractTools) -> None:
    found = extract(_doc(*lines), Found(), tools)
    assert found.document.title == title


_SCHOOL = ["Муниципальное общеобразовательное учреждение",
           "«Заречная средняя общеобразовательная школа № 3»"]
_NOTE = ("Пояснительная записка", "Переход ребёнка из детского сада в школу проходит легче, "
         "когда воспитатели и учителя знают друг друга и работают по общему плану.")


@pytest.mark.parametrize(("lines", "title"), [
    # a capitals heading closed by a quoted name, the authors' full names under it in one block
    ([*_SCHOOL, "ПРОГРАММА", "ПО ВЗАИМОДЕЙСТВИЮ ДЕТСКОГО САДА И ШКОЛЫ", "«ВМЕСТЕ В ПЕРВЫЙ КЛАСС»",
      "Ершова Марина Львовна,", "заместитель директора по УВР МОУ «ЗСОШ № 3»",
      "Гусева Ирина Олеговна,", "заведующая МДОУ «Детский сад «Теремок»",
      "Сорокина Алла Игоревна,", "старший воспитатель МДОУ «Детский сад «Теремок»",
      "Сорокина Алла Игоревна,", "методист МДОУ «Детский сад «Колобок»",
      "г. Заречный", "2024 г.", *_NOTE],
     "ПРОГРАММА ПО ВЗАИМОДЕЙСТВИЮ ДЕТСКОГО САДА И ШКОЛЫ «ВМЕСТЕ В ПЕРВЫЙ КЛАСС»"),
    # a capitals heading without years over a "Составитель:" label and the place line
    (["РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ", "МБДОУ «ДЕТСКИЙ САД № 5 «ЁЛОЧКА»", "(ДОШКОЛЬНЫЙ УРОВЕНЬ)",
      "Составитель: старший воспитатель Белова Т.Н., воспитатели детского сада, педагог-психолог",
      "и музыкальный руководитель по плану методического объединения",
      "г. Заречный", "2023", *_NOTE],
     "РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ МБДОУ «ДЕТСКИЙ САД № 5 «ЁЛОЧКА» (ДОШКОЛЬНЫЙ УРОВЕНЬ)"),
])
def test_heading_ends_before_authors(lines: list[str], title: str,
                                     tools: ExtractTools) -> None:
    found = extract(_doc(*lines), Found(), tools)
    assert found.document.title == title
