"""A stamp naming only the kind of municipality ("к постановлению Администрации / муниципального
района") completed from the document's own naming of it (invented places)."""

from __future__ import annotations

import pytest

from extract.facts.ctx import Ctx
from extract.facts.issuer_finish import with_title_place


@pytest.mark.parametrize(
    ("name", "text", "named"),
    [
        ("Администрация муниципального района",
         "Развитие культуры Заозёрного Северо-Лесного муниципального района",
         "Администрация Заозёрного Северо-Лесного муниципального района"),
        ("Администрация городского округа",
         "Программа «Здоровье школьников Кленоводского городского округа» на 2024-2026 годы",
         "Администрация Кленоводского городского округа"),
        # the text names the municipality in another case: not copied (the stamp's form differs)
        ("Администрация муниципального района",
         "О работе в Заозёрном муниципальном районе", "Администрация муниципального района"),
        # no name before the marker in the text: unchanged
        ("Администрация муниципального района",
         "Программа развития образования муниципального района на 2025 год",
         "Администрация муниципального района"),
        # a named body is never touched
        ("Администрация Лесного района", "Развитие Лесного муниципального района",
         "Администрация Лесного района"),
    ],
)
def test_stamp_body_named_from_the_text(ctx: Ctx, name: str, text: str, named: str) -> None:
    assert with_title_place(ctx, name, text) == named
