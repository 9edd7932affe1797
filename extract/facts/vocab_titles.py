"""The words of titles and periods in extract/vocab/facts.yaml: what stops a title, the report
year and month headings, a title page's place and year line, the tails a site adds to a title,
a form's blanks and captions, the period patterns, a card's label, a title's owner. A base of
FactsVocab (extract/facts/vocab.py), kept apart so that the facts vocabulary stays readable."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extract.facts.vocab_kinds import KindsVocab, Lemmas


@dataclass(frozen=True)
class TitleProse:
    """A body's sentence told from a heading (extract/facts/title_prose.py): evidence weights
    and the body's opening words."""

    predicate: int  # a finite verb or a short participle outside quotes and brackets
    opener: int  # a body's opening: `opener_words` first, or `opener_phrase`
    full_stop: int  # a closing full stop after a word
    long: int  # more words than a heading has
    genre_first: int  # a document's genre word first (negative: a heading's evidence)
    capitals: int  # its first word in capitals (negative)
    threshold: int  # at or over it, a sentence
    opener_words: frozenset[str]  # "Настоящий", "Данный" (lemmas)
    opener_phrase: re.Pattern[str]  # "В 2023 году", "В течение …"
    subordinate_words: frozenset[str]  # "которые", "как": a clause whose verb no heading lacks


@dataclass(frozen=True)
class TitlesVocab(KindsVocab):
    """Title and period word lists and patterns every FactsVocab carries (facts.yaml)."""

    title_stoppers: tuple[Lemmas, ...]
    report_opening_year: re.Pattern[str]  # "В 2023 / 2024 учебном году …" opening the body
    report_year: re.Pattern[str]  # "ОТЧЕТ О САМООБСЛЕДОВАНИИ 2023": the year reported on
    month_heading: re.Pattern[str]  # "Сентябрь 2018": a site's page heading over a month's plan
    year_word_line: re.Pattern[str]  # "г." alone under a title's last year: its closing word
    month_alone: re.Pattern[str]  # "Сентябрь" alone: a calendar plan's month heading
    post_meta: re.Pattern[str]  # "Администрация, 01 Сентябрь 2011, изменено: …": a post's line
    place_year: re.Pattern[str]  # "с. Заречное, 2024 г": a title page's place and year line
    place_year_tail: re.Pattern[str]  # the same closing a heading's line
    season_plan_words: frozenset[str]  # a one-season plan's title words (лагерь, каникулы)
    assessed_subjects: frozenset[str]  # "Самообследование <institution> проведено"
    section_heading: re.Pattern[str]  # "… за 2023 год Раздел 1. Общие сведения"
    generic_sections: tuple[Lemmas, ...]  # "Аналитическая часть": a part naming no document
    title_status_tail: re.Pattern[str]  # "… 2023 Утверждена и Согласована": a site's note
    title_file_tail: re.Pattern[str]  # "… за 2021 год. 12 Ромашка": a card's file name
    title_clipped_file_tail: re.Pattern[str]  # "… за 2018 год самообсл 19": its clipped name
    title_number_caption: re.Pattern[str]  # "… п/п Мероприятия Дата …": its table's header
    title_form_caption: re.Pattern[str]  # "… ------ (наименование организации) ЗА …"
    title_page_mark: re.Pattern[str]  # "… на 2023-2027 годы 1": a page number after the years
    title_edition_notes: tuple[re.Pattern[str], ...]  # "«…» {в редакции: …}" after a name
    passport_row_labels: tuple[Lemmas, ...]  # "Наименование …" run on after a passport's heading
    item_term: re.Pattern[str]  # "Срок: до 17.04.2024" under an order's item
    shift_term: re.Pattern[str]  # "1 смена с 01.06.2025 по …": a camp's term under its name
    form_blank: re.Pattern[str]  # "… оздоровлением в______ за ____": a form's blanks
    territory_line: re.Pattern[str]  # "Заречной области" ending a body's name
    form_date: re.Pattern[str]  # "… годов от «_29_» __12__ 20_21_г": a form's filled-in date
    form_caption: re.Pattern[str]  # "(городской округ)": what to fill in under a form's heading
    period_label: tuple[re.Pattern[str], ...]
    period_foreign_terms: frozenset[str]  # "срок действия свидетельства": no term of the plan
    period_title: tuple[re.Pattern[str], ...]
    period_budget: tuple[re.Pattern[str], ...]
    period_backward_words: frozenset[str]
    period_intro: tuple[re.Pattern[str], ...]
    period_dated_range: re.Pattern[str]
    card_label_head: re.Pattern[str]  # a card's name label split over lines
    card_label_word: re.Pattern[str]
    legal_form_words: frozenset[str]  # "МУНИЦИПАЛЬНОЕ …" under a card's label: a letterhead
    title_owner_heads: frozenset[str]  # a body owning the plan in its title
    title_owner_stops: re.Pattern[str]
    site_reference_marks: tuple[str, ...]  # "См. Постановление …": a legal site's note
    cited_act_item: re.Pattern[str]  # an item of a plan's legal bases: the cited act's years
    report_heading_words: frozenset[str]  # "Информация о ходе …": a report's heading word
    report_as_of: re.Pattern[str]  # "по состоянию на 01.01.2016 года"
    examination_dates: re.Pattern[str]  # "в сроки с 01.02.2015 г. по 01.04.2015 г."
    title_prose: TitleProse  # a body's sentence is no title


def rx(items: list[str], flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in items)


def titles_fields(f: dict[str, Any]) -> dict[str, Any]:
    """FactsVocab's title and period fields read from facts.yaml."""
    return dict(
        title_stoppers=tuple(tuple(x) for x in f["title_stoppers"]),
        period_label=rx(f["period_label_patterns"]),
        period_foreign_terms=frozenset(f["period_foreign_terms"]),
        period_title=rx(f["period_title_patterns"]),
        period_budget=rx(f["period_budget_patterns"]),
        period_backward_words=frozenset(f["period_backward_words"]),
        period_intro=rx(f["period_intro_patterns"]),
        period_dated_range=re.compile(f["period_dated_range"], re.IGNORECASE),
        card_label_head=re.compile(f["card_label_head"]),
        card_label_word=re.compile(f["card_label_word"]),
        legal_form_words=frozenset(f["legal_form_words"]),
        title_owner_heads=frozenset(f["title_owner_heads"]),
        title_owner_stops=re.compile(f["title_owner_stops"]),
        report_year=re.compile(f["report_year_pattern"], re.IGNORECASE),
        report_opening_year=re.compile(f["report_opening_year_pattern"]),
        month_heading=re.compile(f["month_heading_pattern"], re.IGNORECASE),
        year_word_line=re.compile(f["year_word_line_pattern"], re.IGNORECASE),
        month_alone=re.compile(f["month_alone_pattern"]),
        post_meta=re.compile(f["post_meta_line"]),
        place_year=re.compile("^" + f["place_year_pattern"]),
        place_year_tail=re.compile(r"(?<=\s)" + f["place_year_pattern"]),
        season_plan_words=frozenset(f["season_plan_words"]),
        assessed_subjects=frozenset(f["assessed_subjects"]),
        section_heading=re.compile(f["section_heading_pattern"]),
        generic_sections=tuple(tuple(x) for x in f["generic_sections"]),
        title_status_tail=re.compile(f["title_status_tail"]),
        title_file_tail=re.compile(f["title_file_tail"]),
        title_clipped_file_tail=re.compile(f["title_clipped_file_tail"]),
        title_number_caption=re.compile(f["title_number_caption"]),
        title_form_caption=re.compile(f["title_form_caption"]),
        title_page_mark=re.compile(f["title_page_mark"]),
        title_edition_notes=rx(f["title_edition_notes"]),
        passport_row_labels=tuple(tuple(x) for x in f["passport_row_labels"]),
        item_term=re.compile(rf"^\s*(?:{'|'.join(f['plan_fields']['deadline'])})\s*:"),
        shift_term=re.compile(f["shift_term_pattern"], re.IGNORECASE),
        form_blank=re.compile(f["form_blank_pattern"]),
        form_date=re.compile(f["form_date_pattern"], re.IGNORECASE),
        territory_line=re.compile(f["territory_line_pattern"]),
        form_caption=re.compile(f["form_caption_pattern"]),
        site_reference_marks=tuple(str(m) for m in f["site_reference_marks"]),
        cited_act_item=re.compile(f["cited_act_item"]),
        report_heading_words=frozenset(f["report_heading_words"]),
        report_as_of=re.compile(f["report_as_of_pattern"]),
        examination_dates=re.compile(f["examination_dates_pattern"]),
        title_prose=_prose(f["title_prose"]),
    )


def _prose(f: dict[str, Any]) -> TitleProse:
    w = f["weights"]
    return TitleProse(w["predicate"], w["opener"], w["full_stop"], w["long"], w["genre_first"],
                      w["capitals"], f["threshold"], frozenset(f["opener_words"]),
                      re.compile(f["opener_phrase"]), frozenset(f["subordinate_words"]))
