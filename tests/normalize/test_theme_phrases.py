"""The phrase syntax of the theme vocabulary: slots, alternatives, gaps, barriers, free words,
and the subject of a name."""

from __future__ import annotations

import pytest

from normalize.lemmas import get_lemmatizer
from normalize.theme_phrases import compile_phrase, tokens
from normalize.themes import default_matcher


@pytest.mark.parametrize(("phrase", "text", "found"), [
    ("молодой педагог", "Доля молодых педагогов", True),
    ("молодой педагог", "Доля молодых и начинающих педагогов", False),
    ("молодой ... педагог", "Доля молодых и начинающих педагогов", True),
    ("молодой ... педагог", "молодых специалистов, а также педагогов", False),  # comma
    ("молодой ... педагог", "молодых специалистов школ района и педагогов", False),  # > 3 words
    ("молодой|начинающий учитель", "начинающих учителей", True),
    ("педагог наставник", "педагогов-наставников", True),  # hyphenated: its parts
    ("точка роста", "центров «Точка роста»", True),  # quotes do not stop a phrase
    ("не ... преодолеть", "не преодолевших порог", True),
    ("не ... преодолеть", "преодолевших порог", False),
    ("80 ... балл", "набравших 80 и более баллов", True),
])
def test_phrase_matching(phrase: str, text: str, found: bool) -> None:
    lem = get_lemmatizer()
    assert (compile_phrase(phrase, lem).find(tokens(text, lem)) is not None) is found


def test_a_free_slot_matches_but_leaves_its_word() -> None:
    lem = get_lemmatizer()
    toks = tokens("школьного и муниципального этапов", lem)
    assert compile_phrase("школьный ... (этап)", lem).positions(toks) == (0,)
    assert compile_phrase("муниципальный ... (этап)", lem).positions(toks) == (2,)


@pytest.mark.parametrize("bad", ["", "...", "молодой ...", "| |"])
def test_a_bad_phrase_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        compile_phrase(bad, get_lemmatizer())


@pytest.mark.parametrize(("name", "subject"), [
    ("Доля молодых педагогов, имеющих наставника", "young"),
    ("Удельный вес учителей в возрасте до 35 лет", "young"),
    ("Количество педагогов-наставников", "mentors"),
    ("Доля учителей математики, прошедших диагностику", "subject_teachers"),
    ("Доля педагогов, обучающихся по ИОМ", "teachers"),  # the first population decides
    ("Количество школьных команд – участников фестиваля «Грамотный читатель»", "participants"),
    ("Количество мероприятий для молодых педагогов", "events"),
    ("Средний балл ЕГЭ по русскому языку", None),
])
def test_subject_is_the_first_population_named(name: str, subject: str | None) -> None:
    m = default_matcher(get_lemmatizer())
    found = m.subject(tokens(name, m.lem))
    assert (found.name if found else None) == subject
