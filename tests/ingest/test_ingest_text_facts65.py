"""A text saved a paragraph per line (session facts65): an act's last numbered item closed by
its full stop ends where the signer's position opens, however short the item; a plan's heading
behind its adjectives ("ГОРОДСКАЯ ЦЕЛЕВАЯ ПРОГРАММА …") starts its own block, and its years
closed by the name's quote end it. (lines, paragraph texts) cases."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph
from ingest.text.reader import read_text
from ingest.text.title_heads import ends_heading_years, opens_heading

PREAMBLE = ("Рассмотрев внесённую администрацией города программу и заслушав информацию "
            "отдела образования о летнем отдыхе детей, городской Совет народных депутатов "
            "решил:")


def _paragraphs(lines: list[str]) -> list[str]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(("lines", "texts"), [
    # the last item is short: the signer's position under it is a paragraph of its own
    ([PREAMBLE, "1.Утвердить программу (прилагается).", "2.Решение вступает в силу.",
      "Председатель Совета", "А.А.Котов"],
     [PREAMBLE, "Утвердить программу (прилагается).", "Решение вступает в силу.",
      "Председатель Совета\nА.А.Котов"]),
    # an item whose quote is still open goes on on the next line
    ([PREAMBLE, '1.Утвердить программу "Лето', 'в городе Ольховске".'],
     [PREAMBLE, 'Утвердить программу "Лето\nв городе Ольховске".']),
    # an item left without its full stop goes on too
    ([PREAMBLE, "1.Поручить отделу образования", "Ольховского района подготовить план."],
     [PREAMBLE, "Поручить отделу образования\nОльховского района подготовить план."]),
    # a plan's item keeps its field lines, an act's item a line of its own sentence
    ([PREAMBLE, "1.1. Сбор заявок.", "Срок: март", "Ответственные: методисты"],
     [PREAMBLE, "Сбор заявок.\nСрок: март\nОтветственные: методисты"]),
    ([PREAMBLE, "1.Утвердить программу.", "Отделу образования её исполнять."],
     [PREAMBLE, "Утвердить программу.\nОтделу образования её исполнять."]),
], ids=["signer-after-item", "open-quote", "no-full-stop", "plan-item-fields",
        "sentence-line"])
def test_closed_item_ends_before_a_capital_line(lines: list[str], texts: list[str]) -> None:
    assert _paragraphs(lines) == texts


def test_plan_heading_behind_adjectives_after_signature() -> None:
    lines = [PREAMBLE, "1.Утвердить программу (прилагается).", "Глава города", "П.Р.Дымов",
             'ГОРОДСКАЯ ЦЕЛЕВАЯ ПРОГРАММА "ЛЕТО', 'НА 2019 - 2021 ГОДЫ"', "Паспорт программы",
             "Наименование Городская целевая программа"]
    assert _paragraphs(lines)[2:] == [
        "Глава города\nП.Р.Дымов", 'ГОРОДСКАЯ ЦЕЛЕВАЯ ПРОГРАММА "ЛЕТО\nНА 2019 - 2021 ГОДЫ"',
        "Паспорт программы\nНаименование Городская целевая программа"]


@pytest.mark.parametrize(("prev", "line", "expected"), [
    ("П.Р.Дымов", 'ГОРОДСКАЯ ЦЕЛЕВАЯ ПРОГРАММА "ЛЕТО', True),
    ("П.Р.Дымов", "Областная долгосрочная программа", True),
    ("П.Р.Дымов", "Районная целевая программа «Лето»", True),
    # an adjective alone opens nothing
    ("П.Р.Дымов", "Городская газета «Вести»", False),
], ids=["caps", "regional", "district", "no-plan-noun"])
def test_heading_behind_adjectives(prev: str, line: str, expected: bool) -> None:
    assert opens_heading(prev, line) is expected


@pytest.mark.parametrize(("prev", "expected"), [
    ('НА 2019 - 2021 ГОДЫ"', True),
    ("на 2019 - 2021 гг.»", True),
    ("на 2019 - 2021 годы", True),
    ('"Лето в городе"', False),
], ids=["straight-quote", "guillemet", "no-quote", "no-years"])
def test_years_closed_by_quote_end_heading(prev: str, expected: bool) -> None:
    assert ends_heading_years(prev, "Паспорт программы") is expected
