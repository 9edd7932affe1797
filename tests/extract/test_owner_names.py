"""An institution's name as titles, branch letterheads and scanned grifs print it (invented
places; generic rules only):
- a title or a grif naming the owner in the genitive with its place adjective before a
  lower-case type: the adjective agrees with the type's noun (extract/facts/owner_type.py);
- a branch's own letterhead over its parent's grif: the branch issued the document
  (extract/facts/branch_letterhead.py);
- a scan's debris after a grif's position cut on weaker evidence, not only a stray sign
  (extract/facts/scan_debris.py), a real name's end kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.institution import issuer_from_title
from extract.facts.scan_debris import _debris_start
from extract.tools import ExtractTools
from tests.extract.facts_helpers import facts_of, txt_doc

TITLES = [
    ("Программа развития МДОУ Заречинского детского сада №3 «Ромашка» на 2024-2028 г.г.",
     "МДОУ Заречинский детский сад №3 «Ромашка»"),
    ("План работы МКОУ Луговской средней общеобразовательной школы имени А.И. Петрова на "
     "2024 год", "МКОУ Луговская средняя общеобразовательная школа имени А.И. Петрова"),
    ("План мероприятий МБОУ Сосновской ООШ на 2024-2025 учебный год", "МБОУ Сосновская ООШ"),
    # straight quotes, no number
    ('Программа развития МБДОУ Лесного детского сада "Солнышко" на 2024-2028 годы',
     'МБДОУ Лесной детский сад "Солнышко"'),
    # no number, no quotes: the name ends at the period's "на"
    ("Программа развития МБДОУ Кедровского детского сада на 2024-2028 годы",
     "МБДОУ Кедровский детский сад"),
    ("План работы МОУ Лесной средней школы № 2 на 2024 год", "МОУ Лесная средняя школа № 2"),
    ("План работы МБОУ Кедровской основной общеобразовательной школы им. И.И. Орлова",
     "МБОУ Кедровская основная общеобразовательная школа им. И.И. Орлова"),
    # printed in the nominative already: as printed
    ("План работы МКОУ Луговская средняя общеобразовательная школа на 2024 год",
     "МКОУ Луговская средняя общеобразовательная школа"),
    ("Программа развития МБДОУ Лесной детский сад «Колосок»", "МБДОУ Лесной детский сад «Колосок»"),
    # a hyphenated place
    ("План работы МКОУ Усть-Луговской средней школы на 2025 год",
     "МКОУ Усть-Луговская средняя школа"),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_place_adjective_agrees_with_type(ctx: Ctx, title: str, expected: str) -> None:
    assert issuer_from_title(ctx, title) == expected


_GRIF = "УТВЕРЖДАЮ\nДиректор МБОУ «Луговская СОШ»\n________ И.О. Петрова\n"
_TITLE = "\nПЛАН РАБОТЫ\nна 2024-2025 учебный год\n\nЦель: создание условий для воспитания.\n"
_BRANCH = ("Филиал муниципального бюджетного общеобразовательного учреждения «Луговская средняя "
           "общеобразовательная школа» в с. Заречье")

BRANCHES = [
    # the letterhead over three lines, then the parent's grif
    ("Филиал муниципального бюджетного общеобразовательного учреждения\n«Луговская средняя "
     "общеобразовательная школа»\nв с. Заречье\n\n" + _GRIF + _TITLE, _BRANCH),
    # in capitals on one line, the address under it
    (_BRANCH.upper() + "\n623300, Лесная область, с. Заречье, ул. Школьная, 5\n\n" + _GRIF + _TITLE,
     _BRANCH),
    # the parent by its short name
    ("Филиал МБОУ «Луговская СОШ» в д. Кедровка\n\n" + _GRIF + _TITLE,
     "Филиал МБОУ «Луговская СОШ» в д. Кедровка"),
    # an approval by order over the title, no grif: the title closes the letterhead
    ("Филиал МБОУ «Луговская СОШ» в д. Кедровка\n\n" + _TITLE,
     "Филиал МБОУ «Луговская СОШ» в д. Кедровка"),
    # a branch named in a sentence is no letterhead: the grif's school
    (_GRIF + _TITLE + "Работа в филиале МБОУ «Луговская СОШ» ведётся по плану.\n",
     "МБОУ «Луговская СОШ»"),
    ("Школа филиалов не имеет.\n\n" + _GRIF + _TITLE, "МБОУ «Луговская СОШ»"),
]


@pytest.mark.parametrize(("text", "expected"), BRANCHES)
def test_branch_letterhead(tools: ExtractTools, tmp_path: Path, text: str, expected: str
                           ) -> None:
    doc = facts_of(txt_doc(tmp_path, text), tools).document
    assert doc.issuer == expected


DEBRIS = [
    # a stray sign closes the run
    ("Начальник управления образования «и. (пвдпмсь) 3% . Лк",
     "Начальник управления образования"),
    # no stray sign: an unmatched quote over a fragment and a bracketed non-word
    ("Начальник управления образования «и. (пвдпмсь) Лк", "Начальник управления образования"),
    ("Начальник управления образования «и. (пвдпмсь)", "Начальник управления образования"),
    # an unmatched quote and a long run of fragments
    ("Начальник отдела образования «к (подпись) ш", "Начальник отдела образования"),
    # a bracketed non-word and a long run
    ("Заведующий МБДОУ д/с «Ромашка» ъ ю. (пщдпнсь)", "Заведующий МБДОУ д/с «Ромашка»"),
    # a real name's end stays
    ("Директор МБОУ «Средняя школа № 2»", "Директор МБОУ «Средняя школа № 2»"),
    ("Директор МБОУ СОШ им. А. С. Пушкина", "Директор МБОУ СОШ им. А. С. Пушкина"),
    ("Директор ГБОУ «Школа-интернат» (коррекционная)",
     "Директор ГБОУ «Школа-интернат» (коррекционная)"),
    ("Директор ГБОУ школы (коррекционная) с. Ая", "Директор ГБОУ школы (коррекционная) с. Ая"),
    ("Директор МБОУ СОШ № 3 РС-2(70)-18/6", "Директор МБОУ СОШ № 3 РС-2(70)-18/6"),
    ("Директор МБОУ СОШ с. Ая", "Директор МБОУ СОШ с. Ая"),
]


@pytest.mark.parametrize(("line", "expected"), DEBRIS)
def test_tail_debris_on_weaker_evidence(tools: ExtractTools, line: str, expected: str) -> None:
    words = line.split()
    got = _debris_start(words, tools.is_known)
    assert (" ".join(words[: got[0]]) if got else line) == expected


def test_debris_cut_named_in_trace(tools: ExtractTools, tmp_path: Path) -> None:
    text = ("Управление образования администрации Заречного района\n\nУТВЕРЖДАЮ\nНачальник "
            "управления образования «и. (пвдпмсь) Лк\n________ И.О. Петрова\n" + _TITLE)
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert found.document.signatories[0].position == "Начальник управления образования"
    assert "header.scan_debris:unmatched_quote+bracketed_non_word+long_run" in found.trace
