"""Document facts of institutions' covers (facts49a, written again with invented places): a
self-inspection report a site flattened into one line — the stamp of the staff meeting's
approval, OCR debris, the title, the owner's name in the nominative and the cover's place and
year all run together — is cut back into its parts; an approval by the institution's own
council ("Общим собранием работников … Протокол № 1 от …") is its decision, numbered by its
protocol; an unquoted own name after a legal form in a title is the issuer; a page that is
only a plan's contents names the plan's kind in its heading and its owner in its rows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import Table
from pipelines.run import process_file

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, full_tools, table

FLAT_REPORTS = [
    # the staff meeting's approval, a surname's debris closing its sentence, then the title,
    # the owner in the nominative (lower case) and the cover's place and year
    ("УТВЕРЖДЕН: Общим собранием работников МКОУ ООШ с.Лесное Протокол№ 2 от 14.04.2024 г "
     "ации ого района а Петрова. Отчет о результатах самообследования за 2023 год "
     "муниципальное казенное общеобразовательное учреждение «Основная общеобразовательная "
     "школа с. Лесное» с.Лесное, 2024 год 1 Раздел 1. Общие сведения об учреждении. 1.1. "
     "Полное наименование: муниципальное казенное общеобразовательное учреждение «Основная "
     "общеобразовательная школа с. Лесное» 1.2. Адрес: Заречная область, Лесной район, "
     "с. Лесное, ул. Садовая, д. 3 Телефон: 12345 Год создания: 1965 • Лицензия от "
     "01.02.2016 № 0000123\n",
     ("report", "Отчет о результатах самообследования за 2023 год",
      ("решение", "2", "2024-04-14"))),
    # the same cover printed line by line: the council's approval is still the order
    ("УТВЕРЖДЕН\nПедагогическим советом\nМБОУ СОШ с. Кедровое\nпротокол № 5 от 30.03.2024\n\n"
     "Отчет о результатах самообследования за 2023 год\n\n"
     "Раздел 1. Общие сведения. Школа работает с 1970 года и принимает детей из трёх сёл "
     "района, расположенных рядом с ней.\n",
     ("report", "Отчет о результатах самообследования за 2023 год",
      ("решение", "5", "2024-03-30"))),
]


@pytest.mark.parametrize(("text", "expected"), FLAT_REPORTS)
def test_flat_report_cover(text: str, expected: tuple[str, str, tuple[str, str, str]],
                           tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path).document
    kind, title, (act, number, date) = expected
    assert (doc.kind, doc.title) == (kind, title)
    assert doc.order is not None
    assert (doc.order.act_type, doc.order.number, str(doc.order.date)) == (act, number, date)


UNQUOTED_OWNERS = [
    # a passport's name row, label and value on one line: the owner's own name unquoted, in
    # the nominative, after the legal form in the genitive and its qualifier
    ("ПАСПОРТ ПРОГРАММЫ\n\nНаименование Программы Программа развития муниципального "
     "бюджетного учреждения дополнительного образования центр детского творчества села "
     "Сосновка на период 2021 -2025 г.г.\n\nНормативные основы разработки Программы\n\n"
     "1. Конституция Российской Федерации.\n",
     "Муниципальное бюджетное учреждение дополнительного образования центр детского "
     "творчества села Сосновка"),
    ("Программа развития муниципального казенного дошкольного образовательного учреждения "
     "детский сад № 7 поселка Кедровый на 2022-2026 годы\n\nРаздел 1. Паспорт программы.\n",
     "Муниципальное казенное дошкольное образовательное учреждение детский сад № 7 поселка "
     "Кедровый"),
]


@pytest.mark.parametrize(("text", "expected"), UNQUOTED_OWNERS)
def test_unquoted_owner_in_title(text: str, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    assert process_file(path).document.issuer == expected


def _contents(heading: str, *sections: str) -> tuple[str | Table, ...]:
    rows = [("№ п/п", "Разделы", "Страница")]
    rows += [(f"{k}.", s, str(k + 2)) for k, s in enumerate(sections, 1)]
    return heading, table(*rows)


CONTENTS_PAGES = [
    # a programme's contents alone: the heading names the plan, the passport's row its owner
    # (a stray space left inside the quotes)
    (_contents("Содержание Программы развития:",
               "Паспорт Программы развития  МБДОУ «Сосновский детский сад »",
               "Пояснительная записка", "Анализ деятельности МБДОУ «Сосновский детский сад »"),
     ("programme", "МБДОУ «Сосновский детский сад»")),
    # a village school's owner keeps its village (the plan's words, then "МБОУ СОШ д. …")
    (_contents("Содержание Программы развития",
               "Паспорт Программы развития МБОУ СОШ д. Кедровка", "Цели и задачи"),
     ("programme", "МБОУ СОШ д. Кедровка")),
    # a contents heading naming no plan says nothing of the kind
    (_contents("Содержание", "Введение", "Общие сведения о школе"), (None, None)),
]


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


@pytest.mark.parametrize(("blocks", "expected"), CONTENTS_PAGES)
def test_contents_page(blocks: tuple[str | Table, ...], expected: tuple[str | None, str | None],
                       tools: ExtractTools) -> None:
    doc = facts_of(docx_doc(*blocks), tools).document
    assert (doc.kind, doc.issuer) == expected


CARD_TAILS = [
    # a site's card title closed by the file's name (the kindergarten's number and name)
    ("Отчет по результатам самообследования за 2023 год. 5 Ромашка\n\n2\n\n"
     "Наименование учреждения: Муниципальное казенное дошкольное образовательное учреждение "
     "«Детский сад № 5 «Ромашка»\n",
     "Отчет по результатам самообследования за 2023 год"),
    # a title whose years end it keeps them
    ("Отчет по результатам самообследования за 2023 год\n\n2\n\n"
     "Наименование учреждения: Муниципальное казенное дошкольное образовательное учреждение "
     "«Детский сад № 5 «Ромашка»\n",
     "Отчет по результатам самообследования за 2023 год"),
]


@pytest.mark.parametrize(("text", "expected"), CARD_TAILS)
def test_card_file_tail(text: str, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    assert process_file(path).document.title == expected


_MONTHS = "сентябрь октябрь ноябрь декабрь январь февраль март апрель май июнь июль август"
_BARS = "|\n" * 12


def _cell_roadmap(*rows: tuple[str, str, str]) -> str:
    head = ("Дорожная карта\nВведение федерального\nгосударственного образовательного "
            "стандарта основного общего образования в МБОУ\n«Лесная основная "
            "общеобразовательная школа»\nНаименование\nмероприятия |\n"
            + "".join(f"{m} |\n" for m in _MONTHS.split())
            + "Ожидаемые результаты |\nответственные |\n1. Нормативная база введения ФГОС "
            "ООО. |\n||||||||||||||\n")
    # a row cut off by the page's end keeps only its title and month marks
    return head + "".join(f"{a} |\n{_BARS}" + (f"{r} |\n{w} |\n" if r else "")
                          for a, r, w in rows)


CELL_ROWS = [
    # an HTML table exported as "cell |" lines, month marks lost: the only years are in an
    # activity's row (a sentence before the cell's border), no period of the plan
    (_cell_roadmap(
        ("Издание приказа «О переходе школы на ФГОС ООО».", "Перечень мер", "Директор школы"),
        ("Издание приказа «О рабочей группе по переходу на ФГОС ООО».", "Состав группы.",
         "Директор школы"),
        ("Издание приказа «Об основной образовательной программе на 2019-2020 учебный год».",
         "", "")),
     None),
    # a heading line closed by the border keeps its years
    ("План работы школы на 2019-2020 учебный год |\nМероприятие |\nСрок |\n"
     "Педсовет |\nавгуст |\n",
     (2019, 2020)),
]


@pytest.mark.parametrize(("text", "expected"), CELL_ROWS)
def test_activity_row_years_no_period(text: str, expected: tuple[int, int] | None,
                                      tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    period = process_file(path).document.period
    assert (period.start_year, period.end_year) == expected if expected else period is None
