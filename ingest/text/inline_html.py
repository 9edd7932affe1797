"""Inline HTML in text cells (<p>, <ul><li>, <b>, <br>, entities …) → plain text with line breaks.

A small linear tokenizer (one regex for tags, html.unescape for entities) never fails and never
backtracks on broken or hostile markup: what does not look like a tag stays as text, unknown
tags vanish with their text kept, block elements put their text on lines of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

_BLOCK_TAGS = frozenset((
    "p", "div", "li", "ul", "ol", "br", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "dd", "dt", "section",
))
_BOLD_TAGS = frozenset({"b", "strong"})
_ITALIC_TAGS = frozenset({"i", "em"})
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}?(/?)>")
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
# "…; - next item" inside a <ul> that has no <li>: the converter flattened the list.
_FLAT_ITEM = re.compile(r"(?<=[;.:!?])\s+(?=[-–—·•]\s)")
_TAG_HINT = re.compile(r"<\s{0,3}/?\s{0,3}[a-zA-Z][^<>]{0,2000}>|&[#a-zA-Z0-9]{1,10};")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u200b]+")


@dataclass(frozen=True)
class InlineText:
    """Plain text of a fragment; `bold`/`italic` when all of its text carries that style."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class _State:
    parts: list[str] = field(default_factory=list)
    bold: int = 0
    italic: int = 0
    skip: int = 0
    lists: list[list[int]] = field(default_factory=list)  # per open list: [ordered, items]
    in_item: int = 0
    chars: list[int] = field(default_factory=lambda: [0, 0, 0])  # total, bold, italic

    def text(self, data: str) -> None:
        if self.skip or not data:
            return
        data = unescape(data)
        if self.lists and not self.in_item:
            data = _FLAT_ITEM.sub("\n", data)
        n = sum(1 for ch in data if not ch.isspace())
        self.chars[0] += n
        self.chars[1] += n if self.bold else 0
        self.chars[2] += n if self.italic else 0
        self.parts.append(data)

    def start(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BOLD_TAGS:
            self.bold += 1
        elif tag in _ITALIC_TAGS:
            self.italic += 1
        elif tag in {"ul", "ol"}:
            self.lists.append([int(tag == "ol"), 0])
        if tag == "li":
            self.in_item += 1
            self.parts.append("\n")
            if self.lists and self.lists[-1][0]:
                self.lists[-1][1] += 1
                self.parts.append(f"{self.lists[-1][1]}. ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def end(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BOLD_TAGS:
            self.bold = max(0, self.bold - 1)
        elif tag in _ITALIC_TAGS:
            self.italic = max(0, self.italic - 1)
        elif tag in {"ul", "ol"} and self.lists:
            self.lists.pop()
        elif tag == "li":
            self.in_item = max(0, self.in_item - 1)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")


def _drop_comments(text: str) -> str:
    out, i = [], 0
    while (start := text.find(_COMMENT_OPEN, i)) != -1:
        out.append(text[i:start])
        end = text.find(_COMMENT_CLOSE, start + len(_COMMENT_OPEN))
        if end == -1:
            return "".join(out)
        i = end + len(_COMMENT_CLOSE)
    out.append(text[i:])
    return "".join(out)


def clean_lines(text: str) -> str:
    """Collapse runs of spaces, strip every line, drop empty lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def has_markup(text: str) -> bool:
    """True when `text` contains something that looks like a tag or an entity."""
    return bool(_TAG_HINT.search(text))


def html_to_text(fragment: str) -> InlineText:
    """Plain text of an inline HTML fragment; never raises on broken markup."""
    if not has_markup(fragment):
        return InlineText(clean_lines(fragment))
    state = _State()
    source = _drop_comments(fragment)
    pos = 0
    for m in _TAG.finditer(source):
        state.text(source[pos : m.start()])
        tag = m.group(2).lower()
        if m.group(1):
            state.end(tag)
        else:
            state.start(tag)
            if m.group(3) or tag == "br":
                state.end(tag)
        pos = m.end()
    state.text(source[pos:])
    total, bold, italic = state.chars
    return InlineText(clean_lines("".join(state.parts)),
                      bold=bool(total) and bold == total, italic=bool(total) and italic == total)
