"""A registry's card above the act (CONTRACT `title`, `issuer`): its "Принявший орган" names the
issuer when the act's own letterhead names the formation alone, its quotes spelt as the act's
text prints them; its "Заголовок документа" is the title when the page stops before the act's
subject; its lines are never the act's letterhead. Invented formation and bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_ACT = ("\n\nМУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ\n\n«БЕРЁЗОВСКИЙ РАЙОН»\n\nПОСТАНОВЛЕНИЕ\n\n"
        "от 5 мая 2022г. № 41\n\nс. Берёзовка\n\n")
_BODY = "В целях отдыха детей в муниципальном образовании «Берёзовский район» постановляю:\n"

# (the card's lines, what the act prints after its header, title, issuer)
CARDS = [
    ('Дата публикации: 6 мая 2022г.\nПринявший орган: Администрация муниципального '
     'образования "Берёзовский район"\nТип документа: Постановления',
     "О летнем отдыхе детей\n\n" + _BODY,
     "О летнем отдыхе детей", "Администрация муниципального образования «Берёзовский район»"),
    ('Вид документа: Постановление\nЗаголовок документа: О летнем отдыхе детей в 2022 году\n'
     'Наименование правотворческого органа: Администрация Берёзовского района',
     _BODY, "О летнем отдыхе детей в 2022 году", "Администрация Берёзовского района"),
    # no card: a single labelled line names nothing
    ("Дата публикации: 6 мая 2022г.", "О летнем отдыхе детей\n\n" + _BODY,
     "О летнем отдыхе детей", None),
]


@pytest.mark.parametrize(("card", "act", "title", "issuer"), CARDS)
def test_registry_card(tmp_path: Path, card: str, act: str, title: str | None,
                       issuer: str | None) -> None:
    path = tmp_path / "act.txt"
    path.write_text(card + _ACT + act, encoding="utf-8")
    d = process_file(path).document
    assert (d.title, d.issuer) == (title, issuer)
