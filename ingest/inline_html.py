"""Inline HTML in text cells (<p>, <ul><li>, <b>, <br>, entities …) → plain text with line breaks.

A tolerant tokenizer (stdlib HTMLParser) never fails on broken markup; unknown tags vanish,
their text stays. Block elements put their text on lines of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset((
    "p", "div", "li", "ul", "ol", "br", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "dd", "dt", "section",
))
_BOLD_TAGS = frozenset({"b", "strong"})
_ITALIC_TAGS = frozenset({"i", "em"})
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})
# "…; - next item" inside a <ul> that has no <li>: the converter flattened the list.
_FLAT_ITEM = re.compile(r"(?<=[;.:!?])\s+(?=[-–—·•]\s)")
_TAG_HINT = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&[#a-zA-Z0-9]+;")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u200b]+")


@dataclass(frozen=True)
class InlineText:
    """Plain text of a fragment; `bold`/`italic` when all of its text carries that style."""

    text: str
    bold: bool = False
    italic: bool = False


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.bold = 0
        self.italic = 0
        self.skip = 0
        self.lists: list[list[int]] = []  # per open list: [is_ordered, item count]
        self.in_item = 0
        self.styled_chars = [0, 0, 0]  # total, bold, italic (non-space characters)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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

    def handle_endtag(self, tag: str) -> None:
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

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.lists and not self.in_item:
            data = _FLAT_ITEM.sub("\n", data)
        n = sum(1 for ch in data if not ch.isspace())
        self.styled_chars[0] += n
        self.styled_chars[1] += n if self.bold else 0
        self.styled_chars[2] += n if self.italic else 0
        self.parts.append(data)


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
    parser = _Collector()
    parser.feed(fragment)
    parser.close()
    total, bold, italic = parser.styled_chars
    text = clean_lines("".join(parser.parts))
    return InlineText(text, bold=bool(total) and bold == total, italic=bool(total) and
                      italic == total)
