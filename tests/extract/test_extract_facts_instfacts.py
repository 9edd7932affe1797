"""Institutions' names as schools' and kindergartens' pages print them, written again with
invented places: a site card's name label interleaved with its value, a short name with a
place adjective in a letterhead, a scan's debris closing a grif's line, a programme of events
(a roadmap, its owner in its title) and one short name spelt two ways (the letterhead's
spelling wins) — CONTRACT `issuer`, `kind`, `signatories`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.scan_debris import _cut
from extract.pipeline import extract_document
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import full_tools, txt_doc

_TABLE = ("№ |\nМероприятие |\nСрок |\nОтветственный |\n1 |\nРодительское собрание |\n"
          "сентябрь 2024 |\nВоспитатели |\n")


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


def _doc(tools: ExtractTools, tmp_path: Path, text: str) -> tuple[str | None, str | None, list]:
    draft = extract_document(txt_doc(tmp_path, text), tools, debug=True)
    d = draft.document
    return d.kind, d.issuer, [(s.name, s.position) for s in d.signatories]


@pytest.mark.parametrize(("card", "issuer"), [
    # the label's two words between the value's
    ("Наименование\nМуниципальное\nбюджетное\nдошкольное\nобразовательной\n"
     "образовательное учреждение «Сосновский детский сад\nорганизации\n«Колокольчик»\n",
     "Муниципальное бюджетное дошкольное образовательное учреждение «Сосновский детский сад "
     "«Колокольчик»"),
    # "Полное наименование учреждения", the name's own name in lower case after the label
    ("Полное наименование\nМуниципальное\nказенное\nучреждения\n"
     "общеобразовательное учреждение\nсредняя школа № 2 с. Кедровка\n",
     "Муниципальное казенное общеобразовательное учреждение средняя школа № 2 с. Кедровка"),
])
def test_card_label_interleaved(tools: ExtractTools, tmp_path: Path, card: str,
                                issuer: str) -> None:
    text = f"{card}Адрес\nс. Луговое, ул. Садовая, д. 7\nПлан работы с родителями на 2024 год\n"
    assert _doc(tools, tmp_path, text + _TABLE)[1] == issuer


@pytest.mark.parametrize("name", [
    'МДОУ Берёзовский детский сад №5 "Солнышко"',
    "МКОУ Кедровская СОШ им. П.П. Соколова",
    "МОБУ Лесная ООШ",
])
def test_letterhead_short_name_with_place_adjective(tools: ExtractTools, tmp_path: Path,
                                                    name: str) -> None:
    # the letterhead a paragraph of its own over the grif's
    text = (f"{name}\n\nУТВЕРЖДАЮ\nЗаведующий\n__________ О.В. Берёзкина\n\n"
            "План работы с родителями на 2024 год\n\n")
    assert _doc(tools, tmp_path, text + _TABLE)[1] == name


@pytest.mark.parametrize(("line", "cut"), [
    ("Начальник управления образования »ш. (пвдпмсь) 7% . Лк",
     "Начальник управления образования"),
    ("Директор МБОУ СОШ № 4 г. Кедрового ,« Л? (подпись)", "Директор МБОУ СОШ № 4 г. Кедрового"),
    ("Заведующий МБДОУ «Сказка» / ф. %", "Заведующий МБДОУ «Сказка»"),
    # no debris: a name, a place, a quote closing the name, a share in per cent
    ("Директор МБОУ СОШ № 4 г. Кедрового", "Директор МБОУ СОШ № 4 г. Кедрового"),
    ("Заведующий МБДОУ детский сад «Сказка »", "Заведующий МБДОУ детский сад «Сказка »"),
    ("доля выпускников составит 95 %", "доля выпускников составит 95 %"),
    ("Директор МОУ «Гимназия № 1» г. Лесного", "Директор МОУ «Гимназия № 1» г. Лесного"),
])
def test_tail_debris(line: str, cut: str) -> None:
    assert _cut(line) == cut


def test_grif_debris_and_letterhead(tools: ExtractTools, tmp_path: Path) -> None:
    text = ("КОМИТЕТ ПО ОБРАЗОВАНИЮ\nАДМИНИСТРАЦИИ КЕДРОВОГО МУНИЦИПАЛЬНОГО РАЙОНА\nУТВЕРЖДАЮ\n"
            "Председатель комитета по образованию »ш. (пвдпмсь) 7% . Лк\nН.Н. Соснина\n"
            "План мероприятий по подготовке к учебному году на 2024 год\n")
    kind, issuer, signed = _doc(tools, tmp_path, text + _TABLE)
    assert kind == "roadmap"
    assert issuer == "Комитет по образованию администрации Кедрового муниципального района"
    assert signed == [("Н.Н. Соснина", "Председатель комитета по образованию")]


_EVENTS = ("№ |\nМероприятие |\nДата проведения |\nМесто проведения |\nОтветственный |\n1 |\n"
           "Конкурс рисунков «Мой город» |\n05.06.2024 |\nДом культуры |\nИ.И. Лесная |\n")


@pytest.mark.parametrize(("title", "kind", "issuer"), [
    ("Программа мероприятий Управления образования администрации города Кедрового, "
     "посвященных Дню города", "roadmap",
     "Управление образования администрации города Кедрового"),
    ("Программа мероприятий Комитета по образованию администрации Лесного района, "
     "посвящённых Году семьи", "roadmap", "Комитет по образованию администрации Лесного района"),
    ("План работы Отдела образования администрации Сосновского района на 2024 год", "roadmap",
     "Отдел образования администрации Сосновского района"),
])
def test_events_plan(tools: ExtractTools, tmp_path: Path, title: str, kind: str,
                     issuer: str) -> None:
    got = _doc(tools, tmp_path, f"{title}\n{_EVENTS}")
    assert got[:2] == (kind, issuer)


def test_programme_with_passport_stays(tools: ExtractTools, tmp_path: Path) -> None:
    # a passport in the document: the programme of measures is a programme
    text = ("Программа мероприятий по развитию образования Кедрового района на 2024-2026 годы\n"
            "Паспорт программы\nОтветственный исполнитель | Отдел образования |\n")
    assert _doc(tools, tmp_path, text + _EVENTS)[0] == "programme"


def test_letterhead_spelling_wins(tools: ExtractTools, tmp_path: Path) -> None:
    text = ("МОБУ СОШ № 7\nУТВЕРЖДАЮ\nДиректор МОБУ СОШ №7\n_________ Е.В. Кедрова\n"
            "План работы по профилактике травматизма на 2024 год\n")
    assert _doc(tools, tmp_path, text + _TABLE)[1] == "МОБУ СОШ № 7"
