"""A document's title as its top prints it, and the helpers its rule modules share.

Rules, in the order header.TITLE_RULES tries them: a report's title ("Анализ выполнения …",
extract/facts/title_report.py); the plan's own title (a bold, heading or capitals block naming a
plan, over as many lines as it runs: "Муниципальная программа" / «…» / "на 2015-2019 годы"); the
approved document's heading after the act that approves it (extract/facts/title_approved.py);
the subject of the act the document opens with ("Об утверждении …", "О плане …"); a legal site's
page title standing first ("ОБ УТВЕРЖДЕНИИ … (с изменениями на: …)"); the name row of a
passport; the first bold or capitals block after an appendix stamp ("Система основных
мероприятий …", extract/facts/title_appendix.py). Titles of pages that start at a section or a
table are extract/facts/title_tables.py's.
"""

from __future__ import annotations

from extract.facts import grifs, title_caption
from extract.facts.act_subject import SUBJECT, subject_from
from extract.facts.acts import act_header, letterhead_header, subject
from extract.facts.cover_vote import fuller_cover_heading
from extract.facts.ctx import Ctx, per_document
from extract.facts.institution import form_word
from extract.facts.lines import Chunk, squash
from extract.facts.news_heading import own_heading_below
from extract.facts.run_on import run_on_heading
from extract.facts.site_card import own_heading
from extract.facts.title_appendix import appendix_title
from extract.facts.title_block_lines import own_lines
from extract.facts.title_ends import CONTENTS_LEADER, ends_title, has_period
from extract.facts.title_front import lost_front
from extract.facts.title_genitive import genitive_tail_under_act
from extract.facts.title_goes_on import goes_on
from extract.facts.title_lines import (
    HEADING_MIN_WORDS,
    TITLE_WORDS,
    strong_block,
    with_continuation,
)
from extract.facts.title_paragraph import in_capitals, owner_lines_to_years
from extract.facts.title_text import SEE_BELOW, clean_title

_SITE_TITLE_LINES = 3  # a legal site's page title stands among the first lines


@per_document
def plan_title(ctx: Ctx) -> str | None:
    """The plan's heading as the document's title, unless the act the document opens with is
    about something else (the plan is one of its appendices: the act's subject is the title)."""
    if _other_subject(ctx):
        return None
    found = plan_heading(ctx) or _approved_heading(ctx)
    if not found or _inside_report_subject(ctx, found) or genitive_tail_under_act(ctx, found):
        return None
    return fuller_cover_heading(ctx, found)  # a card's label over the cover's own heading


def _inside_report_subject(ctx: Ctx, heading: str) -> bool:
    """"Об утверждении итогового отчета о реализации" / "Областной целевой программы …": a
    heading that is only a part of a report-approving act's subject (its first line, or the
    programme's name the report is about) is no document printed below: the subject is the
    title."""
    from extract.facts.order import approved_kind  # order imports this module's neighbours

    text, kind = subject(ctx), approved_kind(ctx)
    if not text or kind is None or kind[0] != "report":
        return False
    inside, whole = squash(heading).lower(), squash(text).lower()
    return inside in whole and inside != whole


def _approved_heading(ctx: Ctx) -> str | None:
    """An act's text run into one paragraph ("… постановляет: утвердить прилагаемую программу"
    / "УТВЕРЖДЕНА постановлением …" / "Межмуниципальная программа …"): the heading under the
    approval stamp, when it names a plan."""
    if act_header(ctx) is None:
        return None
    heading = appendix_title(ctx)
    if not heading or not ctx.plan_noun(ctx.lemmas(heading)):
        return None
    # "ПАСПОРТ" / "МУНИЦИПАЛЬНОЙ ПРОГРАММЫ …": the passport's heading, not the plan's own
    return heading if ctx.tools.nominative(heading.split()[0]) is None else None


@per_document
def plan_heading(ctx: Ctx) -> str | None:
    """The first bold block naming a plan ("Дорожная карта по …"); in a document that does
    not open with an act, the first block naming one."""
    head = ctx.head
    found = [i for i, c in enumerate(head)
             if not c.list_number and len(_heading_text(ctx, c).split()) <= TITLE_WORDS
             and not c.text[:1].islower() and _names_plan(ctx, c.text)
             and not grifs.over_grif(ctx, c) and not _introduces(ctx, c.text)
             and not _plain_sentence(ctx, c)
             and not CONTENTS_LEADER.search(_heading_text(ctx, c))]
    strong = [i for i in found if strong_block(head[i])]
    if strong:
        # a site's page title in capitals over the grifs is no heading of the document's
        first = grifs.lone_adjective(ctx, grifs.after_grif(ctx, strong))
        # a card's label in capitals over the page's own heading restating it
        first = title_caption.past_caption(ctx, head, found, first)
        own = own_heading_below(ctx, head, first)  # a news item's own heading under it
        if isinstance(own, str):
            return clean_title(ctx, own)
        first = own
        return clean_title(ctx, lost_front(ctx, head, first, with_continuation(ctx, head, first)))
    if act_header(ctx) is None:
        weak = found
    else:  # a plain-text act: its body's sentences are not titles
        weak = [i for i in found if ctx.plain and not head[i].text.rstrip().endswith(".")]
    if weak:
        card = _card_over_heading(ctx, weak)
        if card:
            return clean_title(ctx, card)
        first = title_caption.past_caption(ctx, head, weak, grifs.after_grif(ctx, weak))
        own = own_heading_below(ctx, head, first)  # a news item's own heading under it
        if isinstance(own, str):
            return clean_title(ctx, own)
        first = own
        return clean_title(ctx, lost_front(ctx, head, first, with_continuation(ctx, head, first)))
    run_on = run_on_heading(ctx)  # a page run into one paragraph: its first sentence
    return clean_title(ctx, run_on) if run_on else None


def _names_plan(ctx: Ctx, text: str) -> bool:
    """A block naming a plan first, or a section of one ("Описание Программы развития …")."""
    lemmas = ctx.lemmas(text)
    if lemmas[:1] and lemmas[0] in ctx.vocab.plan_sections:
        lemmas = lemmas[1:]
    return ctx.plan_noun(lemmas) is not None


def _heading_text(ctx: Ctx, c: Chunk) -> str:
    """A block's text; in plain text, a block of several lines up to a line that starts
    something else (a text export joins a title page's heading, its authors and the body's
    first lines into one block): the heading is measured, not the page."""
    return own_lines(ctx, c) if ctx.plain and len(c.lines) > 1 else c.text


def _introduces(ctx: Ctx, text: str) -> bool:
    """A sentence that says something and opens a list ("Программа разработана в соответствии
    с …:"): a note's sentence, never a heading."""
    return text.rstrip().endswith(":") and _says(ctx, text)


def _plain_sentence(ctx: Ctx, c: Chunk) -> bool:
    """A plain text's paragraph of one line that says something and ends with a full stop
    ("Рабочая программа … (далее – детский сад) составлена с учётом …."): the note's first
    sentence, a paragraph of its own in a text saved a line per paragraph, never a heading."""
    return ctx.plain and len(c.lines) <= 1 and c.text.rstrip().endswith(".") \
        and _says(ctx, c.text)


def _says(ctx: Ctx, text: str) -> bool:
    """True when a line holds a verb or a short participle ("разработана"): a sentence."""
    return any(ctx.tools.tag(w.lower())[0] in ("VERB", "PRTS") for w in text.split() if w.isalpha())


_CARD_REACH = 3  # the document's own heading follows the site's card at once
_CARD_WORDS = 2


_LABEL_WORDS = 4  # a card's bare genre label: "Программа развития детского сада"


def _passport_under_label(ctx: Ctx, i: int) -> str | None:
    """"Программа развития детского сада" in plain print on top, "Паспорт программы развития"
    in bold under it: a site's card label (no name, no years) over the page's own heading,
    which is the title (CONTRACT `title`)."""
    head = ctx.head
    if i != 0 or ctx.plain or len(head) < 2 or strong_block(head[0]) \
            or len(head[0].text.split()) > _LABEL_WORDS or has_period(ctx, head[0].text):
        return None
    nxt = head[1]
    lem = ctx.lemmas(nxt.text)
    if nxt.cells is not None or not strong_block(nxt) or lem[:1] != ("паспорт",) \
            or len(nxt.text.split()) > TITLE_WORDS or ctx.plan_noun(lem[1:]) is None:
        return None
    return clean_title(ctx, with_continuation(ctx, head, 1))


def _card_over_heading(ctx: Ctx, found: list[int]) -> str | None:
    """A site's card title alone on the first line ("Календарный план воспитания на … уч.год")
    over the document's own heading that opens with the same words ("Календарный план
    воспитательной работы" / "на 2023-2024 учебный год" / "на основе …"): the heading is the
    title, its lines joined up to its years."""
    head = ctx.head
    if not found:
        return None
    passport = _passport_under_label(ctx, found[0])
    if passport is not None:
        return passport
    # a post heading saying the years over the own heading opening with a bare genre line
    own = own_heading(ctx, found[0], lambda text: ctx.plan_noun(ctx.lemmas(text)) is not None)
    if own is not None:
        return own
    if found[0] != 0 or len(head[0].lines) > 1:
        return None
    card = ctx.lemmas(head[0].text)[:_CARD_WORDS]
    k = next((i for i in found[1:] if i <= _CARD_REACH), None)
    if k is None or ctx.lemmas(head[k].text)[:_CARD_WORDS] != card:
        return None
    lines = head[k].lines or (head[k].text,)
    text = lines[0]
    if len(text.split()) > HEADING_MIN_WORDS * 2 or _says(ctx, text):
        return None  # "Дорожная карта разработана в соответствии …": the body's sentence
    for j, nxt in enumerate(lines[1:], 2):
        run = owner_lines_to_years(ctx, text, lines[j - 1 :])
        if run:  # "ПРОГРАММА РАЗВИТИЯ «…»" / "Муниципального … учреждения" / … / its years
            return " ".join([text, *lines[j - 1 : j - 1 + run]])
        if SEE_BELOW.match(nxt):
            return None  # "Программа" / "развития" / "(далее": the body names its short name
        # ("ПРОГРАММА ВОСПИТАНИЯ" / "МУНИЦИПАЛЬНОГО … УЧРЕЖДЕНИЯ" / "НА 2022 – 2025 УЧ.Г.": a
        # heading in capitals goes on in capitals up to its years)
        if has_period(ctx, text) or ends_title(ctx, nxt) or not (
                goes_on(ctx, text, nxt) or _owner_inside(ctx, nxt, lines[j:j + 1])
                or _owner_named(ctx, text, nxt) or (text.isupper() and in_capitals(nxt))):
            break
        text = f"{text} {nxt}"
    return text


def _owner_inside(ctx: Ctx, line: str, after: list[str] | tuple[str, ...]) -> bool:
    """"План мероприятий" / "МОУ «Школа» №19," / "посвященных …": the school's line in the
    middle of a heading, the heading going on in lower case after it, is a part of it."""
    first = line.split(maxsplit=1)[0] if line.split() else ""
    return bool(after) and after[0][:1].islower() and form_word(ctx, first.strip("(«\""))


def _owner_named(ctx: Ctx, text: str, line: str) -> bool:
    """"… на базе общеобразовательного учреждения" / "МКОУ СОШ №12": a heading ending on an
    institution's common noun goes on in the name of that institution."""
    words, first = text.split(), line.split(maxsplit=1)[0] if line.split() else ""
    return bool(words) and bool(set(ctx.lemmas(words[-1])) & ctx.vocab.institution_words) \
        and form_word(ctx, first.strip("(«\""))


@per_document
def _other_subject(ctx: Ctx) -> bool:
    """The document opens with an act whose subject neither approves nor names a plan ("О
    создании центров …", "О внесении изменений в постановление …"): its subject is the title,
    not the heading of a plan it approves among other things further down."""
    from extract.facts.order import approved_kind  # order imports this module's neighbours

    header, text = act_header(ctx), subject(ctx)
    return header is not None and bool(text) and approved_kind(ctx) is None



def order_subject(ctx: Ctx) -> str | None:
    """The subject of the act the document opens with: "О проведении …", "Об утверждении …"."""
    text = subject(ctx)
    if not text:
        return None
    title = clean_title(ctx, text)
    # "ПРИКАЗ № 8" / "«О назначении …»": the act's own print quotes its subject, a reader sees
    # the quotes (a site's heading wraps its subject in them; those go)
    header = letterhead_header(ctx)
    own = header is not None and header.subject == text and text[:1] == "«" \
        and text.rstrip(" .")[-1:] == "»" and f"«{title}»" == squash(text.rstrip(" ."))
    return f"«{title}»" if own else title


def site_title(ctx: Ctx) -> str | None:
    """A legal site's page title at the very top: "ОБ УТВЕРЖДЕНИИ … (с изменениями на …)".
    An amending act's subject over a page that starts at an appendix of the amended plan
    ("О внесении изменений в …" / "Приложение № 2 / к Программе" / its heading) names the
    act, not the page: the appendix's heading is the title."""
    for i, line in enumerate(ctx.top[:_SITE_TITLE_LINES]):
        if SUBJECT.match(line.text):
            text = subject_from(ctx, i)[0]
            if _amends(ctx, text) and appendix_title(ctx):
                return None
            return clean_title(ctx, text)
    return None


def _amends(ctx: Ctx, text: str) -> bool:
    lem = ctx.lemmas(text)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.amend_openers)
