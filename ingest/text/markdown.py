"""The bit of Markdown that converted documents carry: headings, list markers, emphasis, links."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.bullets import SYMBOL_BULLETS, as_bullet

# Bounded repetitions keep every pattern linear on hostile input (no long backtracking).
_LINK = re.compile(
    r"!?\[([^\[\]]{0,500})\]\(\s?<?[^()\s]{0,2000}(?:\([^()]{0,200}\)[^()\s]{0,500})?>?"
    r"(?:\s\"[^\"]{0,200}\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
_BOLD = re.compile(r"(\*\*)(?=\S)(.{1,500}?)(?<=\S)\1", re.S)
# A run of underscores is a form's blank ("№____", "«__»______2016 г."), never emphasis: "__"
# marks only words — it opens before a letter, digit or opening quote and closes after one,
# and is no part of a longer run.
_BOLD_UNDERSCORE = re.compile(
    r"(?<!_)(__)(?=[^\W_]|[«\"(])(.{1,500}?)(?<=[^\W_]|[»\".)!?])__(?!_)", re.S)
_ITALIC = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])(.{1,500}?)(?<=[^\s*_])\1(?![\w*])", re.S)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'])")
_WHOLE_BOLD = re.compile(r"\s*(\*\*|__)(?=[^\s_])(.+?)(?<=[^\s_])\1\s*", re.S)
_WHOLE_ITALIC = re.compile(r"\s*([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1\s*", re.S)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
# (Word's Symbol-font bullets too: private-use characters in a PDF's text export, "\uf0b7 …")
_BULLET = re.compile(rf"^\s*([-*+•·–—{SYMBOL_BULLETS}])\s+(?=\S)")
# "-формирование …;": a dash typed against the item's first word in lower case (no word opens
# with a hyphen, and a wrap leaves its hyphen at the line's end)
_GLUED_BULLET = re.compile(r"^\s*([-•·–—])(?=[а-яё]{2})")
# "1. Анализ" and, typed without the space, "1.Анализ" (a capital right after the dot; "1.5 м"
# and dates never have one); "06.12. 2016 … № 643", a date typed with a space before its
# year, is an act's requisites line, no item
_NUMBER = re.compile(r"^\s*(?!\d\d\.\d\d\.\s+(?:19|20)\d\d(?!\d))"
                     r"(\d{1,3}\.(?:\d{1,3}\.)*(?:\d{1,3})?|\d{1,3}\)|[IVXLC]{1,6}\.)"
                     r"(?:\s+(?=\S)|(?<=\.)(?=[А-ЯЁ«]))")


@dataclass(frozen=True)
class MdText:
    """Text without markdown markers; `bold`/`italic` when the emphasis covered all of it."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class MdLine:
    """Block structure of one line: heading level and/or list marker, and the rest."""

    text: str
    heading: int | None = None
    marker: str | None = None


def _whole(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.fullmatch(text)
    if m and m.group(1) not in m.group(2):
        return m.group(2)
    return None


def strip_inline_markdown(text: str) -> MdText:
    """Remove emphasis markers, links → their text, backslash escapes → the character."""
    if not any(ch in text for ch in "*_[\\<"):
        return MdText(text)
    text = _AUTOLINK.sub(r"\1", _LINK.sub(r"\1", text))
    bold = italic = False
    inner = _whole(_WHOLE_BOLD, text)
    if inner is not None:
        text, bold = inner, True
    else:
        inner = _whole(_WHOLE_ITALIC, text)
        if inner is not None:
            text, italic = inner, True
    text = _ITALIC.sub(r"\2", _BOLD_UNDERSCORE.sub(r"\2", _BOLD.sub(r"\2", text)))
    return MdText(_ESCAPE.sub(r"\1", text), bold, italic)


def split_marker(text: str) -> tuple[str | None, str]:
    """("1.1.", rest) for a numbered item, ("-", rest) for a bullet; a bullet followed by a
    number ("- 2. Срок …") keeps the number, which is what the reader of the page relies on."""
    m = _BULLET.match(text) or _GLUED_BULLET.match(text)
    if m:
        rest = text[m.end() :]
        num = _NUMBER.match(rest)
        if num:
            return num.group(1), rest[num.end() :]
        return as_bullet(m.group(1)), rest
    num = _NUMBER.match(text)
    if num:
        return num.group(1), text[num.end() :]
    return None, text


def parse_line(line: str) -> MdLine:
    """Heading ("## …") and list marker of a paragraph's first line."""
    m = _HEADING.match(line)
    if m:
        marker, rest = split_marker(m.group(2))
        return MdLine(rest, heading=len(m.group(1)), marker=marker)
    marker, rest = split_marker(line)
    return MdLine(rest, marker=marker)


def starts_block(line: str) -> bool:
    """A line that opens a paragraph of its own (heading or list item)."""
    return bool(_HEADING.match(line) or _BULLET.match(line) or _GLUED_BULLET.match(line)
                or _NUMBER.match(line))


_ENDS_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d(?:\s*(?:г|гг|год|года|годы)\.?)?$")
_DASH_YEAR = re.compile(r"^\s*[–—-]\s*(?:19|20)\d\d\b")


def range_cut(prev: str, line: str) -> bool:
    """"… на 2025" / "– 2029 годы (далее – Программа) …": a year range wrapped before its
    dash; the dash is the range's, no list marker."""
    return bool(_ENDS_WITH_YEAR.search(prev.rstrip()) and _DASH_YEAR.match(line))
