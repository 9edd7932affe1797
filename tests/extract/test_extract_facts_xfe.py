"""Document facts of title pages in text exports (cross-format study xfe; invented bodies,
places and wording): a passport's heading printed over its table without weight, a page number
run into it; a bare "Паспорт программы" names no plan; a title ends at a legal site's line of
amendment dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.registry import read_document


def _document(text: str, tmp_path: Path, tools: ExtractTools) -> tuple[str | None, str | None]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    d = extract(read_document(path), Found(), tools).document
    return d.kind, d.title


ROWS = ("| Наименование | Содержание |\n"
        "| Полное наименование ОО | Муниципальное казённое общеобразовательное учреждение "
        "«Рябиновская основная школа» |\n"
        "| Сроки реализации | 2025-2029 годы |\n")


@pytest.mark.parametrize(("text", "kind", "title"), [
    (f"Паспорт Программы развития\n{ROWS}", "programme", "Паспорт Программы развития"),
    (f"2\nПаспорт программы развития школы\n{ROWS}", "programme",
     "Паспорт программы развития школы"),
    (f"Паспорт программы воспитания\n{ROWS}", "programme", "Паспорт программы воспитания"),
    # "Паспорт программы" alone names no plan: a programme, its title unknown
    (f"Паспорт программы\n{ROWS}", "programme", None),
])
def test_plain_passport_heading_over_its_table(text: str, kind: str | None, title: str | None,
                                               tmp_path: Path, tools: ExtractTools) -> None:
    assert _document(text, tmp_path, tools) == (kind, title)


@pytest.mark.parametrize(("text", "title"), [
    ("Приложение\nк распоряжению администрации\nот 3 июня 2018 г. N 51-р\n"
     "План мероприятий\n\"Школьный спорт Рябиновского района\"\n"
     "7 августа, 2 ноября 2019 г., 15 января 2020 г.\n1. Общие положения\n",
     "План мероприятий \"Школьный спорт Рябиновского района\""),
    ("Комплекс мер\n«Летний отдых детей Рябиновского района»\n"
     "11 апреля 2021 г.\nI. Цели\n",
     "Комплекс мер «Летний отдых детей Рябиновского района»"),
])
def test_title_ends_at_a_line_of_amendment_dates(text: str, title: str, tmp_path: Path,
                                                 tools: ExtractTools) -> None:
    assert _document(text, tmp_path, tools)[1] == title
