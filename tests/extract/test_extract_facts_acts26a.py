"""Acts of a twenty-second study set (issue 11): a passport printed as space-aligned text
columns (label ending in ":", value opened by "- ", continued on indented lines)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc, table, txt_doc

_HEAD = ("Приложение\nк решению Лесогорского городского Совета\nот 3 марта 2010 г. N 15\n\n"
         "Городская программа \"Юность Лесогорска\" (2010-2012 гг.)\n\nПаспорт Программы\n\n")

ALIGNED = [
    # a dash opens each value; the goal and the task go on over indented lines
    (_HEAD + "Цель Программы:          - Создание условий для участия молодых\n"
             "                           жителей города в его общественной жизни.\n"
             "Задачи Программы:        - Поддержка трудоустройства подростков\n"
             "                           и студентов в летний период,\n",
     (["Создание условий для участия молодых жителей города в его общественной жизни"],
      ["Поддержка трудоустройства подростков и студентов в летний период"])),
    # two tasks, each opened by its own dash, the first wrapped
    (_HEAD + "Цель Программы:          - Воспитание гражданской активности молодежи.\n"
             "Задачи Программы:        - Развитие добровольческих объединений\n"
             "                           старшеклассников;\n"
             "                         - поддержка молодых семей.\n",
     (["Воспитание гражданской активности молодежи"],
      ["Развитие добровольческих объединений старшеклассников", "поддержка молодых семей"])),
]


@pytest.mark.parametrize(("text", "expected"), ALIGNED)
def test_space_aligned_passport_values(text: str, expected: tuple[list[str], list[str]],
                                       tools: ExtractTools, tmp_path: Path) -> None:
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert (list(found.goals), list(found.tasks)) == expected


_AMENDING = ("АДМИНИСТРАЦИЯ ОЗЁРНОГО РАЙОНА\nЗАРЕЧНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ",
             "от 5 апреля 2016 г. № 210-п",
             "О внесении изменений в постановление администрации района от 10.12.2014 № 95-п",
             "1. Внести в постановление администрации района от 10.12.2014 № 95-п следующие "
             "изменения:")

RESTATING_ITEM = [
    # the item's line wraps after "согласно приложению к": no appendix grif, the letterhead
    # issued the act
    ((*_AMENDING, "1.1. Приложение к постановлению читать в новой редакции согласно приложению к"),
     "Администрация Озёрного района"),
    # the same item with "изложить"
    ((*_AMENDING, "1.1. Приложение к постановлению изложить в новой редакции согласно "
                  "приложению к"), "Администрация Озёрного района"),
]


@pytest.mark.parametrize(("lines", "issuer"), RESTATING_ITEM)
def test_restating_item_is_no_appendix_grif(lines: tuple[str, ...], issuer: str,
                                            tools: ExtractTools) -> None:
    doc = facts_of(docx_doc(*lines, bold=(0, 1, 3)), tools)
    assert doc.document is not None
    assert doc.document.issuer == issuer


_GRIF = ("Приложение", "к решению Лесогорской городской Думы", "от 12 мая 2008 г. N 40")
_ROW = table(("Наименование Программы",
              "Городская целевая программа \"Здоровая смена (2009-2011 годы)\""),
             ("Сроки реализации", "2009-2011 годы"))

HEADING_REPEATED = [
    # the heading under the grif and the passport's heading agree; the name row's kind word
    # differs: the two prints win
    (pdf_doc(*_GRIF, "Городская комплексная программа", "\"Здоровая смена (2009-2011 годы)\"",
             "Паспорт", "городской комплексной программы",
             "\"Здоровая смена (2009-2011 годы)\""),
     "Городская комплексная программа \"Здоровая смена (2009-2011 годы)\""),
    # a bare "Паспорт Программы" repeats nothing: the name row stays the title
    (pdf_doc(*_GRIF, "Городская комплексная программа", "\"Здоровая смена (2009-2011 годы)\"",
             "Паспорт Программы"),
     "Городская целевая программа \"Здоровая смена (2009-2011 годы)\""),
]


@pytest.mark.parametrize(("doc", "title"), HEADING_REPEATED)
def test_heading_the_passport_repeats(doc: SourceDocument, title: str,
                                      tools: ExtractTools) -> None:
    doc = doc.model_copy(update={"blocks": (*doc.blocks, _ROW)})
    found = facts_of(doc, tools)
    assert found.document is not None
    assert found.document.title == title


_SITE = ("Решение Земского Собрания Озёрного муниципального района от 14.02.2009 N 12 "
         "\"Об утверждении районной программы \"Юные таланты\" на 2009-2010 гг.\"")

ASSEMBLY = [
    # the preamble's "Земское Собрание … решает:" names the body in the nominative
    ((_SITE, "ЗЕМСКОЕ СОБРАНИЕ ОЗЁРНОГО МУНИЦИПАЛЬНОГО РАЙОНА",
      "РЕШЕНИЕ от 14 февраля 2009 г. N 12",
      "ОБ УТВЕРЖДЕНИИ РАЙОННОЙ ПРОГРАММЫ \"ЮНЫЕ ТАЛАНТЫ\" НА 2009-2010 ГГ.",
      "Рассмотрев проект районной программы, Земское Собрание Озёрного муниципального района "
      "решает:", "1. Утвердить районную программу \"Юные таланты\" на 2009-2010 гг."),
     "Земское Собрание Озёрного муниципального района"),
    # a page opening with the preamble: its "решает:" ends the operative clause
    (("Рассмотрев проект районной программы \"Юные таланты\" на 2009-2010 гг., Земское "
      "Собрание Озёрного муниципального района решает:",
      "1. Утвердить районную программу \"Юные таланты\" на 2009-2010 гг."),
     "Земское Собрание Озёрного муниципального района"),
    # the site's heading alone: its genitive put back into the nominative, capitals kept
    ((_SITE, "1. Утвердить районную программу \"Юные таланты\" на 2009-2010 гг."),
     "Земское Собрание Озёрного муниципального района"),
]


@pytest.mark.parametrize(("lines", "issuer"), ASSEMBLY)
def test_assembly_issuer_in_the_nominative(lines: tuple[str, ...], issuer: str,
                                           tools: ExtractTools) -> None:
    doc = facts_of(docx_doc(*lines), tools)
    assert doc.document is not None
    assert doc.document.issuer == issuer
