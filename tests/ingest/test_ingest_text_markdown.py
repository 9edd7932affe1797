"""Text reader: markdown paragraphs, inline HTML in cells, table shapes."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.text.inline_html import html_to_text
from ingest.text.reader import read_text


def _read(text: str, name: str = "doc.md") -> tuple:
    return read_text(text.encode(), name, Limits()).blocks


def _paragraph(text: str) -> Paragraph:
    (block,) = _read(text)
    assert isinstance(block, Paragraph)
    return block


def _table(text: str) -> Table:
    return next(b for b in _read(text) if isinstance(b, Table))


@pytest.mark.parametrize(("line", "text", "heading", "number", "bold"), [
    ("## Реализация мероприятий", "Реализация мероприятий", 2, None, False),
    ("### 1. Мероприятия", "Мероприятия", 3, "1.", False),
    ("# Заголовок #", "Заголовок", 1, None, False),
    ("**П Р И К А З**", "П Р И К А З", None, None, True),
    ("__Паспорт__", "Паспорт", None, None, True),
    ("Текст с **выделением** внутри", "Текст с выделением внутри", None, None, False),
    ("*ИМЦ*", "ИМЦ", None, None, False),
    ("См. [приказ № 5](http://example.ru/a_(b).pdf) от 1.09", "См. приказ № 5 от 1.09",
     None, None, False),
    ("- интеграции деятельности;", "интеграции деятельности;", None, "-", False),
    ("* пункт списка", "пункт списка", None, "*", False),
    ("• пункт", "пункт", None, "•", False),
    ("1. Утвердить дорожную карту", "Утвердить дорожную карту", None, "1.", False),
    ("1.1. Разработать план", "Разработать план", None, "1.1.", False),
    ("2.3 Провести семинар", "Провести семинар", None, "2.3", False),
    ("- 2. Срок реализации: 2022-2026 годы.", "Срок реализации: 2022-2026 годы.", None, "2.",
     False),
    ("от 09.12.2022", "от 09.12.2022", None, None, False),
    ("09.12.2022 № 18", "09.12.2022 № 18", None, None, False),
    ("15 марта 2023 г.", "15 марта 2023 г.", None, None, False),
    ("Е.В. Ганина", "Е.В. Ганина", None, None, False),
    ("Цена 5 \\* 3 \\- итог", "Цена 5 * 3 - итог", None, None, False),
    ("a&nbsp;&laquo;b&raquo; <br>c", "a «b»\nc", None, None, False),
])
def test_paragraph_markdown(line: str, text: str, heading: int | None, number: str | None,
                            bold: bool) -> None:
    p = _paragraph(line)
    assert (p.text, p.heading, p.list_number, p.bold) == (text, heading, number, bold)
    assert p.source.line == 1


def test_full_text_gives_the_marker_back() -> None:
    assert _paragraph("1.1. Разработать план").full_text == "1.1. Разработать план"


def test_hard_breaks_join_lines_of_one_bold_paragraph() -> None:
    blocks = _read("\n\n**МУНИЦИПАЛЬНОЕ УЧРЕЖДЕНИЕ  \nРАЙОНА  \n«ЦЕНТР»**\n\nДалее.\n")
    title, rest = blocks
    assert title.text == "МУНИЦИПАЛЬНОЕ УЧРЕЖДЕНИЕ\nРАЙОНА\n«ЦЕНТР»"
    assert title.bold and title.source.line == 3
    assert rest.source.line == 7


def test_list_items_are_separate_paragraphs_and_blank_lines_end_paragraphs() -> None:
    blocks = _read("Задачи:\n- первая;\n- вторая.\nпродолжение второй\n\nНовый абзац")
    assert [(b.list_number, b.text) for b in blocks] == [
        (None, "Задачи:"), ("-", "первая;"), ("-", "вторая.\nпродолжение второй"),
        (None, "Новый абзац")]


@pytest.mark.parametrize(("fragment", "text", "bold"), [
    ("<p>Виды:</p> <ul><li>- первый</li> <li>- второй</li></ul>", "Виды:\n- первый\n- второй",
     False),
    ("<b>1. Раздел</b>", "1. Раздел", True),
    ("<b>жирный</b> и нет", "жирный и нет", False),
    ("<ol><li>раз<li>два</ol>", "1. раз\n2. два", False),
    ("<p><u>Подчёркнуто:</u></p>", "Подчёркнуто:", False),
    ("&laquo;ИМЦ&raquo;&nbsp;и&#160;&quot;Центр&quot;", "«ИМЦ» и \"Центр\"", False),
    ("<a href='x'>ссылка</a><br/>строка", "ссылка\nстрока", False),
    ("<ul style=\"x\"> - первое; - второе; - третье.", "- первое;\n- второе;\n- третье.",
     False),
    ("<p>незакрытый <b>тег", "незакрытый тег", False),
    ("</p></li><<>>", "<<>>", False),
    ("<script>alert(1)</script>текст", "текст", False),
    ("5 < 6 и 7 > 3", "5 < 6 и 7 > 3", False),
])
def test_inline_html(fragment: str, text: str, bold: bool) -> None:
    out = html_to_text(fragment)
    assert (out.text, out.bold) == (text, bold)


def test_table_cells_with_html_and_bold_section_rows() -> None:
    table = _table(
        "№\tМероприятие\tСрок\n"
        "<b>1. Организационная работа</b>\t\t\n"
        "1.1\t<p>Совещание</p><ul><li>- план</li><li>- отчёт</li></ul>\tЯнварь\n"
    )
    section, row = table.rows[1], table.rows[2]
    assert len(section.cells) == 1
    assert (section.cells[0].col, section.cells[0].col_span, section.cells[0].bold) == (0, 3, True)
    assert row.cells[1].text == "Совещание\n- план\n- отчёт"


def test_numbered_heading_with_empty_first_cell_is_a_section_not_a_continuation() -> None:
    table = _table(
        "№\tМероприятие\tСроки\n"
        "\t\tреализации\n"
        "\t2. Научное направление\t\n"
        "2.1.\tИзучение запросов\t2023\n"
    )
    assert [r.texts for r in table.rows] == [
        ["№", "Мероприятие", "Сроки\nреализации"], ["2. Научное направление"],
        ["2.1.", "Изучение запросов", "2023"]]
    assert table.rows[0].header and not table.rows[1].header
    assert table.rows[1].cells[0].col_span == 3


def test_rows_with_own_values_are_new_rows_and_page_breaks_are_bridged() -> None:
    table = _table(
        "№\tПоказатель\t2023\t2024\n"
        "1.\tГруппа показателей\t\t\n"
        "\tДоля педагогов, прошедших\t10\t20\n"
        "\tкурсы\t\t\n"
        "\n"
        "\tДоля школ\t30\t40\n"
    )
    assert [r.texts for r in table.rows[1:]] == [
        ["1.", "Группа показателей"], ["Доля педагогов, прошедших\nкурсы", "10", "20"],
        ["Доля школ", "30", "40"]]
    assert [r.source.line for r in table.rows] == [1, 2, 3, 6]
    assert [c.source.col for c in table.rows[2].cells] == [2, 3, 4]


def test_indented_paragraph_is_not_a_table() -> None:
    blocks = _read("\tВ целях организации работы приказываю:\n\n1. Утвердить план.\n")
    assert all(isinstance(b, Paragraph) for b in blocks)
    assert blocks[0].text == "В целях организации работы приказываю:"


def test_separator_lines_are_dropped() -> None:
    table = _table("А\tБ\n1\tодин\n---\t---\n")
    assert [r.texts for r in table.rows] == [["А", "Б"], ["1", "один"]]


def test_paragraph_cut_by_a_page_break_is_joined() -> None:
    blocks = _read("Целью программы является создание пространства для\n\n"
                   "педагогов города.\n\nНовый абзац.\n\nЗаголовок\n\nпо строчной.")
    assert [b.text for b in blocks] == [
        "Целью программы является создание пространства для педагогов города.",
        "Новый абзац.", "Заголовок по строчной."]


def test_cell_text_pushed_out_of_the_table_goes_back_into_its_cell() -> None:
    blocks = _read(
        "Цель\tСоздание условий\n"
        "Направления\t<p>Работа:</p> - первое; - второе, а также\n"
        "\n"
        "третье направление;\n"
        "- четвёртое.\n"
        "\n"
        "\tи пятое.\n"
        "Сроки\t2021-2025\n"
        "\n"
        "Текст после таблицы.\n"
    )
    table, after = blocks
    assert isinstance(table, Table) and [r.cells[0].text for r in table.rows] == [
        "Цель", "Направления", "Сроки"]
    assert table.rows[1].cells[1].text.split("\n")[-3:] == [
        "третье направление;", "- четвёртое.", "и пятое."]
    assert after.text == "Текст после таблицы."


def test_a_table_followed_by_lower_case_text_without_a_resuming_table_stays_apart() -> None:
    blocks = _read("А\tБ\n1\tодин\n\nпродолжение текста.\n")
    assert isinstance(blocks[0], Table) and len(blocks[0].rows) == 2
    assert blocks[1].text == "продолжение текста."


def test_markdown_pipe_tables_read_like_tab_tables() -> None:
    table = _table(
        "| № | Мероприятие | Срок |\n"
        "|---|:-----------|-----:|\n"
        "| 1. | **Раздел первый** | |\n"
        "| 1.1. | Семинар a\\|b | Март |\n"
        "|  | для педагогов | |\n"
    )
    assert [r.texts for r in table.rows] == [
        ["№", "Мероприятие", "Срок"], ["1.", "Раздел первый"],
        ["1.1.", "Семинар a|b\nдля педагогов", "Март"]]
    assert table.rows[1].cells[1].bold


@pytest.mark.parametrize(("line", "text", "number"), [
    ("Директор ИМДЦ:\t\t\tТ.Г. Аксёнова", "Директор ИМДЦ: Т.Г. Аксёнова", None),
    ("от 09.12.2022\t\t\t\t№ 18", "от 09.12.2022 № 18", None),
    ("1.\tУтвердить план.", "Утвердить план.", "1."),
])
def test_a_lone_tab_line_is_a_paragraph(line: str, text: str, number: str | None) -> None:
    blocks = _read(f"Приказ\n\n{line}\n\nКонец")
    assert all(isinstance(b, Paragraph) for b in blocks)
    assert (blocks[1].text, blocks[1].list_number, blocks[1].source.line) == (text, number, 3)


@pytest.mark.parametrize("hostile", [
    "<a " * 20000, "<!--" * 20000, "[" * 20000 + "](" * 20000, "**a " * 20000, "<b>x" * 20000,
    "\t" * 20000 + "x",
])
def test_hostile_markup_is_read_as_text_without_blowing_up(hostile: str) -> None:
    blocks = _read(f"Начало\n\nА\t{hostile}\nБ\tв\n\n{hostile}\n")
    assert blocks[0].text == "Начало"
    assert any(isinstance(b, Table) for b in blocks)


def test_a_tail_in_an_open_cell_makes_the_line_a_continuation_even_with_new_columns() -> None:
    table = _table(
        "№\tМероприятие\tСрок\tОтветственные\n"
        "1.1\tРазработка положения о\t\tМетодисты\n"
        "\tметодическом совете\tЯнварь 2023\t\n"
        "\tСеминар для педагогов\tМарт\tЗаместители\n"
    )
    assert [r.texts for r in table.rows[1:]] == [
        ["1.1", "Разработка положения о\nметодическом совете", "Январь 2023", "Методисты"],
        ["Семинар для педагогов", "Март", "Заместители"]]


@pytest.mark.parametrize(("line", "marker"), [
    ("1.Анализ работы за год", "1."),  # typed without the space after the dot
    ("2.1.«Круглый стол» для родителей", "2.1."),
    ("12.03.2025 совещание", None),
])
def test_number_without_space_before_a_capital(line: str, marker: str | None) -> None:
    from ingest.text.markdown import split_marker
    assert split_marker(line)[0] == marker


@pytest.mark.parametrize(("line", "heading"), [
    ("СЕНТЯБРЬ. Заседание МО №1", True),
    ("ЯНВАРЬ – ФЕВРАЛЬ: подготовка", True),
    ("МАЙ", True),
    ("Март 2009 г. Библиотекарь", False),  # a wrapped table line, not in capitals
    ("МБОУ СОШ № 5. Директор", False),
])
def test_time_heading_in_capitals(line: str, heading: bool) -> None:
    from ingest.text.time_heads import is_time_heading
    assert is_time_heading(line) is heading
