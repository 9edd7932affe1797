"""An act approving a plan, printed over the plan's passport whose heading is split as
"ПАСПОРТ" / "ВЕДОМСТВЕННОЙ … ПРОГРАММЫ «…»" (cut at the page's end): the genitive block is the
passport's heading, not the plan's own, so the act keeps its subject line as its title
(session facts72)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.lines import chunks
from extract.facts.title_genitive import genitive_tail_under_act
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, pdf_doc

_SUBJECT = 'ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ "ЛЕТНИЙ ОТДЫХ ДЕТЕЙ ЛЕСНОГОРСКА"'


def _act(*tail: str) -> tuple[str, ...]:
    return ("КОМИТЕТ ПО ОБРАЗОВАНИЮ ГОРОДА ЛЕСНОГОРСКА", "ПРИКАЗ", "от 3 марта 2031 г. N 77",
            _SUBJECT, "В целях организации отдыха детей:",
            '1. Утвердить прилагаемую муниципальную программу "Летний отдых детей Лесногорска".',
            "Председатель комитета", "И.П.Сомов", *tail)


@pytest.mark.parametrize(("lines", "bold", "title"), [
    # the passport's heading split after "ПАСПОРТ", its name cut: the subject stays
    (_act("ПАСПОРТ", 'МУНИЦИПАЛЬНОЙ ПРОГРАММЫ "ЛЕТНИЙ'), (0, 1, 3, 8, 9), _SUBJECT),
    (_act("ПАСПОРТ", 'МУНИЦИПАЛЬНОЙ ПРОГРАММЫ "ЛЕТНИЙ ОТДЫХ ДЕТЕЙ ЛЕСНОГОРСКА"'), (0, 1, 3, 8, 9),
     _SUBJECT),
    # the plan's own heading in the nominative after the act: its heading is the title
    (_act('МУНИЦИПАЛЬНАЯ ПРОГРАММА "ЛЕТНИЙ ОТДЫХ ДЕТЕЙ ЛЕСНОГОРСКА"'), (0, 1, 3, 8),
     'МУНИЦИПАЛЬНАЯ ПРОГРАММА "ЛЕТНИЙ ОТДЫХ ДЕТЕЙ ЛЕСНОГОРСКА"'),
])
def test_passport_tail_is_no_title(tools: ExtractTools, lines: tuple[str, ...],
                                   bold: tuple[int, ...], title: str) -> None:
    assert facts_of(pdf_doc(*lines, bold=bold), tools).document.title == title


@pytest.mark.parametrize(("heading", "under_act", "expected"), [
    ('ВЕДОМСТВЕННОЙ ЦЕЛЕВОЙ ПРОГРАММЫ "ЧТЕНИЕ"', True, True),
    ('МУНИЦИПАЛЬНОЙ ПРОГРАММЫ "ЧТЕНИЕ"', True, True),
    ('ВЕДОМСТВЕННАЯ ЦЕЛЕВАЯ ПРОГРАММА "ЧТЕНИЕ"', True, False),
    ('Программа "Чтение"', True, False),
    ('МУНИЦИПАЛЬНОЙ ПРОГРАММЫ "ЧТЕНИЕ"', False, False),  # no act over it
])
def test_genitive_opening_under_an_act(tools: ExtractTools, heading: str, under_act: bool,
                                       expected: bool) -> None:
    lines = _act() if under_act else ("Летний отдых детей", "Пояснения к разделам программы.")
    doc = pdf_doc(*lines)
    ctx = Ctx(chunks=tuple(chunks(doc)), found=Found(), tools=tools, vocab=facts_vocab())
    assert genitive_tail_under_act(ctx, heading) is expected
