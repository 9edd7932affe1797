"""Approval grifs of schools and kindergartens that name the approver by the order approving
the document ("Утверждаю: / Приказ директора / МБОУ «…» / ____ И.О. Фамилия"), with the
head's name in the genitive after the order's position ("Приказом заведующего МБДОУ … А.Б.
Орловой от … № …"), or with the institution set where a position goes; written with invented
bodies and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, pdf_doc, table


def _in_table(grif: str) -> SourceDocument:
    return docx_doc(table(("Согласовано\nМетодическим объединением\nПротокол № 2", grif)),
                    "ПЛАН РАБОТЫ\nшкольного спортивного клуба «Старт»\nна 2026 год", bold=(1,))


# (grif cell, signatories as (name, position))
BY_ORDER = [
    ("Утверждаю:\nПриказ директора\nМБОУ «Ольховская СОШ»\n____________Лесная О.П.\n№___от_____",
     [("Лесная О.П.", "Директор МБОУ «Ольховская СОШ»")]),
    ("УТВЕРЖДЕНО\nприказом заведующего\nМБДОУ «Детский сад № 4»\nТ.Г. Лебедевой от 02.09.2025 №"
     "\n17-о", [("Т.Г. Лебедева", "Заведующий МБДОУ «Детский сад № 4»")]),
    # a man's surname in the genitive
    ("УТВЕРЖДЕНО\nПриказом директора МАОУ «Гимназия № 2»\nИ.С. Сосновского от 01.09.2025 № 5",
     [("И.С. Сосновский", "Директор МАОУ «Гимназия № 2»")]),
    # (facts63) a surname that also reads as a woman's in the nominative stays as printed
    ("УТВЕРЖДЕНО\nПриказом директора МАОУ «Гимназия № 2»\nИ.С. Боброва от 01.09.2025 № 5",
     [("И.С. Боброва", "Директор МАОУ «Гимназия № 2»")]),
    # the institution where the position goes
    ("Утверждаю\nМБДОУ детский сад № 8\nпосёлка Ольховка\n___________ В.Н. Сосновская",
     [("В.Н. Сосновская", "МБДОУ детский сад № 8 посёлка Ольховка")]),
    # the position printed: read as before
    ("УТВЕРЖДАЮ\nДиректор МБОУ «Ольховская СОШ»\n____________ О.П. Лесная",
     [("О.П. Лесная", "Директор МБОУ «Ольховская СОШ»")]),
]


@pytest.mark.parametrize(("grif", "signed"), BY_ORDER)
def test_an_approval_by_the_heads_order_names_the_head(
        tools: ExtractTools, grif: str, signed: list[tuple[str, str]]) -> None:
    d = extract(_in_table(grif), Found(), tools).document
    assert [(s.name, s.position) for s in d.signatories] == signed


def test_the_heads_name_in_a_pdf_stamp_is_read_in_the_nominative(tools: ExtractTools) -> None:
    doc = pdf_doc("ПЛАН РАБОТЫ", "методического объединения на 2026 год", "УТВЕРЖДЕНО",
                  "Приказом заведующего", "МБДОУ «Детский сад № 4»",
                  "Т.Г. Лебедевой от 02.09.2025 № 17-о", bold=(0, 1))
    d = extract(doc, Found(), tools).document
    assert [(s.name, s.position) for s in d.signatories] == [
        ("Т.Г. Лебедева", "Заведующий МБДОУ «Детский сад № 4»")]


# (PDF lines, signatories): the name over a grif whose signature line is blank
NAME_ABOVE = [
    (("Сосновская", "В.Н.", "УтверждаюИ.о.", "директора МБОУ Ольховская ООШ №3",
      "Приказ № 4.1 от 01.04.2026г.", "/", "_", "Отчет о результатах самообследования"),
     [("Сосновская В.Н.", "И.о. директора МБОУ Ольховская ООШ №3")]),
    # a name under the grif signs as before
    (("УТВЕРЖДАЮ", "Директор МБОУ Ольховская ООШ №3", "_______ В.Н. Сосновская",
      "Отчет о результатах самообследования"),
     [("В.Н. Сосновская", "Директор МБОУ Ольховская ООШ №3")]),
    # a name over a council's grif is no approver
    (("Сосновская", "В.Н.", "Рассмотрено на заседании", "педагогического совета",
      "Отчет о результатах самообследования"), []),
]


@pytest.mark.parametrize(("lines", "signed"), NAME_ABOVE)
def test_a_pdf_name_set_over_the_grif_signs(tools: ExtractTools, lines: tuple[str, ...],
                                            signed: list[tuple[str, str]]) -> None:
    d = extract(pdf_doc(*lines, bold=(len(lines) - 1,)), Found(), tools).document
    assert [(s.name, s.position) for s in d.signatories] == signed
