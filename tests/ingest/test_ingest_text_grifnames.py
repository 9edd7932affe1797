"""Session grifnames in the text reader: a dash item (or a numbered one in lower case) closed by
its full stop ends before a line in capitals that is no field of its own (item_ends
`closed_item`), and a dash typed against its item's first word is a bullet (markdown
`split_marker`)."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph
from ingest.text.item_ends import item_end_rule
from ingest.text.markdown import split_marker, starts_block
from ingest.text.reader import read_text


@pytest.mark.parametrize(("item", "line", "rule"), [
    (["- отбор детей для спортивных команд."], "Занятия ведутся по шести видам спорта.",
     "closed_item"),
    (["- проведение конкурса «Лидер»."], "Победители награждены грамотами.", "closed_item"),
    # the item's own field under it
    (["- Конкурс рисунков."], "Срок: ноябрь", None),
    (["- Учебная эвакуация."], "Ответственный за проведение: заместитель директора", None),
    # an abbreviation's or an initial's full stop closes no item
    (["- встреча с ветераном Н.П."], "Кедровым", None),
    (["- экскурсия в г."], "Лесогорск", None),
    # a semicolon: the list goes on
    (["- участие в олимпиадах;"], "Олимпиады проводятся ежегодно", None),
    # a numbered item going on its label's sentence in lower case, closed likewise
    (["2) подготовка отчета о самообследовании."], "Результаты рассмотрены на педсовете.",
     "closed_item"),
    # a plan's numbered item in capitals keeps the lines under it (its description)
    (["2. Подготовка отчета о самообследовании."], "Результаты рассмотрены на педсовете.",
     None),
])
def test_closed_item(item: list[str], line: str, rule: str | None) -> None:
    assert item_end_rule(item, line) == rule


def test_closed_item_paragraphs() -> None:
    text = "Задачи:\n- воспитание интереса к спорту;\n- отбор детей для команд.\n" \
           "Занятия ведутся по шести видам спорта.\n"
    doc = read_text(text.encode(), "t.txt", Limits())
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "Задачи:", "воспитание интереса к спорту;", "отбор детей для команд.",
        "Занятия ведутся по шести видам спорта."]


@pytest.mark.parametrize(("line", "marker", "rest"), [
    ("-формирование у обучающихся интереса,", "-", "формирование у обучающихся интереса,"),
    ("•создание условий;", "•", "создание условий;"),
    ("- создание условий;", "-", "создание условий;"),
    # no bullet: a negative number, a capital after the dash (a dash of a sentence)
    ("-5 градусов", None, "-5 градусов"),
    ("—Мы приняли участие", None, "—Мы приняли участие"),
])
def test_glued_bullet(line: str, marker: str | None, rest: str) -> None:
    assert split_marker(line) == (marker, rest)
    assert starts_block(line) is (marker is not None)
