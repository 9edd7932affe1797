"""Vocabulary of document facts (extract/vocab/facts.yaml, doc_kinds.yaml), compiled once.

The words of doc_kinds.yaml are declared and read in extract/facts/vocab_kinds.py; facts.yaml's
words of titles and periods in extract/facts/vocab_titles.py, of places in vocab_places.py, of
a site's and a file's chrome in vocab_chrome.py, of acts and task forms in vocab_acts.py, of
issuers and owners in vocab_issuers.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.facts.vocab_acts import ActsVocab, acts_fields
from extract.facts.vocab_chrome import ChromeVocab, chrome_fields
from extract.facts.vocab_issuers import IssuersVocab, issuers_fields
from extract.facts.vocab_kinds import Lemmas, kinds_fields
from extract.facts.vocab_places import PlacesVocab, places_fields
from extract.facts.vocab_titles import TitlesVocab, rx, titles_fields
from extract.vocab import load_yaml


@dataclass(frozen=True)
class FactsVocab(TitlesVocab, PlacesVocab, ChromeVocab, ActsVocab, IssuersVocab):
    """Compiled word lists and patterns for the header extractor."""

    position_heads: frozenset[str]
    acting_prefixes: tuple[Lemmas, ...]
    position_participles: frozenset[str]
    head_positions: frozenset[str]
    issuer_heads: frozenset[str]
    org_words: frozenset[str]
    proper_org_words: frozenset[str]
    names: tuple[re.Pattern[str], ...]
    lone_name: re.Pattern[str]
    tail_name: re.Pattern[str]  # a one-initial name ending a position's wrapped line
    grif_requisites: re.Pattern[str]  # an order's date/number after a name in a grif
    sign_captions: dict[str, re.Pattern[str]]  # role → caption under a signature's cell
    full_name: re.Pattern[str]
    site_chrome_line: re.Pattern[str]
    site_phone_line: re.Pattern[str]  # "Москва и Московская область: 8 (499) …"
    site_section: re.Pattern[str]
    site_page_section: re.Pattern[str]  # "Документы": a site's section over a file's card
    site_links: re.Pattern[str]  # "Друзья сайта": a site's list of links over the page
    site_link_stop: re.Pattern[str]  # "Отчет …": a document's heading, no link
    site_reference_note: re.Pattern[str]  # a legal site's note over its reference to the act
    distributor_label: re.Pattern[str]  # a budget form's field naming the distributor
    attachment_cell: re.Pattern[str]
    region_abbreviations: dict[str, str]
    region_tail_abbreviations: frozenset[str]
    region_autonomy: frozenset[str]
    autonomy_nouns: frozenset[str]
    form_place_abbreviations: frozenset[str]
    region_abbreviation_places: tuple[re.Pattern[str], ...]
    number: re.Pattern[str]
    bare_number: re.Pattern[str]  # "Приказ 01-21/159": an act's word and its code, no "№"
    dated_number: re.Pattern[str]  # "от 23 января 2015г 15-П": the code after the date, no "№"
    dates: tuple[re.Pattern[str], ...]
    blank_date: re.Pattern[str]
    stamp_starts: tuple[tuple[str, re.Pattern[str]], ...]
    stamp_act: re.Pattern[str]
    grif_other: re.Pattern[str]
    authors_label: re.Pattern[str]
    grif_council: re.Pattern[str]
    grif_council_words: frozenset[str]
    council_meeting_line: re.Pattern[str]  # "на заседании …": a council's grif, no letterhead
    grif_row_cuts: tuple[re.Pattern[str], ...]
    form_act_title: re.Pattern[str]
    requisite_words: re.Pattern[str]
    act_abbreviations: dict[str, re.Pattern[str]]  # act type → its abbreviation before "№"
    not_stamp: re.Pattern[str]
    restate_item: re.Pattern[str]
    restate_whole: re.Pattern[str]
    restate_named: re.Pattern[str]
    status_note: re.Pattern[str]
    amending_item: re.Pattern[str]
    act_types: frozenset[str]
    territory_acts: frozenset[str]
    table_label: re.Pattern[str]
    operative_verbs: dict[str, str]  # verb lemma → the act type it makes
    officials: frozenset[str]
    region_head_genitive: dict[str, str]
    amended_by: tuple[re.Pattern[str], ...]
    edoc_footer: re.Pattern[str]  # a document system's footer with the act's own requisites
    body_openers: tuple[Lemmas, ...]
    settlement_tail: re.Pattern[str]  # "… «Клуб» СП Озерки": the settlement a name ends with
    founder_caption: re.Pattern[str]  # "(наименование органа, осуществляющего функции …"
    country_words: frozenset[str]  # "Россия, … область": an address after a name
    institution_words: frozenset[str]  # "сад", "школа": "№" after them numbers the institution
    indicator_words: frozenset[str]
    term_header_words: tuple[Lemmas, ...]
    measure_words: frozenset[str]
    date_list: re.Pattern[str]
    event_date_line: re.Pattern[str]
    numbered_not_acts: frozenset[str]
    decision_records: frozenset[str]
    own_councils: tuple[Lemmas, ...]
    owner_lead_words: frozenset[str]
    amendments: tuple[re.Pattern[str], ...]
    passport_own_labels: tuple[Lemmas, ...]
    own_school_words: frozenset[str]
    developer_staff_words: frozenset[str]
    developer_group_words: frozenset[str]
    predicate_pos: frozenset[str]
    founder_split_not_after: frozenset[str]
    municipality: tuple[re.Pattern[str], ...]
    not_places: frozenset[str]
    label_subject_words: frozenset[str]
    news_requisite_words: frozenset[str]  # no news prose opens with these
    branch_words: frozenset[str]  # "Филиал", "Отделение" opening a branch's letterhead
    branch_letterhead_end: re.Pattern[str]  # a postal code, street, phone after its name
    act_text_nouns: frozenset[str]  # модель, положение … an act's appendix sets out
    formation_bodies: frozenset[str]  # a body's bare word under its formation's line
    task_approval_subjects: tuple[Lemmas, ...]  # "Об утверждении муниципального задания"
    issued_for_nouns: frozenset[str]  # the school "По <школе>" an order is issued for
    region: tuple[re.Pattern[str], ...]
    goal_words: frozenset[str]
    task_words: frozenset[str]
    task_lead_words: frozenset[str]
    task_owner_words: frozenset[str]  # "Перед коллективом стояли задачи:": the year's tasks
    doc_words: frozenset[str]
    label_adjectives: frozenset[str]
    label_term_prepositions: frozenset[str]
    task_audiences: tuple[re.Pattern[str], ...]
    goal_task_split: tuple[re.Pattern[str], ...]
    statement_links: tuple[re.Pattern[str], ...]
    author_card_author: re.Pattern[str]
    author_card_organisation: re.Pattern[str]
    abbreviations: frozenset[str]
    place_markers: frozenset[str]
    place_marker_adjectives: frozenset[str]
    settlement_words: frozenset[str]
    body_units: frozenset[str]
    parent_genitive: dict[str, str]
    region_nouns: frozenset[str]
    region_heads: frozenset[str]
    municipal_words: frozenset[str]
    institution_forms: frozenset[str]
    institution_types: frozenset[str]
    institution_label: re.Pattern[str]
    legal_form: re.Pattern[str]
    kind_tail: re.Pattern[str]  # "комбинированного вида" closing a kindergarten's name
    legal_form_tails: frozenset[str]
    amended_subject: re.Pattern[str]
    form_labels: frozenset[str]
    spaced_short_words: frozenset[str]
    passport_issuer_labels: tuple[Lemmas, ...]
    short_name_openers: tuple[Lemmas, ...]
    honorific_titles: tuple[tuple[str, ...], ...]  # lemmas with the capitals the title takes
    own_act_types: frozenset[str]
    esign_start: re.Pattern[str]
    esign_line: re.Pattern[str]
    esign_end: re.Pattern[str]
    report_date_line: re.Pattern[str]
    conclusion_words: tuple[Lemmas, ...]
    contact_line: re.Pattern[str]
    convocation_line: re.Pattern[str]
    place_appositions: tuple[Lemmas, ...]
    place_apposition_genitive: dict[str, str]
    settlement_abbreviations: frozenset[str]
    acquaintance_words: frozenset[str]
    composition_words: frozenset[str]
    flat_cuts: tuple[re.Pattern[str], ...]
    flat_line_cuts: tuple[re.Pattern[str], ...]  # flat_cuts of a paragraph that is one line
    flat_page_act: re.Pattern[str]  # a short act whose whole page is one line
    cell_cuts: tuple[re.Pattern[str], ...]
    dangling_words: frozenset[str]
    list_headings: frozenset[str] = frozenset()
    measures_heads: frozenset[str] = frozenset()
    financing_headers: tuple[Lemmas, ...] = ()
    programme_measure_headers: tuple[Lemmas, ...] = ()
    approval_note: re.Pattern[str] = re.compile(r"(?!)")
    title_audience_notes: tuple[Lemmas, ...] = ()
    title_restarts: frozenset[str] = frozenset()
    contents_headings: frozenset[str] = frozenset()
    author_labels: frozenset[str] = frozenset()
    amend_clauses: tuple[Lemmas, ...] = ()
    amend_headings: tuple[Lemmas, ...] = ()
    broken_number_signs: tuple[str, ...] = ()
    replaced_words: re.Pattern[str] = re.compile(r"(?!)")
    amending_text: re.Pattern[str] = re.compile(r"(?!)")
    repeal_item: re.Pattern[str] = re.compile(r"(?!)")
    unit_notes: frozenset[str] = frozenset()
    # "Дорожная карта" / "Введение ФГОС …": process nouns a bare genre heading goes on in
    title_subject_nouns: frozenset[str] = frozenset()
    table_head_words: frozenset[str] = frozenset()  # "Наименование" over a table's first row
    # words that end an institution's short name in a grif line ("МАУ ЦДО Протокол № 6")
    name_stop_words: frozenset[str] = frozenset()
    issuer_glued_adjectives: frozenset[str] = frozenset()  # "Заречнаяобластная Дума"
    issuer_bare_bodies: frozenset[str] = frozenset()  # "Мэрия" completed by the act's text
    municipal_abbreviations: frozenset[str] = frozenset()  # "г. Энска" before a region
    approved_rules: frozenset[str] = frozenset()
    form_source_stamp: re.Pattern[str] = re.compile(r"(?!)")
    federal_form_stamp: re.Pattern[str] = re.compile(r"(?!)")
    task_report_head: re.Pattern[str] = re.compile(r"(?!)")
    preview_caption: re.Pattern[str] = re.compile(r"(?!)")
    mirror_contents: re.Pattern[str] = re.compile(r"(?!)")
    doc_name_tails: frozenset[str] = frozenset()
    mirror_contents_end: re.Pattern[str] = re.compile(r"(?!)")
    grif_act_nominative: re.Pattern[str] = re.compile(r"(?!)")
    task_report_title: str = ""
    task_report_head_end: re.Pattern[str] = re.compile(r"(?!)")
    assembly_words: frozenset[str] = frozenset()
    object_awaiting_nouns: frozenset[str] = frozenset()
    municipal_adjectives: frozenset[str] = frozenset()
    report_qualifiers: frozenset[str] = frozenset()  # "Сводный годовой доклад о ходе …"
    # an act cited in a sentence naming a region's body (extract/facts/cited_region.py)
    cited_regional_act: re.Pattern[str] = re.compile(r"(?!)")
    cited_region_words: re.Pattern[str] = re.compile(r"(?!)")
    # a form's next field printed in lower case under the name (extract/facts/institution_form.py)
    form_next_fields: tuple[Lemmas, ...] = ()


def institution_word(vocab: FactsVocab, word: str) -> bool:
    """"МБОУ", "СОШ", and a legal form glued to a school's type: "МБОУСОШ", "МОУ-СОШ"."""
    if word in vocab.institution_forms or word in vocab.institution_types:
        return True
    if word.count("-") == 1:  # "МОУ-СОШ": the form and the type joined by a hyphen
        form, kind = word.split("-")
        return form in vocab.institution_forms and kind in vocab.institution_types
    return word.isupper() and any(word.startswith(f) and word[len(f):] in vocab.institution_types
                                  for f in vocab.institution_forms)


@cache
def facts_vocab() -> FactsVocab:
    """The facts vocabulary (words in the YAML files are already lemmas)."""
    f, k = load_yaml("facts"), load_yaml("doc_kinds")
    return FactsVocab(
        institution_words=frozenset(f["institution_words"]),
        country_words=frozenset(f["country_words"]),
        position_heads=frozenset(f["position_heads"]),
        acting_prefixes=tuple(tuple(x) for x in f["acting_prefixes"]),
        position_participles=frozenset(f["position_participles"]),
        head_positions=frozenset(f["head_positions"]),
        issuer_heads=frozenset(f["issuer_heads"]),
        org_words=frozenset(f["org_words"]),
        assembly_words=frozenset(f["assembly_words"]),
        municipal_adjectives=frozenset(f["municipal_adjectives"]),
        proper_org_words=frozenset(f["proper_org_words"]),
        names=rx(f["name_patterns"], 0),
        lone_name=re.compile(f["lone_name_pattern"]),
        tail_name=re.compile(f["tail_name_pattern"]),
        grif_requisites=re.compile(f["grif_requisites_pattern"], re.IGNORECASE),
        sign_captions={k: re.compile(v, re.IGNORECASE) for k, v in f["sign_captions"].items()},
        full_name=re.compile(f["full_name_pattern"]),
        settlement_tail=re.compile(f["settlement_tail_pattern"]),
        site_chrome_line=re.compile(f["site_chrome_line"], re.IGNORECASE),
        site_phone_line=re.compile(f["site_phone_line"]),
        site_section=re.compile(f["site_section"], re.IGNORECASE),
        site_page_section=re.compile(f["site_page_section"], re.IGNORECASE),
        site_links=re.compile(f["site_links"], re.IGNORECASE),
        site_link_stop=re.compile(f["site_link_stop"], re.IGNORECASE),
        site_reference_note=re.compile(f["site_reference_note"], re.IGNORECASE),
        distributor_label=re.compile(f["distributor_label"], re.IGNORECASE),
        attachment_cell=re.compile(f["attachment_cell"], re.IGNORECASE),
        region_abbreviations={str(k).upper(): v for k, v in f["region_abbreviations"].items()},
        region_tail_abbreviations=frozenset(f["region_tail_abbreviations"]),
        region_autonomy=frozenset(f["region_autonomy"]),
        autonomy_nouns=frozenset(f["autonomy_nouns"]),
        form_place_abbreviations=frozenset(f["form_place_abbreviations"]) | frozenset(
            f["region_abbreviations"]),
        region_abbreviation_places=rx(f["region_abbreviation_places"], 0),
        number=re.compile(f["number_pattern"]),
        bare_number=re.compile(f["bare_number_pattern"]),
        dated_number=re.compile(f["dated_number_pattern"]),
        dates=rx(f["date_patterns"]),
        blank_date=re.compile(f["blank_date_pattern"]),
        stamp_starts=tuple((k, re.compile(p)) for k, p in f["stamp_starts"].items()),
        stamp_act=re.compile(f["stamp_act"], re.IGNORECASE),
        grif_other=re.compile(f["grif_other"]),
        authors_label=re.compile(f["authors_label"], re.IGNORECASE),
        grif_council=re.compile(f["grif_council"]),
        grif_council_words=frozenset(f["grif_council_words"]),
        council_meeting_line=re.compile(f["council_meeting_line"], re.IGNORECASE),
        grif_row_cuts=rx(f["grif_row_cuts"], 0),
        form_act_title=re.compile(f["form_act_title"], re.IGNORECASE),
        requisite_words=re.compile(f["requisite_words"]),
        act_abbreviations={k: re.compile(v) for k, v in f["act_abbreviations"].items()},
        not_stamp=re.compile(f"{f['not_stamp']}|{f['restate_item']}", re.IGNORECASE),
        restate_item=re.compile(f["restate_item"], re.IGNORECASE),
        restate_whole=re.compile(f["restate_whole"], re.IGNORECASE),
        restate_named=re.compile(f["restate_named"], re.IGNORECASE),
        status_note=re.compile(f["status_note"], re.IGNORECASE),
        amending_item=re.compile(f["amending_item"]),
        act_types=frozenset(f["act_types"]),
        territory_acts=frozenset(f["territory_acts"]),
        table_label=re.compile(f["table_label"]),
        operative_verbs=dict(f["operative_verbs"]),
        officials=frozenset(f["officials"]),
        region_head_genitive=dict(f["region_head_genitive"]),
        amended_by=rx(f["amended_by"]),
        edoc_footer=re.compile(f["edoc_footer"], re.IGNORECASE),
        body_openers=tuple(tuple(x) for x in f["body_openers"]),
        indicator_words=frozenset(f["indicator_words"]),
        term_header_words=tuple(tuple(x) for x in f["term_header_words"]),
        measure_words=frozenset(f["measure_words"]),
        date_list=re.compile(f["date_list_pattern"]),
        event_date_line=re.compile(f["event_date_line_pattern"]),
        numbered_not_acts=frozenset(f["numbered_not_acts"]),
        decision_records=frozenset(f["decision_records"]),
        own_councils=tuple(tuple(x) for x in f["own_councils"]),
        owner_lead_words=frozenset(f["owner_lead_words"]),
        amendments=rx(f["amendment_patterns"]),
        passport_own_labels=tuple(tuple(x) for x in f["passport_own_labels"]),
        own_school_words=frozenset(f["own_school_words"]),
        developer_staff_words=frozenset(f["developer_staff_words"]),
        developer_group_words=frozenset(f["developer_group_words"]),
        predicate_pos=frozenset(f["predicate_pos"]),
        founder_split_not_after=frozenset(f["founder_split_not_after"]),
        municipality=rx(f["municipality_patterns"], 0),
        not_places=frozenset(f["not_places"]),
        label_subject_words=frozenset(f["label_subject_words"]),
        region=rx(f["region_patterns"], 0),
        goal_words=frozenset(f["goal_words"]),
        task_words=frozenset(f["task_words"]),
        task_lead_words=frozenset(f["task_lead_words"]),
        task_owner_words=frozenset(f["task_owner_words"]),
        doc_words=frozenset(f["doc_words"]),
        goal_task_split=rx(f["goal_task_split"]),
        statement_links=rx(f["statement_links"]),
        author_card_author=re.compile(f["author_card_author"], re.IGNORECASE),
        author_card_organisation=re.compile(f["author_card_organisation"], re.IGNORECASE),
        label_adjectives=frozenset(f["label_adjectives"]),
        label_term_prepositions=frozenset(f["label_term_prepositions"]),
        task_audiences=rx(f["task_audiences"]),
        # (one mapping: typed as a whole, doc_kinds.yaml's fields and the plain word sets)
        **kinds_fields(k) | titles_fields(f) | places_fields(f) | chrome_fields(f) | acts_fields(f)
        | issuers_fields(f)
        | {k: frozenset(f[k]) for k in (
            "abbreviations", "place_markers", "place_marker_adjectives", "settlement_words",
            "body_units", "region_nouns", "region_heads", "municipal_words",
            "institution_forms", "institution_types", "form_labels", "spaced_short_words",
            "own_act_types", "news_requisite_words", "branch_words", "act_text_nouns",
            "formation_bodies")},
        branch_letterhead_end=re.compile(f["branch_letterhead_end"]),
        task_approval_subjects=tuple(tuple(x) for x in f["task_approval_subjects"]),
        issued_for_nouns=frozenset(f["issued_for"]["nouns"]),
        passport_issuer_labels=tuple(tuple(x) for x in f["passport_issuer_labels"]),
        short_name_openers=tuple(tuple(x) for x in f["short_name_openers"]),
        honorific_titles=tuple(tuple(x) for x in f["honorific_titles"]),
        institution_label=re.compile(f["institution_label"]),
        founder_caption=re.compile(f["founder_caption"], re.IGNORECASE),
        legal_form=re.compile(f["legal_form"]),
        kind_tail=re.compile(f["kind_tail"]),
        legal_form_tails=frozenset(f["legal_form_tails"]),
        amended_subject=re.compile(f["amended_subject"]),
        parent_genitive=dict(f["parent_genitive"]),
        esign_start=re.compile(f["esign_start"], re.IGNORECASE),
        esign_line=re.compile(f["esign_line"], re.IGNORECASE),
        esign_end=re.compile(f["esign_end"], re.IGNORECASE),
        report_date_line=re.compile(f["report_date_line"], re.IGNORECASE),
        conclusion_words=tuple(tuple(x) for x in f["conclusion_words"]),
        contact_line=re.compile(f["contact_line"], re.IGNORECASE),
        convocation_line=re.compile(f["convocation_line"], re.IGNORECASE),
        place_appositions=tuple(tuple(x) for x in f["place_appositions"]),
        place_apposition_genitive=dict(f["place_apposition_genitive"]),
        settlement_abbreviations=frozenset(f["settlement_abbreviations"]),
        acquaintance_words=frozenset(f["acquaintance_words"]),
        composition_words=frozenset(f["composition_words"]),
        flat_cuts=rx(f["flat_cuts"], 0),
        flat_line_cuts=rx(f["flat_line_cuts"], 0),
        flat_page_act=re.compile(f["flat_page_act"]),
        cell_cuts=rx(f["cell_cuts"], 0),
        dangling_words=frozenset(f["dangling_words"]),
        object_awaiting_nouns=frozenset(f["object_awaiting_nouns"]),
        broken_number_signs=tuple(f["broken_number_signs"]),
        replaced_words=re.compile(f["replaced_words_pattern"], re.IGNORECASE),
        amending_text=re.compile(f["amending_text_pattern"], re.IGNORECASE),
        repeal_item=re.compile(f["repeal_item_pattern"], re.IGNORECASE),
        approval_note=re.compile(f["approval_note_pattern"], re.IGNORECASE),
        title_audience_notes=tuple(tuple(g) for g in f["title_audience_notes"]),
        title_restarts=frozenset(f["title_restarts"]),
        contents_headings=frozenset(f["contents_headings"]),
        author_labels=frozenset(f["author_labels"]),
        unit_notes=frozenset(f["unit_notes"]),
        title_subject_nouns=frozenset(f["title_subject_nouns"]),
        table_head_words=frozenset(f["table_head_words"]),
        name_stop_words=frozenset(f["name_stop_words"]),
        issuer_glued_adjectives=frozenset(f["issuer_glued_adjectives"]),
        issuer_bare_bodies=frozenset(f["issuer_bare_bodies"]),
        municipal_abbreviations=frozenset(f["municipal_abbreviations"]),
        form_source_stamp=re.compile(f["form_source_stamp"], re.IGNORECASE),
        cited_regional_act=re.compile(f["cited_regional_act"]),
        cited_region_words=re.compile(f["cited_region_words"]),
        federal_form_stamp=re.compile(f["federal_form_stamp"], re.IGNORECASE),
        task_report_head=re.compile(f["task_report_head"]),
        preview_caption=re.compile(f["preview_caption"], re.IGNORECASE),
        mirror_contents=re.compile(f["mirror_contents"], re.IGNORECASE),
        doc_name_tails=frozenset(f["doc_name_tails"]),
        mirror_contents_end=re.compile(f["mirror_contents_end"], re.IGNORECASE),
        grif_act_nominative=re.compile(f["grif_act_nominative"]),
        task_report_title=f["task_report_title"],
        task_report_head_end=re.compile(f["task_report_head_end"]),
        form_next_fields=tuple(tuple(x) for x in f["form_next_fields"]),
    )
