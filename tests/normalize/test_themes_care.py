"""Indicator name → theme for children's rest, health effect and prevention among minors
(theme_cases_care.py)."""

from __future__ import annotations

import pytest

from normalize.lemmas import get_lemmatizer
from normalize.themes import ThemeMatcher, default_matcher
from tests.normalize.theme_cases import CASES, TRAPS
from tests.normalize.theme_cases_care import CARE_CASES, CARE_TRAPS
from tests.normalize.theme_cases_programme import PROGRAMME_CASES, PROGRAMME_TRAPS


@pytest.fixture(scope="module")
def matcher() -> ThemeMatcher:
    return default_matcher(get_lemmatizer())


def test_the_care_table_is_its_own() -> None:
    names = [n for n, _ in CARE_CASES + CARE_TRAPS]
    assert len(set(names)) == len(names), "a name is in the table twice"
    others = {n for n, _ in CASES + TRAPS + PROGRAMME_CASES + PROGRAMME_TRAPS}
    assert not set(names) & others, "a name is in another table too"


@pytest.mark.parametrize(("name", "expected"), CARE_CASES)
def test_theme_of_a_care_wording(name: str, expected: str | None,
                                 matcher: ThemeMatcher) -> None:
    got = matcher.match(name)
    assert (got.code if got else None) == expected, got


@pytest.mark.parametrize(("name", "expected"), CARE_TRAPS)
def test_a_care_trap_gets_its_own_theme_or_none(name: str, expected: str | None,
                                                matcher: ThemeMatcher) -> None:
    got = matcher.match(name)
    assert (got.code if got else None) == expected, got


def test_the_register_group_is_named_in_the_label(matcher: ThemeMatcher) -> None:
    got = matcher.match("Доля подростков, состоящих на учёте в ПДН, отдохнувших летом в "
                        "лагерях")
    assert got is not None
    assert got.label == ("Отдых и оздоровление детей: "
                         "дети, состоящие на профилактическом учёте")
