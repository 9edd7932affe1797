"""The words of places in extract/vocab/facts.yaml that single rules read: a place's head and
its body, a place printed after a name, a settlement's marks, a formation's genitive, a region
cited or foreign. A base of FactsVocab (extract/facts/vocab.py), kept apart so that the facts
vocabulary stays readable."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extract.facts.vocab_kinds import Lemmas


@dataclass(frozen=True)
class PlacesVocab:
    """Place word lists and patterns every FactsVocab carries (facts.yaml)."""

    place_head_bodies: dict[str, str]  # "глава" → "Администрация": the body its head signs for
    place_tail_municipality: re.Pattern[str]  # "… школа № 3 Лесного района": a name's place
    place_tail_address: re.Pattern[str]  # ", 624930, …": an address closing the place's tail
    federal_branch_region: re.Pattern[str]  # "ИФНС России № 12 по Заречной области"
    theme_region: re.Pattern[str]  # "…, посвящённый Дню Заречной области": an event's theme
    news_lead_region: re.Pattern[str]  # "В Заречной области стартовал …": a news item's
    federal_pair_region: re.Pattern[str]  # "на территории РФ и Республики Лесной": the law's
    cited_act_title: re.Pattern[str]  # "… № 80-п «Об утверждении …»": a cited act's subject
    cited_title_region: re.Pattern[str]  # "Заречной Республики" named in such a subject
    formation_genitive: dict[str, str]  # "муниципальный район" → "муниципального района"
    place_spaced_hyphen: re.Pattern[str]  # "Усть- Кут": a hyphenated name with a space
    place_broken_connector: re.Pattern[str]  # "Николаевска –\nна – Амуре"
    city_after_district: re.Pattern[str]  # "… района города Заречнска": the city after it
    founder_field: re.Pattern[str]  # "Учредитель: Управление образования …": its formation
    founder_label_cell: re.Pattern[str]  # "Учредитель" | …: a card's row
    region_foreign_rows: tuple[Lemmas, ...]  # "Соисполнители программы": others' region
    school_place_marks: frozenset[str]  # "с.", "пос.", "рп." (lower case, no full stop)
    school_place_bare_marks: frozenset[str]  # "пгт", "рп" written without a full stop
    school_place_words: frozenset[str]  # lemmas of marks written in full: "села", "посёлка"
    formation_line_markers: tuple[Lemmas, ...]  # "… МУНИЦИПАЛЬНЫЙ РАЙОН" alone on its line
    district_over_markers: tuple[Lemmas, ...]  # "ЗАРЕЧНЫЙ РАЙОН" over its inner formations
    inner_formation_openers: tuple[Lemmas, ...]  # "МО Сосновый бор": an inner part's line
    inner_formation_closers: tuple[Lemmas, ...]  # "Луговое сельское поселение"
    place_generic_words: frozenset[str]  # "Каждый район", "Этого района": no place's name
    inner_formation_city_tail: re.Pattern[str]  # "… МО «Заречный» Санкт-Петербурга": the city


def _spaced_hyphen(stems: list[str]) -> re.Pattern[str]:
    """"Усть- Кутского", "Усть -Кут", "г.Улан - Удэ" (not "г. N - Иванова И.И.": a person after
    a dash); "Усть–Кутского": a word processor's auto-correct made the hyphen a dash (not
    "города N - Муниципальное образование …": a site title's next phrase, `stems`)."""
    alt = "|".join(map(re.escape, stems))
    return re.compile(
        r"\b([А-ЯЁ][а-яё]+)(?:-\s+|\s+-\s*|[–—])(?=[А-ЯЁ][а-яё])(?![А-ЯЁ][а-яё]*\s+[А-ЯЁ]\.)"
        rf"(?!(?i:{alt}))")


def places_fields(f: dict[str, Any]) -> dict[str, Any]:
    """FactsVocab's place fields read from facts.yaml."""
    return dict(
        place_head_bodies={str(k): str(v) for k, v in f["place_head_bodies"].items()},
        place_tail_municipality=re.compile(f["place_tail_municipality"]),
        place_tail_address=re.compile(f["place_tail_address"]),
        federal_branch_region=re.compile(f["federal_branch_region"]),
        theme_region=re.compile(f["theme_region"]),
        news_lead_region=re.compile(f["news_lead_region"], re.M),
        federal_pair_region=re.compile(f["federal_pair_region"]),
        cited_act_title=re.compile(f["cited_act_title"]),
        cited_title_region=re.compile(f["cited_title_region"]),
        formation_genitive=dict(f["formation_genitive"]),
        place_spaced_hyphen=_spaced_hyphen(f["place_not_second_parts"]),
        place_broken_connector=re.compile(f["place_broken_connector"]),
        city_after_district=re.compile(f["city_after_district"]),
        founder_field=re.compile(f["founder_field"]),
        founder_label_cell=re.compile(f["founder_label_cell"]),
        region_foreign_rows=tuple(tuple(x) for x in f["region_foreign_rows"]),
        school_place_marks=frozenset(f["school_place_marks"]),
        school_place_bare_marks=frozenset(f["school_place_bare_marks"]),
        school_place_words=frozenset(f["school_place_words"]),
        formation_line_markers=tuple(tuple(x) for x in f["formation_line_markers"]),
        district_over_markers=tuple(tuple(x) for x in f["district_over_markers"]),
        inner_formation_openers=tuple(tuple(x) for x in f["inner_formation_openers"]),
        inner_formation_closers=tuple(tuple(x) for x in f["inner_formation_closers"]),
        place_generic_words=frozenset(f["place_generic_words"]),
        inner_formation_city_tail=re.compile(f["inner_formation_city_tail"]),
    )
