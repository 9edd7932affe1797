"""Document facts of acts on legal sites (issue 11, helper facts21a): a new edition's appendix
line stacked over the original's plain approval grif. Invented bodies, places and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import lines_doc

_BODY = ("Муниципальная программа", "«Развитие туризма в Озёрском районе»", "1. Паспорт",
         "Туризм в районе развивается медленно, программа поможет это исправить.")

# (stamps, expected order number, date): the original's grif under the amending act's line
STACKED = [
    (("Приложение 1", "к постановлению администрации", "Озёрского района",
      "от 14 марта 2022 г. N 57", "Утверждена", "постановлением администрации",
      "Озёрского района", "от 3 февраля 2016 г. N 412"), "412", "от 3 февраля 2016 г."),
    (("Приложение N 2", "к постановлению администрации города Озёрска",
      "от 01.09.2023 № 1200", "УТВЕРЖДЕНА", "постановлением администрации города Озёрска",
      "от 20.11.2019 № 3051"), "3051", "от 20.11.2019"),
    # the same grif alone, no amending act over it
    (("УТВЕРЖДЕНА", "постановлением администрации города Озёрска", "от 20.11.2019 № 3051"),
     "3051", "от 20.11.2019"),
    # an appendix over a later grif is no amendment: the appendix line is the act's own
    (("Приложение 1", "к постановлению администрации", "Озёрского района",
      "от 14 марта 2022 г. N 57", "Утверждена", "постановлением администрации",
      "Озёрского района", "от 3 февраля 2023 г. N 412"), "57", "от 14 марта 2022 г."),
]


@pytest.mark.parametrize(("stamps", "number", "date"), STACKED)
def test_stacked_grif_gives_the_original(tools: ExtractTools, stamps: tuple[str, ...],
                                         number: str, date: str) -> None:
    facts = extract(lines_doc("\n".join((*stamps, *_BODY))), Found(), tools).document
    assert (facts.order_number, facts.order_date_text) == (number, date)
