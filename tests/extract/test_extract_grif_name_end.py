"""What issuer and signer rules read from an institution's cover is the body or the position
alone: a grif's short name ends where its line goes on with the minutes, the act or the signer
("Заведующий МАДОУ № 7 / Орлова Т.Н."; "Директор МАУ ЦДТ Протокол № 4 от …"; a patron's name
after "им." belongs to it); a developer cell of people names no body; a site's card title is no
letterhead; a report keeps the full name; a name in the genitive is put in the nominative."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.developer import _body_named
from extract.facts.institution import institution_at
from extract.facts.position_text import clean_position
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, full_tools, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


def _ctx(tools: ExtractTools) -> Ctx:
    return Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())


@pytest.mark.parametrize(("words", "name"), [
    ("МАДОУ № 7 Орлова Т.Н. 12 апреля 2023 г.", "МАДОУ № 7"),
    ("МБДОУ «Ромашка» Кузнецова А. В.", "МБДОУ «Ромашка»"),
    ("МАУ ЦДТ Протокол № 4 от «02» марта 2024 г.", "МАУ ЦДТ"),
    ("МБОУ СОШ № 3 Приказ № 71 от 30.08.2024", "МБОУ СОШ № 3"),
    ("МКОУ ООШ Решение педагогического совета", "МКОУ ООШ"),
    # a patron's surname and initials after "им." are the school's name
    ("МБОУ СОШ им. И.С. Петрова", "МБОУ СОШ им. И.С. Петрова"),
    ("МБОУ СОШ имени Героя Петрова", "МБОУ СОШ имени Героя Петрова"),
    ("МБОУ «Лесная СОШ» Смирнова О.Л.", "МБОУ «Лесная СОШ»"),
    # a capitalised name word without initials after it goes on
    ("МКОУ Сосновская ООШ", "МКОУ Сосновская ООШ"),
    # a signature's line typed with hyphens glued to the signer's initials
    ("МОУ СОШ №12 -------------------А.Н. Котова", "МОУ СОШ №12"),
])
def test_grif_line_ends_the_name(tools: ExtractTools, words: str, name: str) -> None:
    assert institution_at(_ctx(tools), words.split()) == name


_LETTERHEAD = ("Муниципальное казенное общеобразовательное учреждение «Основная\n"
               "общеобразовательная школа с. Сосновка»\n(МКОУ ООШ с. Сосновка)\n\n")
_GRIF = "УТВЕРЖДАЮ\nМКОУ ООШ с. Сосновка\n________Белова О.П.\n\n"


@pytest.mark.parametrize(("heading", "issuer"), [
    # a report keeps the full name its letterhead prints (docs/CONTRACT.md, issuer)
    ("Отчет о результатах самообследования за 2024 год",
     "Муниципальное казенное общеобразовательное учреждение «Основная общеобразовательная "
     "школа с. Сосновка»"),
    # the school's own plan goes by the short name the letterhead closes with
    ("План работы на 2024-2025 учебный год", "МКОУ ООШ с. Сосновка"),
])
def test_letterhead_with_short_name(tmp_path: Path, tools: ExtractTools, heading: str,
                                    issuer: str) -> None:
    # a site's page prints the heading over the cover (its letterhead, then the grif)
    text = heading + "\n\n" + _LETTERHEAD + _GRIF + "Общие сведения об учреждении.\n"
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


@pytest.mark.parametrize(("cell", "issuer"), [
    ("- отдел культуры", "Отдел культуры"),
    ("Управление образования администрации Лесного района",
     "Управление образования администрации Лесного района"),
    # people and a sentence name no body
    ("Социальный педагог Петрова Анна Ивановна, учителя Смирнова О.Л., Котова Е.В.", None),
    ("В разработке программы участвуют все работники школы и родители", None),
])
def test_developer_cell_without_a_legal_form(tools: ExtractTools, cell: str,
                                             issuer: str | None) -> None:
    assert _body_named(_ctx(tools), cell) == issuer


def test_card_title_over_grifs_is_no_letterhead(tmp_path: Path, tools: ExtractTools) -> None:
    text = ("Программа развития МБОУ Кедровской СОШ\n\nСОГЛАСОВАНО\nпостановлением "
            "администрации\nКедрового района\n№ 41 от 02.03.2021 г.\n\nПРОГРАММА РАЗВИТИЯ\n"
            "МБОУ Кедровской СОШ на 2021 – 2025 годы\n\nп. Кедровый\n2021 год\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == "МБОУ Кедровская СОШ"


def test_owner_after_a_report_word_is_put_in_the_nominative(tmp_path: Path,
                                                            tools: ExtractTools) -> None:
    # a page saved a word per line: the report's word, then the institution in the genitive
    # running on into the sentence about it
    text = ("Самообследование\nМуниципального\nавтономного\nдошкольного\n"
            "образовательного учреждения «Детский сад № 3 «Ромашка» составлено в\n"
            "соответствии с приказом Министерства образования от 10 мая 2014\n"
            "года\n№\n210\n«Об\nутверждении\nпорядка\nпроведения\nпроверки\n"
            "образовательной организации» и содержит аналитическую часть и итоги\n"
            "рассмотрения показателей работы детского сада.\nЦелью\n"
            "проведения\nпроверки\nявляется\n"
            "открытость сведений о работе детского сада. В ходе\n"
            "проверки были оценены образовательная работа,\n"
            "управление детским садом, условия пребывания воспитанников.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == (
        "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 3 "
        "«Ромашка»")


@pytest.mark.parametrize(("text", "position"), [
    # grifs side by side flattened onto shared lines: the council's minutes on the position's line
    ("Директор МАУ ЦДТ Протокол № 4 от «02» марта 2024 г. города Лесного",
     "Директор МАУ ЦДТ города Лесного"),
    ("Заведующий МБДОУ № 5 Приказ № 71 от 30.08.2024 г.", "Заведующий МБДОУ № 5"),
    ("Директор школы протокол №2 от 28 августа 2023 года", "Директор школы"),
    ("Директор МБОУ «Лесная СОШ»", "Директор МБОУ «Лесная СОШ»"),
])
def test_minutes_on_a_position_line_go(tools: ExtractTools, text: str, position: str) -> None:
    assert clean_position(_ctx(tools), text) == position
