"""The issuer of a document without an order (a plan, a programme, a report): the letterhead
above its title, or above its first grif ("УТВЕРЖДАЮ"). The letterhead's lines are read into
an issuer as an order's are (extract/facts/issuer.py)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx, per_document
from extract.facts.grifs import grif_chunk
from extract.facts.issuer import issuer_of_letterhead
from extract.facts.issuer_finish import TRAILING_PARENTHESES
from extract.facts.letterhead_lines import letterhead_lines, lines_above
from extract.facts.letterhead_parts import after_appendix_note
from extract.facts.letterhead_text import site_switch
from extract.facts.lines import Chunk
from extract.facts.order import order_header
from extract.facts.signer_lines import without_signer
from extract.facts.site_card import card as _card
from extract.facts.site_chrome import PAGE_HEADING
from extract.facts.stamps import stamp_kind
from extract.facts.title_prose import is_prose

_TITLE_PAGE = 4
_GRIF_REACH = 12  # a letterhead stands within the first lines of the page


@per_document
def issuer_from_title_page(ctx: Ctx) -> str | None:
    """A document without an order: the body named above its title."""
    if order_header(ctx) is not None:
        return None
    # a site's switch to its accessible version under the letterhead is no line of the page's
    reach = _TITLE_PAGE + sum(1 for c in ctx.head[:_TITLE_PAGE] if site_switch(ctx.vocab, c.text))
    for i, c in enumerate(ctx.head[:reach]):
        if _opens_title(ctx, c.text) and not _body_sentence(ctx, c):
            lines = _without_page_heading(ctx, letterhead_lines(ctx, ctx.head[:i]) if i else [])
            lines = without_signer(ctx, lines)  # a grif with no opener is no letterhead
            found = issuer_of_letterhead(ctx, lines) if lines else None
            # (a mirror's page heading on the first line, however it ends, is read as a card:
            # "Программа отдыха … в ДОЛ …." / the school's letterhead / "Программа …"; a
            # letterhead over a stamp under it is read by its own rule)
            mirror = i == 0 and len(c.lines) <= 1 and not _stamp_under(ctx)
            return found or (_under_site_card(ctx, i) if _card(ctx, c) or mirror else None)
    if ctx.head and len(ctx.head[0].lines) > 1:
        # a text export that joined the letterhead and the title into one paragraph
        for j, line in enumerate(ctx.top[:_GRIF_REACH]):
            if line.chunk > 0:
                break
            if j and _opens_title(ctx, line.text):
                lines = without_signer(ctx, _without_page_heading(ctx, lines_above(ctx, j)))
                return issuer_of_letterhead(ctx, lines) if lines else None
    return None


def _without_page_heading(ctx: Ctx, lines: list[str]) -> list[str]:
    """`lines` without the document's first line when it is a mirror site's page heading
    ("Документы – Школа № 5"): the site's, no body's letterhead."""
    if lines and ctx.top and PAGE_HEADING.match(lines[0]) \
            and ctx.top[0].text.strip().startswith(lines[0].strip()[:20]):
        return lines[1:]
    return lines


def _opens_title(ctx: Ctx, text: str) -> bool:
    """A plan's or a report's title opens `text` ("Программа …", "Аналитическая справка …")."""
    lem = ctx.lemmas(text)
    return bool(ctx.plan_noun(lem)) or any(lem[: len(s)] == s for s in ctx.vocab.report_openers)


def _body_sentence(ctx: Ctx, c: Chunk) -> bool:
    """The block's first line is a body's sentence ("Отчёт составлен по состоянию на …"),
    though its genre word opens it (extract/facts/title_prose.py): no title's."""
    return is_prose(ctx, c.lines[0] if c.lines else c.text)


def letterhead_above_grif(ctx: Ctx, short_stands: bool = True) -> str | None:
    """The body a school's letterhead names above its first grif ("Муниципальное бюджетное
    общеобразовательное учреждение / «Средняя школа № 7» / УТВЕРЖДАЮ / Директор МБОУ СШ № 7
    …"), read even when the grif carries the approving order (`issuer_from_title_page` is
    for pages without one). A letterhead that prints the short name itself ("(МБОУ СШ № 7)"
    under the full one) says the body goes by it: the grif's short name stands — unless
    (`short_stands` False) no grif named the body at all ("УТВЕРЖДАЮ / директор / …")."""
    appendix = False
    for i, line in enumerate(ctx.top[:_GRIF_REACH]):
        text = line.text.strip()
        kind = stamp_kind(ctx, text)
        if kind == "appendix" and not appendix and not (i and _letterhead_over(ctx, i)):
            # "Приложение № 6 / к Образовательной программе …" over the name (a site's chrome
            # lines, no body's, may stand above it)
            appendix = True
            continue
        if kind or ctx.vocab.grif_other.match(text):
            # a site's card title over the cover ("Программа развития МБОУ …") is no letterhead
            lines = [x for x in (lines_above(ctx, i) if i else []) if not _titled(ctx, x)]
            if appendix:
                lines = after_appendix_note(ctx, lines)
            if any(TRAILING_PARENTHESES.search(x) for x in lines):
                if short_stands:
                    return None
                # the short name on its own line in brackets: the full name above it
                lines = [x for x in lines if TRAILING_PARENTHESES.sub("", x).strip()]
            return issuer_of_letterhead(ctx, lines)
    return None


def _letterhead_over(ctx: Ctx, i: int) -> bool:
    """A line above line i opens with a body's legal form: a letterhead stands over it."""
    return any(ctx.vocab.legal_form.match(x) for x in lines_above(ctx, i) if not _titled(ctx, x))


def _titled(ctx: Ctx, line: str) -> bool:
    """A line opening with a document's genre word ("Программа развития …", "Отчет о …")."""
    return line[:1].isupper() and ctx.opens_with(line, ctx.vocab.doc_words)


_CARD_REACH = 3  # the title page's body stands a few blocks under a site's card


def _stamp_under(ctx: Ctx) -> bool:
    """A stamp's line ("Приложение", "УТВЕРЖДАЮ") among the blocks under the first line."""
    return any(stamp_kind(ctx, line) for c in ctx.head[1 : 2 + _CARD_REACH]
               for line in (c.lines or (c.text,)))


def _under_site_card(ctx: Ctx, i: int) -> str | None:
    """A site's card ("Доклад о … 2017-2020 гг.") over the document's own title page: the
    body printed above the title page's genre word ("Управление образования …" / "ДОКЛАД" /
    "о результатах …"), read as a letterhead. A text saved a line per paragraph keeps the
    body's lines in the card's block, under its first line: they are read as well."""
    under = list(ctx.head[i].lines[1:])
    first = i + 1 if under else i + 2
    reach = first + _CARD_REACH + _contact_blocks(ctx, first)
    for k in range(first, min(reach, len(ctx.head))):
        own = ctx.head[k]
        after = ctx.head[k + 1].text if k + 1 < len(ctx.head) else ""
        alone = len(own.text.split()) == 1  # "ДОКЛАД" / "о результатах …" a block apart
        if own.list_number or not _opens_title(ctx, f"{own.text} {after}" if alone else own.text) \
                or _body_sentence(ctx, own):
            continue
        lines = under + letterhead_lines(ctx, ctx.head[i + 1:k])
        return issuer_of_letterhead(ctx, lines) if lines else None
    return None


_POSTCODE = re.compile(r"^\s*\d{6}\b")  # "624086 …, ул. …": an address line


def _contact_blocks(ctx: Ctx, first: int) -> int:
    """How many blocks from `first` on, within a title page's reach, are the letterhead's
    requisites ("ИНН …, КПП …", the address, phones, e-mail): they lengthen the reach of
    a site's card down to the title (facts61: a kindergarten's letterhead under its card)."""
    return sum(1 for c in ctx.head[first : first + _TITLE_PAGE + _CARD_REACH]
               if ctx.vocab.contact_line.search(c.text) or _POSTCODE.match(c.text))


_UNDER_GRIF_REACH = 12  # chunks of a title page: grifs, the owner's name, the heading


def owner_under_grifs(ctx: Ctx) -> str | None:
    """"Принята … «Утверждаю»" / "Протокол … Директор школы …" / "Муниципальное …
    учреждение" / "«… школа»" / "Программа развития школы": the owner's full legal name
    printed between a title page's grifs and its heading, when the grifs name no body."""
    if order_header(ctx) is not None:
        return None
    head = ctx.head[:_UNDER_GRIF_REACH]
    grif = None
    for i, c in enumerate(head):
        if grif_chunk(ctx, c):
            grif = i
        elif grif is not None and _opens_title(ctx, c.text):
            lines = letterhead_lines(ctx, head[grif + 1 : i])
            full = bool(lines) and lines[0][:1].isupper() \
                and ctx.vocab.legal_form.match(" ".join(lines).lower()) is not None
            return issuer_of_letterhead(ctx, lines) if full else None
    return None
