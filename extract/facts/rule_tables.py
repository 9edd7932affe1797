"""The rule tables of the document facts (extract/facts/header.py runs them): for each field,
its named rules in the order of the evidence — the first that returns a value wins, and
`--debug` names it as "header.<field>:<rule>" (`first` runs a table, `traced` records a rule
run alone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extract.facts import act_body as act_body_
from extract.facts import amended as amended_
from extract.facts import appendix_act as appendix_act_
from extract.facts import approved_name as approved_name_
from extract.facts import bare_act as bare_act_
from extract.facts import branch_letterhead as branch_
from extract.facts import campaign_report as campaign_
from extract.facts import card_head as card_head_
from extract.facts import conclusion as conclusion_
from extract.facts import contents_plan as contents_plan_
from extract.facts import cover_heading as cover_heading_
from extract.facts import defined_plan as defined_plan_
from extract.facts import developer as developer_
from extract.facts import distributor_field as distributor_
from extract.facts import events_plan as events_plan_
from extract.facts import founder as founder_
from extract.facts import grif_order as grif_order_
from extract.facts import grifs_abreast as grifs_abreast_
from extract.facts import held_event as held_event_
from extract.facts import institution as institution_
from extract.facts import institution_form as institution_form_
from extract.facts import issuer as issuer_
from extract.facts import issuer_title_page as issuer_title_
from extract.facts import kind_vote as kind_vote_
from extract.facts import kinds as kinds_
from extract.facts import kinds_tables as kinds_tables_
from extract.facts import letterhead_heading as letterhead_heading_
from extract.facts import lost_opener as lost_opener_
from extract.facts import operative as operative_
from extract.facts import order as order_
from extract.facts import passport_act as passport_act_
from extract.facts import plan_owner_act as plan_owner_act_
from extract.facts import preamble_act as preamble_act_
from extract.facts import region_head as region_head_
from extract.facts import restated_text as restated_text_
from extract.facts import run_on as run_on_
from extract.facts import school_order as school_order_
from extract.facts import site_reference as site_ref_
from extract.facts import statute_body as statute_body_
from extract.facts import table_caption as table_caption_
from extract.facts import task_form_head as task_form_
from extract.facts import task_note as task_note_
from extract.facts import task_report_head as task_report_
from extract.facts import title as title_
from extract.facts import title_appendix as title_appendix_
from extract.facts import title_approved as title_approved_
from extract.facts import title_page as title_page_
from extract.facts import title_passport as title_passport_
from extract.facts import title_report as title_report_
from extract.facts import title_tables as title_tables_
from extract.facts import twin_grifs as twin_grifs_
from extract.facts import viewer_label as viewer_label_
from extract.facts.ctx import Ctx

Rule = tuple[str, Callable[[Ctx], Any]]

TITLE_RULES: tuple[Rule, ...] = (
    # a task report form's head, its pieces broken by OCR, over a site's label for the file
    ("task_report_head", task_report_.task_report_title),
    # a site's card title on top ("Отчет по самообследованию за 2021 год") over the cover and
    # the document's own heading naming the institution or the period (CONTRACT `title`)
    ("own_heading_under_card", card_head_.own_heading_under_card),
    ("report_title", title_report_.report_title),
    # a title page's topic heading over an explanatory note's "Наименование программы –
    # программа …" sentence
    ("heading_over_row_sentence", title_page_.heading_over_row_sentence),
    # the heading the passport's own heading repeats, over a name row worded otherwise
    ("heading_repeated_by_passport", title_passport_.heading_repeated_by_passport),
    ("passport_plan_name", title_passport_.passport_plan_name),
    # grifs / "Материалы для подготовки …" and its owner / the town and the school year, the
    # plan's own heading further down: the title page's heading names the document
    ("cover_heading", cover_heading_.cover_heading),
    ("plan_title", title_.plan_title),
    ("heading_after_signature", title_approved_.heading_after_signature),
    # "… изменение, изложив ее в следующей редакции:" and the plan's quoted stamp and heading
    ("restated_in_text", restated_text_.title_restated_in_text),
    ("approved_caps_heading", title_approved_.approved_caps_heading),
    ("order_subject", title_.order_subject),
    # a legal site's reference line after the act's text, its heading not shown
    ("site_reference", site_ref_.title_from_reference),
    ("site_title", title_.site_title),
    # "ПРИКАЗ … ПРИКАЗЫВАЮ: 1. Утвердить «План работы …»", no subject line: the plan's name
    ("approved_name", approved_name_.approved_name),
    ("passport_name", title_passport_.passport_name),
    # a task form flattened into one run: its heading in capitals inside it, with its years
    ("task_heading_in_run", title_approved_.task_heading_in_run),
    # a task form's head scattered by its layout: "№" / "на 20 22" / fields / "1" / "год и …"
    ("task_form_scatter", task_form_.task_form_title),
    # a task form's own heading in capitals, under its grif's signer lines
    ("task_caps_heading", title_approved_.task_caps_heading),
    ("appendix_title", title_appendix_.appendix_title),
    ("task_heading", title_approved_.task_heading),
    # a page opening with its contents, their heading naming the plan and its years
    ("contents_heading", contents_plan_.contents_title),
    ("section_heading", title_tables_.section_heading),
    # a heading printed as bold lines in capitals, a paragraph each (a PDF's print), before
    # table_heading, which would take its last line alone
    ("bold_lines_heading", title_tables_.bold_lines_heading),
    ("table_heading", title_tables_.table_heading),
    ("table_plan_row", title_tables_.table_plan_row),
    # a page that is only a table: its first row across the width ("Перечень показателей …")
    ("table_caption", table_caption_.caption_title),
    ("glued_heading", title_tables_.glued_heading),
    ("passport_heading", title_passport_.passport_heading),
    # a site's card naming the plan, the page printing no heading of its own
    ("card_label", title_tables_.card_label),
    # "Пояснительная записка к отчету об исполнении муниципального задания … за 2 квартал …"
    ("task_note", task_note_.note_title),
    # a school's news of a campaign held: "Месячник … в МБОУ …" over its opening sentence
    ("campaign_heading", campaign_.campaign_heading),
    # "Приказ о введении карантина" over "… ПРИКАЗЫВАЮ: 1. …": an act posted without requisites
    ("bare_act_heading", bare_act_.bare_act_title),
    # no heading at all: the name with its years an opening sentence defines "(далее – …)"
    ("defined_plan", defined_plan_.title_of_defined_plan),
    # "Page 128 - <book>": a flipbook viewer's label over a page printing no heading (facts75)
    ("viewer_label", viewer_label_.viewer_label_title),
)
KIND_RULES: tuple[Rule, ...] = (
    ("report_title", kinds_.kind_report),
    # the head of a task report form OCR broke ("П РЕДВ А РИ ТЕЛЬН Ы Й О Т Ч Е Т …")
    ("task_report_head", task_report_.task_report_kind),
    # its explanatory note, however a scan misread its heading
    ("task_note", task_note_.note_kind),
    ("reapproves", kinds_.kind_reapproves),
    ("restates", kinds_.kind_restates),
    ("restated_in_text", restated_text_.kind_restated_in_text),
    ("amends", kinds_.kind_amends),
    ("amending_document", kinds_.kind_amending_document),
    ("approves", kinds_.kind_approves),
    ("site_reference", site_ref_.kind_from_reference),
    ("appendix_of", kinds_.kind_appendix_of),
    # "Программа мероприятий …, посвященных …" over a table of events, no passport
    ("events_plan", events_plan_.kind_events_plan),
    ("plan_title", kinds_.kind_plan_title),
)
LATE_KIND_RULES: tuple[Rule, ...] = (
    ("after_heading", kinds_.kind_after_heading),
    ("passport", kinds_.kind_passport),
    # "I. АНАЛИТИЧЕСКАЯ ЧАСТЬ" opening the page: a self-examination report without its cover
    ("report_part", kinds_.kind_report_part),
    # "Содержание Программы развития:" over the contents' rows, the page has nothing else
    ("contents", contents_plan_.contents_kind),
    ("approving_clause", kinds_.kind_approving_clause),
    # "О проведении месячника …" / "… постановляет: … 2. Утвердить план …": the event held
    ("held_event", lambda ctx: held_event_.kind_held_event(ctx, title_.site_title(ctx))),
    ("bare_order", kinds_.kind_bare_order),
    ("operative_start", kinds_.kind_operative_start),
    # "… в нашей школе стартовал месячник …" opening a school's news: what was held, reported
    ("campaign_report", campaign_.kind_campaign_report),
    ("report_table", kinds_tables_.kind_report_table),
    # "… мониторинга …" across a table's top over value columns "за 9 месяцев 2024 г."
    ("table_caption", table_caption_.caption_report_kind),
    # the task report form's captions a cell a paragraph ("исполнено на отчетную дату")
    ("report_form", kinds_tables_.kind_report_form),
    ("financing_table", kinds_tables_.kind_financing_table),
    # "Цели, задачи, мероприятия подпрограммы | … | Расходы …": a programme's measures table
    ("programme_measures", kinds_tables_.kind_programme_measures),
    # "Подпрограмма 1 «…»" over its measures: a programme's measures table, no heading
    ("programme_part_rows", kinds_tables_.kind_programme_part_rows),
    ("has_activities", kinds_tables_.kind_has_activities),
    ("activity_table", kinds_tables_.kind_activity_table),
    ("programme_indicators", kinds_tables_.kind_programme_indicators),
    ("indicator_years", kinds_tables_.kind_indicator_years),
    # "В целях …:" / "1. Ввести …" / "2. Рекомендовать …": an act's preamble with no verb
    ("preamble_items", preamble_act_.kind_preamble_items),
    ("genre_vote", kind_vote_.kind_genre_vote),
    # "Приложение № 1 к приказу от … № 78" over a model or a regulation: the act's own text
    ("appendix_to_act", appendix_act_.kind_appendix_to_act),
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
    # "Рассмотрена" | "Принята" | "Утверждаю. / Приказ № 292 от / 31.08.2015 г.": a grif table
    ("grif_column", twin_grifs_.requisites_in_grif_column),
    # a scanned cover's "Н.В. Орлова" / "Приказ: № 4 от 25.03.2023г.", the opener lost
    ("lost_opener", lost_opener_.requisites_under_name),
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
    # "ПРИКАЗ № 45-ОД ОТ … ПО МБОУ «…»": the school the act's own lines name, over the chrome
    # or the department's rubric a site prints above the act's word
    ("act_lines_school", school_order_.issuer_of_act_lines),
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
    ("letterhead_over_heading", letterhead_heading_.letterhead_over_heading),
    # "Приказ" / "отдела образования администрации … района": the body under the act's word
    ("below_act_word", act_body_.issuer_below_act_word),
    ("approval_line", order_.issuer_from_approval),
    # "Дата утверждения Программы | Постановление Администрации … от … N …": the act's body
    ("passport_act", passport_act_.issuer_from_passport_act),
    # a task form's founder over its caption, not the institution the form names
    ("founder_caption", founder_.issuer_over_caption),
    # "Филиал … учреждения «…» / в с. Заречье" over a grif its parent's director signs: the
    # branch printed above the title page issued it, not the parent the grif names
    ("branch_letterhead", branch_.branch_letterhead),
    ("grif", institution_.issuer_from_grif),
    # grifs abreast glued row by row: the rightmost column's approver heads the institution
    ("grifs_abreast", grifs_abreast_.issuer_abreast),
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
    # "УТВЕРЖДЕН / Начальник Управления образования … / Заключение об исполнении …": the founder
    ("conclusion_founder", conclusion_.founder_of_conclusion),
    # "… представленного Управлению образования учреждением …": the body it reported to
    ("conclusion_submitted_to", conclusion_.founder_submitted_to),
    # (a conclusion's institution under its heading is its subject, not its author)
    ("form_field", lambda ctx: institution_form_.issuer_from_form(
        ctx, report=bool(title_report_.report_title(ctx)) and not conclusion_.is_conclusion(ctx))),
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
    # "…, приказываю: / 1. Утвердить … План мероприятий Министерства … по …": the plan's owner
    ("approved_plan_owner", plan_owner_act_.body_of_approved_plan),
)


def first(rules: tuple[Rule, ...], ctx: Ctx, field: str, trace: list[str]) -> Any:
    """The value of the first rule that finds one (and its name in `trace`)."""
    for name, rule in rules:
        value = rule(ctx)
        if value:
            trace.append(f"header.{field}:{name}")
            return value
    return None


def traced(field: str, name: str, value: Any, trace: list[str]) -> Any:
    if value:
        trace.append(f"header.{field}:{name}")
    return value
