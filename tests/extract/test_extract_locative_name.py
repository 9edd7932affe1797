"""A campaign note naming the institution that held it inside its sentence, the type words in
the locative and the number glued to the town ("в МБДОУ детском саду №7г.Заречного"): the
issuer in the nominative, "МБДОУ детский сад №7 г. Заречного" (extract/facts/locative_name.py,
the lemmatizer's normalize/lemmas.py nominative_of_locative). Invented places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.locative_name import name_in_nominative
from extract.tools import ExtractTools
from normalize.lemmas import get_lemmatizer

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc


@pytest.mark.parametrize(("words", "expected"), [
    (("детском", "саду"), ("детский", "сад")),
    (("средней", "общеобразовательной", "школе"), ("средняя", "общеобразовательная", "школа")),
    (("дошкольном", "образовательном", "учреждении"),
     ("дошкольное", "образовательное", "учреждение")),
    (("центре",), ("центр",)),
    # no locative head noun: nothing to put in the nominative
    (("детский", "сад"), None),
    (("детском", "саду", "с"), None),
])
def test_nominative_of_locative(words: tuple[str, ...], expected: tuple[str, ...] | None) -> None:
    assert get_lemmatizer().nominative_of_locative(words) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("МБДОУ детском саду №7г.Заречного с 25.03.2019г.",
     "МБДОУ детский сад №7 г. Заречного с 25.03.2019г."),
    ("МБДОУ детском саду № 12 с. Луговое", "МБДОУ детский сад № 12 с. Луговое"),
    ("МБОУ средней школе № 3 г.Лесного прошла", "МБОУ средняя школа № 3 г. Лесного прошла"),
    # already in the nominative, or no form's abbreviation first: as written
    ("МБДОУ детский сад №7 г. Заречного", "МБДОУ детский сад №7 г. Заречного"),
    ("детском саду №7г.Заречного", "детском саду №7г.Заречного"),
    ("МБОУ «Лесная СОШ» в с. Кедровое", "МБОУ «Лесная СОШ» в с. Кедровое"),
])
def test_name_in_nominative(ctx: Ctx, text: str, expected: str) -> None:
    assert " ".join(name_in_nominative(ctx, text.split())) == expected


_NOTE = ("Информация о проведении мероприятий в рамках месячника «Внимание, дети!»\n"
         "Во исполнение приказа отдела образования г. Заречного от 01.09.2023 № 201 был "
         "разработан план мероприятий месячника «Внимание, дети!» в {owner} с 01.09.2023 по "
         "30.09.2023. В рамках месячника проведены беседы и викторины.\n"
         "Цель: профилактика детского дорожно-транспортного травматизма\n")


@pytest.mark.parametrize(("owner", "issuer"), [
    ("МБДОУ детском саду №7г.Заречного", "МБДОУ детский сад №7 г. Заречного"),
    ("МБОУ средней школе № 4 г. Заречного", "МБОУ средняя школа № 4 г. Заречного"),
])
def test_campaign_note_issuer(tools: ExtractTools, tmp_path: Path, owner: str,
                              issuer: str) -> None:
    d = facts_of(txt_doc(tmp_path, _NOTE.format(owner=owner)), tools).document
    assert d.issuer == issuer
