"""Two grifs side by side whose printed rows a copy glued into one line each: the chair of a
school's council on the left, the approving head on the right ("Председатель МОУ «Школа № 2»"
/ "Педагогического совета г. Лесного" / "А.А. Орлова Б.Б. Петрова"). The head signs with the
right column's position; the chair is not a signatory, and the council's words are no part of
the issuer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of


@pytest.mark.parametrize(("paragraphs", "signatory", "issuer"), [
    (("Материал с сайта\n«Утверждаю» Директор", "Председатель МОУ СОШ № 3",
      "Управляющего совета г. Кедрового Лесной области", "Н.Н. Сомова Е.А. Грачёва",
      "ПУБЛИЧНЫЙ ДОКЛАД", "директора школы за 2020 год"),
     ("Е.А. Грачёва", "Директор МОУ СОШ № 3 г. Кедрового Лесной области"),
     "МОУ СОШ № 3 г. Кедрового"),
    (("УТВЕРЖДАЮ Заведующий", "Председатель МДОУ детский сад № 4",
      "Попечительского совета «Ромашка»", "Орлова А.А. Петрова Б.Б.",
      "ПУБЛИЧНЫЙ ДОКЛАД за 2021 год"),
     ("Петрова Б.Б.", "Заведующий МДОУ детский сад № 4 «Ромашка»"),
     None),
])
def test_glued_council_and_approver(paragraphs: tuple[str, ...], signatory: tuple[str, str],
                                    issuer: str | None, tools: ExtractTools) -> None:
    doc = facts_of(docx_doc(*paragraphs), tools).document
    assert doc is not None
    assert [(s.name, s.position) for s in doc.signatories] == [signatory]
    if issuer:
        assert doc.issuer == issuer
