"""A document's period as written: labelled statements, the title, the lines at the top, a
report's intro, and — when nothing else says — the year columns of its indicators
(extract/facts/period_indicators.py). (Its place as written — municipality, region, the header
lines naming them — is place_phrase.)"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.facts.acts import act_header, subject
from extract.facts.ctx import Ctx, drop_number
from extract.facts.file_label import is_file_label
from extract.facts.lines import Chunk, squash
from extract.facts.place_line import years_under_place
from extract.facts.stamps import stamps
from extract.facts.vocab_titles import TitlesVocab

_TOP_WORDS = 40
_STRUCK_REACH = 20  # an amending act's first items


_BLANK_IN_YEAR = re.compile(r"(?<=\b(?:19|20))_+(?=\d)|(?<=\b(?:19|20)\d)_+(?=\d)"
                            r"|(?<=\d)_+(?=\s|[а-яё])")
# a form's printed "20" and the two digits filled in its blank after a gap: "на 20 24 год и
# на плановый период 20 25 и 20 26 годов"
_GAP_IN_YEAR = re.compile(r"(?<![\d.,])\b((?:19|20)) (\d\d)\b(?=\s*(?:год|гг?\.|и\s|[-–—]))")


def _first(patterns: tuple[re.Pattern[str], ...], text: str, group: str,
           dated: re.Pattern[str] | None = None) -> str | None:
    """The first match's group; a year filled in over a form's blanks ("20_22_ год") read as
    the year it names; with `dated`, a term given by its days read as their years."""
    if "_" in text:
        text = _BLANK_IN_YEAR.sub("", text)
    text = _GAP_IN_YEAR.sub(r"\1\2", text)
    if dated is not None:
        text = dated.sub(_as_years, text)
    for rx in patterns:
        m = rx.search(text)
        if m:
            return squash(m.group(group))
    return None


def _as_years(m: re.Match[str]) -> str:
    """"с 01 сентября – 30 сентября 2018 года": the first day's year, when not printed, is the
    last day's."""
    start = m.group("start") or m.group("start_worded") or m.group("end")
    if start > m.group("end"):
        return m.group(0)  # "с 01.06.2022 г. по 31.08.2021 г.": a misprint says no term
    return f"с {start} г. по {m.group('end')} г."


def period_labelled(ctx: Ctx) -> str | None:
    """"Срок реализации Дорожной карты: 2022-2026 годы" (a line or a passport row); a term by
    its first and last days read as their years."""
    for k, c in enumerate(ctx.chunks):
        if _preamble(ctx, c):  # "В соответствии с решением … «О продлении срока реализации
            continue  # программы … до 2022 года»": the cited act's term, no label of its own
        text = _chunk_text(c)
        if text.rstrip()[-1:] in "-–—" and k + 1 < len(ctx.chunks):
            # "Сроки реализации | 2019 -" over "| 2022 годы": the range goes on in the next row
            text = f"{text} {_chunk_text(ctx.chunks[k + 1])}"
        got = _first(ctx.vocab.period_label, _without_foreign_terms(ctx, text), "period",
                     ctx.vocab.period_dated_range)
        if got:
            return got
    return None


# a term's label and the word or two after it: what the term is of
_TERM_OF = re.compile(r"(?i)(?:срок|сроки|период)\w*\s+(?:реализации|действия|исполнения)"
                      r"(?P<of>(?:\s+[а-яё]+){1,2})")


def _without_foreign_terms(ctx: Ctx, text: str) -> str:
    """`text` without the labels of terms that are no term of the document ("срок действия
    свидетельства с … до …", facts.yaml period_foreign_terms): a card's certificate or
    licence is valid for years its report does not cover."""
    def blank(m: re.Match[str]) -> str:
        foreign = set(ctx.lemmas(m.group("of"))) & ctx.vocab.period_foreign_terms
        return m.group("of") if foreign else m.group(0)
    return _TERM_OF.sub(blank, text)


def _chunk_text(c: Chunk) -> str:
    return ": ".join(x for x in c.cells if x) if c.cells else drop_number(c.text)


_PASSPORT = ("паспорт",)


def period_of_passport(ctx: Ctx) -> str | None:
    """"ПАСПОРТ" / "программы развития … на 2021- 2026 годы": the years the passport's heading
    names for its plan (the passport states the plan's term, as its "Срок реализации" row does,
    over a title page's school year)."""
    lines = ctx.top
    for k, line in enumerate(lines):
        text = drop_number(line.text)
        if ctx.lemmas(text)[:1] != _PASSPORT:
            continue
        if len(text.split()) == 1 and k + 1 < len(lines) and lines[k + 1].text[:1].islower():
            text = f"{text} {lines[k + 1].text}"
        lem = ctx.lemmas(text)
        if any(ctx.plan_noun(lem[j:]) for j in range(1, min(len(lem), 4))):
            got = _first(ctx.vocab.period_title, text, "period")
            if got:
                return got
    return None


def period_from_title(ctx: Ctx, title: str | None) -> str | None:
    """"… на 2023 год", "… на 2021-2025 гг.", "… в 2016-2017 учебном году", "… с 01.06.2023г.
    по 31.08.2023г." in the title."""
    got = _first(ctx.vocab.period_title, title, "period", ctx.vocab.period_dated_range) \
        if title else None
    return _with_years_ahead(got) if got else None


def period_of_approving_clause(ctx: Ctx, text: str | None) -> str | None:
    """The years of an item approving a plan ("Утвердить план мероприятий … на 2020 год"); a
    year "в 2020 году" inside a participle's phrase set off by a comma ("… план по устранению
    недостатков, выявленных в ходе оценки … в 2020 году") dates what that phrase tells (the
    assessment), not the plan's term."""
    got = period_from_title(ctx, text)
    return None if got and text and dates_participle(ctx, text, got) else got


def dates_participle(ctx: Ctx, text: str, got: str) -> bool:
    """`got` ("в 2020 году") stands in a participle's phrase set off by a comma in `text`
    ("… недостатков, выявленных в ходе оценки … в 2020 году"): it dates what the phrase tells."""
    if got.split(maxsplit=1)[0].lower() != "в":
        return False
    words = squash(text)[: squash(text).find(got)].split()
    return any(prev.endswith(",") and ctx.tools.tag(word.strip("«»\"(),."))[0] == "PRTF"
               for prev, word in pairwise(words))


# "за 2009 год и основных направлениях деятельности на 2010-2012 годы": the year reported on
# and the years planned after it
_REPORT_AND_AHEAD = re.compile(r"^за\s+((?:19|20)\d\d)\b.*\bна\s+(?:19|20)\d\d\s*[-–—]\s*"
                               r"((?:19|20)\d\d)\b")


def _with_years_ahead(period: str) -> str:
    """A year's report with the plan for the years after it covers them all, given as its
    first and last year: as written, the plan's range would be read as the whole period."""
    m = _REPORT_AND_AHEAD.match(period)
    return f"{m.group(1)}-{m.group(2)}" if m and m.group(1) < m.group(2) else period


def period_of_shift(ctx: Ctx) -> str | None:
    """A camp's shift under its name ("смена с 01.06.2025 г. по 25.06.2025 г."): its dates."""
    for line in ctx.top:
        m = ctx.vocab.shift_term.search(line.text)
        got = ctx.vocab.period_dated_range.match(line.text, m.end()) if m else None
        if got:  # the years alone: a reader may glue the second date ("по26.06.2025г")
            return f"{got.group('start') or got.group('start_worded') or got.group('end')}" \
                f"-{got.group('end')}"
    return None


def period_of_place_line(ctx: Ctx, title: str | None, report: bool) -> str | None:
    """A title page's line giving where and when it was made ("Заречное - 2024 год", "с. Лесное
    2025 г"): the year it was made, which is a report's year and a one-season plan's term (its
    title names a season's camp or holidays, `season_plan_words`); a plan of several years
    states its term elsewhere or not at all. A genre word before a year ("Программа 2025") is
    a heading, no place."""
    if not report and not (title and set(ctx.lemmas(title)) & ctx.vocab.season_plan_words):
        return None
    for line in ctx.top:
        text = squash(line.text)
        m = ctx.vocab.place_year.match(text)
        if m and not ctx.plan_noun(ctx.lemmas(text)) \
                and not set(ctx.lemmas(text.split(maxsplit=1)[0])) & ctx.vocab.not_places:
            return m.group("period")
        # "… лагеря «Кедрёнок» п. Кедровый, 2025 г": a text export ran the line into the
        # heading's; a marked place only, a heading's own last word before a year is no place
        m = ctx.vocab.place_year_tail.search(text)
        if m and m.group("marked"):
            return m.group("period")
    return years_under_place(ctx)  # "Лесной" / "2017-2020 гг.": the town and years apart


def _top_texts(ctx: Ctx) -> list[str]:
    texts = [s.text for s in stamps(ctx)]
    text = subject(ctx)
    if text:
        texts.append(text)
    # a file's label: the uploader's years (extract/facts/file_label.py)
    return texts + [c.text for c in _unrepealed(ctx, ctx.head[:12])
                    if not _site_reference(ctx.vocab, c.text)
                    and not is_file_label(ctx.vocab, c.text)
                    and not _cited_item(ctx.vocab, c) and not _preamble(ctx, c)
                    and (c.bold or c.heading or (ctx.plain and len(c.text.split()) <= _TOP_WORDS
                                                 and not _sentence(c.text)))]


def _preamble(ctx: Ctx, c: Chunk) -> bool:
    """"В связи с повышением … цен в 2014 году, … Администрация района" / "постановляет:": an
    act's preamble, its operative verb set apart on the next line, gives the grounds' years, not
    the act's term (a plan's own heading never opens so)."""
    # (a page opening at the preamble, no act's header printed: the preamble closes on the
    # colon its items follow, "В соответствии с … Комплекса мер до 2025 года …:", also when a
    # PDF's justified lines broke it into paragraphs)
    if act_header(ctx) is None and not _closes_on_colon(ctx, c):
        return False
    lem = ctx.lemmas(" ".join(c.text.split()[:3]))
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.body_openers)


_PREAMBLE_PARTS = 3


def _closes_on_colon(ctx: Ctx, c: Chunk) -> bool:
    at = next((k for k, x in enumerate(ctx.head) if x is c), None)
    if at is None:
        return False
    return any(x.text.rstrip().endswith(":") for x in ctx.head[at : at + _PREAMBLE_PARTS])


def _unrepealed(ctx: Ctx, chunks: tuple[Chunk, ...]) -> list[Chunk]:
    """The chunks save an item repealing older acts and the acts it lists under it ("2.
    Признать утратившими силу …:" / "- от … N … «… на 2010 - 2014 годы»"): their years are the
    repealed acts', not this act's. The list ends at the next numbered item."""
    out: list[Chunk] = []
    listing = False
    for c in chunks:
        numbered = any(ch.isdigit() for ch in c.list_number or "")
        if ctx.vocab.repeal_item.search(c.text):
            listing = True
        elif not listing or numbered or c.bold or c.heading:
            listing = False
            out.append(c)
    return out


def _sentence(text: str) -> bool:
    """A line ending in a full stop, also before a table cell's border a text export closes it
    with ("Подготовка приказа «О … на 2010-2011 учебный год». |": an activity's row, whose
    years are its own, not a heading's)."""
    return text.rstrip().rstrip("|│┃ ").endswith(".")


def _site_reference(vocab: TitlesVocab, text: str) -> bool:
    """"См. Постановление … "Об утверждении государственной программы … на 2020 - 2024
    годы"": a legal site's note pointing to another act; its years are that act's."""
    return text.lstrip().startswith(vocab.site_reference_marks)


def _cited_item(vocab: TitlesVocab, c: Chunk) -> bool:
    """An item of a plan's list of legal bases: its years are the cited act's."""
    listed = c.text.rstrip().endswith(";") or any(ch.isdigit() for ch in c.list_number or "")
    return listed and bool(vocab.cited_act_item.match(drop_number(c.text)))


_YEARS = re.compile(r"(?:19|20)\d\d")


def _struck_years(ctx: Ctx) -> set[tuple[str, ...]]:
    """The years of the words an amending item strikes out of the plan's name ("в
    наименовании слова «на 2016-2020 годы» исключить"): wherever else that name is written
    with them, they are no longer its period."""
    found: set[tuple[str, ...]] = set()
    for c in ctx.head[:_STRUCK_REACH]:
        for m in ctx.vocab.replaced_words.finditer(c.text):
            if years := tuple(_YEARS.findall(m.group(0))):
                found.add(years)
    return found


def period_budget_cycle(ctx: Ctx, title: str | None) -> str | None:
    """A plan "на 2022 год и плановый период 2023-2024 годов" (in its title or top lines) runs
    over the whole budget cycle, and so does a report on such a municipal task: the real forms'
    records give the task's whole cycle ("Отчет о выполнении муниципального задания на 2022 год
    и плановый период 2023 и 2024 годов" → 2022-2024), a quarter's report too. Given as its
    first and last year ("2022-2024"): as written, the planning period's range would be read as
    the whole period."""
    for text in [t for t in (title,) if t] + _top_texts(ctx):
        got = _first(ctx.vocab.period_budget, text, "period")
        if got:
            years = re.findall(r"(?:19|20)\d\d", got)
            return f"{years[0]}-{years[-1]}"
    return None


def period_from_top(ctx: Ctx, report: bool) -> str | None:
    """The plan's years named at the top: an appendix stamp ("к подпрограмме … на 2013 - 2015
    годы"), the act's subject, a bold heading. In a plan, years looked back on ("Анализ работы
    за 2024-2025 учебный год") lose to a top line naming the years ahead ("на 2025-2026
    учебный год")."""
    struck = _struck_years(ctx)
    for text in _top_texts(ctx):
        # "1. Внести в программу … на 2014-2020 годы …": the amended plan's years, no period
        text = text[: m.start()] if (m := ctx.vocab.amending_text.search(text)) else text
        # "слова «на 2014-2016 годы» заменить словами «на 2014-2020 годы»": the new years
        got = _first(ctx.vocab.period_title, ctx.vocab.replaced_words.sub(" ", text), "period")
        if got and (tuple(_YEARS.findall(got)) in struck or dates_participle(ctx, text, got)):
            continue
        if got:
            return got if report or not _backward(ctx, got) else (_ahead(ctx) or got)
    return None


def _backward(ctx: Ctx, period: str) -> bool:
    return period.split(maxsplit=1)[0].lower() in ctx.vocab.period_backward_words


def _ahead(ctx: Ctx) -> str | None:
    """The first top line's years that do not look back."""
    for line in ctx.top:
        got = _first(ctx.vocab.period_title, line.text, "period")
        if got and not _backward(ctx, got):
            return got
    return None


def period_from_intro(ctx: Ctx, report: bool) -> str | None:
    """"… за 2022 учебный год", "за 1 квартал 2022 года" in the first lines (reports name the
    time they cover). An act on a plan's progress ("о ходе выполнения программы … на 2006 –
    2007 годы, за 2006 год") is about the plan: the plan's term, named before, is its period."""
    for c in ctx.head[:8]:
        got = _first(ctx.vocab.period_intro, c.text, "period")
        if got:
            term = None if report else _term_before(ctx, c.text, got)
            return term or got
    return None


_SENTENCE_WORDS = 5
_OPENING_LINES = 12
_PARAGRAPH_WORDS = 25


def period_of_opening_sentence(ctx: Ctx, report: bool) -> str | None:
    """A report whose title names no year, its body opening "В 2023 / 2024 учебном году …":
    the school year it reports on. Only the first sentence of the body: later ones cite other
    years (a line closing a sentence, or a paragraph's long line, ends the search); a plan's
    opening sentence may look back on the year before it."""
    if not report:
        return None
    for line in ctx.top[:_OPENING_LINES]:
        text = squash(line.text)
        m = ctx.vocab.report_opening_year.match(text)
        if m:
            return f"{m.group('start')}-{m.group('end')}" \
                if int(m.group("end")) == int(m.group("start")) + 1 else None
        words = len(text.split())
        if words > _PARAGRAPH_WORDS or (words >= _SENTENCE_WORDS and text.endswith((".", ":"))):
            return None
    return None


def _term_before(ctx: Ctx, text: str, reported: str) -> str | None:
    """The plan's years ("на 2006 – 2007 годы") in `text` before the time reported on."""
    at = squash(text).find(reported)
    got = _first(ctx.vocab.period_title, squash(text)[:at], "period") if at > 0 else None
    return got if got and not _backward(ctx, got) else None


_PLAN_ROWS = 8  # rows of the first table looked at for the plan's own name


def period_of_plan_row(ctx: Ctx) -> str | None:
    """The years in the name of the plan a table's first rows name ("Муниципальная программа
    «…» на 2025 - 2029 годы" in the programme's own row of its appendix table)."""
    rows = [c for c in ctx.chunks if c.cells is not None]
    first = rows[0].source.table if rows else None
    for c in rows[:_PLAN_ROWS]:
        if c.source.table != first:
            break
        for cell in c.cells or ():
            if ctx.plan_noun(ctx.lemmas(cell)) and (got := _first(ctx.vocab.period_title, cell,
                                                                  "period")):
                return got
    return None










