"""The lemmatizer adapter: fast dictionaries, cached lemmas, lazy natasha."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


def test_one_shared_instance() -> None:
    assert get_lemmatizer() is get_lemmatizer()


def test_fast_dawg_extension_in_use(lem: Lemmatizer) -> None:
    assert lem.fast is True


def test_lemma_is_cached(lem: Lemmatizer) -> None:
    lem.lemma("семинаров")
    before = lem.lemma.cache_info().hits
    assert lem.lemma("семинаров") == "семинар"
    assert lem.lemma.cache_info().hits == before + 1


@pytest.mark.parametrize(("word", "lemma"), [
    ("Руководители", "руководитель"),
    ("учителей-предметников", "учитель-предметник"),
    ("педагогов-наставников", "педагог-наставник"),
    ("консультаций", "консультация"),
    ("объёме", "объем"),
    ("2023", "2023"),
    ("%", "%"),
])
def test_lemma(word: str, lemma: str, lem: Lemmatizer) -> None:
    assert lem.lemma(word) == lemma


def test_words_keep_hyphenated_compounds(lem: Lemmatizer) -> None:
    assert lem.words("Ленинск-Кузнецкого, МБОУ «НМЦ»: 2022-2026") == [
        "Ленинск-Кузнецкого", "МБОУ", "НМЦ", "2022-2026"]
    assert lem.lemmas("методических служб школ") == ["методический", "служба", "школа"]


def test_inflect_and_parse(lem: Lemmatizer) -> None:
    assert lem.inflect("Пензы", {"nomn"}) == "пенза"
    assert lem.parse("области")[0].normal_form == "область"
    assert lem.inflect("", {"nomn"}) is None
    assert lem.inflect("Северского", {"nomn", "masc", "sing"}) == "северский"


def test_natasha_is_lazy_and_finds_a_person() -> None:
    fresh = Lemmatizer()
    assert fresh._ner is None
    assert fresh.entities("   ") == []
    assert fresh._ner is None  # nothing to tag, nothing loaded
    assert ("PER", "Ивановой Натальей") in fresh.entities(
        "Приказ подписан Ивановой Натальей в Пензе")
    loaded = fresh._ner
    fresh.entities("Пенза")
    assert fresh._ner is loaded  # loaded once


@pytest.mark.parametrize("word", ["𗀀", "a𗀀б", "\U00030000"])
def test_letters_without_unicode_name_do_not_crash(word: str, lem: Lemmatizer) -> None:
    assert lem.lemma(word) == word.lower()
    assert lem.parse(word)[0].tag.POS is None


def test_all_lemmas_offers_every_reading(lem: Lemmatizer) -> None:
    assert lem.lemma("диагностику") == "диагностик"  # pymorphy3's likeliest parse is wrong
    assert "диагностика" in lem.all_lemmas("диагностику")
    assert lem.all_lemmas("2023") == frozenset({"2023"})
