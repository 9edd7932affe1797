"""Municipal and regional acts approving education programmes (session facts65): a council
named in its operative sentence with its adjectives, the first of which a likelier parse reads
as a genitive ("Ольховский городской Совет … решил:")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

_ACT = ("Решение от 14.03.2019 г № 212\n\nО городской целевой программе «Лето»\n\n\n"
        "Рассмотрев программу, внесённую администрацией города, {body} решил:\n"
        "1.Утвердить программу (прилагается).\n2.Решение вступает в силу.\n"
        "Председатель городского Совета\nТ.Н.Сорокина\n")


@pytest.mark.parametrize(("body", "issuer"), [
    ("Ольховский городской Совет народных депутатов",
     "Ольховский городской Совет народных депутатов"),
    ("Ольховский районный Совет депутатов", "Ольховский районный Совет депутатов"),
    ("Городской Совет депутатов Ольховска", "Городской Совет депутатов Ольховска"),
], ids=["city-adjective-gent-parse", "district", "name-after"])
def test_council_with_its_adjectives(tools: ExtractTools, tmp_path: Path, body: str,
                                     issuer: str) -> None:
    found = facts_of(txt_doc(tmp_path, _ACT.format(body=body)), tools).document
    assert found.issuer == issuer
