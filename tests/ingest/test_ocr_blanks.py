"""OCR: fill-in blanks (lone rules along a text line) read as "_" like a text layer has them."""

from __future__ import annotations

import pytest

from ingest.ocr.blanks import read_blanks
from ingest.ocr.image import Rule
from ingest.ocr.words import Word

H = 40  # px: a word's height at 300 dpi, 10 pt type


def _line(layout: str, top: int = 100) -> tuple[list[Word], list[Rule]]:
    """Words and rules of one text line: "в ~~~~ за" — each "~" is 40 px of rule along the
    baseline, each word 20 px per letter, one space of 20 px between items."""
    words: list[Word] = []
    rules: list[Rule] = []
    x = 100
    for token in layout.split():
        if set(token) == {"~"}:
            rules.append(Rule(x, top + H + 4, x + 40 * len(token), top + H + 4))
            x += 40 * len(token) + 20
        else:
            words.append(Word(token, x, top, 20 * len(token), H, 95.0, (1, 1, 1)))
            x += 20 * len(token) + 20
    return words, rules


def _text(words: list[Word], blanks: list[Word]) -> str:
    return " ".join("_" if set(w.text) == {"_"} else w.text
                    for w in sorted(words + blanks, key=lambda w: w.left))


@pytest.mark.parametrize(
    ("layout", "expected", "rules_left"),
    [("отдыхом в ~~~~~~~~~~ за ~~~~~~", "отдыхом в _ за _", 0),
     ("~~~~~~ И.И. Петров", "_ И.И. Петров", 0),  # a signature line
     ("Приказ № ~~~~", "Приказ № _", 0),
     ("Итого", "Итого", 0)],
)
def test_lone_rules_on_a_text_line_are_blanks(layout: str, expected: str,
                                              rules_left: int) -> None:
    words, rules = _line(layout)
    blanks, kept = read_blanks(rules, words)
    assert _text(words, blanks) == expected
    assert len(kept) == rules_left
    assert all(b.top == words[0].top and b.line == words[0].line for b in blanks)


def test_blank_length_in_underscores() -> None:
    words, rules = _line("в ~~~~~~~~~~")  # 400 px of rule on a 40 px line: 20 underscores
    blanks, _ = read_blanks(rules, words)
    assert [b.text for b in blanks] == ["_" * 20]


def test_underlined_words_stay_rules() -> None:
    """A rule under the words themselves is an underline, not a blank to fill in."""
    words, _ = _line("очень важное примечание")
    rule = Rule(words[0].left, 100 + H + 4, words[-1].left + words[-1].width, 100 + H + 4)
    blanks, kept = read_blanks([rule], words)
    assert (blanks, kept) == ([], [rule])


def test_value_typed_on_a_blank_keeps_its_rest() -> None:
    """"«_28_» ______": the stretches beside a value typed over the line stay blanks."""
    before = Word("от", 100, 100, 40, H, 95.0, (1, 1, 1))
    number = Word("28", 240, 100, 40, H, 95.0, (1, 1, 1))
    rule = Rule(160, 100 + H + 4, 360, 100 + H + 4)
    blanks, _ = read_blanks([rule], [before, number])
    assert [(b.left, b.width) for b in blanks] == [(rule.x0, 80), (number.left + number.width, 80)]


@pytest.mark.parametrize(
    "other",
    [Rule(100, 50, 100, 400),  # a table's vertical rule at its end
     Rule(100, 300, 500, 300),  # a rule of the same length below it: table rows
     Rule(505, 144, 900, 144)],  # its continuation: one longer line, broken
)
def test_table_rules_are_not_blanks(other: Rule) -> None:
    rule = Rule(100, 144, 500, 144)
    words = [Word("в", 40, 100, 20, H, 95.0, (1, 1, 1))]
    blanks, kept = read_blanks([rule, other], words)
    assert blanks == [] and rule in kept


def test_rule_between_text_lines_is_no_blank() -> None:
    """A rule under a line, a line's height below its words (a separator), is left a rule."""
    words, _ = _line("ПОСТАНОВЛЕНИЕ")
    rule = Rule(100, 100 + 2 * H + 10, 1500, 100 + 2 * H + 10)
    assert read_blanks([rule], words) == ([], [rule])
