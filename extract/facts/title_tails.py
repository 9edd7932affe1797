"""What a title must not run on into: its table's header after the number caption ("ПЛАН …
п/п Мероприятия Дата проведения …"), a form's rule and caption inside it ("… «ЛЕСНАЯ СОШ»
------ (наименование образовательной организации) ЗА 2019 ГОД") and a site card's clipped
file name after its years ("… за 2018 год самообсл 19"). Each cut is recorded by the text it
left (title_runon.record_cut), so `--debug` names it."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import open_quote
from extract.flat_header import leading_columns

_MIN_COLUMNS = 2  # "Мероприятия Дата проведения": two column names in a row are a header


def table_header(ctx: Ctx, text: str) -> str:
    """The title ends before "п/п" / "№" followed by two column names, outside quotes."""
    for m in ctx.vocab.title_number_caption.finditer(text):
        head = text[: m.start()]
        if m.start() == 0 or open_quote(head):
            continue
        if leading_columns(text[m.end():], ctx.tools) >= _MIN_COLUMNS:
            return head.rstrip(" ,;:-–—")
    return text


def form_caption(ctx: Ctx, text: str) -> str:
    """A form's rule and its bracketed caption inside a title go; the words around join."""
    return ctx.vocab.title_form_caption.sub("", text)


def clipped_file_tail(ctx: Ctx, text: str) -> str:
    """"… за 2018 год самообсл 19": a word that is the clipped start of a longer word of the
    title, and a number, after the title's years, are a card's file label."""
    m = ctx.vocab.title_clipped_file_tail.search(text)
    if not m:
        return text
    head, clipped = text[: m.start()], m.group(1).casefold()
    if any(w.casefold().strip("«»\"(),.") != clipped
           and w.casefold().strip("«»\"(),.").startswith(clipped) for w in head.split()):
        return head
    return text
