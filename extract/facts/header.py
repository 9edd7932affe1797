"""Document facts: kind, title, municipality and region (as written), issuer, order number and
date, period, signatories, goals and tasks.

Every field is decided by an ordered list of small named rules (the tables of
extract/facts/rule_tables.py over the modules extract/facts/*.py,
vocabulary in extract/vocab/facts.yaml and doc_kinds.yaml): the first rule that returns a value
wins, and `Found.trace` records it as "header.<field>:<rule>".
"""

from __future__ import annotations

from typing import Any

from extract.facts import author_card as author_card_
from extract.facts import card_head as card_head_
from extract.facts import card_label as card_label_
from extract.facts import contents_plan as contents_plan_
from extract.facts import cover_vote as cover_vote_
from extract.facts import defined_name as defined_name_
from extract.facts import defined_plan as defined_plan_
from extract.facts import esign, interleave, passport_lines, reflow, site_chrome
from extract.facts import file_label as file_label_
from extract.facts import flat_lead as flat_lead_
from extract.facts import goal_sentence as goal_sentence_
from extract.facts import goals as goals_
from extract.facts import grifs as grifs_
from extract.facts import head_school as head_school_
from extract.facts import heading_owner as heading_owner_
from extract.facts import institution as institution_
from extract.facts import institution_full_name as full_name_
from extract.facts import institution_passport as institution_passport_
from extract.facts import issuer as issuer_
from extract.facts import issuer_clean as issuer_clean_
from extract.facts import issuer_finish as finish_
from extract.facts import issuer_title_page as issuer_title_
from extract.facts import issuer_vote as issuer_vote_
from extract.facts import kinds as kinds_
from extract.facts import letterhead_place as letterhead_place_
from extract.facts import lost_opener as lost_opener_
from extract.facts import lost_spaces as lost_spaces_
from extract.facts import news_heading as news_heading_
from extract.facts import operative as operative_
from extract.facts import order as order_
from extract.facts import own_body as own_body_
from extract.facts import owner as owner_
from extract.facts import owner_plain as owner_plain_
from extract.facts import passport_stack as passport_stack_
from extract.facts import period as period_
from extract.facts import period_forms as period_forms_
from extract.facts import period_report as period_report_
from extract.facts import place_line as place_line_
from extract.facts import place_phrase as place_phrase_
from extract.facts import region_abbr as region_abbr_
from extract.facts import scan_debris as scan_debris_
from extract.facts import settlement_tail as settlement_tail_
from extract.facts import short_name as short_
from extract.facts import site_card as site_card_
from extract.facts import site_reference as site_ref_
from extract.facts import task_note as task_note_
from extract.facts import task_sentence as task_sentence_
from extract.facts import task_subject as task_subject_
from extract.facts import title as title_
from extract.facts import title_body as title_body_
from extract.facts import title_page as title_page_
from extract.facts import title_report as title_report_
from extract.facts import type_name as type_name_
from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.lines import chunks
from extract.facts.people import signatories
from extract.facts.rule_tables import (
    ISSUER_RULES,
    KIND_RULES,
    LATE_KIND_RULES,
    ORDER_RULES,
    TITLE_RULES,
    Rule,
)
from extract.facts.title_runon import cut_name
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.models import DocKind, DraftDocument
from extract.tools import ExtractTools
from ingest.models import SourceDocument


def first(rules: tuple[Rule, ...], ctx: Ctx, field: str, trace: list[str]) -> Any:
    """The value of the first rule that finds one (and its name in `trace`)."""
    for name, rule in rules:
        value = rule(ctx)
        if value:
            trace.append(f"header.{field}:{name}")
            return value
    return None


def _named(field: str, name: str, value: Any, trace: list[str]) -> Any:
    if value:
        trace.append(f"header.{field}:{name}")
    return value


def _kind(ctx: Ctx, title: str | None, trace: list[str]) -> DocKind | None:
    return (first(KIND_RULES, ctx, "kind", trace)
            or _named("kind", "amending_title", kinds_.kind_amending_title(ctx, title), trace)
            or _named("kind", "progress_act", kinds_.kind_progress_act(ctx, title), trace)
            or _named("kind", "title_names", kinds_.kind_title_names(ctx, title), trace)
            or _named("kind", "task_title", kinds_.kind_task_title(ctx, title), trace)
            or _named("kind", "name_row_sentence", kinds_.kind_title_names(
                ctx, title_page_.row_sentence(ctx)), trace)
            or first(LATE_KIND_RULES, ctx, "kind", trace))


def _period(ctx: Ctx, title: str | None, kind: DocKind | None, trace: list[str]) -> str | None:
    if title and not _heading(title):  # the uploader's years, never the plan's term
        trace.append("header.period:not_of_file_label")
        title = None
    # a task report's note: the task's term it names, else the quarter it reports on
    return (_named("period", "task_note", task_note_.note_period(ctx), trace)
            or _named("period", "labelled", period_.period_labelled(ctx), trace)
            or _named("period", "budget_cycle", period_.period_budget_cycle(ctx, title), trace)
            or _named("period", "passport_heading", period_.period_of_passport(ctx), trace)
            # "… программы «… на 2015 – 2020 годы» за 2016 -2017 учебный год": the reported years
            or _named("period", "reported_in_title", period_report_.period_reported_in_title(
                ctx, title, kind == "report"), trace)
            or _named("period", "title", period_.period_from_title(ctx, title), trace)
            or _named("period", "shift", period_.period_of_shift(ctx), trace)
            or _named("period", "report_year", period_.period_of_report_year(
                ctx, title if kind == "report" else None), trace)
            # an act about something else: the years of the plan it approves
            or _named("period", "plan_heading",
                      period_.period_from_title(ctx, _heading(title_.plan_heading(ctx))), trace)
            or _named("period", "row_sentences", title_page_.period_of_row_sentences(ctx), trace)
            or _named("period", "top", period_.period_from_top(ctx, kind == "report"), trace)
            or _named("period", "approving_clause", period_.period_of_approving_clause(
                ctx, (kinds_.approving_clause(ctx) or (None, None))[1]), trace)
            or _named("period", "intro", period_.period_from_intro(ctx, kind == "report"), trace)
            or _named("period", "under_report_title", period_report_.period_under_title(
                ctx, title, kind == "report"), trace)
            or _named("period", "report_heading_as_of", period_forms_.period_of_report_heading(
                ctx, title, kind), trace)
            or _named("period", "opening_sentence", period_.period_of_opening_sentence(
                ctx, kind == "report"), trace)
            # "Самообследование … проведено … в сроки с 01.02.2015 г. по 01.04.2015 г."
            or _named("period", "examination_dates", period_report_.period_of_examination_dates(
                ctx, kind == "report"), trace)
            or _named("period", "place_line", period_.period_of_place_line(
                ctx, title, kind == "report"), trace)
            or _named("period", "defined_plan", defined_plan_.period_of_defined_plan(
                ctx, kind == "report"), trace)
            or _named("period", "plan_in_table", period_.period_of_plan_row(ctx), trace)
            or _named("period", "indicator_years", period_.period_from_indicators(ctx), trace))


def _heading(text: str | None) -> str | None:
    """A heading whose years may be a term: no file's label."""
    return None if file_label_.is_file_label(text) else text


# An act or a report names its institution in full (the legal entity acting or reporting);
# the institution's own plans go by the short name its letterhead gives.
_FULL_NAME_KINDS = ("order", "report")


def _issuer(ctx: Ctx, title: str | None, kind: DocKind | None, signed: tuple,
            places: tuple[str | None, ...], trace: list[str]) -> str | None:
    """The issuer the rules find, cleaned of what the page printed around it (issuer_clean)."""
    name = _issuer_named(ctx, title, kind, signed, places, trace)
    if name and issuer_clean_.generic(ctx, name):  # "Муниципального учреждения": no one's name
        trace.append("header.issuer:generic_dropped")
        return None
    got = issuer_clean_.cleaned(ctx, name, trace) if name else name
    return finish_.finish(ctx, got) if got and got != name else name


def _issuer_named(ctx: Ctx, title: str | None, kind: DocKind | None, signed: tuple,
                  places: tuple[str | None, ...], trace: list[str]) -> str | None:
    name = _issuer_of_kind(ctx, title, kind, signed, places, trace)
    # "учреждение «Средней общеобразовательной школы № 9»": declined with a citing sentence
    nominative = type_name_.quoted_in_nominative(ctx, name) if name else name
    return _named("issuer", "quoted_nominative", nominative, trace) if nominative != name \
        else name


def _issuer_of_kind(ctx: Ctx, title: str | None, kind: DocKind | None, signed: tuple,
                    places: tuple[str | None, ...], trace: list[str]) -> str | None:
    holder = task_subject_.approves_task(ctx, title)
    if holder:  # "Об утверждении муниципального задания … учреждения «…»": the task's holder
        trace.append("header.issuer:task_holder_skipped")
    name = _issuer_found(ctx, None if holder else title, signed, places, trace,
                         kind == "report")
    if not name and not holder:  # the last resort: the institution names at the top vote
        voted = issuer_vote_.issuer_vote(ctx, kind == "order", trace)
        name = _named("issuer", "issuer_vote", finish_.finish(ctx, voted), trace) \
            if voted else None
    # a report keeps the full name even where its letterhead closes with the short one in
    # parentheses (docs/CONTRACT.md, issuer); the institution's own plans take the short one
    if kind == "report" and name and not institution_.is_full_name(ctx, name):
        full = full_name_.full_name_in_head(ctx, name)
        if full:  # a grif's short name under the letterhead's full one
            return _named("issuer", "report_full_name", finish_.finish(ctx, full), trace)
    short = short_.letterhead_short_name(ctx) if kind not in _FULL_NAME_KINDS else None
    # a short name already found (a grif's "Директор МОУ …") is kept as it prints it
    if short and (not name or institution_.is_full_name(ctx, name)):
        return _named("issuer", "letterhead_short_name", finish_.finish(ctx, short), trace)
    # a passport's full-name field closing with the short name says it as a letterhead does
    short = short_.form_short_name(ctx) if kind not in _FULL_NAME_KINDS and kind else None
    if short and (not name or institution_.is_full_name(ctx, name)):
        return _named("issuer", "form_short_name", finish_.finish(ctx, short), trace)
    return name


def _issuer_found(ctx: Ctx, title: str | None, signed: tuple,
                  places: tuple[str | None, ...], trace: list[str], report: bool) -> str | None:
    name = (first(ISSUER_RULES, ctx, "issuer", trace)
            or _named("issuer", "title_school", settlement_tail_.with_settlement(
                ctx, title, institution_.issuer_from_title(ctx, title)), trace)
            # "Директор школы" approves "План … в МБОУ «…»": the school the title names
            or _named("issuer", "title_school_of_head", head_school_.school_of_head(
                ctx, title, tuple(s.position for s in signed)), trace)
            or _named("issuer", "name_row_school", institution_.issuer_from_title(
                ctx, title_page_.row_sentence(ctx)), trace)
            # "… учреждения «Детский сад № 22» Лесного района": the place printed after it
            or _named("issuer", "title_full_name_place",
                      full_name_.full_name_and_place_in_title(ctx, title), trace)
            or _named("issuer", "title_full_name", full_name_.full_name_in_title(ctx, title),
                      trace)
            or _named("issuer", "heading_full_name_place", owner_.owner_in_heading(ctx, True),
                      trace)
            or _named("issuer", "heading_full_name", owner_.owner_in_heading(ctx), trace)
            # "Отчет о … за 2024 год" / "Муниципального … учреждения" / "«Детский сад …»"
            or _named("issuer", "report_owner_lines", owner_.owner_under_title(ctx, title)
                      if report else None, trace)
            # "Анализ работы … за 2014 год Муниципальное … учреждение … осуществляет …"
            or _named("issuer", "report_owner_after_title", owner_.owner_after_title(ctx, title)
                      if report else None, trace)
            # "Самообследование <institution in the genitive> проведено …"
            or _named("issuer", "assessed_owner", owner_.owner_assessed(ctx), trace)
            # "Аналитический отчёт МКОУ «…» (далее – Школа) …": a report's own institution
            or _named("issuer", "defined_institution", defined_name_.defined_institution(ctx)
                      if title_report_.report_title(ctx) else None, trace)
            or _named("issuer", "passport_body", institution_passport_.issuer_from_passport(
                ctx, bool(signed)), trace)
            or _named("issuer", "passport_school",
                      institution_passport_.issuer_from_passport_school(ctx), trace)
            # "Автор: …" / "Организация: МБОУ …": a publication site's card over the text
            or _named("issuer", "author_card", author_card_.issuer_of_author_card(ctx), trace)
            or _named("issuer", "signatory", order_.issuer_from_signatory(ctx, signed), trace)
            # "Паспорт Программы развития МБДОУ «…»": a contents row names the plan's owner
            or _named("issuer", "contents_owner", contents_plan_.contents_owner(ctx), trace)
            or _named("issuer", "caps_title_full_name",
                      full_name_.full_name_in_caps_title(ctx, title), trace)
            or _named("issuer", "numbered_title_full_name",
                      full_name_.numbered_full_name_in_title(ctx, title), trace)
            # "Программа развития Второй Лесной Гимназии": a school named without its form
            or _named("issuer", "plain_owner", owner_plain_.plain_owner(ctx, title), trace)
            # "Паспорт программы развития МУ ДО «…» на …" opening the page, no title read
            or _named("issuer", "heading_owner", heading_owner_.owner_in_heading(ctx), trace)
            # "Распоряжение от … № …" alone: the control item and the act's own earlier act
            or _named("issuer", "own_acts", own_body_.issuer_from_own_acts(ctx), trace)
            # "Собрание депутатов района решило:" alone: completed by the place (below)
            or _named("issuer", "nameless_operative", operative_.nameless_operative_body(ctx),
                      trace)
            # "Программа мероприятий Управления образования …, посвященных …": the plan's owner
            or _named("issuer", "title_owner_body", title_body_.owner_body_in_title(ctx, title),
                      trace))
    if not name:
        return None
    name = finish_.balanced_quotes(name)
    if trace[-1:] == ["header.issuer:amendment_note"]:
        # "(в ред. Постановления Правительства области …)": a note names the amending body as
        # its own text does — a place the title names is not added to it
        return finish_.finish(ctx, name)
    top = issuer_title_.issuer_from_title_page(ctx) or issuer_title_.letterhead_above_grif(ctx)
    if top and top != name and institution_.same_institution(ctx, name, top, initials=report):
        name = _named("issuer", "letterhead_in_full", top, trace)  # the grif's short name
    elif (head := issuer_title_.letterhead_above_grif(ctx)) and head != name \
            and finish_.same_print(head, name):
        # "МОБУ СОШ № 12" in the letterhead, "МОБУ СОШ №12" in the grif: the letterhead's print
        name = _named("issuer", "letterhead_spelling", head, trace)
    full = owner_.owner_in_full(ctx, name) if institution_.form_word(
        ctx, name.split()[0]) else None
    if full:
        name = _named("issuer", "owner_in_full", full, trace)  # "… / Детского сада № 45 «…»"
    named = finish_.with_place(ctx, name, places)
    if named != name:
        name = _named("issuer", "named_place", named, trace)
    named = finish_.with_title_place(ctx, name, title)
    if named != name:
        name = _named("issuer", "title_place", named, trace)
    named = finish_.with_title_place(ctx, name, finish_.top_text(ctx))
    if named != name:  # "… администрации города Мегиона" in a passport row under the stamp
        name = _named("issuer", "top_place", named, trace)
    named = grifs_.with_town(ctx, name)
    if named != name:
        name = _named("issuer", "school_town", named, trace)
    # "к приказу Управления образования": the letterhead names the same body in full
    full = issuer_.issuer_from_header_block(ctx)
    if "header.issuer:grif_head" in trace and not (
            full and finish_.completes(ctx, nominative_head(name, ctx), full)):
        # "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ / АДМИНИСТРАЦИИ … ОКРУГА" over "УТВЕРЖДАЮ / Начальник
        # управления образования": a plan's letterhead above its grif names it in full
        full = issuer_title_.letterhead_above_grif(ctx, short_stands=False)
    if full and finish_.completes(ctx, nominative_head(name, ctx), full):
        name = _named("issuer", "letterhead_completes", full, trace)
    placed = letterhead_place_.letterhead_with_place(ctx, name)
    if placed:  # "… Земское Собрание решает:" under "ЗЕМСКОЕ СОБРАНИЕ N-СКОГО … РАЙОНА"
        name = _named("issuer", "letterhead_with_place", placed, trace)
    placed = letterhead_place_.heading_with_place(ctx, name)
    if placed:  # "ГОРОДСКОЙ ОКРУГ N / СОВЕТ ДЕПУТАТОВ" under "Решение Совета депутатов … N от …"
        name = _named("issuer", "heading_with_place", placed, trace)
    closed = finish_.closed_as_printed(ctx, name, title)
    if closed != name:  # a grif's wrapped name that lost its closing quote
        name = _named("issuer", "quote_as_printed", closed, trace)
    return finish_.finish(ctx, name)


_TOP_LINES = 12  # a site's heading stands over the act


def document_facts(ctx: Ctx, trace: list[str]) -> DraftDocument:
    """The DraftDocument of `ctx`'s document."""
    title = first(TITLE_RULES, ctx, "title", trace)
    if title and (cut := cut_name(ctx, title)):
        trace.append(f"header.title_end:{cut}")
    if title and ctx.memo.get(cover_vote_.KEY):  # a card's label lost to the cover's heading
        trace.append(f"header.title:cover_vote:{ctx.memo[cover_vote_.KEY]}")
    if title and ctx.memo.get(news_heading_.KEY):  # a site's news heading over the own heading
        trace.append(f"header.title:news_heading:{ctx.memo[news_heading_.KEY]}")
    # the clean copy is a block of its own or a line of one (a text export's heading lines)
    clean = lost_spaces_.clean_copy(title, [c.text for c in ctx.head] + [
        line.text for line in ctx.top[:_TOP_LINES]]) if title else None
    if clean:
        title = _named("title", "clean_copy", clean, trace)
    known = title or ctx.found.document.title
    req = first(ORDER_RULES, ctx, "order", trace)
    fuller = order_.with_fuller_number(ctx, req)
    if fuller is not req:
        req = _named("order", "fuller_number", fuller, trace)
    act = _named("act_type", "named", order_.act_type(ctx) or (req.act_type if req else None),
                 trace)
    grif_rules: list[str] = []
    signed = signatories(ctx, grif_rules)
    _named("signatories", "name_lines", signed, trace)
    lost = None if signed else lost_opener_.signatory_over_order(ctx)
    if lost:
        signed = (_named("signatories", "lost_opener", lost, trace),)
    trace += [f"header.signatories:{r}" for r in dict.fromkeys(grif_rules)]
    place = place_phrase_.municipality(ctx, known)
    region = _named("region", "pattern", place_phrase_.region(ctx, known), trace) or _named(
        "region", "abbreviation", region_abbr_.region_of_abbreviation(ctx), trace) or _named(
        "region", "lower_case", region_abbr_.region_in_lower_case(
            known, ctx.vocab.region_abbreviations), trace)
    kind = _kind(ctx, known, trace)
    issuer = _issuer(ctx, known, kind, signed, (place, region), trace)
    _named("municipality", "pattern", place, trace)
    # the body's name broken over lines ("… администрации N-ского" / "городского округа")
    if not place and issuer:
        place = _named("municipality", "issuer", place_phrase_.municipality_of(ctx, issuer),
                       trace)
    if not region and issuer:  # a grif's "… района Алтайского" / "края" joined in the issuer
        region = _named("region", "issuer", place_phrase_.region_of(ctx, issuer), trace)
    if not place:  # the hint natasha weighs downstream ("Заречный" / "2020")
        _named("municipality_hint", "place_over_year", place_line_.place_over_year(ctx), trace)
    return DraftDocument(
        kind=kind,
        title=title,
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
    _named("goals", "statement", goals, trace)
    _named("tasks", "after_goal", tasks, trace)
    tasks += _named("tasks", "heading", goals_.tasks_from_text(ctx), trace) or []
    if not ctx.found.goals:
        rows = goals_.from_rows(ctx, ctx.vocab.goal_words)
        goals = _named("goals", "passport_row", rows, trace) + goals if rows else goals
    if not ctx.found.tasks:
        rows = goals_.from_rows(ctx, ctx.vocab.task_words, plural_only=True)
        tasks = _named("tasks", "passport_row", rows, trace) + tasks if rows else tasks
    if not tasks and not ctx.found.tasks:
        tasks = _named("tasks", "sentence", task_sentence_.tasks_of_sentence(ctx), trace) or []
    if not goals and not ctx.found.goals:
        goals = _named("goals", "sentence", goal_sentence_.goals_of_sentence(ctx), trace) or []
    if not (goals or ctx.found.goals) or not (tasks or ctx.found.tasks):
        # a passport whose PDF text stacks its cells as lines, labels without separators:
        # read only for what no rule above found (its rows may be read as rows already)
        more_goals, more_tasks = passport_stack_.goals_tasks(ctx)
        if not (goals or ctx.found.goals):
            goals = _named("goals", "stacked_passport", more_goals, trace) or []
        if not (tasks or ctx.found.tasks):
            tasks = _named("tasks", "stacked_passport", more_tasks, trace) or []
    return goals_.dedupe(goals, ctx.found.goals), goals_.dedupe(tasks, ctx.found.tasks)


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
    ctx = Ctx(chunks=tuple(read), found=found, tools=tools, vocab=vocab)
    trace: list[str] = cuts
    rows: list[str] = []
    columns = interleave.untangled(ctx, rows)
    if columns is not None:
        ctx = Ctx(chunks=columns, found=found, tools=tools, vocab=vocab)
        trace += [f"header.grif_columns:{rule}" for rule in rows]
    ctx.memo[site_ref_.KEY] = site_ref_.reference_line(raw, vocab)  # chrome, dropped above
    document = document_facts(ctx, trace)
    goals, tasks = goals_and_tasks(ctx, trace)
    return Found(document=document, goals=goals, tasks=tasks, trace=tuple(trace),
                 overrides=frozenset({"title"} if document.title else ()))
