"""A document's blocks must not change with its format (task xf10): a site's text export of a
title page set in short lines, a heading ending with its years in a text export or a PDF, and
a table header row whose cells kept their line breaks. (text, expected) cases in our words."""

from __future__ import annotations

import pytest

from extract.facts.vocab import facts_vocab
from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.pdf.layout import Line, Word, paragraphs
from ingest.text.lines import is_line_per_paragraph, join_broken_pipe_rows
from ingest.text.reader import read_text
from ingest.text.title_heads import ends_heading_years

CONTENTS = [f"Раздел программы номер {k} ……………………… {k + 2}" for k in range(1, 15)]
TITLE_PAGE = ["Муниципальное казенное общеобразовательное учреждение",
              "«Сосновская основная общеобразовательная школа»",
              "Программа физкультурно-оздоровительной деятельности школы",
              "на 2025-2029 годы", "Составитель программы:", "заместитель директора",
              "Сосновка, 2025", "Содержание", *CONTENTS]
WRAPPED = ["В соответствии с планом работы управления образования на текущий год и в",
           "целях поддержки молодых педагогов округа провести в марте конкурс открытых",
           "уроков среди учителей начальных классов всех школ округа, а итоги подвести",
           "до конца апреля на совещании руководителей района и директоров всех школ,"] * 6


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a site's export of a title page and its contents: short lines, none blank, few near
        # the longest — lines that end where their paragraphs do
        (TITLE_PAGE, True),
        # hard-wrapped prose without blank lines fills its lines up to the margin
        (WRAPPED, False),
        # too few lines to tell: left to the wrap-width rules
        (TITLE_PAGE[:8], False),
        # a blank line between paragraphs: a hard-wrapped text may be laid out so
        ([*TITLE_PAGE[:10], "", *TITLE_PAGE[10:]], False),
    ],
)
def test_unfilled_lines_without_blanks(lines: list[str], expected: bool) -> None:
    assert is_line_per_paragraph(lines) is expected


def _paragraphs(lines: list[str]) -> list[str]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def test_title_page_lines_read_as_paragraphs() -> None:
    paras = _paragraphs(TITLE_PAGE)
    assert "Программа физкультурно-оздоровительной деятельности школы\nна 2025-2029 годы" \
        in [p.split("\nСоставитель")[0] for p in paras]


@pytest.mark.parametrize(
    ("prev", "line", "expected"),
    [
        ("по итогам 2024 года", "Цель отчета: рассказать родителям о работе сада.", True),
        ("ЗА 2023-2024 УЧЕБНЫЙ ГОД", "РАЗДЕЛ 1", True),
        ("на 2025-2026 учебный год", "Пояснительная записка", True),
        # a lower-case line goes on the heading
        ("на 2025-2029 годы", "(в редакции от 10.02.2025)", False),
        ("по итогам 2024 года", "и планах на 2025 год", False),
        # a grif's date closes the grif's line, not a heading
        ("«20» марта 2025 г.", "ОТЧЕТ", False),
        # a passport row ending with its term is a field, not a heading's last line
        ("Этапы и сроки реализации Программы 2025 - 2029 годы", "Цель Программы", False),
    ],
)
def test_heading_years_end_the_block(prev: str, line: str, expected: bool) -> None:
    assert ends_heading_years(prev, line) is expected


def test_report_heading_apart_from_first_sentence() -> None:
    lines = ["ОТЧЕТ",
             "МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ "
             "«Лесновский сельский детский сад «Ромашка»",
             "по итогам 2024 года",
             "Цель отчета: рассказать родителям и жителям села о работе детского сада.",
             "Детский сад открыт в 1990 году и работает пять дней в неделю с 7.30 до 18.00.",
             "1. Общие сведения", "Телефон: (800) 11-2-33."]
    paras = _paragraphs(lines)
    assert paras[0].endswith("по итогам 2024 года")
    assert paras[1].startswith("Цель отчета")


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("ОТЧЕТ … «Детский сад «Ромашка» по итогам 2024 года", "по итогам 2024 года"),
        ("Доклад по итогам 2023-2024 учебного года", "по итогам 2023-2024 учебного года"),
    ],
)
def test_sums_up_years_is_a_title_period(title: str, period: str) -> None:
    found = next(m.group("period") for rx in facts_vocab().period_title
                 if (m := rx.search(title)) and "period" in rx.groupindex)
    assert found.strip() == period


HEADER = ["| Наименование", "показателя | Единица", "измерения | Фактическое значение",
          "за отчетный период |"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a header row whose cells kept their breaks: joined onto its last line
        ([*HEADER, "| 1. Число читателей | чел. | 412 |"],
         ["", "", "", "| Наименование показателя | Единица измерения | Фактическое значение "
          "за отчетный период |", "| 1. Число читателей | чел. | 412 |"]),
        # a page's text run together with stray bars goes on past the bar: left as it is
        (["| Цель: доступность образования для детей", "округа | | Целевой показатель |",
          "75,0 | 76,0 | | Целевой"],
         ["| Цель: доступность образования для детей", "округа | | Целевой показатель |",
          "75,0 | 76,0 | | Целевой"]),
        # a row opening on the next line: no closing bar, nothing joined
        (["| Наименование", "| 1. Число читателей | чел. |"],
         ["| Наименование", "| 1. Число читателей | чел. |"]),
    ],
)
def test_broken_pipe_rows(lines: list[str], expected: list[str]) -> None:
    assert join_broken_pipe_rows("\n".join(lines)).split("\n") == expected


def test_broken_header_row_reads_as_the_table_header() -> None:
    doc = read_text("\n".join(["Отчет о выполнении муниципального задания", *HEADER,
                               "| 1. Число читателей | чел. | 412 |"]).encode(), "t.txt",
                    Limits())
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [c.text for c in table.rows[0].cells] == [
        "Наименование показателя", "Единица измерения", "Фактическое значение за отчетный период"]


SIZE = 11.0


def _line(text: str, top: float, bold: bool, x0: float = 100.0, x1: float = 500.0) -> Line:
    first = Word(x0, x0 + 40, text.split()[0], SIZE)
    return Line(text, x0, top, x1, top + SIZE, SIZE, bold, (first,))


def _list_page(title: str, under: str, bold_under: bool = True) -> list[str]:
    """A page of one-line paragraphs 24 pt apart (a list of documents), then a bold centred
    heading and the line under it as far apart."""
    lines = [_line(f"{k}. Муниципальное задание на {2020 + k} год", 100 + 24 * k, False, 70, 300)
             for k in range(1, 5)]
    lines += [_line(title, 220, True, 100, 505), _line(under, 244, bold_under, 170, 430)]
    return [p.text for p in paragraphs(lines)]


@pytest.mark.parametrize(
    ("title", "under", "bold_under", "apart"),
    [
        ("Отчет об исполнении муниципального задания в 2024 году",
         "МБДОУ детский сад № 7 г.о. Лесной", True, True),
        ("Отчет о выполнении муниципального задания за 2 квартал 2024 года", "Отчет", True, True),
        # a heading's name goes on in lower case after no years
        ("Отчет об исполнении муниципального задания МБДОУ детский сад",
         "№ 7 городского округа Лесной", True, False),
        # a plain line under the bold heading is cut by the weight change anyway
        ("Отчет об исполнении муниципального задания в 2024 году", "Заведующий", False, True),
    ],
)
def test_pdf_heading_years_end_the_paragraph(title: str, under: str, bold_under: bool,
                                             apart: bool) -> None:
    texts = _list_page(title, under, bold_under)
    assert (title in texts and under in texts) is apart


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a narrow PDF cell wrapped the head's surname away from her initials and the date
        (["Утверждаю Заведующий МБДОУ", "«Лесная ООШ» Петрова", "С.Н. «15» января 2025 г."],
         ["Утверждаю Заведующий МБДОУ", "«Лесная ООШ» Петрова С.Н.", "«15» января 2025 г."]),
        (["________ Орлова", "С.Н. «15» января", "2025 г."],
         ["________ Орлова С.Н.", "«15» января", "2025 г."]),
        # initials before a date under a line that ends with no surname stay where they are
        (["Утверждаю Заведующий МБДОУ № 5", "С.Н. 15.01.2025"],
         ["Утверждаю Заведующий МБДОУ № 5", "С.Н. 15.01.2025"]),
    ],
)
def test_initials_wrapped_from_surname(lines: list[str], expected: list[str]) -> None:
    from extract.facts.grif_cell_lines import rejoined

    assert rejoined(lines) == expected

