"""Document facts: kind, title, municipality and region (as written), issuer, order number and
date, period, signatories, goals and tasks.

Every field is decided by an ordered list of small named rules (modules extract/facts/*.py,
vocabulary in extract/vocab/facts.yaml and doc_kinds.yaml): the first rule that returns a value
wins, and `Found.trace` records it as "header.<field>:<rule>".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extract.facts import act_body as act_body_
from extract.facts import amended as amended_
from extract.facts import contents_plan as contents_plan_
from extract.facts import defined_name as defined_name_
from extract.facts import developer as developer_
from extract.facts import distributor_field as distributor_
from extract.facts import esign, interleave, passport_lines, reflow, site_chrome
from extract.facts import founder as founder_
from extract.facts import goals as goals_
from extract.facts import grif_order as grif_order_
from extract.facts import grifs as grifs_
from extract.facts import head_school as head_school_
from extract.facts import institution as institution_
from extract.facts import institution_form as institution_form_
from extract.facts import institution_full_name as full_name_
from extract.facts import institution_passport as institution_passport_
from extract.facts import issuer as issuer_
from extract.facts import issuer_finish as finish_
from extract.facts import issuer_title_page as issuer_title_
from extract.facts import kind_vote as kind_vote_
from extract.facts import kinds as kinds_
from extract.facts import letterhead_place as letterhead_place_
from extract.facts import lost_spaces as lost_spaces_
from extract.facts import operative as operative_
from extract.facts import order as order_
from extract.facts import own_body as own_body_
from extract.facts import owner as owner_
from extract.facts import owner_plain as owner_plain_
from extract.facts import passport_stack as passport_stack_
from extract.facts import period as period_
from extract.facts import period_report as period_report_
from extract.facts import place_line as place_line_
from extract.facts import place_phrase as place_phrase_
from extract.facts import region_abbr as region_abbr_
from extract.facts import region_head as region_head_
from extract.facts import restated_text as restated_text_
from extract.facts import run_on as run_on_
from extract.facts import settlement_tail as settlement_tail_
from extract.facts import short_name as short_
from extract.facts import site_reference as site_ref_
from extract.facts import statute_body as statute_body_
from extract.facts import task_report_head as task_report_
from extract.facts import title as title_
from extract.facts import title_approved as title_approved_
from extract.facts import title_page as title_page_
from extract.facts import title_passport as title_passport_
from extract.facts import title_report as title_report_
from extract.facts import title_tables as title_tables_
from extract.facts import twin_grifs as twin_grifs_
from extract.facts.ctx import Ctx
from extract.facts.lines import chunks
from extract.facts.people import signatories
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.models import DocKind, DraftDocument
from extract.tools import ExtractTools
from ingest.models import SourceDocument

Rule = tuple[str, Callable[[Ctx], Any]]

TITLE_RULES: tuple[Rule, ...] = (
    # a task report form's head, its pieces broken by OCR, over a site's label for the file
    ("task_report_head", task_report_.task_report_title),
    ("report_title", title_report_.report_title),
    # a title page's topic heading over an explanatory note's "Наименование программы –
    # программа …" sentence
    ("heading_over_row_sentence", title_page_.heading_over_row_sentence),
    # the heading the passport's own heading repeats, over a name row worded otherwise
    ("heading_repeated_by_passport", title_passport_.heading_repeated_by_passport),
    ("passport_plan_name", title_passport_.passport_plan_name),
    ("plan_title", title_.plan_title),
    ("heading_after_signature", title_approved_.heading_after_signature),
    # "… изменение, изложив ее в следующей редакции:" and the plan's quoted stamp and heading
    ("restated_in_text", restated_text_.title_restated_in_text),
    ("approved_caps_heading", title_approved_.approved_caps_heading),
    ("order_subject", title_.order_subject),
    # a legal site's reference line after the act's text, its heading not shown
    ("site_reference", site_ref_.title_from_reference),
    ("site_title", title_.site_title),
    ("passport_name", title_passport_.passport_name),
    ("appendix_title", title_.appendix_title),
    ("task_heading", title_approved_.task_heading),
    ("section_heading", title_tables_.section_heading),
    ("table_heading", title_tables_.table_heading),
    ("table_plan_row", title_tables_.table_plan_row),
    ("glued_heading", title_tables_.glued_heading),
    ("passport_heading", title_passport_.passport_heading),
)
KIND_RULES: tuple[Rule, ...] = (
    ("report_title", kinds_.kind_report),
    ("reapproves", kinds_.kind_reapproves),
    ("restates", kinds_.kind_restates),
    ("restated_in_text", restated_text_.kind_restated_in_text),
    ("amends", kinds_.kind_amends),
    ("amending_document", kinds_.kind_amending_document),
    ("approves", kinds_.kind_approves),
    ("site_reference", site_ref_.kind_from_reference),
    ("appendix_of", kinds_.kind_appendix_of),
    ("plan_title", kinds_.kind_plan_title),
)
LATE_KIND_RULES: tuple[Rule, ...] = (
    ("after_heading", kinds_.kind_after_heading),
    ("passport", kinds_.kind_passport),
    # "Содержание Программы развития:" over the contents' rows, the page has nothing else
    ("contents", contents_plan_.contents_kind),
    ("approving_clause", kinds_.kind_approving_clause),
    ("bare_order", kinds_.kind_bare_order),
    ("operative_start", kinds_.kind_operative_start),
    ("report_table", kinds_.kind_report_table),
    ("financing_table", kinds_.kind_financing_table),
    ("has_activities", kinds_.kind_has_activities),
    ("activity_table", kinds_.kind_activity_table),
    ("programme_indicators", kinds_.kind_programme_indicators),
    ("indicator_years", kinds_.kind_indicator_years),
    ("genre_vote", kind_vote_.kind_genre_vote),
)
ORDER_RULES: tuple[Rule, ...] = (
    # typed by the system that registered the act: over a scanned header's misread digits
    ("edoc_footer", order_.requisites_from_footer),
    # the original act's stamp repeated in quotes under an item restating the plan whole
    ("restated_in_text", restated_text_.requisites_restated_in_text),
    ("order_header", order_.requisites_from_header),
    ("act_heading", order_.requisites_from_heading),
    ("site_reference", site_ref_.requisites_from_reference),
    ("appendix_line", order_.requisites_from_appendix),
    ("approval_line", order_.requisites_from_approval),
    # "ПРИНЯТ УТВЕРЖДЕНО" / … / "Протокол от … № 12 от … № 412": the approver's order on the right
    ("twin_grifs", twin_grifs_.requisites_beside_council),
    # an appendix page under a site's title amending the act that approved its plan
    ("amended_subject", amended_.requisites_of_amended),
    # an amending act's item restating the appendix of the act it names, the plan printed
    ("restated_original", amended_.requisites_of_restated),
    ("bracket_line", order_.requisites_from_bracket),
)
# The evidence order of the issuer: the body the document's own act names (its stamp, its
# letterhead, its operative sentence, a site's heading, an approval stamp), then the
# institution whose head approves it in a grif, the passport's developer, the body printed
# above a title page, a report form's institution, an amendment note's body; after these rules
# (header._issuer) a school named in the title, the body a passport names responsible (only
# when no act names one and the act is no administration's), and the body that signs.
ISSUER_RULES: tuple[Rule, ...] = (
    ("appendix_line", order_.issuer_from_appendix),
    ("header_block", issuer_.issuer_from_header_block),
    # "РЕСПУБЛИКА N / ПРЕЗИДЕНТ / УКАЗ": the region's head, his title alone under its name
    ("region_official", region_head_.official_of_region),
    # the act's own words ("Правительство Республики N постановляет:") over a site's heading
    ("operative", operative_.operative_body),
    # "Постановление Главы … муниципального образования N-ского района от …" / the subject /
    # "ПОСТАНОВЛЕНИЕ" / "ГЛАВЫ АДМИНИСТРАЦИИ N-СКОГО РАЙОНА": the act's own print under a site's
    ("own_print_under_heading", act_body_.own_print_under_site_heading),
    ("act_heading", order_.issuer_from_heading),
    ("site_reference", site_ref_.issuer_from_reference),
    # "АДМИНИСТРАЦИЯ … РАЙОНА / Распоряжение от … № …" joined into one line: the letterhead above
    ("letterhead_over_heading", issuer_.letterhead_over_heading),
    # "Приказ" / "отдела образования администрации … района": the body under the act's word
    ("below_act_word", act_body_.issuer_below_act_word),
    ("approval_line", order_.issuer_from_approval),
    # a task form's founder over its caption, not the institution the form names
    ("founder_caption", founder_.issuer_over_caption),
    ("grif", institution_.issuer_from_grif),
    # "УТВЕРЖДАЮ / Начальник управления …": the body its head approves for
    ("grif_head", order_.issuer_from_grif_head),
    # "Утверждаю / МДОУ детский сад № 5 / ____ А.Б. Орлова": the institution in the position's place
    ("grif_institution", grif_order_.issuer_from_grif_institution),
    # the body whose order approved the document issued it, not the passport's developer
    ("passport_developer", developer_.issuer_from_developer),
    ("title_page", issuer_title_.issuer_from_title_page),
    # "Принята … / Утверждаю …" / "Муниципальное … учреждение «…»" / "Программа развития …"
    ("under_grifs", issuer_title_.owner_under_grifs),
    # "Департамент … / Муниципальное … учреждение … / Приложение к ООП …": the body over a stamp
    # (the grif rules above found no body in the grif: its letterhead's full name, even over
    # a short name in brackets)
    ("letterhead_over_stamp",
     lambda ctx: issuer_title_.letterhead_above_grif(ctx, short_stands=False)),
    ("form_field", lambda ctx: institution_form_.issuer_from_form(
        ctx, report=bool(title_report_.report_title(ctx)))),
    # a task report form's institution field, its words broken by OCR
    ("task_report_field", task_report_.task_report_issuer),
    # "Наименование главного распорядителя бюджетных средств" / the body: who fills the form in
    ("distributor_field", distributor_.issuer_from_distributor),
    ("amendment_note", order_.issuer_from_amendment),
    ("amended_subject", amended_.issuer_of_amended),
    # a page run into one paragraph: the institution named after its heading's sentence
    ("run_on", run_on_.run_on_issuer),
    # "руководствуясь … Положения о министерстве …, приказываю:": a page opening at the preamble
    ("statute_body", statute_body_.body_of_statute),
)


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
    return (_named("period", "labelled", period_.period_labelled(ctx), trace)
            or _named("period", "budget_cycle", period_.period_budget_cycle(ctx, title), trace)
            or _named("period", "passport_heading", period_.period_of_passport(ctx), trace)
            or _named("period", "title", period_.period_from_title(ctx, title), trace)
            or _named("period", "shift", period_.period_of_shift(ctx), trace)
            or _named("period", "report_year", period_.period_of_report_year(
                ctx, title if kind == "report" else None), trace)
            # an act about something else: the years of the plan it approves
            or _named("period", "plan_heading",
                      period_.period_from_title(ctx, title_.plan_heading(ctx)), trace)
            or _named("period", "row_sentences", title_page_.period_of_row_sentences(ctx), trace)
            or _named("period", "top", period_.period_from_top(ctx, kind == "report"), trace)
            or _named("period", "approving_clause", period_.period_of_approving_clause(
                ctx, (kinds_.approving_clause(ctx) or (None, None))[1]), trace)
            or _named("period", "intro", period_.period_from_intro(ctx, kind == "report"), trace)
            or _named("period", "under_report_title", period_report_.period_under_title(
                ctx, title, kind == "report"), trace)
            or _named("period", "opening_sentence", period_.period_of_opening_sentence(
                ctx, kind == "report"), trace)
            or _named("period", "place_line", period_.period_of_place_line(
                ctx, title, kind == "report"), trace)
            or _named("period", "plan_in_table", period_.period_of_plan_row(ctx), trace)
            or _named("period", "indicator_years", period_.period_from_indicators(ctx), trace))


# An act or a report names its institution in full (the legal entity acting or reporting);
# the institution's own plans go by the short name its letterhead gives.
_FULL_NAME_KINDS = ("order", "report")


def _issuer(ctx: Ctx, title: str | None, kind: DocKind | None, signed: tuple,
            places: tuple[str | None, ...], trace: list[str]) -> str | None:
    name = _issuer_found(ctx, title, signed, places, trace, kind == "report")
    # (a letterhead printing its short name in parentheses says the body goes by it: the
    # grif's short name stands, `letterhead_above_grif`)
    if kind == "report" and name and not institution_.is_full_name(ctx, name) \
            and short_.letterhead_short_name(ctx) is None:
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
            or _named("issuer", "title_full_name", full_name_.full_name_in_title(ctx, title),
                      trace)
            or _named("issuer", "heading_full_name", owner_.owner_in_heading(ctx), trace)
            # "Отчет о … за 2024 год" / "Муниципального … учреждения" / "«Детский сад …»"
            or _named("issuer", "report_owner_lines", owner_.owner_under_title(ctx, title)
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
            or _named("issuer", "signatory", order_.issuer_from_signatory(ctx, signed), trace)
            or _named("issuer", "caps_title_full_name",
                      full_name_.full_name_in_caps_title(ctx, title), trace)
            or _named("issuer", "numbered_title_full_name",
                      full_name_.numbered_full_name_in_title(ctx, title), trace)
            # "Программа развития Второй Лесной Гимназии": a school named without its form
            or _named("issuer", "plain_owner", owner_plain_.plain_owner(ctx, title), trace)
            # "Распоряжение от … № …" alone: the control item and the act's own earlier act
            or _named("issuer", "own_acts", own_body_.issuer_from_own_acts(ctx), trace)
            # "Собрание депутатов района решило:" alone: completed by the place (below)
            or _named("issuer", "nameless_operative", operative_.nameless_operative_body(ctx),
                      trace))
    if not name:
        return None
    name = finish_.balanced_quotes(name)
    top = issuer_title_.issuer_from_title_page(ctx) or issuer_title_.letterhead_above_grif(ctx)
    if top and top != name and institution_.same_institution(ctx, name, top, initials=report):
        name = _named("issuer", "letterhead_in_full", top, trace)  # the grif's short name
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
    if full and finish_.completes(ctx, order_.nominative_head(name, ctx), full):
        name = _named("issuer", "letterhead_completes", full, trace)
    placed = letterhead_place_.letterhead_with_place(ctx, name)
    if placed:  # "… Земское Собрание решает:" under "ЗЕМСКОЕ СОБРАНИЕ N-СКОГО … РАЙОНА"
        name = _named("issuer", "letterhead_with_place", placed, trace)
    placed = letterhead_place_.heading_with_place(ctx, name)
    if placed:  # "ГОРОДСКОЙ ОКРУГ N / СОВЕТ ДЕПУТАТОВ" under "Решение Совета депутатов … N от …"
        name = _named("issuer", "heading_with_place", placed, trace)
    return finish_.finish(ctx, name)


_TOP_LINES = 12  # a site's heading stands over the act


def document_facts(ctx: Ctx, trace: list[str]) -> DraftDocument:
    """The DraftDocument of `ctx`'s document."""
    title = first(TITLE_RULES, ctx, "title", trace)
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
        period_text=_period(ctx, known, kind, trace),
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
        tasks = _named("tasks", "sentence", goals_.tasks_of_sentence(ctx), trace) or []
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
    read = reflow.reflowed(esign.without_esign(
        site_chrome.without_chrome(raw, vocab), vocab), vocab)
    read = passport_lines.passport_rows(read, tools, vocab)
    ctx = Ctx(chunks=tuple(read), found=found, tools=tools, vocab=vocab)
    columns = interleave.untangled(ctx)
    if columns is not None:
        ctx = Ctx(chunks=columns, found=found, tools=tools, vocab=vocab)
    ctx.memo[site_ref_.KEY] = site_ref_.reference_line(raw, vocab)  # chrome, dropped above
    trace: list[str] = []
    document = document_facts(ctx, trace)
    goals, tasks = goals_and_tasks(ctx, trace)
    return Found(document=document, goals=goals, tasks=tasks, trace=tuple(trace),
                 overrides=frozenset({"title"} if document.title else ()))
