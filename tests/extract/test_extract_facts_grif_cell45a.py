"""An approving grif read from its own table cell, its lines wrapped by the narrow column
(extract/facts/stamps.py): a short name cut before its bracketed part ("приказом МБОУ СОШ" /
"(кадетская)") goes on naming the body, and the head's position printed after the order's
number is the signer's line, no part of the body."""

from __future__ import annotations

import pytest

from extract.tools import ExtractTools
from tests.extract.facts_helpers import docx_doc, facts_of, table


@pytest.mark.parametrize(("right", "issuer", "number", "date"), [
    (["УТВЕРЖДЕНО", "приказом МБОУ СОШ", "(кадетская)", "г. Сосновска",
      "от 01.09.2025 № 77", "директор МБОУ СОШ (кадетская)", "г. Сосновска", "____ Е.П. Фомина"],
     "МБОУ СОШ (кадетская) г. Сосновска", "77", "01.09.2025"),
    (["УТВЕРЖДЕН", "Приказом МКОУ ООШ", "(с углублённым изучением)", "с. Ольховка",
      "от 12.01.2024 № 5-о", "заведующий МКОУ ООШ", "____ Т.К. Жукова"],
     "МКОУ ООШ (с углублённым изучением) с. Ольховка", "5-о", "12.01.2024"),
])
def test_wrapped_grif_cell(tools: ExtractTools, right: list[str], issuer: str, number: str,
                           date: str) -> None:
    grifs = table(("ПРИНЯТ\nна педагогическом совете\nпротокол № 1 от 30.08.2025",
                   "\n".join(right)))
    doc = docx_doc(grifs, "ПУБЛИЧНЫЙ ДОКЛАД", "школы за 2024-2025 учебный год", bold=(1, 2))
    d = facts_of(doc, tools).document
    assert d is not None
    assert (d.issuer, d.order_number) == (issuer, number)
    assert d.order_date_text is not None and date in d.order_date_text
