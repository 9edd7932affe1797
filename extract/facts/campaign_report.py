"""A school's news report of a campaign it held: a месячник, a неделя, an акция.

School sites post such reports as news: a heading naming the campaign and the school after
"в" ("Месячник военно-патриотической работы в МБОУ ООШ № 5") or none, then an opening sentence
telling that it was held ("12.02.2020 года в нашей школе стартовал месячник …", "В период с
01.10.2020 по 25.10.2020 г. в МОУ Лесной СОШ была проведена акция …"). CONTRACT `kind`: what
was done, reported — a report; its period the year its opening dates fall in.

Evidence (precision first): one of the first prose blocks' first sentences names a campaign
(facts.yaml `campaign_nouns`) and a word of accomplishment (`tools.is_done`); no plan's word
(`campaign_refused`) in it. The dates are read only from the sentences naming the campaign and
the one after each (a heading's dates printed under it)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import squash

KEY = "campaign_report"  # ctx.memo: the lead texts read, once per document
_BLOCKS = 4  # the first prose blocks: a site's banner, the heading, the opening paragraph
_SENTENCES = 3  # of each block (a news lead may open on a sentence or two of mood)
_CHARS = 300  # of each sentence
# a full stop after a word, not after an abbreviation or a date's digits ("г. Лесной")
_SENTENCE_END = re.compile(r"(?<=\w\w\w[.!?])\s+(?=[А-ЯЁ])")
# "23.01.2019", "03.02.2012", "15.09.2018г.", "01 октября … 2010 года"
_YEAR = re.compile(r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.\s?((?:19|20)\d\d)(?!\d)"
                   r"|(?<!\d)\d{1,2}\s+[а-яё]+\s+((?:19|20)\d\d)(?!\d)", re.I)


def _sentences(ctx: Ctx) -> list[str]:
    """The first sentences of the first prose blocks, in order."""
    out: list[str] = []
    for c in ctx.prose[:_BLOCKS]:
        if c.cells is not None:
            continue
        out += [s[:_CHARS] for s in _SENTENCE_END.split(squash(c.text))[:_SENTENCES]]
    return out


def names_campaign(ctx: Ctx, text: str) -> bool:
    """`text` names a campaign, not its plan: a plan's word before the campaign's noun makes it
    the plan's ("План проведения месячника …"); one after it is the report's reference ("…
    прошла тренировка. Мероприятия проводились в соответствии с Планом …")."""
    nouns, refused = ctx.vocab.campaign_nouns, ctx.vocab.campaign_refused
    lemmas = ctx.lemmas(text)
    first = next((k for k, x in enumerate(lemmas) if x in nouns), None)
    return first is not None and not set(lemmas[:first]) & refused


def campaign_sentences(ctx: Ctx) -> tuple[str, ...]:
    """The lead sentences naming the campaign when one of them tells it was held (see the
    module), else ()."""
    got = ctx.memo.get(KEY)
    if got is None:
        found = [s for s in _sentences(ctx) if names_campaign(ctx, s)]
        held = any(any(map(ctx.tools.is_done, s.split())) for s in found)
        got = tuple(found) if held else ()
        ctx.memo[KEY] = got
    return got


def kind_campaign_report(ctx: Ctx) -> str | None:
    """"… в нашей школе стартовал месячник …" opening the page: a report of what was held."""
    return "report" if campaign_sentences(ctx) else None


def period_of_campaign(ctx: Ctx, report: bool) -> str | None:
    """The one year the dates of the sentences naming the campaign, and of the sentence right
    after each, fall in ("с 15.08.2018 по 15.09.2018г." → 2018); None for two years or none. A
    report of other measures held: its heading's and its first told sentence's dates; a formal
    report whose heading and lead say no year, its first dated sentence telling what was done."""
    if not report:
        return None
    every = _sentences(ctx)
    named = [k for k, s in enumerate(every) if names_campaign(ctx, s) or _term_label(ctx, s)]
    if not named and held_report(ctx):  # its heading and the first sentence telling of them
        head = next((k for k, s in enumerate(every) if opens_held_report(ctx, s)), 0)
        told = [k for k, s in enumerate(every)
                if k > head and any(map(ctx.tools.is_done, s.split()))]
        named = [head, *told[:1]]
    if not named:
        return None
    texts = {every[j] for k in named for j in (k, k + 1) if j < len(every)}
    years = {y for t in texts for y in _years(ctx, t)}
    if not years and held_report(ctx):  # "ОТЧЕТ о проведении …" / "Провели 26.03.2016 …"
        years = next((got for s in every[named[0] + 1:]
                      if any(map(ctx.tools.is_done, s.split())) and (got := _years(ctx, s))),
                     set())
    return years.pop() if len(years) == 1 else None


def _years(ctx: Ctx, sentence: str) -> set[str]:
    """The years of `sentence`'s dates, a cited act's date not counted."""
    cited = ctx.vocab.campaign_cited_act  # a cited act's date: not the campaign's time
    return {a or b for a, b in _YEAR.findall(cited.sub(" ", sentence))}


def _term_label(ctx: Ctx, sentence: str) -> bool:
    """The sentence opens with a campaign's time label ("Время проведения: с … по …")."""
    lem = tuple(ctx.lemmas(" ".join(sentence.split()[:3])))
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.campaign_term_labels)


_HEADING_WORDS = 25  # a news heading's length at most
# a run-on heading's end: a full stop after a number or a word ("… от МБОУ СОШ №6. Неделя …"),
# not after a one- or two-letter abbreviation ("г. Лесной")
_HEADING_END = re.compile(r"(?:(?<=\S{3})|(?<=\d))\.\s+(?=[А-ЯЁ])")


def campaign_heading(ctx: Ctx) -> str | None:
    """The news heading of a campaign held (see the module): a short first sentence of one of
    the first blocks that opens with the campaign's noun ("Месячник … в МБОУ …") or with a
    report on it ("Отчет о проведении недели … от МБОУ …"), a heading with no sentence's end
    of its own (a run-on one cut at its full stop)."""
    if not campaign_sentences(ctx) and not reported(ctx):
        return None
    nouns = ctx.vocab.campaign_nouns
    for c in ctx.prose[:_BLOCKS]:
        text = _HEADING_END.split(squash(_heading_line(ctx, c.lines) or c.text))[0].rstrip(" .")
        lemmas = ctx.lemmas(text)
        if lemmas and len(text.split()) <= _HEADING_WORDS and names_campaign(ctx, text) \
                and (lemmas[0] in nouns or opens_held_report(ctx, text)):
            return text
        if len(c.text.split()) > _HEADING_WORDS:  # the story began: no heading under it
            return None
    return None


def _heading_line(ctx: Ctx, lines: tuple[str, ...]) -> str | None:
    """A text export's block of lines, each a paragraph: the heading's line over the opening
    sentence's ("Отчет о проведении месячника … в МБОУ «…»" / "С 23 января … прошёл месячник
    …."): a heading closes with no full stop, and the sentence under it tells what was held."""
    if len(lines) < 2 or lines[0].rstrip()[-1:] in ".!?,;:-–" \
            or not (lines[1][:1].isupper() or lines[1][:1].isdigit()):
        return None
    second = lines[1].rstrip()
    told = second[-1:] in ".!?" and any(map(ctx.tools.is_done, second.split()))
    return lines[0] if told else None


def opens_held_report(ctx: Ctx, text: str) -> bool:
    """`text` opens a report of measures held ("Отчет о проведении …", facts.yaml
    `held_report_openers`)."""
    lem = tuple(ctx.lemmas(" ".join(text.split()[:4])))
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.held_report_openers)


def reported(ctx: Ctx) -> bool:
    """A report's title names the campaign ("Отчет о проведении недели …"): held, reported."""
    return any(opens_held_report(ctx, s) and names_campaign(ctx, s) for s in _sentences(ctx)[:1])


def held_report(ctx: Ctx) -> bool:
    """The page opens with a report of measures held, whatever they were ("Отчет о проведении
    мероприятий, посвящённых Дню Победы …", "Информация о проведении Дня здоровья", under the
    school's letterhead or not): what it tells was held by its school."""
    got: bool = ctx.once("campaign_report.held", lambda: any(
        opens_held_report(ctx, squash(c.text)) for c in ctx.prose[:_BLOCKS] if c.cells is None))
    return got
