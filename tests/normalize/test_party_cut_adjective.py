"""A comma before a cut adjective ("муз. работник", "мед. сестра") separates two parties: the
noun after the cut word decides, not the cut word read as a genitive ("муз" → "муза")."""

from __future__ import annotations

import pytest

from normalize.party_split import split_responsibles


@pytest.mark.parametrize(("text", "expected"), [
    ("Педагоги, муз. руководитель", ["Педагоги", "муз. руководитель"]),
    ("Старшая медсестра, мед. работник", ["Старшая медсестра", "мед. работник"]),
    ("Отдел образования, соц. защиты населения", ["Отдел образования, соц. защиты населения"]),
    ("Воспитатели групп, родители", ["Воспитатели групп", "родители"]),
])
def test_cut_adjective_after_comma(text: str, expected: list[str]) -> None:
    assert split_responsibles(text) == expected
