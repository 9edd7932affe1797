"""Document facts in two general forms (invented bodies and places): an act's word joined
with its date line into one line under a letterhead (the letterhead names the issuer), and a
municipality's name printed in capitals after its marker or with a spaced hyphen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import lines_doc


def _facts(doc: SourceDocument, tools: ExtractTools) -> tuple[str | None, str | None]:
    d = extract(doc, Found(), tools).document
    return d.issuer, d.municipality_text


_BODY = "Об утверждении плана мероприятий по развитию образования\n1. Утвердить план мероприятий."

# (text, issuer)
JOINED_HEADINGS = [
    # the act's word and its date on one line under a two-line letterhead
    (f"АДМИНИСТРАЦИЯ\nКЕДРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nРаспоряжение от 5 марта 2023 г. "
     f"№ 17-р\n{_BODY}", "Администрация Кедровского муниципального района"),
    # a structural unit under its administration
    (f"АДМИНИСТРАЦИЯ ЛИПОВСКОГО ГОРОДСКОГО ОКРУГА\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nПриказ от 12.01.2024 "
     f"№ 4\n{_BODY}", "Управление образования администрации Липовского городского округа"),
    # the line names its own body: it wins over the letterhead
    (f"АДМИНИСТРАЦИЯ КЕДРОВСКОГО РАЙОНА\nПостановление администрации Сосновского района от "
     f"5 марта 2023 г. № 17\n{_BODY}", "Администрация Сосновского района"),
]


@pytest.mark.parametrize(("text", "issuer"), JOINED_HEADINGS)
def test_letterhead_over_joined_heading(tools: ExtractTools, text: str, issuer: str) -> None:
    assert _facts(lines_doc(text), tools)[0] == issuer


def test_heading_without_letterhead_names_no_issuer(tools: ExtractTools) -> None:
    got = _facts(lines_doc(f"Распоряжение от 5 марта 2023 г. № 17-р\n{_BODY}"), tools)
    assert got[0] is None


# (line under the title, municipality as written)
CAPITAL_DISTRICTS = [
    ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА КЕДРОВСКИЙ РАЙОН", "КЕДРОВСКИЙ РАЙОН"),
    ("МБОУ СОШ С. ЛЕСНОЕ МУНИЦИПАЛЬНОГО РАЙОНА ЛИПОВСКИЙ РАЙОН РЕСПУБЛИКИ БАШКОРТОСТАН",
     "ЛИПОВСКИЙ РАЙОН"),
    ("администрация муниципального района Кедровский район", "Кедровский район"),
    # a title's city with a hyphen spaced on both sides, or on one
    ("школ г.Сосново - Озёрск", "г.Сосново-Озёрск"),
    ("школ г. Усть- Ольховск", "г. Усть-Ольховск"),
    # a person after a dash is no part of the city's name
    ("ответственный по г. Липовску - Петрова И.И.", "г. Липовску"),
]


@pytest.mark.parametrize(("text", "place"), CAPITAL_DISTRICTS)
def test_municipality_as_written(tools: ExtractTools, text: str, place: str) -> None:
    assert _facts(lines_doc(f"ПЛАН РАБОТЫ\nна 2024 год\n{text}"), tools)[1] == place


# (title, canonical municipality)
SPACED_HYPHEN_TITLES = [
    ("План мероприятий по развитию образования г.Сосново - Озёрск на 2024 год",
     "Сосново-Озёрск"),
    ("План работы школ г. Усть- Ольховск на 2024 год", "Усть-Ольховск"),
    ("План работы школ г. Сосново-Озёрск", "Сосново-Озёрск"),
    ("Отчёт школ г. Липовска - Петрова И.И.", "Липовск"),
    ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА КЕДРОВСКИЙ РАЙОН", "Кедровский район"),
]


@pytest.mark.parametrize(("title", "place"), SPACED_HYPHEN_TITLES)
def test_whole_city_name(title: str, place: str) -> None:
    assert find_place([title], get_lemmatizer(), settlements=False).municipality == place
