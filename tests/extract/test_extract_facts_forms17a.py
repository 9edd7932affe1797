"""Document facts on fresh real layouts (study-Zc/Zd): a number glued to the subject in a text
export that lost its line breaks, a council's convocation line under its name, a term given by
its days in words, a years range with the singular "год". Invented bodies, places and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import Paragraph, Provenance, SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, pdf_doc, table

# (text, number): a letter suffix never opens a capitalised word
NUMBERS = [
    ("15.03.2012          N 4417Об  утверждении  целевой программы", "4417"),
    ("от 02.02.2015 № 77По плану мероприятий", "77"),
    ("от 02.02.2015 № 77а", "77а"),
    ("от 02.02.2015 № 77-П", "77-П"),
    ("от 02.02.2015 № 77п Об утверждении плана", "77п"),
]


@pytest.mark.parametrize(("text", "number"), NUMBERS)
def test_number_stops_at_the_subject(ctx: Ctx, text: str, number: str) -> None:
    assert rq.read(ctx, text).number == number


# (convocation line, expected issuer): the council's name without its convocation
CONVOCATIONS = [
    ("ПЯТЫЙ СОЗЫВ", "Совет депутатов Ольховского муниципального района"),
    ("VII созыва", "Совет депутатов Ольховского муниципального района"),
    ("(третьего созыва)", "Совет депутатов Ольховского муниципального района"),
]


@pytest.mark.parametrize(("line", "issuer"), CONVOCATIONS)
def test_convocation_is_no_part_of_the_name(tools: ExtractTools, line: str,
                                            issuer: str) -> None:
    doc = docx_doc("СОВЕТ ДЕПУТАТОВ ОЛЬХОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", line, "РЕШЕНИЕ",
                   "от 14 мая 2014 г. № 12", "Об утверждении плана работы с молодежью",
                   "Рассмотрев предложение администрации района, Совет депутатов решил:")
    assert extract(doc, Found(), tools).document.issuer == issuer


# (title page lines, period as (start, end))
PERIODS = [
    # a month's term in words, the year printed once and glued to "года"
    (("ПЛАН", "мероприятий недели здоровья в детском саду «Ромашка»",
      "(с 03 октября – 28 октября 2019года)"), (2019, 2019)),
    (("ПЛАН", "мероприятий летней площадки", "с 1 июня по 31 августа 2022 г."), (2022, 2022)),
    (("ПЛАН", "мероприятий зимних каникул", "с 25 декабря 2023 г. по 8 января 2024 г."),
     (2023, 2024)),
    # a years range with the singular word, as title pages print it in capitals
    (("РАБОЧАЯ ПРОГРАММА", "ВОСПИТАНИЯ 2022-2026 ГОД"), (2022, 2026)),
]


@pytest.mark.parametrize(("lines", "period"), PERIODS)
def test_period_of_the_title(tools: ExtractTools, lines: tuple[str, ...],
                             period: tuple[int, int]) -> None:
    # the heading as a text reader gives it: one paragraph, its printed lines kept
    doc = SourceDocument(file="t.txt", sha256="0", format="txt", blocks=(
        Paragraph(text="\n".join(lines), source=Provenance(line=1)),))
    got = parse_period(extract(doc, Found(), tools).document.period_text or "")
    assert got is not None
    assert (got.start_year, got.end_year) == period


# (lines of an act's head, issuer, number): the act's word over its body in the genitive, the
# number on a line of its own before the date
ACT_WORD_OVER_BODY = [
    (("постановление", "ГЛАВЫ АДМИНИСТРАЦИИ МЕСТНОГО", "САМОУПРАВЛЕНИЯ ОЛЬХОВСКОГО РАЙОНА",
      "РЕСПУБЛИКИ ЗАРЕЧНАЯ СТОРОНА-ВЕРХНЯЯ", "№45-Д", "14.03.2022 г.\tс. Ольховка"),
     "Глава администрации местного самоуправления Ольховского района", "45-Д"),
    (("ПОСТАНОВЛЕНИЕ", "ГЛАВЫ АДМИНИСТРАЦИИ ЛЕСНОГО РАЙОНА", "№ 7", "01.02.2021 г. Лесное"),
     "Глава администрации Лесного района", "7"),
    (("Приказ", "отдела образования администрации Лесного района", "№ 12-од", "01.02.2021"),
     "Отдел образования администрации Лесного района", "12-од"),
]


@pytest.mark.parametrize(("lines", "issuer", "number"), ACT_WORD_OVER_BODY)
def test_act_word_over_its_body(tools: ExtractTools, lines: tuple[str, ...], issuer: str,
                                number: str) -> None:
    doc = pdf_doc(*lines, "О внесении изменений в муниципальную программу развития образования",
                  "В соответствии с уставом района постановляю:", bold=(0, 1, 2))
    got = extract(doc, Found(), tools)
    assert (got.document.issuer, got.document.order_number) == (issuer, number)
    assert "header.issuer:below_act_word" in got.trace


# (a text export's paragraph: stamp lines, then the heading's lines; title): the heading runs on
# in the stamp's paragraph
APPENDIX_HEADINGS = [
    (("Приложение", "к постановлению", "администрации района", "от 12.10.2019 N 415", "Паспорт",
      "муниципальной программы \"Развитие дошкольного образования Лесного района на 2020-2024 "
      "годы\" (далее - Программа)"),
     "Паспорт муниципальной программы \"Развитие дошкольного образования Лесного района на "
     "2020-2024 годы\""),
    (("Приложение к решению Совета депутатов от 14.12.2015 №12.",
      "Мероприятия по проведению летнего отдыха детей Лесного поселения на 2016 год"),
     "Мероприятия по проведению летнего отдыха детей Лесного поселения на 2016 год"),
]


@pytest.mark.parametrize(("lines", "title"), APPENDIX_HEADINGS)
def test_heading_in_the_stamps_paragraph(tools: ExtractTools, lines: tuple[str, ...],
                                         title: str) -> None:
    doc = SourceDocument(file="t.txt", sha256="0", format="txt", blocks=(
        Paragraph(text="\n".join(lines), source=Provenance(line=1)),
        Paragraph(text="1. Беседы с родителями о безопасности детей", source=Provenance(line=9))))
    got = extract(doc, Found(), tools)
    assert got.document.title == title
    assert "header.title:appendix_title" in got.trace


# (title page lines, bold line indexes, title): a bold bare plan noun goes on in the owner's
# name printed plain when that block closes with the plan's years
TITLE_PAGES = [
    (("ПРОГРАММА РАЗВИТИЯ", "Муниципального бюджетного дошкольного образовательного учреждения "
      "детский сад «Ромашка» г. Лесногорска на 2022 – 2026 гг.", "г. Лесногорск", "2021"), (0,),
     "ПРОГРАММА РАЗВИТИЯ Муниципального бюджетного дошкольного образовательного учреждения "
     "детский сад «Ромашка» г. Лесногорска на 2022 – 2026 гг."),
    # a heading in capitals closed by its years; the owner's capitals name under it is not joined
    (("РАБОЧАЯ ПРОГРАММА", "ВОСПИТАНИЯ 2022-2026 ГОД", "МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ УЧРЕЖДЕНИЕ",
      "ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ «ДОМ ТВОРЧЕСТВА»", "г. Лесногорск, 2022"), (0, 1, 2, 3),
     "РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ 2022-2026 ГОД"),
    # capitals before the years go on up to them
    (("ПРОГРАММА РАЗВИТИЯ", "МУНИЦИПАЛЬНОГО АВТОНОМНОГО УЧРЕЖДЕНИЯ «ДОМ ТВОРЧЕСТВА»",
      "НА 2022-2026 ГОДЫ", "г. Лесногорск"), (0, 1, 2),
     "ПРОГРАММА РАЗВИТИЯ МУНИЦИПАЛЬНОГО АВТОНОМНОГО УЧРЕЖДЕНИЯ «ДОМ ТВОРЧЕСТВА» НА 2022-2026 ГОДЫ"),
    # no years closing the plain block: it is no part of the heading
    (("ПРОГРАММА РАЗВИТИЯ", "Муниципального бюджетного дошкольного образовательного учреждения "
      "детский сад «Ромашка»", "г. Лесногорск", "2021"), (0,), "ПРОГРАММА РАЗВИТИЯ"),
]


@pytest.mark.parametrize(("lines", "bold", "title"), TITLE_PAGES)
def test_plan_noun_over_the_owners_name(tools: ExtractTools, lines: tuple[str, ...],
                                        bold: tuple[int, ...], title: str) -> None:
    assert extract(pdf_doc(*lines, bold=bold), Found(), tools).document.title == title


# (grif cell, signatory position, issuer): the signature line first, the position in lower case
# under it
GRIFS_SIGNED_FIRST = [
    ("УТВЕРЖДАЮ\n_____________А.Б. Лесная\nдиректор МАУ ДО «Дом творчества»\n"
     "приказ от «31» августа 2022 №17",
     "директор МАУ ДО «Дом творчества»", "МАУ ДО «Дом творчества»"),
    ("УТВЕРЖДАЮ\n_____________А.Б. Лесная\nприказ от «31» августа 2022 №17", None, None),
]


@pytest.mark.parametrize(("cell", "position", "issuer"), GRIFS_SIGNED_FIRST)
def test_signature_line_over_its_position(tools: ExtractTools, cell: str, position: str | None,
                                          issuer: str | None) -> None:
    doc = SourceDocument(file="t.docx", sha256="0", format="docx", blocks=(
        table(("ПРИНЯТО\nПедагогическим советом\nпротокол № 1 от 30.08.2022", cell)),
        Paragraph(text="ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ НА 2022-2023 УЧЕБНЫЙ ГОД", bold=True)))
    d = extract(doc, Found(), tools).document
    assert [(s.name, s.position) for s in d.signatories] == [("А.Б. Лесная", position)]
    assert d.issuer == issuer


# (title, issuer): the plan's topic after its first "по" does not hide the owner named after it
# without a preposition; a school after a preposition of place does not issue the plan
OWNERS = [
    ("ПЛАН мероприятий по обеспечению пожарной безопасности МКДОУ «Детский сад № 4 «Солнышко»",
     "МКДОУ «Детский сад № 4 «Солнышко»"),
    ("План мероприятий по переходу на новые программы в МБОУ «Лесная СОШ»", None),
]


@pytest.mark.parametrize(("title", "issuer"), OWNERS)
def test_owner_after_the_plans_topic(tools: ExtractTools, title: str, issuer: str | None) -> None:
    doc = pdf_doc(title, "№ | Мероприятие | Срок | Ответственный", bold=(0,))
    assert extract(doc, Found(), tools).document.issuer == issuer
