"""Document facts: kind, title, municipality and region (as written), issuer, order number and
date, period, signatories, goals and tasks.

Every field is decided by an ordered list of small named rules (the tables of
extract/facts/rule_tables.py over the modules extract/facts/*.py,
vocabulary in extract/vocab/facts.yaml and doc_kinds.yaml): the first rule that returns a value
wins, and `Found.trace` records it as "header.<field>:<rule>".
"""

from __future__ import annotations

from extract.facts import act_shape as act_shape_
from extract.facts import bare_act as bare_act_
from extract.facts import breadcrumb_body as breadcrumb_
from extract.facts import campaign_report as campaign_
from extract.facts import campaign_term as campaign_term_
from extract.facts import card_apart as card_apart_
from extract.facts import card_head as card_head_
from extract.facts import card_label as card_label_
from extract.facts import card_requisites as card_requisites_
from extract.facts import cms_chrome as cms_chrome_
from extract.facts import cover_vote as cover_vote_
from extract.facts import cut_tail as cut_tail_
from extract.facts import defined_plan as defined_plan_
from extract.facts import district_over as district_over_
from extract.facts import esign, interleave, passport_lines, reflow, site_chrome
from extract.facts import event_year as event_year_
from extract.facts import file_label as file_label_
from extract.facts import flat_lead as flat_lead_
from extract.facts import founder as founder_
from extract.facts import goal_sentence as goal_sentence_
from extract.facts import goals as goals_
from extract.facts import grifs_abreast as grifs_abreast_
from extract.facts import issuer_spelling as issuer_spelling_
from extract.facts import item_years as item_years_
from extract.facts import joint_number as joint_number_
from extract.facts import kinds as kinds_
from extract.facts import lost_opener as lost_opener_
from extract.facts import lost_spaces as lost_spaces_
from extract.facts import news_heading as news_heading_
from extract.facts import numbered_tasks as numbered_tasks_
from extract.facts import order as order_
from extract.facts import passport_stack as passport_stack_
from extract.facts import period as period_
from extract.facts import period_forms as period_forms_
from extract.facts import period_indicators as period_indicators_
from extract.facts import period_report as period_report_
from extract.facts import place_line as place_line_
from extract.facts import place_phrase as place_phrase_
from extract.facts import post_title as post_title_
from extract.facts import region_abbr as region_abbr_
from extract.facts import registry_card as registry_card_
from extract.facts import scan_debris as scan_debris_
from extract.facts import school_year_foot as school_year_foot_
from extract.facts import site_card as site_card_
from extract.facts import site_header as site_header_
from extract.facts import site_reference as site_ref_
from extract.facts import table_caption as table_caption_
from extract.facts import task_note as task_note_
from extract.facts import task_sentence as task_sentence_
from extract.facts import title as title_
from extract.facts import title_page as title_page_
from extract.facts import title_prose as title_prose_
from extract.facts.ctx import Ctx
from extract.facts.header_issuer import document_issuer
from extract.facts.lines import chunks
from extract.facts.people import signatories
from extract.facts.rule_tables import (
    KIND_RULES,
    LATE_KIND_RULES,
    ORDER_RULES,
    TITLE_RULES,
    first,
    traced,
)
from extract.facts.title_runon import cut_name
from extract.facts.vocab import facts_vocab
from extract.facts.vocab_chrome import ChromeVocab
from extract.found import Found
from extract.models import DocKind, DraftDocument
from extract.tools import ExtractTools
from ingest.models import SourceDocument


def _kind(ctx: Ctx, title: str | None, trace: list[str]) -> DocKind | None:
    return (first(KIND_RULES, ctx, "kind", trace)
            # "Приказ о …" over "ПРИКАЗЫВАЮ:", no requisites: what its subject approves, or an order
            or traced("kind", "bare_act", bare_act_.bare_act_kind(ctx, title), trace)
            or traced("kind", "amending_title", kinds_.kind_amending_title(ctx, title), trace)
            or traced("kind", "progress_act", kinds_.kind_progress_act(ctx, title), trace)
            or traced("kind", "title_names", kinds_.kind_title_names(ctx, title), trace)
            or traced("kind", "task_title", kinds_.kind_task_title(ctx, title), trace)
            or traced("kind", "name_row_sentence", kinds_.kind_title_names(
                ctx, title_page_.row_sentence(ctx)), trace)
            or first(LATE_KIND_RULES, ctx, "kind", trace))


def _period(ctx: Ctx, title: str | None, kind: DocKind | None, trace: list[str]) -> str | None:
    heading = _heading(ctx.vocab, title)  # a file's label read as the words it joins
    if title and not heading:  # the uploader's years, never the plan's term
        trace.append("header.period:not_of_file_label")
    title = heading
    # a task report's note: the task's term it names, else the quarter it reports on
    return (traced("period", "task_note", task_note_.note_period(ctx), trace)
            or traced("period", "labelled", period_.period_labelled(ctx), trace)
            or traced("period", "budget_cycle", period_.period_budget_cycle(ctx, title), trace)
            or traced("period", "passport_heading", period_.period_of_passport(ctx), trace)
            # "… программы «… на 2015 – 2020 годы» за 2016 -2017 учебный год": the reported years
            or traced("period", "reported_in_title", period_report_.period_reported_in_title(
                ctx, title, kind == "report"), trace)
            or traced("period", "title", period_.period_from_title(ctx, title), trace)
            # "О проведении акции «Добрые дела - 2019»": the year the held event is named with
            or traced("period", "event_name_year", event_year_.period_of_event_name(ctx, title),
                      trace)
            # a report printed as a table alone: the past period its value columns name
            or traced("period", "caption_columns",
                      table_caption_.caption_report_period(ctx, kind), trace)
            or traced("period", "shift", period_.period_of_shift(ctx), trace)
            # "Отчёт о самообследовании 2024": the time the text states first, else that year
            or traced("period", "stated_over_bare_year", period_report_.stated_over_bare_year(
                ctx, title if kind == "report" else None), trace)
            or traced("period", "report_year", period_report_.period_of_bare_year(
                ctx, title if kind == "report" else None), trace)
            # an act about something else: the years of the plan it approves
            or traced("period", "plan_heading",
                      period_.period_from_title(
                          ctx, _heading(ctx.vocab, title_.plan_heading(ctx))), trace)
            or traced("period", "row_sentences", title_page_.period_of_row_sentences(ctx), trace)
            or traced("period", "top", item_years_.unless_item_years(
                ctx, kind, period_.period_from_top(ctx, kind == "report"), trace), trace)
            or traced("period", "approving_clause", period_.period_of_approving_clause(
                ctx, (kinds_.approving_clause(ctx) or (None, None))[1]), trace)
            or traced("period", "intro", period_.period_from_intro(ctx, kind == "report"), trace)
            or traced("period", "under_report_title", period_report_.period_under_title(
                ctx, title, kind == "report"), trace)
            or traced("period", "report_heading_as_of", period_forms_.period_of_report_heading(
                ctx, title, kind), trace)
            or traced("period", "opening_sentence", period_.period_of_opening_sentence(
                ctx, kind == "report"), trace)
            # "23.01.2019 года в нашей школе стартовал месячник …": the year of its dates
            or traced("period", "campaign_dates", campaign_.period_of_campaign(
                ctx, kind == "report"), trace)
            or traced("period", "campaign_term", campaign_term_.period_of_campaign_term(
                ctx, kind == "report"), trace)
            # "Самообследование … проведено … в сроки с 01.02.2015 г. по 01.04.2015 г."
            or traced("period", "examination_dates", period_report_.period_of_examination_dates(
                ctx, kind == "report"), trace)
            or traced("period", "place_line", period_.period_of_place_line(
                ctx, title, kind == "report"), trace)
            or traced("period", "defined_plan", defined_plan_.period_of_defined_plan(
                ctx, kind == "report"), trace)
            # "г. Заречинск" / "2024 – 2025 учебный год": a title page's foot
            or traced("period", "school_year_foot", school_year_foot_.school_year_under_place(
                ctx), trace)
            or traced("period", "plan_in_table", period_.period_of_plan_row(ctx), trace)
            or traced("period", "indicator_years",
                      period_indicators_.period_from_indicators(ctx), trace))


def _heading(vocab: ChromeVocab, text: str | None) -> str | None:
    """A heading whose years may be a term: no file's label, unless the label states one."""
    return file_label_.stated_term(text) if text and file_label_.is_file_label(vocab, text) \
        else text


_TOP_LINES = 12  # a site's heading stands over the act


def document_facts(ctx: Ctx, trace: list[str]) -> DraftDocument:
    """The DraftDocument of `ctx`'s document."""
    title = title_prose_.first_heading(TITLE_RULES, ctx, trace)  # no body's sentence
    if title and (cut := cut_name(ctx, title)):
        trace.append(f"header.title_end:{cut}")
    head = campaign_.campaign_heading(ctx) if title else None
    if head and title and title.startswith(f"{head}.") and title != f"{head}.":
        # a campaign report's heading run on into its table ("… от МБОУ СОШ №6. Неделя …")
        title = traced("title", "campaign_heading_cut", head, trace)
    if title and ctx.memo.get(cover_vote_.KEY):  # a card's label lost to the cover's heading
        trace.append(f"header.title:cover_vote:{ctx.memo[cover_vote_.KEY]}")
    if title and ctx.memo.get(news_heading_.KEY):  # a site's news heading over the own heading
        trace.append(f"header.title:news_heading:{ctx.memo[news_heading_.KEY]}")
    # the clean copy is a block of its own or a line of one (a text export's heading lines)
    clean = lost_spaces_.clean_copy(ctx.vocab, title, [c.text for c in ctx.head] + [
        line.text for line in ctx.top[:_TOP_LINES]]) if title else None
    if clean:
        title = traced("title", "clean_copy", clean, trace)
    card = ctx.memo.get(registry_card_.KEY) or {}
    if not title:  # a registry's card above the act: its heading, the act printing none
        title = traced("title", "registry_card", registry_card_.card_title(card), trace)
    if not title:  # the act prints no subject: a site's post title over its letterhead
        title = traced("title", "post_title", post_title_.post_title(
            ctx, ctx.memo.get(post_title_.KEY)), trace)
    known = title or ctx.found.document.title
    req = first(ORDER_RULES, ctx, "order", trace)
    fuller = order_.with_fuller_number(ctx, req)
    if fuller is not req:
        req = traced("order", "fuller_number", fuller, trace)
    # "Распоряжение" / "214" / "25 августа 2015 года": a card's fields under the text
    carded = card_requisites_.completing(ctx, req)
    from_card = carded is not req
    if from_card:
        req = traced("order", "card_requisites", carded, trace)
    joint = joint_number_.with_joint_number(ctx, req)
    if joint is not req:  # "№№ 45/21, 1290": a joint order's numbers, each body's
        req = traced("order", "joint_numbers", joint, trace)
    act = traced("act_type", "named", order_.act_type(ctx) or (req.act_type if req else None),
                 trace)
    grif_rules: list[str] = []
    # grifs abreast glued row by row: the rightmost column's approver, the others sign nothing
    abreast = grifs_abreast_.approver_abreast(ctx)
    signed = (abreast,) if abreast else signatories(ctx, grif_rules)
    traced("signatories", "grifs_abreast" if abreast else "name_lines", signed, trace)
    lost = None if signed else lost_opener_.signatory_over_order(ctx)
    if lost:
        signed = (traced("signatories", "lost_opener", lost, trace),)
    in_run = None if signed else founder_.signatory_in_run(ctx)
    if in_run:  # a task form run into one paragraph: the founder's head in its grif
        signed = (traced("signatories", "founder_run", in_run, trace),)
    trace += [f"header.signatories:{r}" for r in dict.fromkeys(grif_rules)]
    place = place_phrase_.municipality(ctx, known)
    region = traced("region", "pattern", place_phrase_.region(ctx, known), trace) or traced(
        "region", "abbreviation", region_abbr_.region_of_abbreviation(ctx), trace) or traced(
        "region", "lower_case", region_abbr_.region_in_lower_case(
            known, ctx.vocab.region_abbreviations), trace)
    kind = _kind(ctx, known, trace) or traced(
        "kind", "act_shape", act_shape_.kind_of_act_shape(
            ctx, req if from_card else None), trace)
    issuer = document_issuer(ctx, known, kind, signed, (place, region), trace) or traced(
        "issuer", "registry_card", registry_card_.card_issuer(card, ctx.chunks), trace) or traced(
        "issuer", "breadcrumb", breadcrumb_.breadcrumb_issuer(ctx, ctx.memo.get(
            breadcrumb_.KEY, ())), trace)
    spelt = issuer_spelling_.as_text_prints(ctx, issuer)
    if spelt != issuer:  # a letterhead's capitals spelt as the act's text prints the name
        issuer = traced("issuer", "text_spelling", spelt, trace)
    over = district_over_.district_over(ctx, place)
    place = over or traced("municipality", "pattern", place, trace)
    traced("municipality", "district_over", over, trace)
    # the body's name broken over lines ("… администрации N-ского" / "городского округа")
    if not place and issuer:
        place = traced("municipality", "issuer", place_phrase_.municipality_of(ctx, issuer),
                       trace)
    if not region and issuer:  # a grif's "… района Алтайского" / "края" joined in the issuer
        region = traced("region", "issuer", place_phrase_.region_of(ctx, issuer), trace)
    site = ctx.memo.get(cms_chrome_.RUBRIC_SITE)
    if not place and site:  # the document names no place: the site's name over its rubric does
        place = traced("municipality", "rubric_site", place_phrase_.municipality_of(ctx, site),
                       trace)
    if not place:  # the hint natasha weighs downstream ("Заречный" / "2020")
        traced("municipality_hint", "place_over_year", place_line_.place_over_year(ctx), trace)
    return DraftDocument(
        kind=kind,
        title=file_label_.without_extension(title),  # (the period read the label whole)
        municipality_text=place,
        region_text=region,
        issuer=issuer,
        order_number=req.number if req else None,
        order_date_text=req.date if req else None,
        act_type=act,
        period_text=_period(*site_card_.period_view(card_head_.without_card(ctx, known), known),
                            kind, trace),
        signatories=signed,
        context_texts=place_phrase_.context_texts(ctx, known),
    )


def goals_and_tasks(ctx: Ctx, trace: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Goals and tasks from the text; passport rows only when no earlier extractor read them."""
    goals, tasks = goals_.goals_from_text(ctx)
    traced("goals", "statement", goals, trace)
    traced("tasks", "after_goal", tasks, trace)
    tasks += traced("tasks", "heading", goals_.tasks_from_text(ctx), trace) or []
    if not ctx.found.goals:
        rows = goals_.from_rows(ctx, ctx.vocab.goal_words)
        goals = traced("goals", "passport_row", rows, trace) + goals if rows else goals
    if not ctx.found.tasks:
        rows = goals_.from_rows(ctx, ctx.vocab.task_words, plural_only=True)
        tasks = traced("tasks", "passport_row", rows, trace) + tasks if rows else tasks
    if not tasks and not ctx.found.tasks:  # "Задача 1. …" / "Задача 2. …", each labelled
        tasks = traced("tasks", "numbered_label", numbered_tasks_.numbered_tasks(ctx), trace) or []
    if not tasks and not ctx.found.tasks:
        tasks = traced("tasks", "sentence", task_sentence_.tasks_of_sentence(ctx), trace) or []
    if not goals and not ctx.found.goals:
        goals = traced("goals", "sentence", goal_sentence_.goals_of_sentence(ctx), trace) or []
    if not (goals or ctx.found.goals) or not (tasks or ctx.found.tasks):
        # a passport whose PDF text stacks its cells as lines, labels without separators:
        # read only for what no rule above found (its rows may be read as rows already)
        more_goals, more_tasks = passport_stack_.goals_tasks(ctx)
        if not (goals or ctx.found.goals):
            goals = traced("goals", "stacked_passport", more_goals, trace) or []
        if not (tasks or ctx.found.tasks):
            tasks = traced("tasks", "stacked_passport", more_tasks, trace) or []
    whole_goals, whole_tasks = cut_tail_.without_cut_tail(ctx, goals), \
        cut_tail_.without_cut_tail(ctx, tasks)
    if (len(whole_goals), len(whole_tasks)) != (len(goals), len(tasks)):
        trace.append("header.goals_tasks:cut_tail")  # the text ends inside the last item
    return goals_.dedupe(whole_goals, ctx.found.goals), goals_.dedupe(whole_tasks, ctx.found.tasks)


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Document facts, goals and tasks of `doc` (`found`: results of earlier extractors)."""
    vocab = facts_vocab()
    raw = chunks(doc)
    cuts: list[str] = []  # the evidence a scan's debris was cut on (--debug)
    read = scan_debris_.without_tail_debris(
        scan_debris_.without_debris(site_chrome.without_chrome(raw, vocab)), tools.is_known, cuts)
    read = reflow.reflowed(esign.without_esign(read, vocab), vocab)
    read = passport_lines.passport_rows(read, tools, vocab)
    read = flat_lead_.lead_apart(list(read), tools)
    read = card_label_.label_apart(read, vocab)  # a card's name label between its words
    read = registry_card_.without_card(read)  # a registry's card: the site's, no letterhead
    ctx = Ctx(chunks=tuple(read), found=found, tools=tools, vocab=vocab)
    trace: list[str] = cuts
    rows: list[str] = []
    apart = card_apart_.label_apart(ctx)
    if apart is not None:  # a site card's label run on into the page's first line
        ctx = Ctx(chunks=apart[0], found=found, tools=tools, vocab=vocab)
        trace.append(f"header.card_apart:{apart[1]}")
    columns = interleave.untangled(ctx, rows)
    if columns is not None:
        ctx = Ctx(chunks=columns, found=found, tools=tools, vocab=vocab)
        trace += [f"header.grif_columns:{rule}" for rule in rows]
    ctx.memo[site_ref_.KEY] = site_ref_.reference_line(raw, vocab)  # chrome, dropped above
    ctx.memo[cms_chrome_.RUBRIC_SITE] = cms_chrome_.rubric_site(raw, vocab)
    ctx.memo[registry_card_.KEY] = registry_card_.card_fields(raw)
    ctx.memo[breadcrumb_.KEY] = breadcrumb_.breadcrumb_lines(raw)
    ctx.memo[post_title_.KEY] = post_title_.under_chrome(raw)
    ctx.memo[site_header_.KEY] = site_header_.header_name(raw, vocab, tools.lemmas)
    document = document_facts(ctx, trace)
    goals, tasks = goals_and_tasks(ctx, trace)
    return Found(document=document, goals=goals, tasks=tasks, trace=tuple(trace),
                 overrides=frozenset({"title"} if document.title else ()))
