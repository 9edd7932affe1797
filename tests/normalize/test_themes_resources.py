"""Indicator name → theme for the resources themes and fixed wordings
(theme_cases_resources.py)."""

from __future__ import annotations

import pytest

from normalize.lemmas import get_lemmatizer
from normalize.themes import ThemeMatcher, default_matcher
from tests.normalize.theme_cases import CASES, TRAPS
from tests.normalize.theme_cases_care import CARE_CASES, CARE_TRAPS
from tests.normalize.theme_cases_programme import PROGRAMME_CASES, PROGRAMME_TRAPS
from tests.normalize.theme_cases_resources import RESOURCE_CASES, RESOURCE_TRAPS
from tests.normalize.theme_cases_social import SOCIAL_CASES, SOCIAL_TRAPS


@pytest.fixture(scope="module")
def matcher() -> ThemeMatcher:
    return default_matcher(get_lemmatizer())


def test_the_resources_table_is_its_own() -> None:
    names = [n for n, _ in RESOURCE_CASES + RESOURCE_TRAPS]
    assert len(set(names)) == len(names), "a name is in the table twice"
    others = {n for n, _ in CASES + TRAPS + PROGRAMME_CASES + PROGRAMME_TRAPS + CARE_CASES
              + CARE_TRAPS + SOCIAL_CASES + SOCIAL_TRAPS}
    assert not set(names) & others, "a name is in another table too"


@pytest.mark.parametrize(("name", "expected"), RESOURCE_CASES)
def test_theme_of_a_resources_wording(name: str, expected: str | None,
                                      matcher: ThemeMatcher) -> None:
    got = matcher.match(name)
    assert (got.code if got else None) == expected, got


@pytest.mark.parametrize(("name", "expected"), RESOURCE_TRAPS)
def test_a_resources_trap_gets_its_own_theme_or_none(name: str, expected: str | None,
                                                     matcher: ThemeMatcher) -> None:
    got = matcher.match(name)
    assert (got.code if got else None) == expected, got
