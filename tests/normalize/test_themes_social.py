"""Indicator name → theme for the social themes of programmes (theme_cases_social.py)."""

from __future__ import annotations

import pytest

from normalize.lemmas import get_lemmatizer
from normalize.theme_phrases import PLACE, tokens
from normalize.themes import ThemeMatcher, default_matcher
from tests.normalize.theme_cases import CASES, TRAPS
from tests.normalize.theme_cases_care import CARE_CASES, CARE_TRAPS
from tests.normalize.theme_cases_programme import PROGRAMME_CASES, PROGRAMME_TRAPS
from tests.normalize.theme_cases_social import SOCIAL_CASES, SOCIAL_TRAPS


@pytest.fixture(scope="module")
def matcher() -> ThemeMatcher:
    return default_matcher(get_lemmatizer())


def test_the_social_table_is_its_own() -> None:
    names = [n for n, _ in SOCIAL_CASES + SOCIAL_TRAPS]
    assert len(set(names)) == len(names), "a name is in the table twice"
    others = {n for n, _ in CASES + TRAPS + PROGRAMME_CASES + PROGRAMME_TRAPS + CARE_CASES
              + CARE_TRAPS}
    assert not set(names) & others, "a name is in another table too"


@pytest.mark.parametrize(("name", "expected"), SOCIAL_CASES)
def test_theme_of_a_social_wording(name: str, expected: str | None,
                                   matcher: ThemeMatcher) -> None:
    got = matcher.match(name)
    assert (got.code if got else None) == expected, got


@pytest.mark.parametrize(("name", "expected"), SOCIAL_TRAPS)
def test_a_social_trap_gets_its_own_theme_or_none(name: str, expected: str | None,
                                                  matcher: ThemeMatcher) -> None:
    got = matcher.match(name)
    assert (got.code if got else None) == expected, got


@pytest.mark.parametrize(("text", "places"), [
    ("Численность детей, проживающих на территории Северного края", 1),
    ("Доля педагогов Республики Заречье", 1),
    ("Доля школ городского округа Сосновка", 1),
    ("Доля детей с ОВЗ в школах", 0),  # an abbreviation is no name
    ("Количество детей в Центре", 0),  # capitalised, but beside no place word
    ("Северная область", 0),  # the first word of a name may be capitalised anyway
])
def test_a_places_proper_name_reads_as_a_place(text: str, places: int) -> None:
    toks = tokens(text, get_lemmatizer())
    assert sum(PLACE in t.lemmas for t in toks) == places
