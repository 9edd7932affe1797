"""Indicator name → theme, on the table of genre wordings and traps (theme_cases.py)."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.themes import ThemeMatcher, default_matcher
from tests.normalize.theme_cases import CASES, TRAPS
from tests.normalize.theme_cases_programme import PROGRAMME_CASES, PROGRAMME_TRAPS


@pytest.fixture(scope="module")
def matcher() -> ThemeMatcher:
    return default_matcher(get_lemmatizer())


def test_the_table_is_large_enough_and_has_traps() -> None:
    names = [n for n, _ in CASES + TRAPS]
    assert len(names) >= 150 and len(TRAPS) >= 40
    assert len(set(names)) == len(names), "a name is in the table twice"


def test_the_programme_table_is_large_enough_and_has_traps() -> None:
    names = [n for n, _ in PROGRAMME_CASES + PROGRAMME_TRAPS]
    assert len(names) >= 150 and len(PROGRAMME_TRAPS) >= 40
    assert len(set(names)) == len(names), "a name is in the table twice"
    assert not set(names) & {n for n, _ in CASES + TRAPS}, "a name is in both tables"


@pytest.mark.parametrize(("name", "label"), [
    ("Доступность дошкольного образования для детей в возрасте до 3 лет",
     "Доступность дошкольного образования: дети до 3 лет"),
    ("Доля детей в трудной жизненной ситуации, отдохнувших в загородных лагерях",
     "Отдых и оздоровление детей: загородные лагеря, дети в трудной жизненной ситуации"),
    ("Отношение средней заработной платы педагогов дополнительного образования к средней "
     "заработной плате учителей",
     "Заработная плата педагогов к средней по региону: дополнительное образование"),
])
def test_programme_facets_name_the_group_in_the_label(name: str, label: str,
                                                      matcher: ThemeMatcher) -> None:
    got = matcher.match(name)
    assert got is not None and got.label == label


def test_a_one_word_aside_in_brackets_does_not_break_a_phrase(matcher: ThemeMatcher) -> None:
    """"(полном)", "(третью)" are read as words; a longer bracket still breaks phrases."""
    a = matcher.match("Доля выпускников, получивших аттестат о среднем (полном) общем "
                      "образовании")
    b = matcher.match("Доля выпускников, получивших аттестат о среднем (как правило, полном) "
                      "общем образовании")
    assert a is not None and a.code == "certificate_11"
    assert b is None


def test_similarity_keeps_to_the_kind_of_value_a_theme_measures(
        matcher: ThemeMatcher) -> None:
    """Cosine alone puts this share next to 'Средний балл ЕГЭ по русскому языку' (0.91)."""
    assert matcher.match("Доля выпускников 11 классов, сдавших ЕГЭ по русскому языку на 70 и "
                         "более баллов") is None


@pytest.mark.parametrize(("name", "expected"), CASES + PROGRAMME_CASES)
def test_theme_of_a_genre_wording(name: str, expected: str | None,
                                  matcher: ThemeMatcher) -> None:
    got = matcher.match(name)
    assert (got.code if got else None) == expected, got


@pytest.mark.parametrize(("name", "expected"), TRAPS + PROGRAMME_TRAPS)
def test_a_trap_gets_its_own_theme_or_none(name: str, expected: str | None,
                                           matcher: ThemeMatcher) -> None:
    got = matcher.match(name)
    assert (got.code if got else None) == expected, got


def test_rule_decisions_say_which_rule(matcher: ThemeMatcher) -> None:
    got = matcher.match("Доля молодых педагогов, имеющих наставника")
    assert got is not None and got.source == "rule"
    assert got.why.startswith("rule mentoring_young#1") and "subject young" in got.why
    assert got.label == "Молодые педагоги с наставниками"


def test_facets_extend_code_and_label(matcher: ThemeMatcher) -> None:
    got = matcher.match("Количество победителей и призёров регионального и заключительного "
                        "этапов всероссийской олимпиады школьников по математике")
    assert got is not None
    assert got.code == "olympiad_winners.final+regional.math"
    assert got.label == ("Победители и призёры всероссийской олимпиады школьников: "
                         "заключительный этап, региональный этап; математика")


def test_share_and_count_of_one_thing_share_a_theme(matcher: ThemeMatcher) -> None:
    a = matcher.match("Доля педагогов, прошедших диагностику профессиональных дефицитов")
    b = matcher.match("Количество педагогических работников, прошедших диагностику "
                      "профессиональных затруднений")
    assert a is not None and b is not None and a.code == b.code


def test_a_name_is_judged_once(matcher: ThemeMatcher) -> None:
    name = "Количество педагогов-наставников в школах"
    matcher.match(name)
    hits = matcher.match.cache_info().hits
    matcher.match(name)
    assert matcher.match.cache_info().hits == hits + 1


def test_similarity_respects_negation_and_generality(matcher: ThemeMatcher) -> None:
    """Cosine alone would put these with ege_below_min and training (0.95 / 0.92)."""
    assert matcher.match("Доля выпускников, преодолевших минимальный порог по русскому "
                         "языку") is None
    assert matcher.match("Доля педагогов, прошедших курсы повышения квалификации по "
                         "подготовке к ГИА") is None


def test_every_theme_recognises_its_own_examples(matcher: ThemeMatcher) -> None:
    lem: Lemmatizer = matcher.lem
    assert lem is get_lemmatizer()
    wrong = []
    for theme in matcher.themes:
        for ex in theme.examples:
            got = matcher.match(ex)
            if got is None or got.code.split(".")[0] != theme.code or got.source != "rule":
                wrong.append((theme.code, ex, got))
    assert not wrong
    assert len(matcher.themes) >= 50


def test_similarity_takes_a_near_copy_of_an_example_and_respects_its_guards() -> None:
    """Similarity alone (Similarity.best), with the rule guard replaced by `allows`."""
    from normalize.theme_phrases import tokens
    from normalize.theme_similar import Similarity
    from normalize.theme_vocab import ThemeSpec, compile_themes

    m = default_matcher(get_lemmatizer())
    spec = ThemeSpec.model_validate({
        "code": "t", "label": "Т", "measures": ["share"], "match": [{"all": ["наставничество"]}],
        "examples": ["Доля педагогов, вовлечённых в систему наставничества"]})
    sim = Similarity(m.lem, m.vocab, compile_themes([spec], m.vocab, m.lem, "test"))

    def best(name: str, allowed: bool = True) -> object:
        toks = tokens(name, m.lem)
        return sim.best(toks, m.subject(toks), lambda *_: allowed)

    hit = best("Доля педагогов района, вовлечённых в систему наставничества")
    assert hit is not None and hit[0].code == "t" and hit[1] > 0.99  # type: ignore[index]
    assert best("Доля педагогов, не вовлечённых в систему наставничества") is None  # negation
    assert best("Доля педагогов района, вовлечённых в систему наставничества", False) is None
    assert best("Доля педагогов, прошедших курсы повышения квалификации") is None  # far
    assert best("Вовлечённость в систему наставничества") is None  # no subject
