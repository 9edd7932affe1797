"""A page viewer's label over a printed book's page: "Page 128 - <the book's name>" / "P. 128".

A flipbook's HTML page of a printed collection opens with the viewer's label naming the page
and the book, then the page's text (often a table continued from the page before, no heading
of its own). CONTRACT `title`: a site's card title or file label is the title only when the
page prints no heading of its own — so the label's name, its page number dropped, is the title
when no other rule found one (the last rule of header.TITLE_RULES). Session facts75, dev75.
"""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

_LABEL = re.compile(
    r"^\s*(?:page|стр(?:аница)?\.?)\s*\d{1,4}\s*[-–—:|]\s*(?P<name>\S.{2,200}?)\s*$", re.IGNORECASE)
_LINES = 2  # the label opens the page


def viewer_label_title(ctx: Ctx) -> str | None:
    """The book's name a viewer's label on the page's first lines gives; None without one."""
    for line in ctx.top[:_LINES]:
        m = _LABEL.match(line.text)
        if m:
            return m.group("name")
    return None
