"""A site engine's page chrome over the document it shows (a school site's article page).

A content engine prints, above an article's text, the page's title closed by " |", the
section's name (often twice), "|" separators on lines of their own, "Автор: Administrator",
the posting's date and time ("06.09.2017 00:00 |"), "Обновлено …". None of it is the
document's: the title, issuer and period rules start at the document's own first line. The
page's title repeats the article's name in the site's words ("Приказ об организации
дежурства |"), never the act's subject as the act prints it.

The run is read only when it carries an engine's own mark (an author's caption, a posting's
date and time, an update note): short lines and pipes alone are no evidence. Some marks only
an engine's page top prints, above the article (a breadcrumb "Главная » 2016 » Декабрь » 7",
uCoz's greeting "Приветствую Вас Гость | RSS", its login form and online counters, the
accessibility toggle): everything above the last of them is the site's too — its title, its
menus, whose links name other plans with their years. The words are data
(extract/vocab/facts.yaml `cms_chrome`, FactsVocab's `cms_*`)."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.lines import Chunk
from extract.facts.vocab_chrome import ChromeVocab

# "12.09.2023", "5 октября 2022 г.": a post's date alone on its line (never the act's date)
_POSTED = re.compile(r"^\s*(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[а-яё]+\s+\d{4})"
                     r"\s*(?:г\.?|года)?\s*$", re.IGNORECASE)


def _mark(vocab: ChromeVocab, line: str) -> bool:
    return bool(vocab.cms_marks.match(line.strip()))


def _chrome(vocab: ChromeVocab, line: str) -> bool:
    """An engine's line: its mark, a lone "|", the page's title closed by " |", a section's
    name (a few words, no digit, no sentence's punctuation)."""
    x = line.strip()
    if not x or set(x) <= {"|", " "} or _mark(vocab, x) or x.endswith(" |"):
        return True
    return len(x.split()) <= vocab.cms_section_words and not any(ch.isdigit() for ch in x) \
        and x[-1] not in ".:;,»\"" and x[:1].isupper()


def _lines(c: Chunk) -> tuple[str, ...]:
    """A chunk's lines; a row's cell closes with " |" as the reader split it ("Приказ о … |"
    / "Документы |": the page's title and its section read as a row of cells)."""
    if c.cells is None:
        return c.lines or (c.text,)
    out: list[str] = []
    for raw in c.raw_cells or c.cells:
        lines = raw.split("\n")
        out += [*lines[:-1], f"{lines[-1]} |"]
    return tuple(out)


def _below_page_top(chunks: list[Chunk], vocab: ChromeVocab) -> list[Chunk] | None:
    """`chunks` after the last line of the lead only an engine's page top prints, or None
    when there is none; the lines after it on its chunk stay unless all are chrome (the post's
    time and category under a breadcrumb)."""
    at = [(k, n) for k, c in enumerate(chunks[: vocab.cms_lead]) if c.cells is None
          for n, x in enumerate(c.lines or (c.text,))
          if vocab.cms_page_top.match(x.strip()) or vocab.cms_rubric.match(x.strip())]
    if not at:
        return None
    k, n = at[-1]
    lines = chunks[k].lines or (chunks[k].text,)
    # the page's first line has nothing of the site's above it; but a news rubric opening the
    # page ("Управление образования информирует") is the site's section itself
    rubric = bool(vocab.cms_rubric.match(lines[n].strip()))
    if (k, n) == (0, 0) and not rubric:
        return None
    kept = lines[n + 1:]
    while rubric and kept and _POSTED.match(kept[0]):  # the post's date under its rubric
        kept = kept[1:]
    if all(_chrome(vocab, x) for x in kept):  # "13:02" / "Приказы": the post's time and category
        return chunks[k + 1:]
    return [replace(chunks[k], text=" ".join(kept), lines=kept if chunks[k].lines else (),
                    list_number=None), *chunks[k + 1:]]


def without_engine_chrome(chunks: list[Chunk], vocab: ChromeVocab) -> list[Chunk]:
    """`chunks` without an engine's chrome at the top: everything up to the last line only a
    page's top prints, with the chrome lines closing its chunk (`_below_page_top`); then every
    chunk up to the last one bearing an engine's mark, when all their lines are chrome, and
    the chrome lines opening the chunk after them (a reader joining the act's first line to
    the chrome above it)."""
    below = _below_page_top(chunks, vocab)
    return _without_run(chunks if below is None else below, vocab)


def _without_run(chunks: list[Chunk], vocab: ChromeVocab) -> list[Chunk]:
    lead = chunks[: vocab.cms_lead]
    k = next((j for j, c in enumerate(lead) if not all(_chrome(vocab, x) for x in _lines(c))), None)
    if k is None:  # all chrome-like: no document under it to start at
        return chunks
    marked = any(_mark(vocab, x) for c in chunks[:k] for x in _lines(c))
    head = list(_lines(chunks[k]))
    cut = next((j for j, x in enumerate(head) if not _chrome(vocab, x)), 0)
    marked = marked or any(_mark(vocab, x) for x in head[:cut])
    if not marked:
        return chunks
    rest = chunks[k:]
    if cut and chunks[k].cells is None:
        kept = tuple(head[cut:])
        rest = [replace(chunks[k], text=" ".join(kept), lines=kept if chunks[k].lines else ()),
                *chunks[k + 1:]]
    return rest


RUBRIC_SITE = "cms_chrome.rubric_site"  # ctx.memo: the site's lines above a news rubric


def rubric_site(chunks: list[Chunk], vocab: ChromeVocab) -> str:
    """The lines a page prints above its news rubric ("Управление образования администрации
    Кедровского района" / "Главная / Новости" / "Управление образования информирует"), as one
    text: the site's name, dropped with the chrome — the place it names is the page's, read
    only when the document names none of its own ("" without a rubric)."""
    lines = [x.strip() for c in chunks[: vocab.cms_lead] if c.cells is None
             for x in (c.lines or (c.text,))]
    at = next((k for k, x in enumerate(lines) if vocab.cms_rubric.match(x)), 0)
    return " ".join(x for x in lines[:at] if not vocab.cms_page_top.match(x))
