"""A plan table's last row cut by the end of the text (extract/cut_rows.py), a column-number
row that numbers only its first two columns, and a numbered subprogramme's group row (no title
of the page; a programme's measures table)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.cut_rows import cut_row
from extract.facts import header
from extract.found import Found
from extract.layout import is_column_numbers
from extract.tables import extract as tables_extract

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import doc, para, run, table, tools, tsv

HEADER = "№ | Мероприятие | Срок | Ответственные"
ROWS = """
1 | Смотр-конкурс уголков безопасности | март | Заместитель директора по ВР
2 | Конкурс рисунков «Дорога и мы» | апрель | Учитель ИЗО"""


@pytest.mark.parametrize(("last", "titles"), [
    # stops inside a word the dictionary does not know: cut
    ("3 | Викторина по правилам движ | |",
     ["Смотр-конкурс уголков безопасности", "Конкурс рисунков «Дорога и мы»"]),
    ("3 | Викторина «Светофор» | май | Отдел образования адми",
     ["Смотр-конкурс уголков безопасности", "Конкурс рисунков «Дорога и мы»"]),
    # a title stopping on a preposition or an adjective before its noun, the other cells empty
    ("3 | Выставка поделок учащихся на | |",
     ["Смотр-конкурс уголков безопасности", "Конкурс рисунков «Дорога и мы»"]),
    ("3 | Проведение занятий в дошкольных | |",
     ["Смотр-конкурс уголков безопасности", "Конкурс рисунков «Дорога и мы»"]),
    # a title stopping on a stub of two letters
    ("3 | Сбор сведений о победителях в 2026 го | |",
     ["Смотр-конкурс уголков безопасности", "Конкурс рисунков «Дорога и мы»"]),
    # a whole title over empty cells: the cut fell between cells, the title is said
    ("3 | Выставка поделок учащихся | |",
     ["Смотр-конкурс уголков безопасности", "Конкурс рисунков «Дорога и мы»",
      "Выставка поделок учащихся"]),
    # a whole row ending on an abbreviation or a name
    ("3 | Викторина «Светофор» | май | Руководитель отряда ЮИД",
     ["Смотр-конкурс уголков безопасности", "Конкурс рисунков «Дорога и мы»",
      "Викторина «Светофор»"]),
    ("3 | Викторина «Светофор» | май | Орлова Т.В., соц",
     ["Смотр-конкурс уголков безопасности", "Конкурс рисунков «Дорога и мы»",
      "Викторина «Светофор»"]),
])
def test_last_row_of_the_text_cut_by_its_end(last: str, titles: list[str]) -> None:
    found = run(table(tsv(f"{HEADER}{ROWS}\n{last}")))
    assert [a.title for a in found.activities] == titles


def test_a_row_cut_mid_word_but_followed_by_text_stays() -> None:
    """Only the text's last block can be cut by its end: a signature after the table."""
    found = run(table(tsv(f"{HEADER}{ROWS}\n3 | Викторина по правилам движ | |")),
                para("Директор школы Т.В. Орлова", line=9))
    assert len(found.activities) == 3


def test_the_only_row_of_a_table_cut_on_an_unfinished_title() -> None:
    found = run(table(tsv("N | Наименование мероприятия | Исполнитель | Срок\n"
                          "1 | Утверждение положения о работе центров на те | |")))
    assert found.activities == ()
    assert any("cut by the end of the text" in w for w in found.warnings)


@pytest.mark.parametrize(("texts", "why"), [
    (["3", "Правила движ", "", ""], "stops mid-word"),
    (["3", "Встреча с инспектором", "май", "Орлова Т.В."], None),
    (["3", "Работа с родителями по", "", ""], "title only, unfinished"),
])
def test_cut_row_reasons(texts: list[str], why: str | None) -> None:
    assert cut_row(texts, texts[1], [t for t in texts[2:] if t], True, tools()) == why


@pytest.mark.parametrize(("texts", "numbers"), [
    (["1", "2", "", ""], True),
    (["1", "2", "3", "4"], True),
    (["1", "2", "Отдел", ""], False),
    (["1", "Сбор", "", ""], False),
    (["1", "2"], False),
])
def test_column_numbers_of_the_first_two_columns(texts: list[str], numbers: bool) -> None:
    assert is_column_numbers(texts) is numbers


MEASURES = [
    ["N п/п", "Наименование направления, блока мероприятий, мероприятия", "Плановый срок",
     "Исполнители"],
    ["1", "2", "", ""],
    ["Подпрограмма 2 «Каникулы без опасностей»", "", "", ""],
    ["Цель 2. Безопасный отдых детей", "", "", ""],
    ["1.", "Проверка лагерей дневного пребывания", "2027 - 2029", "Комитет по образованию"],
    ["2.", "Обучение вожатых", "2027 - 2029 ежегодно", "Комитет по образованию"],
]


def test_partial_column_numbers_make_no_activity() -> None:
    found = run(table(MEASURES, lines=False))
    assert [a.number for a in found.activities] == ["1", "2"]
    assert found.goals == ("Безопасный отдых детей",)


def test_subprogramme_row_is_no_title_and_makes_a_programme() -> None:
    d = doc(table(MEASURES, lines=False))
    found = tables_extract(d, Found(), tools())
    facts = header.extract(d, found, tools())
    assert facts.document.title is None
    assert facts.document.kind == "programme"


def test_roman_part_with_its_own_term_is_a_section() -> None:
    """"I. | Подготовка | март – май" over items "1.1.", "1.2.": a part of the plan."""
    found = run(table(tsv("""
№ | Мероприятия | Сроки | Ответственные
I. | Подготовительный этап | март – май 2026 г. |
1.1. | Издание приказа о лагерях | до 1 апреля 2026 г. | Управление
1.2. | Сбор заявок от школ | апрель 2026 г. | Управление""")))
    assert [(a.number, a.section) for a in found.activities] == [
        ("1.1", "Подготовительный этап"), ("1.2", "Подготовительный этап")]
    assert not any("garbled" in w for w in found.warnings)
