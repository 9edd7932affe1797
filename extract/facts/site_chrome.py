"""A site's page around a document it shows is set aside before the header is read.

A school site's page of a user's file opens with the site's own lines: a "Скачать:" link, the
table of attached files ("Вложение | Размер" / "plan.docx | 13.91 КБ"), a "Предварительный
просмотр:" caption over the file's text. None of it is the document's: the title, kind and
issuer rules must start at the document's own first line."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.cms_chrome import without_engine_chrome
from extract.facts.file_card import without_file_card
from extract.facts.lines import Chunk
from extract.facts.vocab import FactsVocab

# "ОТЧЕТ - Лицей № 5 г. Заречный": a mirror site's page heading, its section's word and the
# site's name after a spaced dash, over the document's own cover (no letterhead, no title)
PAGE_HEADING = re.compile(r"^\w+(?:\s\w+){0,2}\s[-–—|]\s[А-ЯЁ]")


def _attachment_row(vocab: FactsVocab, c: Chunk) -> bool:
    """A row of the attached-files table: every filled cell a caption, a rule, a file name
    or a size."""
    cells = [x.strip() for x in c.cells or () if x.strip()]
    return bool(cells) and all(vocab.attachment_cell.match(x) for x in cells)


_MENU_LINES = 4  # "Законы" / "Постановления" / "Распоряжения" / "Все документы": a menu
_MENU_WORDS = 3
_MENU_LEAD = 4  # a menu stands among a page's first paragraphs, over the act


def is_menu(c: Chunk) -> bool:
    """A site's menu in a text export: a paragraph of many short items, one per line, in
    sentence case, with no number, no capitals heading and no sentence's punctuation
    ("Законы / Постановления / …", "Н-ский р-н / Заречный р-н / …"). No act's letterhead or
    subject is printed so (a letterhead is in capitals, a subject's lines are longer)."""
    lines = [x.strip() for x in c.lines if x.strip()]
    return c.cells is None and len(lines) >= _MENU_LINES and all(
        len(x.split()) <= _MENU_WORDS and x[:1].isupper() and not x.isupper()
        and not any(ch.isdigit() for ch in x) and x[-1] not in ".:;,»\"" for x in lines)


def _section(vocab: FactsVocab, c: Chunk) -> bool:
    """A law aggregator's section title ("Правовые акты … края") as a paragraph of its own."""
    return c.cells is None and bool(vocab.site_section.match(c.text.strip()))


_LINKS_LEAD = 12  # a links block stands among a page's first paragraphs
_LINK_WORDS = 10


def _link(c: Chunk) -> bool:
    """A link's caption as a paragraph of its own: one short line, no sentence's punctuation."""
    lines = [x.strip() for x in c.lines or (c.text,) if x.strip()]
    return c.cells is None and len(lines) == 1 and len(lines[0].split()) <= _LINK_WORDS \
        and lines[0][-1] not in ".:;,"


def links_end(chunks: list[Chunk], vocab: FactsVocab) -> int:
    """How many leading chunks are a site's block of links ("Друзья сайта" / "Администрация
    N-ского района" / "Портал госуслуг …"), one link a paragraph: everything up to the block's
    heading is a link too, and its links run until a caption with a digit or a document's
    heading word ("Отчет о выполнении … за 1 квартал 2024"). 0 when there is no such block."""
    heads = [k for k, c in enumerate(chunks[:_LINKS_LEAD])
             if c.cells is None and vocab.site_links.match(c.text.strip())]
    if not heads or not all(_link(c) for c in chunks[:heads[-1]]):
        return 0
    end = heads[-1] + 1
    while end < len(chunks) - 1 and _link(chunks[end]) and not any(
            ch.isdigit() for ch in chunks[end].text) \
            and not vocab.site_link_stop.match(chunks[end].text.strip()):
        end += 1
    return end


def first_preview(chunks: list[Chunk], vocab: FactsVocab) -> list[Chunk]:
    """The chunks up to a site's second file caption ("Предварительный просмотр:"): a page
    showing two files shows two documents, and the second one's grif and heading are not the
    first's (its order, title or signatory)."""
    seen = 0
    for k, c in enumerate(chunks):
        lines = c.lines or (c.text,)
        for n, x in enumerate(lines):
            if c.cells is None and vocab.preview_caption.match(x.strip()):
                seen += 1
                if seen == 2:
                    head = tuple(lines[:n])
                    cut = [replace(c, text=" ".join(head), lines=head if c.lines else ())]
                    return chunks[:k] + (cut if head else [])
    return chunks


_MIRROR_LEAD = 4  # the card's genre line stands right under its title
_MIRROR_LINES = 80  # the contents list a card shows runs over a few dozen links at most


def _lines_at(chunks: list[Chunk]) -> list[tuple[int, int, str]]:
    return [(k, n, x.strip()) for k, c in enumerate(chunks) if c.cells is None
            for n, x in enumerate(c.lines or (c.text,))]


def without_mirror_card(chunks: list[Chunk], vocab: FactsVocab) -> list[Chunk]:
    """`chunks` without a document mirror's card under its title: from the "Вид материала"
    line through the card's last caption ("Полное содержание", "Подобный материал:"), the
    document's contents list between (its section names are no heading of the document's;
    the document's own heading follows). The card's title line above stays: a page that
    prints no heading of its own is known by it."""
    lines = _lines_at(chunks[:_MIRROR_LEAD + 1])
    start = next((i for i, (k, _, x) in enumerate(lines)
                  if k < _MIRROR_LEAD and vocab.mirror_contents.match(x)), None)
    if start is None:
        return chunks
    lines = _lines_at(chunks)[: start + _MIRROR_LINES]
    ends = [i for i, (_, _, x) in enumerate(lines)
            if i > start and vocab.mirror_contents_end.match(x)]
    drop = {(k, n) for k, n, _ in lines[start: (ends[-1] if ends else start) + 1]}
    touched = {k for k, _ in drop}
    out: list[Chunk] = []
    for k, c in enumerate(chunks):
        if k not in touched:
            out.append(c)
            continue
        all_lines = c.lines or (c.text,)
        kept = tuple(x for n, x in enumerate(all_lines) if (k, n) not in drop)
        if kept:  # the block's list number was its first line's, gone with it
            number = c.list_number if (k, 0) not in drop else None
            out.append(replace(c, text=" ".join(kept), lines=kept if c.lines else (),
                               list_number=number))
    return out


def without_chrome(chunks: list[Chunk], vocab: FactsVocab) -> list[Chunk]:
    """`chunks` without a site's lines, menus, links and attached-files rows, a mirror's card
    (`without_mirror_card`), and without the files a page shows after its first
    (`first_preview`)."""
    out: list[Chunk] = []
    chunks = without_file_card(without_mirror_card(_without_page_section(
        without_engine_chrome(chunks[links_end(chunks, vocab):], vocab), vocab), vocab))
    for k, c in enumerate(first_preview(chunks, vocab)):
        if k < _MENU_LEAD and (is_menu(c) or _section(vocab, c)):
            continue
        if c.cells is not None:
            if not _attachment_row(vocab, c):
                out.append(c)
            continue
        lines = c.lines or (c.text,)
        kept = _without_post_head(tuple(x for x in lines
                                        if not vocab.site_chrome_line.match(x.strip())), vocab)
        if len(kept) == len(lines) and not _glued_tail(vocab, c):
            out.append(c)
        elif kept := tuple(
                x for x in (vocab.site_chrome_tail.sub("", y) for y in kept) if x.strip()):
            out.append(replace(c, text=" ".join(kept), lines=kept if c.lines else ()))
    return out


def _without_page_section(chunks: list[Chunk], vocab: FactsVocab) -> list[Chunk]:
    """`chunks` without a site's section name opening the page ("Документы" over a file's
    card label), when more of the page follows it."""
    if not chunks or chunks[0].cells is not None:
        return chunks
    lines = chunks[0].lines or (chunks[0].text,)
    if not vocab.site_page_section.match(lines[0].strip()) or (len(lines) < 2 and len(chunks) < 2):
        return chunks
    if len(lines) < 2:
        return chunks[1:]
    kept = tuple(lines[1:])
    return [replace(chunks[0], text=" ".join(kept), lines=kept if chunks[0].lines else (),
                    list_number=None), *chunks[1:]]


def _glued_tail(vocab: FactsVocab, c: Chunk) -> bool:
    """"… учебный год advertisement": a site's placeholder glued to the line's end."""
    return any(vocab.site_chrome_tail.search(x) for x in (c.lines or (c.text,)))


def _first_word(line: str) -> str:
    words = line.split()
    return words[0].casefold().replace("ё", "е") if words else ""


def _without_post_head(lines: tuple[str, ...], vocab: FactsVocab) -> tuple[str, ...]:
    """"Публичный отчёт директора 2010-2011" / "Администрация, 01 Сентябрь 2011, изменено: …"
    / "Публичный отчет 2011": a site's post line goes, and the post's title over it when the
    article's own heading under it opens with the same word (CONTRACT `title`: the page's own
    heading wins over a site's card)."""
    at = next((m for m, x in enumerate(lines) if vocab.post_meta.match(x.strip())), None)
    if at is None:
        return lines
    card = at >= 1 and at + 1 < len(lines) \
        and _first_word(lines[at - 1]) == _first_word(lines[at + 1]) != ""
    return lines[: at - 1 if card else at] + lines[at + 1 :]
