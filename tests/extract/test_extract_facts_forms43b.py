"""Document facts in forms of the thirty-third real set's reports (written again with invented
bodies and wording): a report form's heading followed by the date its blanks were filled in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.title_place_tail import territory_goes_on
from extract.facts.title_text import clean_title
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

# (a form's heading as a reader glued it, the title)
FORM_DATES = [
    ('ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 2 на 20_23_ год от "_30_" __12___ 20_22_г',
     "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 2 на 20_23_ год"),
    ("Отчет о выполнении муниципального задания на 2024 год от «_15_» января_ 20_24 г.",
     "Отчет о выполнении муниципального задания на 2024 год"),
    # a cited act's date printed in full, no blank in it: part of the subject
    ("О внесении изменений в постановление от 20.09.2010",
     "О внесении изменений в постановление от 20.09.2010"),
    ("Отчет об исполнении решения от 5 мая 2021 года",
     "Отчет об исполнении решения от 5 мая 2021 года"),
]


@pytest.mark.parametrize(("text", "title"), FORM_DATES)
def test_title_ends_before_form_date(tools: ExtractTools, text: str, title: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert clean_title(ctx, text) == title


# (the title so far, the next line, whether the line goes on the title)
TERRITORY_LINES = [
    ("ДОКЛАД о результатах за 2010 год на 2011-2013 годы управления образования",
     "Лесной области", True),
    ("Отчет о деятельности на 2024 год отдела образования администрации",
     "Кедрового муниципального округа", True),
    # the title ends on its years, not on a body: the line is the title page's, not the name's
    ("Программа развития на 2024-2028 годы", "Лесной области", False),
    ("Отчет отдела образования.", "Лесной области", False),
    ("ДОКЛАД управления образования", "Лесная область", False),
]


@pytest.mark.parametrize(("text", "line", "goes"), TERRITORY_LINES)
def test_territory_line_ends_body_name(tools: ExtractTools, text: str, line: str,
                                       goes: bool) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert territory_goes_on(ctx, text, line) is goes


_HEAD = "Отдел образования\nадминистрации Лесного района\nПРИКАЗ\nот 03.04.2022 № 41\n"
_BODY = ("В марте прошёл районный конкурс чтецов среди учащихся школ района, в нём приняли "
         "участие 25 ребят из 6 школ, а также 2 воспитанника Дома детского творчества. Жюри "
         "оценивало выразительность чтения, знание текста и артистизм исполнения, и все "
         "участники показали хорошую подготовку и любовь к родному слову и к поэзии.")

# (a text export's lines with no blank line between header and body, the subject)
FLAT_ORDERS = [
    (f"{_HEAD}Об итогах районного конкурса чтецов\n«Живое слово»\n{_BODY}\n",
     "Об итогах районного конкурса чтецов «Живое слово»"),
    (f"{_HEAD}Об итогах конкурса чтецов среди учащихся\nшкол района\n{_BODY}\n",
     "Об итогах конкурса чтецов среди учащихся школ района"),
]


@pytest.mark.parametrize(("text", "title"), FLAT_ORDERS)
def test_subject_ends_before_body_line(tools: ExtractTools, tmp_path: Path, text: str,
                                       title: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title
