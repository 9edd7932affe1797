"""The document's issuer as the rules find it (the ISSUER_RULES of extract/facts/rule_tables.py,
then the named rules after them), completed from the letterhead, the title and the place, and
cleaned of what the page printed around it. Asked by extract/facts/header.py."""

from __future__ import annotations

from extract.facts import author_card as author_card_
from extract.facts import contents_plan as contents_plan_
from extract.facts import defined_name as defined_name_
from extract.facts import grif_misprint as grif_misprint_
from extract.facts import grifs as grifs_
from extract.facts import head_school as head_school_
from extract.facts import heading_owner as heading_owner_
from extract.facts import held_title_owner as held_title_
from extract.facts import institution as institution_
from extract.facts import institution_full_name as full_name_
from extract.facts import institution_passport as institution_passport_
from extract.facts import issuer as issuer_
from extract.facts import issuer_clean as issuer_clean_
from extract.facts import issuer_finish as finish_
from extract.facts import issuer_title_page as issuer_title_
from extract.facts import issuer_vote as issuer_vote_
from extract.facts import letterhead_place as letterhead_place_
from extract.facts import official_signer as official_
from extract.facts import operative as operative_
from extract.facts import order as order_
from extract.facts import own_body as own_body_
from extract.facts import own_site as own_site_
from extract.facts import owner as owner_
from extract.facts import owner_after_period as owner_period_
from extract.facts import owner_plain as owner_plain_
from extract.facts import report_full_name as report_full_
from extract.facts import settlement_tail as settlement_tail_
from extract.facts import short_name as short_
from extract.facts import site_header as site_header_
from extract.facts import task_subject as task_subject_
from extract.facts import title_body as title_body_
from extract.facts import title_page as title_page_
from extract.facts import title_report as title_report_
from extract.facts import type_name as type_name_
from extract.facts import unit_letterhead as unit_
from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.rule_tables import (
    ISSUER_RULES,
    first,
    traced,
)
from extract.models import DocKind

# An act or a report names its institution in full (the legal entity acting or reporting);
# the institution's own plans go by the short name its letterhead gives.
_FULL_NAME_KINDS = ("order", "report")


def document_issuer(ctx: Ctx, title: str | None, kind: DocKind | None, signed: tuple,
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
    return traced("issuer", "quoted_nominative", nominative, trace) if nominative != name \
        else name


def _issuer_of_kind(ctx: Ctx, title: str | None, kind: DocKind | None, signed: tuple,
                    places: tuple[str | None, ...], trace: list[str]) -> str | None:
    holder = task_subject_.approves_task(ctx, title)
    if holder:  # "Об утверждении муниципального задания … учреждения «…»": the task's holder
        trace.append("header.issuer:task_holder_skipped")
    name = _issuer_found(ctx, None if holder else title, signed, places, trace,
                         kind == "report")
    unit = unit_.unit_of_signer(ctx, name, [s.position for s in signed]) if name else None
    if unit:  # the parent's name over the unit's line, the unit's head signing
        name = traced("issuer", "unit_of_signer", unit, trace)
    if not name and not holder and ctx.memo.get(site_header_.KEY):  # the site's header line
        name = traced("issuer", "site_header", finish_.finish(ctx, ctx.memo[site_header_.KEY]),
                      trace)
    if not name and not holder:  # the last resort: the institution names at the top vote
        voted = issuer_vote_.issuer_vote(ctx, kind == "order", trace)
        name = traced("issuer", "issuer_vote", finish_.finish(ctx, voted), trace) \
            if voted else None
    if not name and not holder and kind == "report":  # "Справка о проделанной работе в МДОУ …"
        name = traced("issuer", "held_report_title", held_title_.held_report_owner(ctx, title),
                      trace)
    # a report keeps the full name even where its letterhead closes with the short one in
    # parentheses (docs/CONTRACT.md, issuer); the institution's own plans take the short one
    if kind == "report" and name and not institution_.is_full_name(ctx, name):
        # a grif's short name under the letterhead's full one, the card's or the title's
        full = report_full_.full_name_of_report(ctx, name, title)
        if full:
            return traced("issuer", full[1], finish_.finish(ctx, full[0]), trace)
    short = short_.letterhead_short_name(ctx) if kind not in _FULL_NAME_KINDS else None
    # a short name already found (a grif's "Директор МОУ …") is kept as it prints it
    if short and (not name or institution_.is_full_name(ctx, name)):
        return traced("issuer", "letterhead_short_name", finish_.finish(ctx, short), trace)
    # a passport's full-name field closing with the short name says it as a letterhead does
    short = short_.form_short_name(ctx) if kind not in _FULL_NAME_KINDS and kind else None
    if short and (not name or institution_.is_full_name(ctx, name)):
        return traced("issuer", "form_short_name", finish_.finish(ctx, short), trace)
    return name


def _issuer_found(ctx: Ctx, title: str | None, signed: tuple,
                  places: tuple[str | None, ...], trace: list[str], report: bool) -> str | None:
    name = (first(ISSUER_RULES, ctx, "issuer", trace)
            or traced("issuer", "title_school", settlement_tail_.with_settlement(
                ctx, title, institution_.issuer_from_title(ctx, title)), trace)
            # "План … по подготовке … в 2024 году МБОУ «…»": the school after the years
            or traced("issuer", "title_school_after_period", settlement_tail_.with_settlement(
                ctx, title, owner_period_.owner_after_period(ctx, title)), trace)
            # "Директор школы" approves "План … в МБОУ «…»": the school the title names
            or traced("issuer", "title_school_of_head", head_school_.school_of_head(
                ctx, title, tuple(s.position for s in signed)), trace)
            or traced("issuer", "name_row_school", institution_.issuer_from_title(
                ctx, title_page_.row_sentence(ctx)), trace)
            # "… учреждения «Детский сад № 22» Лесного района": the place printed after it
            or traced("issuer", "title_full_name_place",
                      full_name_.full_name_and_place_in_title(ctx, title), trace)
            or traced("issuer", "title_full_name", full_name_.full_name_in_title(ctx, title),
                      trace)
            # "Программа развития Муниципального … учреждения средней общеобразовательной
            # школы города Энска на …": an unquoted type name, in the nominative with its place
            or traced("issuer", "title_typed_full_name",
                      report_full_.typed_full_name(ctx, title) if title else None, trace)
            or traced("issuer", "heading_full_name_place", owner_.owner_in_heading(ctx, True),
                      trace)
            or traced("issuer", "heading_full_name", owner_.owner_in_heading(ctx), trace)
            # "Отчет о … за 2024 год" / "Муниципального … учреждения" / "«Детский сад …»"
            or traced("issuer", "report_owner_lines", owner_.owner_under_title(ctx, title)
                      if report else None, trace)
            # "Отчет по проведению … в 2017 году" / "МОБУ Лесная СОШ № 2 и филиал …"
            # "Аналитическая записка" / "о результатах … за 2019 год" / "МБОУ ООШ № 4 г. …"
            or traced("issuer", "report_short_owner_line", owner_.short_owner_under_title(
                ctx, title) if report else None, trace)
            # "Анализ работы … за 2014 год Муниципальное … учреждение … осуществляет …"
            or traced("issuer", "report_owner_after_title", owner_.owner_after_title(ctx, title)
                      if report else None, trace)
            # "Самообследование <institution in the genitive> проведено …"
            or traced("issuer", "assessed_owner", owner_.owner_assessed(ctx), trace)
            # "Аналитический отчёт МКОУ «…» (далее – Школа) …": a report's own institution
            or traced("issuer", "defined_institution", defined_name_.defined_institution(ctx)
                      if title_report_.report_title(ctx) else None, trace)
            or traced("issuer", "passport_body", institution_passport_.issuer_from_passport(
                ctx, bool(signed)), trace)
            or traced("issuer", "passport_school",
                      institution_passport_.issuer_from_passport_school(ctx), trace)
            # "Автор: …" / "Организация: МБОУ …": a publication site's card over the text
            or traced("issuer", "author_card", author_card_.issuer_of_author_card(ctx), trace)
            or traced("issuer", "signatory", order_.issuer_from_signatory(ctx, signed), trace)
            # "Паспорт Программы развития МБДОУ «…»": a contents row names the plan's owner
            or traced("issuer", "contents_owner", contents_plan_.contents_owner(ctx), trace)
            or traced("issuer", "caps_title_full_name",
                      full_name_.full_name_in_caps_title(ctx, title), trace)
            or traced("issuer", "numbered_title_full_name",
                      full_name_.numbered_full_name_in_title(ctx, title), trace)
            # "Программа развития Второй Лесной Гимназии": a school named without its form
            or traced("issuer", "plain_owner", owner_plain_.plain_owner(ctx, title), trace)
            # "Паспорт программы развития МУ ДО «…» на …" opening the page, no title read
            or traced("issuer", "heading_owner", heading_owner_.owner_in_heading(ctx), trace)
            # "Распоряжение от … № …" alone: the control item and the act's own earlier act
            or traced("issuer", "own_acts", own_body_.issuer_from_own_acts(ctx), trace)
            # "… разместить настоящий приказ на сайте министерства …": the act's own site
            or traced("issuer", "own_site", own_site_.issuer_from_own_site(ctx), trace)
            # "Губернатор N-ской области  А.Б. Орлов" under an act naming no body
            or traced("issuer", "official_signer", official_.issuer_of_official(ctx, signed),
                      trace)
            # "Собрание депутатов района решило:" alone: completed by the place (below)
            or traced("issuer", "nameless_operative", operative_.nameless_operative_body(ctx),
                      trace)
            # "Программа мероприятий Управления образования …, посвященных …": the plan's owner
            or traced("issuer", "title_owner_body", title_body_.owner_body_in_title(ctx, title),
                      trace))
    if not name:
        return None
    name = finish_.balanced_quotes(name)
    if trace[-1:] == ["header.issuer:amendment_note"]:
        # "(в ред. Постановления Правительства области …)": a note names the amending body as
        # its own text does — a place the title names is not added to it
        return finish_.finish(ctx, name)
    top = issuer_title_.issuer_from_title_page(ctx) or issuer_title_.letterhead_above_grif(ctx)
    if top and top != name and (institution_.same_institution(ctx, name, top, initials=report)
                                or grif_misprint_.same_quoted_name(ctx, name, top)):
        name = traced("issuer", "letterhead_in_full", top, trace)  # the grif's short name
    elif (head := issuer_title_.letterhead_above_grif(ctx)) and head != name \
            and finish_.same_print(head, name):
        # "МОБУ СОШ № 12" in the letterhead, "МОБУ СОШ №12" in the grif: the letterhead's print
        name = traced("issuer", "letterhead_spelling", head, trace)
    full = owner_.owner_in_full(ctx, name) if institution_.form_word(
        ctx, name.split()[0]) else None
    if full:
        name = traced("issuer", "owner_in_full", full, trace)  # "… / Детского сада № 45 «…»"
    named = finish_.with_place(ctx, name, places)
    if named != name:
        name = traced("issuer", "named_place", named, trace)
    named = finish_.with_title_place(ctx, name, title)
    if named != name:
        name = traced("issuer", "title_place", named, trace)
    named = finish_.with_title_place(ctx, name, finish_.top_text(ctx))
    if named != name:  # "… администрации города Мегиона" in a passport row under the stamp
        name = traced("issuer", "top_place", named, trace)
    named = grifs_.with_town(ctx, name)
    if named != name:
        name = traced("issuer", "school_town", named, trace)
    # "к приказу Управления образования": the letterhead names the same body in full
    full = issuer_.issuer_from_header_block(ctx)
    if "header.issuer:grif_head" in trace and not (
            full and finish_.completes(ctx, nominative_head(name, ctx), full)):
        # "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ / АДМИНИСТРАЦИИ … ОКРУГА" over "УТВЕРЖДАЮ / Начальник
        # управления образования": a plan's letterhead above its grif names it in full
        full = issuer_title_.letterhead_above_grif(ctx, short_stands=False)
    if full and finish_.completes(ctx, nominative_head(name, ctx), full):
        name = traced("issuer", "letterhead_completes", full, trace)
    placed = letterhead_place_.letterhead_with_place(ctx, name)
    if placed:  # "… Земское Собрание решает:" under "ЗЕМСКОЕ СОБРАНИЕ N-СКОГО … РАЙОНА"
        name = traced("issuer", "letterhead_with_place", placed, trace)
    placed = letterhead_place_.heading_with_place(ctx, name)
    if placed:  # "ГОРОДСКОЙ ОКРУГ N / СОВЕТ ДЕПУТАТОВ" under "Решение Совета депутатов … N от …"
        name = traced("issuer", "heading_with_place", placed, trace)
    closed = finish_.closed_as_printed(ctx, name, title)
    if closed != name:  # a grif's wrapped name that lost its closing quote
        name = traced("issuer", "quote_as_printed", closed, trace)
    return finish_.finish(ctx, name)
