"""Titles a PDF printed line by line, broken where the DOCX kept one paragraph: an act's
subject going on after a line that opens with a bracket ("(до 2028 года) в … районе"), up to
the requisites of the act that approved what it amends ("…, утвержденную постановлением" /
"Администрации … от … № …"), a capitals title broken after an adjective ("ОБ УТВЕРЖДЕНИИ
МУНИЦИПАЛЬНОЙ" / "ПРОГРАММЫ …"), a title page's heading broken after a preposition; and
titles of text exports (a line per paragraph) that end at their years, before the town and
year of a title page or a section's heading. Invented bodies, places and wording; (document,
expected title) cases read by the header rules."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.limits import Limits
from ingest.models import SourceDocument
from ingest.text.reader import read_text

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import pdf_doc

BODY = ("В целях повышения качества общего образования и в соответствии с уставом района "
        "администрация района постановляет утвердить прилагаемый документ и обеспечить его "
        "исполнение в установленные сроки.")


CASES = [
    # a bracket on its own line whose subject's words go on after it
    (pdf_doc("АДМИНИСТРАЦИЯ ЛУГОВСКОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ", "от 14.05.2024 № 212",
             "Об утверждении плана мероприятий по развитию школьных библиотек",
             "на среднесрочный период", "(до 2028 года) в Луговском районе", BODY,
             bold=(0, 1, 3, 4, 5)),
     "Об утверждении плана мероприятий по развитию школьных библиотек на среднесрочный "
     "период (до 2028 года) в Луговском районе"),
    # a note in brackets under the subject stays out of it
    (pdf_doc("АДМИНИСТРАЦИЯ ЛУГОВСКОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ", "от 14.05.2024 № 212",
             "Об утверждении плана мероприятий по развитию школьных библиотек",
             "(в редакции от 01.09.2024 № 300)", BODY, bold=(0, 1, 3)),
     "Об утверждении плана мероприятий по развитию школьных библиотек"),
    # an amending act's subject over narrow lines, up to the approving act's number
    (pdf_doc("ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ", "от 02.03.2021 № 77-П",
             "О внесении изменений в", "государственную", "программу Заречной",
             "области «Развитие школ", "Заречной области»,", "утвержденную", "постановлением",
             "Правительства Заречной", "области от 10.10.2019", "№ 401-П", BODY),
     "О внесении изменений в государственную программу Заречной области «Развитие школ "
     "Заречной области», утвержденную постановлением Правительства Заречной области от "
     "10.10.2019 № 401-П"),
    # a capitals subject broken after an adjective: its first line opens the title
    (pdf_doc("АДМИНИСТРАЦИЯ ОЗЁРНОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ", "от 5 марта 2024 г. N 18",
             "ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ",
             "ПРОГРАММЫ РАЗВИТИЯ ШКОЛЬНОГО СПОРТА В ОЗЁРНОМ РАЙОНЕ НА 2024 - 2026 ГОДЫ",
             BODY, "1. Утвердить муниципальную программу развития школьного спорта.",
             bold=(0, 1, 3, 4)),
     "ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ РАЗВИТИЯ ШКОЛЬНОГО СПОРТА В ОЗЁРНОМ РАЙОНЕ НА "
     "2024 - 2026 ГОДЫ"),
    # a title page's topic heading broken after a preposition, over an explanatory note
    (pdf_doc("Система мер по", "поддержке чтения среди младших школьников", "Составитель",
             "Петрова А.В.", "с. Луговое, 2023 г", "Пояснительная записка",
             "Наименование программы – программа МБОУ «Луговская ООШ» «Читаем вместе»",
             "Срок реализации – программа рассчитана на период с 2023 по 2026 год",
             "Программа предназначена для учащихся 1–4 классов.", bold=(0, 1, 5)),
     "Система мер по поддержке чтения среди младших школьников"),
]


@pytest.mark.parametrize(("doc", "title"), CASES)
def test_titles_broken_by_pdf_lines(tools: ExtractTools, doc: SourceDocument, title: str) -> None:
    assert extract(doc, Found(), tools).document.title == title


def _text_doc(*lines: str) -> SourceDocument:
    blocks = read_text("\n".join(lines).encode(), "t.txt", Limits()).blocks
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


# a text export, a line per paragraph: the title ends at its years
EXPORTS = [
    # the title page's town and year under the title's years
    (("Муниципальное бюджетное общеобразовательное учреждение", "основная школа № 2",
      "| ПРИНЯТА педагогическим советом | УТВЕРЖДЕНА приказом директора |",
      "Программа развития", "МБОУ ООШ № 2 на 2023–2027 годы", "с. Озёрное", "2023 год",
      "Паспорт программы развития",
      "| Полное наименование организации | Муниципальное бюджетное общеобразовательное "
      "учреждение основная школа № 2 |"),
     "Программа развития МБОУ ООШ № 2 на 2023–2027 годы"),
    # a report's title over its first section's heading
    (("Отчет о результатах самообследования за 2022 год", "Аналитическая часть",
      "I. Оценка образовательной деятельности",
      "Образовательная деятельность в школе организуется по основной образовательной "
      "программе и учебному плану, принятому педагогическим советом."),
     "Отчет о результатах самообследования за 2022 год"),
    # a capitals heading goes on in capitals after its years
    (("ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ ПОДПРОГРАММЫ",
      "\"ЛЕТНИЙ ОТДЫХ ДЕТЕЙ ОЗЁРНОГО РАЙОНА НА 2024 - 2026 ГОДЫ\"",
      "ПО НАПРАВЛЕНИЯМ РАБОТЫ", "| Показатель | Ед. | 2024 | 2025 | 2026 |",
      "| Охват детей отдыхом | % | 60 | 62 | 65 |"),
     "ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ ПОДПРОГРАММЫ \"ЛЕТНИЙ ОТДЫХ ДЕТЕЙ ОЗЁРНОГО РАЙОНА НА 2024 - 2026 "
     "ГОДЫ\" ПО НАПРАВЛЕНИЯМ РАБОТЫ"),
]


@pytest.mark.parametrize(("lines", "title"), EXPORTS)
def test_text_export_titles_end_at_their_years(tools: ExtractTools, lines: tuple[str, ...],
                                               title: str) -> None:
    assert extract(_text_doc(*lines), Found(), tools).document.title == title


# a PDF reader's one line holding the title and what the page printed under it
ONE_LINE = [
    (pdf_doc("Программа развития МБОУ «Луговская СОШ» на 2024-2029 годы Паспорт программы "
             "развития", bold=(0,)),
     "Программа развития МБОУ «Луговская СОШ» на 2024-2029 годы"),
    (pdf_doc("ГОДОВОЙ ПЛАН РАБОТЫ НА 2024-2025 УЧЕБНЫЙ ГОД (основное общее образование)",
             bold=(0,)),
     "ГОДОВОЙ ПЛАН РАБОТЫ НА 2024-2025 УЧЕБНЫЙ ГОД"),
    # years inside the plan's quoted name: the title runs to the closing quote
    (pdf_doc("Муниципальная программа «Развитие спорта в городе Луговом на 2024-2028 годы» "
             "паспорт муниципальной программы", bold=(0,)),
     "Муниципальная программа «Развитие спорта в городе Луговом на 2024-2028 годы»"),
]


@pytest.mark.parametrize(("doc", "title"), ONE_LINE)
def test_one_line_title_ends_at_its_years(tools: ExtractTools, doc: SourceDocument,
                                          title: str) -> None:
    assert extract(doc, Found(), tools).document.title == title
