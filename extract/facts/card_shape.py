"""What a site's card label looks like (the line a file page prints over the document): a
short label, or a long one copying the heading whole; a file's label read as words
(extract/facts/card_head.py, cover_vote.py)."""

from __future__ import annotations

import re

from extract.facts.file_label import file_words, is_file_label
from extract.facts.lines import Line
from extract.facts.title_lines import TITLE_WORDS
from extract.facts.vocab_chrome import ChromeVocab

_CARD_WORDS = 12  # the card: the kind words and a short name or its years


def card_text(vocab: ChromeVocab, text: str) -> str:
    """The card's words; a file's label read as words ("Отчет_о_самообследовании_МКОУ …_за_2023
    год.pdf" → "Отчет о самообследовании МКОУ … за 2023 год"): its "_" and "+" join words, its
    extension and copy number are the file's, not the card's."""
    if is_file_label(vocab, text):
        text = file_words(text)
    return " ".join(text.split())


def short_card(card: str) -> bool:
    """One line of a few words, no sentence, not all in capitals: a card's label ("отчет 2021
    г", "САМООБСЛЕДОВАНИЕ МДОУ ДС 5 за 2023 год"; a site's page heading in capitals stands
    over a list of such labels, no file's card)."""
    words = card.split()
    if len(words) > _CARD_WORDS or card.isupper():
        return False
    return short_card_end(card)


def long_card(line: Line, card: str) -> bool:
    """A card that copies a long heading whole ("Пояснительная записка к отчету о выполнении
    муниципального задания МАДОУ … за 12 месяцев 2023 г"): a line standing alone, no
    sentence; the own heading under it must still say more (`_more_complete`)."""
    return line.single and len(card.split()) <= TITLE_WORDS and short_card_end(card) \
        and not card.isupper()


def short_card_end(card: str) -> bool:
    """The card ends as a label does: no sentence's or list's closing mark."""
    return not card.endswith((";", ":", "!", "?")) \
        and not (card.endswith(".") and not re.search(r"(?:\b|(?<=\d))г+\.$", card))
