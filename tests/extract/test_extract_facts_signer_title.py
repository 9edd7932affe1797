"""A report's grif printed without its opening word ("Директор МКОУ …" / "А.Б. Орлова" /
"Приказ …") over its title is no letterhead (extract/facts/signer_lines.py); the title's full
name, the legal form in the genitive and the name in the nominative, is the issuer
(extract/facts/title_named_owner.py). Invented schools and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import page_summary

_BODY = ("\n1. ОБЩИЕ СВЕДЕНИЯ\nСамообследование проведено комиссией школы. Комиссия изучила "
         "документы, расписание занятий и кадровый состав школы.\n")

CASES = [
    ("Директор МБОУ ЗСШ №7\nИ.П.Ракитина\nПриказ от 02.04.2025 № 17/3\nОТЧЕТ\n"
     "о самообследовании муниципального бюджетного общеобразовательного учреждения Заречная "
     "средняя школа №7 Лесного муниципального района\nпо итогам года 2024" + _BODY,
     "Муниципальное бюджетное общеобразовательное учреждение Заречная средняя школа №7 "
     "Лесного муниципального района"),
    # the name after a position closing its line
    ("Директор МБОУ ЗСШ №7 И.П.Ракитина\nОТЧЕТ\n"
     "о самообследовании муниципального бюджетного общеобразовательного учреждения Заречная "
     "средняя школа №7 за 2024 год" + _BODY,
     "Муниципальное бюджетное общеобразовательное учреждение Заречная средняя школа №7"),
]


@pytest.mark.parametrize(("text", "issuer"), CASES)
def test_grif_without_opener(text: str, issuer: str, tmp_path: Path) -> None:
    assert page_summary(text, tmp_path)["issuer"] == issuer
