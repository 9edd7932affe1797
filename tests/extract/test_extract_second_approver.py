"""Two approvers' grifs stacked over a plan, the first an officer outside the institution
("Старший инспектор …" — a rank before the position's head word, data acting_prefixes) whose
position goes on past a bracket in a genitive line ("(по пропаганде БДД)" / "отделения …",
extract/facts/position_goes_on.py) and whose initials are glued to the surname: both sign,
as printed (CONTRACT `signatories`). Invented places and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.position_goes_on import genitive_goes_on
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of

_HEAD = ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ",
         "ДЕТСКИЙ САД № 12 «ЗВЁЗДОЧКА» ГОРОДА ЗАРЕЧНСКА")
_SECOND = ("УТВЕРЖДАЮ", "Заведующий МБДОУ ДС № 12 «Звёздочка»", "__________ Н.П. Клёнова",
           "Приказ № ___ от ________ 2024 г.")
_TITLE = ("ПЛАН РАБОТЫ ПО ПРОФИЛАКТИКЕ ДЕТСКОГО ДОРОЖНОГО ТРАВМАТИЗМА "
          "на 2024 - 2025 учебный год",)
_KEEPER = ("Н.П. Клёнова", "Заведующий МБДОУ ДС № 12 «Звёздочка»")


@pytest.mark.parametrize(("first", "signer"), [
    (("УТВЕРЖДАЮ", "Старший инспектор ОГИБДД (по пропаганде БДД)",
      "отделения ГИБДД ОМВД по г. Заречнску майор полиции", "__________ Р.Т.Багирова"),
     ("Р.Т.Багирова", "Старший инспектор ОГИБДД (по пропаганде БДД) отделения ГИБДД ОМВД "
                      "по г. Заречнску майор полиции")),
    (("УТВЕРЖДАЮ", "Старший инспектор ОГИБДД", "__________ Р.Т. Багирова"),
     ("Р.Т. Багирова", "Старший инспектор ОГИБДД")),
])
def test_second_approver_signs(tools: ExtractTools, first: tuple[str, ...],
                               signer: tuple[str, str]) -> None:
    doc = docx_doc(*_HEAD, *first, *_SECOND, *_TITLE)
    d = facts_of(doc, tools).document
    assert [(s.name, s.position) for s in d.signatories] == [signer, _KEEPER]


@pytest.mark.parametrize(("text", "nxt", "expected"), [
    ("Инспектор ОГИБДД (по пропаганде БДД)", "отделения ГИБДД майор полиции", True),
    ("Директор МБОУ «Лицей № 4»", "управления образования", True),
    # no bracket or quote closed the line: the usual joining decides
    ("Инспектор ОГИБДД", "отделения ГИБДД", False),
    # a line in capitals or opening otherwise than with a genitive noun
    ("Директор МБОУ «Лицей № 4»", "Приказ № 5 от 01.09.2024", False),
    ("Директор МБОУ «Лицей № 4»", "м.п.", False),
    ("Директор МБОУ «Лицей № 4»", "подпись", False),
])
def test_genitive_goes_on(ctx: Ctx, text: str, nxt: str, expected: bool) -> None:
    assert genitive_goes_on(ctx, text, nxt) is expected
