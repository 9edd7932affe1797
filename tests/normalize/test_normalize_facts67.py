"""The document's own word defined in brackets ("(далее – Отчёт)") is no place natasha may
read as one (session facts67; places.yaml not_names). (text, municipality) cases."""

from __future__ import annotations

import pytest

from normalize.lemmas import get_lemmatizer
from normalize.places import find_place


@pytest.mark.parametrize(("text", "municipality"), [
    ("Целями самообследования являются подготовка отчёта о его результатах (далее – Отчёт).",
     None),
    ("подготовка отчета о результатах (далее - Отчет)", None),
    # a town natasha reads still counts
    ("Самообследование проведено в Кедровске в марте", "Кедровск"),
])
def test_defined_document_word_is_no_place(text: str, municipality: str | None) -> None:
    assert find_place([text], get_lemmatizer()).municipality == municipality
