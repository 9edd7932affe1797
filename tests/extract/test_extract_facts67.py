"""Institutions' own documents as their sites' file cards give them (session facts67):
a grif's column that prints the institution's short name, its hamlet and the approving order
on lines of their own (invented names and wording)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.grif_place_line import act_line, place_over_act
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, table

_LEFT = "Принят:\nНа педагогическом совете\nМБДОУ «Лесок»\nПротокол № 1 от 28.08.2026"


@pytest.mark.parametrize(("right", "issuer", "signed", "order"), [
    # the hamlet under the name, the order's line wrapped before its date
    ("Утверждаю:\nЗаведующий\nМБДОУ\nд/с«Лесок»\nх.Заречный\nПриказ от\n02.09.2026г. № 41\n"
     "________ Кравцова\nО.П.", "МБДОУ д/с«Лесок» х.Заречный",
     ("Кравцова О.П.", "Заведующий МБДОУ д/с«Лесок» х.Заречный"), ("41", "2026-09-02")),
    # the order's line whole
    ("Утверждаю:\nЗаведующий\nМБДОУ «Лесок»\nс. Луговое\nПриказ № 41 от 02.09.2026\n"
     "________ О.П. Кравцова", "МБДОУ «Лесок» с. Луговое",
     ("О.П. Кравцова", "Заведующий МБДОУ «Лесок» с. Луговое"), ("41", "2026-09-02")),
    # no place line: the name alone
    ("Утверждаю:\nЗаведующий\nМБДОУ «Лесок»\nПриказ от\n02.09.2026г. № 41\n"
     "________ Кравцова\nО.П.", "МБДОУ «Лесок»",
     ("Кравцова О.П.", "Заведующий МБДОУ «Лесок»"), ("41", "2026-09-02")),
], ids=["hamlet-wrapped-order", "village-order-line", "no-place"])
def test_grif_place_over_its_order(tools: ExtractTools, right: str, issuer: str,
                                   signed: tuple[str, str], order: tuple[str, str]) -> None:
    doc = docx_doc(table((_LEFT, right)), "ГОДОВОЙ ПЛАН", "детского сада «Лесок»",
                   "на 2026-2027 учебный год", bold=(1, 2, 3))
    found = facts_of(doc, tools).document
    assert found.issuer == issuer
    assert [(s.name, s.position) for s in found.signatories] == [signed]
    assert (found.order_number, iso_date(found.order_date_text)) == order


@pytest.mark.parametrize(("line", "following", "expected"), [
    ("х.Заречный", "Приказ от", True),
    ("с. Луговое", "Приказ № 41 от 02.09.2026", True),
    ("п. Верхние Ключи", "Приказом от 02.09.2026 № 41", True),
    # a town over the signature is where the grif was signed
    ("г. Заречный", "________ О.П. Кравцова", False),
    # a line that is no settlement alone
    ("детский сад «Лесок»", "Приказ от", False),
    ("х.Заречный ул. Садовая", "Приказ от", False),
])
def test_place_over_act(ctx: Ctx, line: str, following: str, expected: bool) -> None:
    assert place_over_act(ctx, line, following) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Приказ от", True),
    ("Приказ № 41 от 02.09.2026", True),
    ("Приказ", False),
    ("Заведующий", False),
])
def test_act_line(ctx: Ctx, line: str, expected: bool) -> None:
    assert act_line(ctx, line) is expected
