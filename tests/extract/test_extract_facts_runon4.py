"""A title run on past its end: an edition note after the name or its years, a passport's
heading run into its table's first row label (extract/facts/title_runon.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.title_text import clean_title
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc, table

# (a title as the rules joined it, the title)
RUN_ON = [
    # an edition note in braces after the closed name
    ("Об утверждении муниципальной программы «Поддержка чтения в Кедровом округе» "
     "{в редакции: постановления от 03.04.2020 № 18}",
     "Об утверждении муниципальной программы «Поддержка чтения в Кедровом округе»"),
    ("Об утверждении программы «Здоровый школьник» {в ред. постановлений от 5.02.2019 № 7, "
     "от 9.09.2019 № 40}", "Об утверждении программы «Здоровый школьник»"),
    # the note in round brackets, several acts named
    ("Об утверждении муниципальной программы «Безопасная школа» (в ред. постановлений от "
     "11.01.2021 № 3, от 14.06.2022 № 77)",
     "Об утверждении муниципальной программы «Безопасная школа»"),
    # "в новой редакции" after the years or the closed name
    ('Муниципальная программа "Сельская школа Сосновки" на 2016-2020 годы в новой редакции',
     'Муниципальная программа "Сельская школа Сосновки" на 2016-2020 годы'),
    ("Программа «Талантливые дети Лесного» в новой редакции.",
     "Программа «Талантливые дети Лесного»"),
    # the words inside the name's quotes are the name's own
    ("Программа «Образование в редакции 2024 года»",
     "Программа «Образование в редакции 2024 года»"),
    ('Программа "Школа в новой редакции" на 2022-2024 годы',
     'Программа "Школа в новой редакции" на 2022-2024 годы'),
    # an act's subject approving a programme in a new edition says what the act does
    ('Об утверждении муниципальной программы "Развитие образования Лесного района на 2015 - '
     '2020 гг." в новой редакции', 'Об утверждении муниципальной программы "Развитие '
     'образования Лесного района на 2015 - 2020 гг." в новой редакции'),
    ("Об утверждении программы «Одарённые дети» {в ред. постановления от 01.02.2021 № 7}",
     "Об утверждении программы «Одарённые дети»"),
    # a passport's heading run into its first row's label
    ("Паспорт муниципальной программы Наименование субъекта бюджетного планирования (главного "
     "распорядителя средств бюджета Кедрового округа)", "Паспорт муниципальной программы"),
    ("ПАСПОРТ подпрограммы «Летний отдых детей» Ответственный исполнитель подпрограммы",
     "ПАСПОРТ подпрограммы «Летний отдых детей»"),
    ("Паспорт программы развития школы Соисполнители программы",
     "Паспорт программы развития школы"),
    ("ПАСПОРТ ПРОГРАММЫ Цели программы", "ПАСПОРТ ПРОГРАММЫ"),
    # a capitalised word of the name is no label; a label word inside quotes is the name's
    ("Паспорт программы Сосновского района", "Паспорт программы Сосновского района"),
    ("Паспорт проекта «Цели и ценности»", "Паспорт проекта «Цели и ценности»"),
]


@pytest.mark.parametrize(("text", "title"), RUN_ON)
def test_title_ends_before_run_on(tools: ExtractTools, text: str, title: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert clean_title(ctx, text) == title


_LABEL = "Наименование субъекта бюджетного планирования (главного распорядителя средств)"
_VALUE = "Управление образования администрации Кедрового округа"
_NAMED = "Паспорт муниципальной программы «Развитие образования Кедрового округа»"


def test_pdf_heading_over_first_row(tools: ExtractTools) -> None:
    doc = pdf_doc(f"Паспорт муниципальной программы {_LABEL}", _VALUE,
                  "Цели программы повышение доступности образования", bold=(0,))
    assert facts_of(doc, tools).document.title == "Паспорт муниципальной программы"


def test_docx_first_cell_read_with_heading(tools: ExtractTools) -> None:
    doc = docx_doc(f"{_NAMED} Ответственный исполнитель программы",
                   table(("", _VALUE), ("Цели программы", "Повышение доступности образования")),
                   bold=(0,))
    assert facts_of(doc, tools).document.title == _NAMED
