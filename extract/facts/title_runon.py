"""A title run on past its end into what the page prints after it: a note of the act's later
editions after the closed name or its years ("«…» {в редакции: постановления от … № …}", "… на
2014-2018 годы в новой редакции"), or a passport's heading run into its table's first row label
("Паспорт муниципальной программы Наименование субъекта бюджетного планирования …", however a
reader flattened the heading and the first cell). The title ends before them; the cut is
recorded by the text it left, so `--debug` names it ("header.title_end:<cut>")."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import open_quote
from extract.facts.title_tails import clipped_file_tail, table_header

_CUTS_KEY = "title_cuts"
_SUBJECT_OPENERS = ("о", "об")  # an act's subject: "Об утверждении …", "О внесении …"


def cut_run_on(ctx: Ctx, text: str) -> str:
    """`text` without an edition note after its name or a passport row's label after its
    heading."""
    for name, cut in (("edition_note", _edition_note), ("passport_row_label", _row_label),
                      ("table_header", table_header), ("clipped_file_tail", clipped_file_tail)):
        got = cut(ctx, text)
        if got != text:
            record_cut(ctx, got, name)
            text = got
    return text


def record_cut(ctx: Ctx, got: str, name: str) -> None:
    """Remember that the cut `name` left `got` (for `--debug`)."""
    cuts: dict[str, str] = ctx.once(_CUTS_KEY, dict)
    cuts[got] = name


def cut_name(ctx: Ctx, title: str) -> str | None:
    """Which cut left `title` as it is (None when none did)."""
    cuts: dict[str, str] = ctx.once(_CUTS_KEY, dict)
    return cuts.get(title)


def _edition_note(ctx: Ctx, text: str) -> str:
    """"«…» {в редакции: …}", "… годы в новой редакции": a note outside the name's quotes (a
    name printed "«… в редакции …»" keeps it). An act's subject approving a programme "в новой
    редакции" says what the act does: only a site's braced note leaves it."""
    subject = text.split(" ", 1)[0].lower() in _SUBJECT_OPENERS
    for rx in ctx.vocab.title_edition_notes:
        for m in rx.finditer(text):
            head = text[: m.start()]
            braced = m.group(0).lstrip().startswith("{")
            if m.start() > 0 and not open_quote(head) and (braced or not subject):
                return (head + " " + text[m.end():]).strip(" ,;:")
    return text


def _row_label(ctx: Ctx, text: str) -> str:
    """"Паспорт муниципальной программы Наименование …": the first word after the heading,
    capitalised, outside quotes and opening a passport row's label ("Наименование",
    "Ответственный исполнитель", "Соисполнители", "Цели"), starts the table, not the name."""
    words = text.split(" ")
    if len(words) < 3 or ctx.lemmas(words[0])[:1] != ("паспорт",):
        return text
    for at in range(2, len(words)):
        word = words[at]
        if not (word[:1].isupper() and word[1:2].islower()):
            continue
        head = " ".join(words[:at])
        if open_quote(head):
            continue
        lem = ctx.lemmas(" ".join(words[at : at + 3]))
        if any(lem[: len(seq)] == seq for seq in ctx.vocab.passport_row_labels):
            return head.rstrip(" ,;:-–—")
    return text

