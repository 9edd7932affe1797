"""The words of a site's and a file's chrome in extract/vocab/facts.yaml that single rules read:
a site engine's marks over an article, a placeholder glued to a line, a file's label, a
letterhead's address and a site's switch to its accessible version, the spaces a site export
lost, the last word of a page cut short. A base of FactsVocab (extract/facts/vocab.py), kept
apart so that the facts vocabulary stays readable."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CutTailPos:
    """Parts of speech (pymorphy3 tags) of a page's last word that say it was cut inside a
    sentence (extract/facts/cut_tail.py)."""

    ends: frozenset[str]  # no phrase ends on them: a preposition, a conjunction
    dangling: frozenset[str]  # an adjective or participle whose noun never came


@dataclass(frozen=True)
class ChromeVocab:
    """Chrome word lists and patterns every FactsVocab carries (facts.yaml)."""

    cms_marks: re.Pattern[str]  # "Автор: …", "06.09.2017 00:00 |", "Обновлено 07.09.2017"
    cms_page_top: re.Pattern[str]  # "Главная » 2016 » Декабрь", "Форма входа", "Гостей: 1"
    cms_rubric: re.Pattern[str]  # "Управление образования информирует": a news section's name
    cms_lead: int  # chunks from the top an engine's chrome may take
    cms_section_words: int  # a section's name: this many words at most
    cms_menu_cells: frozenset[tuple[str, ...]]  # "Главная", "Мой профиль": an account menu
    site_chrome_tail: re.Pattern[str]  # "… учебный год advertisement": a site's placeholder
    form_year_blank: re.Pattern[str]  # "на 2023_год": a form's year blank, no file's label
    letterhead_address_start: re.Pattern[str]  # "… г. Лесной ул. Садовая, д.9": the address
    site_switch_line: re.Pattern[str]  # "ВЕРСИЯ ДЛЯ СЛАБОВИДЯЩИХ"
    lost_space_seam: re.Pattern[str]  # "кодексаРоссийской" | "от10" | "программы\"Развитие"
    lost_space_noun_seam: re.Pattern[str]  # "Луговскойобласти": no case change at the seam
    cut_tail_pos: CutTailPos  # a page's last word that leaves its sentence open


def _lost_space_seam(data: dict[str, Any]) -> re.Pattern[str]:
    run = int(data["min_lower_run"])
    preps = "|".join(sorted(data["prepositions_before_number"], key=len, reverse=True))
    quotes = re.escape("".join(data["opening_quotes"]))
    return re.compile(  # "кодексаРоссийской" | "от10" | "программы\"Развитие"
        rf"(?<![А-Яа-яЁё])(?P<word>[А-ЯЁа-яё][а-яё]{{{run - 1},}})(?=[А-ЯЁ][а-яё])"
        rf"|(?<![А-Яа-яЁё])(?P<prep>{preps})(?=\d)"
        rf"|(?<![А-Яа-яЁё])(?P<quoted>[А-ЯЁа-яё][а-яё]{{{run - 1},}})(?=[{quotes}][А-ЯЁ])")


def _lost_space_noun_seam(data: dict[str, Any]) -> re.Pattern[str]:
    ends = "|".join(sorted(data["adjective_endings"], key=len, reverse=True))
    nouns = "|".join(data["nouns_after_adjective"])
    return re.compile(  # "Луговскойобласти", "КЕДРОВСКИЙКРАЙ": no case change at the seam
        rf"(?<![А-Яа-яЁё])(?P<adj>[А-ЯЁа-яё]{{2,}}(?:{ends}))(?=(?:{nouns})(?![А-Яа-яЁё]))",
        re.IGNORECASE)


def chrome_fields(f: dict[str, Any]) -> dict[str, Any]:
    """FactsVocab's chrome fields read from facts.yaml."""
    cms = f["cms_chrome"]
    return dict(
        cms_marks=re.compile(cms["marks"], re.IGNORECASE),
        cms_page_top=re.compile(cms["page_top"], re.IGNORECASE),
        cms_rubric=re.compile(cms["rubric"], re.IGNORECASE),
        cms_lead=cms["lead"],
        cms_section_words=cms["section_words"],
        cms_menu_cells=frozenset(tuple(x) for x in cms["menu_cells"]),
        site_chrome_tail=re.compile(f["site_chrome_tail"]),
        form_year_blank=re.compile(f["form_year_blank"]),
        letterhead_address_start=re.compile(f["letterhead_address_start"]),
        site_switch_line=re.compile(f["site_switch_line"]),
        lost_space_seam=_lost_space_seam(f["lost_spaces"]),
        lost_space_noun_seam=_lost_space_noun_seam(f["lost_spaces"]),
        cut_tail_pos=CutTailPos(frozenset(f["cut_tail_pos"]["ends"]),
                                frozenset(f["cut_tail_pos"]["dangling"])),
    )
