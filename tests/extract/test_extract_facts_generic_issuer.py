"""An approval note naming the institution by its kind abbreviated ("утверждено приказом ОУ от
…") names no body: the grif's institution is the issuer (CONTRACT `issuer`). Invented
wording."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from tests.extract.facts_helpers import docx_doc, table


@pytest.mark.parametrize(("body", "issuer"), [
    ("ОУ", "МБОУ СОШ № 5 г. Заречного"),
    ("ДОУ", "МБОУ СОШ № 5 г. Заречного"),
    # a body's own name stays the issuer
    ("Управления образования", "Управление образования"),
])
def test_kind_abbreviation_names_no_body(tools: ExtractTools, body: str, issuer: str) -> None:
    grif = table((f"УТВЕРЖДАЮ\nДиректор МБОУ СОШ № 5 г. Заречного\n__________ Л.В. Орлова\n"
                  f"(утверждено приказом {body} от 30.08.2024 № 212)",
                  "СОГЛАСОВАНО\nПредседатель Совета школы\n__________ О.Н. Белова"))
    doc = docx_doc(grif, "Публичный доклад МБОУ СОШ № 5 г. Заречного за 2024 год",
                   "I. Общая характеристика", bold=(1, 2))
    got = extract(doc, Found(), tools).document
    assert got is not None and got.issuer == issuer
