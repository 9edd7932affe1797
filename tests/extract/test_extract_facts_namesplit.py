"""Where an institution's name ends and whose name it is: a text export's joined two-level
letterhead (the founder's body over the institution, extract/facts/letterhead_parts.py), a
name run on into the report's sentence under it (extract/facts/name_end.py), a verb after a
region's marker read as no region's name (normalize/place_mentions.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.letterhead_parts import founder_split
from extract.facts.name_end import before_predicate
from extract.tools import ExtractTools
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

# (a letterhead's line as the text export joined it, its parts)
FOUNDER = [
    ("Комитет по образованию Администрации города Лесного муниципальное автономное дошкольное "
     "образовательное учреждение «Детский сад № 4 «Ромашка»",
     ["Комитет по образованию Администрации города Лесного",
      "муниципальное автономное дошкольное образовательное учреждение «Детский сад № 4 «Ромашка»"]),
    ("Управление образования Кедрового района муниципальное бюджетное общеобразовательное "
     "учреждение «Сосновская основная школа»",
     ["Управление образования Кедрового района",
      "муниципальное бюджетное общеобразовательное учреждение «Сосновская основная школа»"]),
    # one body's name: nothing to cut
    ("Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 2»",
     ["Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 2»"]),
    # the institution in the genitive belongs to the body's own name
    ("Отдел образования муниципального казённого учреждения «Центр Заречного района»",
     ["Отдел образования муниципального казённого учреждения «Центр Заречного района»"]),
]


@pytest.mark.parametrize(("line", "parts"), FOUNDER)
def test_founder_line_cut_from_institution(ctx: Ctx, line: str, parts: list[str]) -> None:
    assert founder_split(ctx, line) == parts


# (a name's line with the sentence under it joined on, the name)
RUN_ON = [
    ("МБДОУ «Детский сад «Солнышко» Лесного района Луговской области Были проведены "
     "следующие акции:", "МБДОУ «Детский сад «Солнышко» Лесного района Луговской области"),
    ("МБОУ «Кедровская школа» Проведены мероприятия по плану",
     "МБОУ «Кедровская школа»"),
    ("МКОУ Ольховская ООШ Была организована работа", "МКОУ Ольховская ООШ"),
    # a quoted name's own word stays, whatever it looks like
    ("МБДОУ «Детский сад «Было и будет» Сосновского района",
     "МБДОУ «Детский сад «Было и будет» Сосновского района"),
]


@pytest.mark.parametrize(("text", "name"), RUN_ON)
def test_name_ends_before_capital_verb(ctx: Ctx, text: str, name: str) -> None:
    assert " ".join(before_predicate(ctx, text.split())) == name


def test_verb_after_republic_is_no_region() -> None:
    lem = get_lemmatizer()
    place = find_place(["МБДОУ № 3 Лесного района Заречной Республики Были проведены акции"],
                       lem)
    assert place.region is None or "Был" not in place.region
    assert find_place(["школы Республики Коми"], lem).region == "Республика Коми"


# (a text export's letterhead and act, the issuer): the lower line opens in lower case and the
# text reader joins it to the founder's line above it
TWO_LEVEL = [
    ("Управление образования Администрации Кедрового района\n\n"
     "муниципальное бюджетное общеобразовательное учреждение «Сосновская основная школа»\n\n"
     "ПРИКАЗ\n\n05.09.2025 № 14\n\nОб организации дежурства педагогов\n\nПРИКАЗЫВАЮ:\n\n"
     "1. Утвердить график дежурства педагогов.\n\nДиректор школы И.П. Лаптева\n",
     "Муниципальное бюджетное общеобразовательное учреждение «Сосновская основная школа»"),
    ("Отдел образования администрации Ольховского района\n\n"
     "муниципальное казённое дошкольное образовательное учреждение «Детский сад «Берёзка»\n\n"
     "ПРИКАЗ\n\n20.01.2024 № 5\n\nО проведении недели здоровья\n\nПРИКАЗЫВАЮ:\n\n"
     "1. Провести неделю здоровья с 5 по 9 февраля.\n\nЗаведующий О.Н. Белкина\n",
     "Муниципальное казённое дошкольное образовательное учреждение «Детский сад «Берёзка»"),
]


@pytest.mark.parametrize(("text", "issuer"), TWO_LEVEL)
def test_two_level_letterhead_names_the_institution(
        tools: ExtractTools, tmp_path: Path, text: str, issuer: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer
