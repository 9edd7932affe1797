"""Fill-in blanks typed as underscores ("в ______ за ______", "________ И.О. Фамилия",
"«____» ________ 2024 г."): on a scan they are short lone rules on a text line's baseline,
which rule finding erases and would hand to the PDF reader as ruling lines. A text layer has
them as "_" characters; read so again, the facts rules see the same text on both.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.ocr.image import Rule
from ingest.ocr.words import Word

# stretches of a rule no word stands on shorter than this (× line height) are the spaces
# between underlined words, not a blank
MIN_BLANK = 1.0
# a word this close beside a rule (× its height) shares the rule's text line
NEAR = 3.0
# an underscore is about half a line high wide (the text layer's "_" is 0.5 em)
UNDERSCORE = 0.5
TOUCH_PX = 8  # another rule this close to a rule's ends or crossing it: a table's rule


def _touched(rule: Rule, others: list[Rule]) -> bool:
    """Another rule meets, crosses or repeats this horizontal one: a table's or a frame's."""
    for o in others:
        if o is rule:
            continue
        if o.x0 == o.x1:
            if (o.y0 - TOUCH_PX <= rule.y0 <= o.y1 + TOUCH_PX
                    and rule.x0 - TOUCH_PX <= o.x0 <= rule.x1 + TOUCH_PX):
                return True
        elif abs(o.y0 - rule.y0) <= TOUCH_PX and o.x0 <= rule.x1 + TOUCH_PX \
                and rule.x0 <= o.x1 + TOUCH_PX:
            return True  # the rule's other half, found apart: a thick or broken line
        elif abs(o.x0 - rule.x0) <= TOUCH_PX and abs(o.x1 - rule.x1) <= TOUCH_PX:
            return True  # rules of one length over each other: the rows of a table
    return False


def _on_line(rule: Rule, words: list[Word]) -> list[Word]:
    """Words whose baseline the rule runs along (it sits in their lower half or just under
    them) and that stand on it or near its ends."""
    return [w for w in words
            if w.top + 0.5 * w.height <= rule.y0 <= w.top + 1.5 * w.height
            and rule.x0 - NEAR * w.height <= w.left + w.width
            and w.left <= rule.x1 + NEAR * w.height]


def _stretches(rule: Rule, words: list[Word], least: float) -> list[tuple[int, int]]:
    """(x0, x1) of the parts of the rule no word stands on, at least `least` px long."""
    out, x = [], rule.x0
    for w in sorted(words, key=lambda w: w.left):
        if w.left - x >= least:
            out.append((x, w.left))
        x = max(x, w.left + w.width)
    if rule.x1 - x >= least:
        out.append((x, rule.x1))
    return out


def _blank_words(rule: Rule, line: list[Word]) -> list[Word]:
    top = min(w.top for w in line)
    height = max(w.top + w.height for w in line) - top
    on_rule = [w for w in line if w.left < rule.x1 and w.left + w.width > rule.x0]
    out = []
    for x0, x1 in _stretches(rule, on_rule, MIN_BLANK * height):
        mid = (x0 + x1) / 2
        near = min(line, key=lambda w: abs(w.left + w.width / 2 - mid))
        n = max(1, round((x1 - x0) / (UNDERSCORE * height)))
        out.append(replace(near, text="_" * n, left=x0, top=top, width=x1 - x0, height=height))
    return out


def read_blanks(rules: list[Rule], words: list[Word]) -> tuple[list[Word], list[Rule]]:
    """Words of "_" for the lone horizontal rules that run along a text line (the parts no
    word stands on), and the rules left to be ruling lines."""
    blanks: list[Word] = []
    kept: list[Rule] = []
    for rule in rules:
        line = [] if rule.x0 == rule.x1 or _touched(rule, rules) else _on_line(rule, words)
        found = _blank_words(rule, line) if line else []
        if found:
            blanks += found
        else:
            kept.append(rule)
    return blanks, kept
