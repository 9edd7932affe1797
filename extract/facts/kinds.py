"""What a document mainly is (CONTRACT `document.kind`): the rules of header.KIND_RULES.

A report's title decides first; then what the act the document opens with approves or is about
("Об утверждении муниципальной программы", "О плане мероприятий"); then the plan an appendix
stamp belongs to ("Приложение к долгосрочной целевой программе …"); then the plan the title
names at its start, or anywhere ("Система мероприятий … муниципальной программы"); a
programme's passport; a bare act; then, the head naming nothing, the page's tables, a form's
captions and found activities (extract/facts/kinds_tables.py).
"""

from __future__ import annotations

import re

from extract.facts import title as title_
from extract.facts import title_approved as title_approved_
from extract.facts import title_report as title_report_
from extract.facts.act_subject import SUBJECT
from extract.facts.acts import act_header, heading_header, subject
from extract.facts.approved_first import plan_after_other
from extract.facts.ctx import Ctx, drop_number
from extract.facts.held_event import held_subject
from extract.facts.operative_verb import operative_act, operative_at_start
from extract.facts.order import approved_kind, approved_list, order_header
from extract.facts.restated import reapproved_in_subitem, restated_kind
from extract.facts.stamps import stamps

_PASSPORT = ("паспорт",)
_HEADING_WORDS = 40
_CLAUSE_CHARS = 200  # the approved plan is named at the clause's start
_CLAUSE_SKIP = 3


def kind_report(ctx: Ctx) -> str | None:
    return "report" if title_report_.report_title(ctx) else None


def kind_approves(ctx: Ctx) -> str | None:
    hit = approved_kind(ctx)
    return hit[0] if hit else None


def kind_appendix_of(ctx: Ctx) -> str | None:
    """"Приложение N 1 к подпрограмме …": the document is part of that plan. An appendix to a
    school's curriculum ("Приложение № 6 к Образовательной программе") over a heading naming
    a plan ("ПЛАН ЛЕТНЕЙ ОЗДОРОВИТЕЛЬНОЙ РАБОТЫ") is that plan: the curriculum is no plan, the
    heading's genre decides (rule plan_title)."""
    stamp = next((s for s in stamps(ctx) if s.parent), None)
    if stamp is None:
        return None
    if _to_curriculum(ctx, stamp.text) and kind_plan_title(ctx):
        return None
    return stamp.parent


_PARENT_REACH = 4  # "к основной образовательной программе": the adjectives before the noun


def _to_curriculum(ctx: Ctx, text: str) -> bool:
    lem = ctx.lemmas(text)
    k = lem.index("к") if "к" in lem else None
    return k is not None and bool(
        set(lem[k + 1 : k + 1 + _PARENT_REACH]) & ctx.vocab.curriculum_adjectives)


def kind_plan_title(ctx: Ctx) -> str | None:
    t = title_.plan_heading(ctx)
    lem = ctx.lemmas(t) if t else ()
    return (ctx.part_of_plan(lem) or ctx.plan_noun(lem)) if t else None


def approving_clause(ctx: Ctx) -> tuple[str, str] | None:
    """(kind, text) of an operative clause that approves a plan: "1. Утвердить прилагаемую
    муниципальную программу … на 2013-2015 годы" — a page that starts below the act's title
    says what it approves there."""
    def find() -> tuple[str, str] | None:
        for k, c in enumerate(ctx.head):
            # a page run into one line, cut at its items, keeps their numbers in the text
            lem = ctx.lemmas(drop_number(c.text)[:_CLAUSE_CHARS])
            # "Утвердить Порядок разработки муниципальных программ": a procedure, no plan
            if not lem or lem[0] not in ctx.vocab.approve_words or (
                    lem[1:2] and lem[1] in ctx.vocab.approved_rules) or _has_term(ctx, k):
                continue
            if len(lem) == 1:  # "1. Утвердить:" over its sub-items
                sub = _approved_subitem(ctx, k)
                if sub:
                    return sub
                continue
            for skip in range(1, _CLAUSE_SKIP + 1):  # "прилагаемый", "новую редакцию"
                kind = ctx.plan_noun(lem[skip:])
                if kind:
                    return kind, c.text
            # "Утвердить основные направления деятельности … (прилагаются)": a list of measures
            listed = approved_list(ctx, tuple(lem[1:]))
            if listed:
                return listed, c.text
        return None
    found: tuple[str, str] | None = ctx.once("approving_clause", find)
    return found


_SUBITEMS = 3  # "1.1. План мероприятий …", "1.2. Контрольные показатели …"


def _approved_subitem(ctx: Ctx, k: int) -> tuple[str, str] | None:
    """(kind, text) of the plan a sub-item names under a bare "1. Утвердить:" at ctx.head[k]
    ("1.1. План мероприятий («Дорожная карта») … на 2013 - 2014 годы (приложение 1);"): the
    act approves it as an item naming it whole would."""
    for c in ctx.head[k + 1 : k + 1 + _SUBITEMS]:
        kind = ctx.plan_noun(ctx.lemmas(drop_number(c.text)[:_CLAUSE_CHARS]))
        if kind:
            return kind, c.text
    return None


def _has_term(ctx: Ctx, k: int) -> bool:
    """"1.4. Утвердить планы … учреждений." / "Срок: до 12.05.2024": an order's item with a
    term of its own is an instruction to approve something later, not the act's approval of
    a plan attached to it."""
    c = ctx.head[k]
    below = [*c.lines[1:2], *(x.text for x in ctx.head[k + 1 : k + 2])]
    return any(ctx.vocab.item_term.match(line) for line in below)


def kind_approving_clause(ctx: Ctx) -> str | None:
    """The plan an operative item approves — unless the act's own subject says it approves
    something else ("Об утверждении графика работы …" whose second item approves a plan of
    measures for it, the appendices not printed): the subject names what the act mainly is."""
    hit = approving_clause(ctx)
    if hit is None or _approves_other(ctx) or plan_after_other(ctx, hit[1]):
        return None  # (a plan approved after a regulation under a subject naming neither)
    return hit[0]


def _approves_other(ctx: Ctx) -> bool:
    """The subject approves, or holds ("О проведении месячника …", extract/facts/
    held_event.py), something no plan (a site may print the subject alone at its top)."""
    said = subject(ctx) or title_.site_title(ctx)
    if held_subject(ctx, said):
        return True
    lem = ctx.lemmas(said) if said else ()
    if len(lem) < 3 or lem[0] not in ("о", "об") or lem[1] not in ctx.vocab.approve_words:
        return False
    return not any(ctx.plan_noun(lem[k:]) for k in range(2, len(lem)))


def _approves_rules(ctx: Ctx, lem: tuple[str, ...] | list[str]) -> bool:
    """"Об утверждении Порядка … муниципальных программ": the act approves a procedure (its
    object, right after the approving word), not the plan a later word names."""
    return (len(lem) > 2 and lem[0] in ("о", "об") and lem[1] in ctx.vocab.approve_words
            and lem[2] in ctx.vocab.approved_rules)


def kind_title_names(ctx: Ctx, title: str | None) -> str | None:
    """A plan named anywhere in the title ("… реализации муниципальной программы"), or by
    the adjective of a list's heading ("Система программных мероприятий")."""
    # '"5. Система программных мероприятий': a section's number (and the quote an amending
    # act's replaced text opens with) is no word of the heading
    lem = ctx.lemmas(drop_number(title.lstrip("\"«“„ "))) if title else ()
    if _approves_rules(ctx, lem):
        return None
    subject_line = bool(title) and SUBJECT.match(drop_number(title or "")) is not None
    for k in range(len(lem)):
        kind = None if _learners_curriculum(ctx, lem, k) else ctx.plan_noun(lem[k:])
        if kind and not (subject_line and _curriculum_at(ctx, lem, k)):
            return kind
    # "Перечень мероприятий по подготовке …": a list of measures, a roadmap ("Мероприятия
    # выполняются …" alone opens a sentence as well as a list)
    if (listed := approved_list(ctx, lem, _LIST_WORDS)) is not None:
        return listed
    if lem and lem[0] in ctx.vocab.list_headings:
        return next((ctx.vocab.plan_adjective_kinds[w] for w in lem[1:4]
                     if w in ctx.vocab.plan_adjective_kinds), None)
    return None


def _curriculum_at(ctx: Ctx, lem: tuple[str, ...], k: int) -> bool:
    """The plan noun read from lemma `k` is a curriculum's ("Об организации … итоговой
    аттестации по образовательным программам …"): an act's subject about exams or classes
    names what pupils learn, no plan the document is."""
    adjectives = ctx.vocab.plan_adjectives | ctx.vocab.curriculum_adjectives
    start, end = k, k
    while start > 0 and lem[start - 1] in adjectives:
        start -= 1
    while end < len(lem) and lem[end] in adjectives:
        end += 1
    return bool(set(lem[start:end]) & ctx.vocab.curriculum_adjectives)


_LIST_WORDS = 2


def _learners_curriculum(ctx: Ctx, lem: tuple[str, ...], k: int) -> bool:
    """"… обучающихся, освоивших образовательные программы …": a curriculum named inside the
    title's phrase (what learners master), no plan — unlike a title opening with it
    ("Основная образовательная программа …", the heading's own adjectives before it)."""
    if k < 1 or lem[k - 1] not in ctx.vocab.curriculum_adjectives:
        return False
    return any(ctx.tools.tag(w)[0] not in _ADJECTIVE_POS for w in lem[: k - 1])


_ADJECTIVE_POS = frozenset({"ADJF", "PRTF"})


def kind_progress_act(ctx: Ctx, title: str | None) -> str | None:
    """An act "О ходе выполнения программы …": it hears a plan's progress, an order. The act
    is known by its header or, a council's decision printed without requisites (the subject
    alone over "Заслушав информацию …, Собрание депутатов РЕШИЛО:"), by its operative verb."""
    lem = ctx.lemmas(title) if title else ()
    opens = any(tuple(lem[: len(seq)]) == seq for seq in ctx.vocab.progress_openers)
    act = act_header(ctx) is not None or operative_act(ctx) is not None
    return "order" if opens and act else None


def _amending(ctx: Ctx) -> bool:
    text = subject(ctx)
    lem = ctx.lemmas(text) if text else ()
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.amend_openers)


def kind_amends(ctx: Ctx) -> str | None:
    """"О внесении изменений в …": an act amending another is an order, whatever it amends."""
    return "order" if _amending(ctx) else None


def kind_amending_title(ctx: Ctx, title: str | None) -> str | None:
    """A page printing an act's subject with no header of its own ("О внесении изменений в
    постановление …" under a portal's line) and the act's operative verb further down: an
    amending act, an order whatever it amends."""
    lem = ctx.lemmas(title) if title else ()
    # "ИЗМЕНЕНИЯ, которые вносятся в постановление …" approved by the act above: the same
    amends = any(lem[: len(seq)] == seq for seq in ctx.vocab.amend_openers) or (
        bool(lem) and _names_changes(ctx, tuple(lem)))
    return "order" if amends and operative_act(ctx) is not None else None


def kind_reapproves(ctx: Ctx) -> str | None:
    """"О внесении изменений в муниципальную программу …" whose item says "Утвердить
    муниципальную программу … (приложение)": the act approves the plan anew, printed with it —
    the plan's kind, as for any act that approves a plan."""
    if not _amending(ctx):
        return None
    hit = approving_clause(ctx)
    return hit[0] if hit else reapproved_in_subitem(ctx)


def kind_restates(ctx: Ctx) -> str | None:
    """"О внесении изменений в … программу" whose item restates it "в новой редакции
    (прилагается)" and the plan's own heading printed after the signature: the act approves
    the plan anew, printed with it — the plan's kind; a programme's passport printed after the
    item ("… изложив приложение к постановлению в новой редакции:" / "Паспорт …") as well."""
    kind = restated_kind(ctx)
    if kind == "programme" and kind_passport(ctx):
        return kind
    return kind if kind and title_approved_.heading_after_signature(ctx) else None


def kind_task_title(ctx: Ctx, title: str | None) -> str | None:
    """"Муниципальное задание № 2 на 2024 год …": a task set by its founder's order."""
    lem = ctx.lemmas(title) if title else ()
    return "order" if any(lem[: len(seq)] == seq for seq in ctx.vocab.task_titles) else None


_AMEND_CHUNKS = 12  # the heading of the changes stands under the act and its signature
_AMEND_REACH = 4  # the amended plan's or act's noun follows the heading's opener this close
_APPROVED_SKIP = 2  # "Утвердить прилагаемые изменения"


def _names_changes(ctx: Ctx, lem: tuple[str, ...]) -> bool:
    """`lem` opens as a document of changes to a plan or an act: "изменения, которые вносятся
    в муниципальную программу …", "изменения в постановление …"."""
    seq = next((s for s in ctx.vocab.amend_headings if lem[: len(s)] == s), None)
    if seq is None:
        return False
    rest = lem[len(seq) : len(seq) + _AMEND_REACH]
    return any(ctx.plan_noun(rest[k:]) or rest[k] in ctx.vocab.act_types
               for k in range(len(rest)))


def _approves_changes(ctx: Ctx, lem: tuple[str, ...]) -> bool:
    """"Утвердить прилагаемые изменения, которые вносятся в …", "Об утверждении изменений в
    …": what the act approves is a list of changes."""
    at = next((j for j, w in enumerate(lem[:_CLAUSE_SKIP]) if w in ctx.vocab.approve_words),
              None)
    return at is not None and any(_names_changes(ctx, lem[at + 1 + skip :])
                                  for skip in range(_APPROVED_SKIP))


def kind_amending_document(ctx: Ctx) -> str | None:
    """An act that approves changes to a plan or to another act (its subject or first clause
    approves "изменения, которые вносятся в …"), or a page headed by such changes: an amending
    act, an order whatever it amends (as "О внесении изменений …" is)."""
    text = subject(ctx)
    if text and _approves_changes(ctx, ctx.lemmas(text)):
        return "order"
    head = ctx.head[:_AMEND_CHUNKS]
    for k, c in enumerate(head):
        lem = ctx.lemmas(drop_number(c.text)[:_CLAUSE_CHARS])
        if _approves_changes(ctx, lem):
            return "order"
        text = c.text
        if k + 1 < len(head) and head[k + 1].text[:1].islower():
            text = f"{text} {head[k + 1].text}"  # "Изменения," / "которые вносятся в …"
            lem = ctx.lemmas(drop_number(text)[:_CLAUSE_CHARS])
        # a heading, not a sentence about changes ("Изменения в программу вносятся …")
        if not text.rstrip().endswith(".") and len(text.split()) <= _HEADING_WORDS \
                and _names_changes(ctx, lem):
            return "order"
    return None


def kind_after_heading(ctx: Ctx) -> str | None:
    """A legal site's heading with no subject, then the document's own heading: "Сведения о
    … показателях … Государственной программы" names the plan it belongs to."""
    h = heading_header(ctx)
    if h is None or h.subject:
        return None
    after = ctx.top[h.index + 1 : h.index + 5]
    text = " ".join(x.text for x in after if after and x.chunk == after[0].chunk)
    return kind_title_names(ctx, text) if 0 < len(text.split()) <= _HEADING_WORDS else None


_ROMAN = re.compile(r"^\s*[IVX]+\.\s*")


def kind_report_part(ctx: Ctx) -> str | None:
    """A page opening with a report's part ("I. АНАЛИТИЧЕСКАЯ ЧАСТЬ …" of a self-examination
    report), its cover not printed: the report."""
    if not ctx.top:
        return None
    lem = ctx.lemmas(_ROMAN.sub("", ctx.top[0].text))
    return "report" if any(lem[: len(seq)] == seq for seq in ctx.vocab.report_parts) else None


def kind_passport(ctx: Ctx) -> str | None:
    """"Паспорт муниципальной программы …": only programmes have passports."""
    for c in ctx.head:
        lem = ctx.lemmas(c.text)
        if lem[:1] == _PASSPORT and any(ctx.plan_noun(lem[k:]) == "programme"
                                        for k in range(1, min(len(lem), 4))):
            return "programme"
    return None


def kind_bare_order(ctx: Ctx) -> str | None:
    return "order" if order_header(ctx) is not None or act_header(ctx) is not None else None


def kind_operative_start(ctx: Ctx) -> str | None:
    """A page that starts at an act's operative sentence and its first clause amends ("…
    администрация района постановляет:" / "1. Внести в муниципальную программу …
    изменения"), the act's heading not printed: an amending act, an order (as "О внесении
    изменений …" is)."""
    i = operative_at_start(ctx)
    if i is None or i + 1 >= len(ctx.top):
        return None
    lem = ctx.lemmas(drop_number(ctx.top[i + 1].text))
    return "order" if any(lem[: len(seq)] == seq for seq in ctx.vocab.amend_clauses) else None


























