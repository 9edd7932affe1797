"""A text copy's grif cell flattened into one line, the name's first initial without its dot
("УТВЕРЖДАЮ Директор … колледжа Е Б. Орлова «01» сентября 2023 г."), on a structural unit's
cover (the university's full name over the college's own line): the name signs as a Word copy
prints it and the unit is the issuer (facts.yaml `cell_cuts`, CONTRACT `issuer`, dev76 rWk03's
rule). Invented names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, table

_COVER = ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ЛЕСНОЙ ОБЛАСТИ",
          "Государственное образовательное учреждение высшего образования Лесной области",
          "«Заречный государственный университет»", "Педагогический колледж")
_AGREED = ("СОГЛАСОВАНО на заседании Педагогического совета ПК ЗГУ Протокол № 1 от « 30 » "
           "августа 2024 г.")
_TITLE = ("РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ", "Педагогического колледжа ЗГУ",
          "на 2024-2025 учебный год")


@pytest.mark.parametrize(("approver", "signer"), [
    ("УТВЕРЖДАЮ Директор Педагогического колледжа Е Б. Орлова «02» сентября 2024 г.",
     ("Е Б. Орлова", "Директор Педагогического колледжа")),
    ("УТВЕРЖДАЮ Директор Педагогического колледжа Е Б. Орлова",
     ("Е Б. Орлова", "Директор Педагогического колледжа")),
    # the dots in place: read as before
    ("УТВЕРЖДАЮ Директор Педагогического колледжа Е.Б. Орлова «02» сентября 2024 г.",
     ("Е.Б. Орлова", "Директор Педагогического колледжа")),
])
def test_flat_cell_initial_without_dot(tools: ExtractTools, approver: str,
                                       signer: tuple[str, str]) -> None:
    doc = docx_doc(*_COVER, table((_AGREED, approver)), *_TITLE)
    d = facts_of(doc, tools).document
    assert [(s.name, s.position) for s in d.signatories] == [signer]
    assert d.issuer == "Педагогический колледж"
