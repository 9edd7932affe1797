"""An institution's full name as printed (session instfull): a report's unquoted letterhead
name closed by its short name in parentheses, over a grif's short name; a kindergarten's kind
in the genitive after its type in a report's title ("детского сада общеразвивающего вида
№ 5"); a town in the genitive on the letterhead's line under a numbered school's name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

_GRIF = ("{letterhead}\n\nУТВЕРЖДАЮ\nДиректор {short}\nО.П. Лукина\n10 марта 2024 г.\n\n"
         "{title}\n\n1. Общие сведения\n\nШкола работает в одну смену.\n")


@pytest.mark.parametrize(("letterhead", "short", "title", "issuer"), [
    # a report keeps the letterhead's full name, its person's and formation's tail included
    ("Муниципальное казенное общеобразовательное учреждение основная общеобразовательная "
     "школа № 3 имени Героя Советского Союза А.Н. Ветрова Кедровского района (МКОУ ООШ № 3)",
     "МКОУ ООШ № 3", "Отчет о результатах самообследования за 2023 год",
     "Муниципальное казенное общеобразовательное учреждение основная общеобразовательная "
     "школа № 3 имени Героя Советского Союза А.Н. Ветрова Кедровского района"),
    # a programme goes by the short name its letterhead closes with (docs/CONTRACT.md)
    ("Муниципальное казенное общеобразовательное учреждение основная общеобразовательная "
     "школа № 3 Кедровского района (МКОУ ООШ № 3)",
     "МКОУ ООШ № 3", "Программа развития на 2024-2028 годы", "МКОУ ООШ № 3"),
], ids=["report_full", "programme_short"])
def test_letterhead_closed_by_short_name(tools: ExtractTools, tmp_path: Path, letterhead: str,
                                         short: str, title: str, issuer: str) -> None:
    text = _GRIF.format(letterhead=letterhead, short=short, title=title)
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


@pytest.mark.parametrize(("name", "issuer"), [
    ("Муниципального бюджетного дошкольного образовательного учреждения\n"
     "детского сада общеразвивающего вида № 5\nЛесного муниципального района",
     "Муниципальное бюджетное дошкольное образовательное учреждение детский сад "
     "общеразвивающего вида № 5 Лесного муниципального района"),
    ("Муниципального бюджетного общеобразовательного учреждения\n"
     "средней общеобразовательной школы № 14\nЛесного муниципального района",
     "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная "
     "школа № 14 Лесного муниципального района"),
], ids=["kind_after_type", "plain_school"])
def test_report_title_genitive_after_type(tools: ExtractTools, tmp_path: Path, name: str,
                                          issuer: str) -> None:
    text = (f"ОТЧЁТ\nо результатах самообследования\n{name}\nза 2023 год\n\n"
            "1. Общие сведения\n\nДетский сад работает пять дней в неделю.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


@pytest.mark.parametrize(("place", "issuer"), [
    # a town in the genitive is part of the name; the region after it is not
    ("г. СОСНОВКИ ЛУГОВСКОЙ ОБЛАСТИ", "Муниципальное бюджетное общеобразовательное "
     "учреждение средняя общеобразовательная школа № 6 г. Сосновки"),
    # a town in the nominative is where the school is
    ("г. Лесной, Луговская область", "Муниципальное бюджетное общеобразовательное "
     "учреждение средняя общеобразовательная школа № 6"),
], ids=["genitive_town", "nominative_address"])
def test_letterhead_town_line(tools: ExtractTools, tmp_path: Path, place: str,
                              issuer: str) -> None:
    text = ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ\nОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\nСРЕДНЯЯ "
            f"ОБЩЕОБРАЗОВАТЕЛЬНАЯ\nШКОЛА № 6\n{place}\n\n\nПубличный отчет за 2022-2023 "
            "учебный год\n\n1. Общая характеристика\n\nШкола открыта в 1972 году.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer
