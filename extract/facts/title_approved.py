"""The approved document's own heading after the act that approves it: the plan's heading in
capitals under the signature ("МУНИЦИПАЛЬНАЯ ПРОГРАММА …" / "«…» НА 2014 - 2018 ГОДЫ"), or an
appendix's capitals heading repeating what the act's subject approves ("Об утверждении
муниципального задания …" … "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 39"). Rules of header.TITLE_RULES."""

from __future__ import annotations

import re

from extract.facts.acts import act_header, subject
from extract.facts.ctx import Ctx, per_document
from extract.facts.people import lines_after_signature
from extract.facts.restated import restated_kind
from extract.facts.stamps import stamp_kind
from extract.facts.title_ends import REQUISITES_LINE, ends_title
from extract.facts.title_goes_on import goes_on
from extract.facts.title_lines import HEADING_WORDS, with_continuation
from extract.facts.title_paragraph import lines_from
from extract.facts.title_text import clean_title

_HEADING_LINES = 5
# "… на 2004 год---------T------¬¦ Мероприятия ¦": a drawn table glued to the heading's line
_FRAME_TAIL = re.compile(r"\s*[-=]{5,}[TТ┬¬┐+].*$")
_RUN_CHUNKS = 3  # a flattened page: the task's heading inside one of its first blocks


def heading_after_signature(ctx: Ctx) -> str | None:
    """An act that approves a plan, signed, then the plan's own heading in capitals (no stamp
    needed before it: "МУНИЦИПАЛЬНАЯ ПРОГРАММА …" / "«…» НА 2014 - 2018 ГОДЫ"): the approved
    document's heading is the title (stamps and requisites between are passed over)."""
    from extract.facts.kinds import approving_clause  # kinds imports this module
    from extract.facts.order import approved_kind  # order imports this module's neighbours

    restated = restated_kind(ctx)  # "… изложить ее в новой редакции (прилагается)"
    clause = _named_clause(ctx, approving_clause(ctx))
    approved = approved_kind(ctx) or ((restated, 0) if restated else None) or (
        (clause, 0) if clause else None)
    if approved is None or approved[0] == "report":
        return None
    lines = [_FRAME_TAIL.sub("", line) for line in lines_after_signature(ctx)]
    k, stamped, dated = 0, False, False
    while k < len(lines):
        stamped = stamped or bool(stamp_kind(ctx, lines[k]))
        # "УТВЕРЖДЕНА" / "постановлением администрации" / "от 04.10.2013 № 2600"; a stamp's
        # lines go on in mixed case ("Приложение" / "к постановлению Правительства" / "Н-ской
        # области") down to the heading in capitals — or, once the stamp has given its date,
        # to a heading in normal case ("Основные направления деятельности …")
        if not (stamp_kind(ctx, lines[k]) or REQUISITES_LINE.match(lines[k])
                or lines[k][:1].islower() or (stamped and not dated
                                              and not lines[k].isupper())):
            break
        dated = dated or (stamped and bool(REQUISITES_LINE.match(lines[k])))
        k += 1
    if k >= len(lines) or not (lines[k].isupper() or dated) \
            or len(lines[k].split()) > HEADING_WORDS \
            or _heading_kind(ctx, lines[k]) != approved[0]:
        return None
    text = lines[k]
    for nxt in lines[k + 1 : k + _HEADING_LINES]:
        if ends_title(ctx, nxt) or not (nxt.isupper() or goes_on(ctx, text, nxt)):
            break
        text = f"{text} {nxt}"
    return clean_title(ctx, text)


def _heading_kind(ctx: Ctx, line: str) -> str | None:
    from extract.facts.order import approved_list

    lem = ctx.lemmas(line)
    return ctx.plan_noun(lem) or approved_list(ctx, lem)


_SUBJECT_WORDS = 2  # "об основных направлениях деятельности": words the item repeats


def _named_clause(ctx: Ctx, clause: tuple[str, str] | None) -> str | None:
    """The kind of what an operative item approves ("1. Утвердить основные направления
    деятельности … (прилагаются)") when the act's subject is that very document ("Об основных
    направлениях деятельности …"): the act is about what it approves."""
    said = subject(ctx)
    if clause is None or not said:
        return None
    lem, item = ctx.lemmas(said), ctx.lemmas(clause[1])
    if not lem or lem[0] not in ("о", "об") or not item:
        return None
    # (the lemmatizer may read one adjective two ways, "ОСНОВНЫХ" / "основные")
    shared = set(lem[1 : 1 + _SUBJECT_REACH]) & set(item[1 : 1 + _SUBJECT_REACH])
    return clause[0] if len(shared) >= _SUBJECT_WORDS else None


_SUBJECT_REACH = 3
_OBJECT_WORDS = 2  # "муниципального задания": the approved thing's first words


def approved_caps_heading(ctx: Ctx) -> str | None:
    """"Об утверждении муниципального задания …" and, after the act, its appendix's heading
    in capitals ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 39" / "на 2023 год …"): the approved document's own
    heading is the title (plans are plan_title's)."""
    header, text = act_header(ctx), subject(ctx)
    if header is None or not text:
        return None
    lem = ctx.lemmas(text)
    j = next((k for k, w in enumerate(lem[:4]) if w in ctx.vocab.approve_words), None)
    if j is None or ctx.plan_noun(lem[j + 1 :]):
        return None
    obj = lem[j + 1 : j + 1 + _OBJECT_WORDS]
    if len(obj) < _OBJECT_WORDS:
        return None
    lines = ctx.top
    for k in range(header.index + 1, len(lines)):
        line = lines[k].text
        if line.isupper() and ctx.lemmas(line)[:_OBJECT_WORDS] == obj:
            return clean_title(ctx, lines_from(ctx, k))
    return None


def task_title(ctx: Ctx, text: str | None) -> bool:
    """"МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № …": a line opening with the name of a founder's task."""
    if not text:
        return False
    lem = ctx.lemmas(text)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.task_titles)


def task_heading(ctx: Ctx) -> str | None:
    """A task form's own heading with no act before it ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ №" / "на 20 24
    год и на плановый период …" under the founder's УТВЕРЖДАЮ): its number may be left blank,
    so the "№" ending the line is no requisites line; the years' line goes on it."""
    head = ctx.head
    for i, c in enumerate(head):
        # ("МУНИЦИПАЛЬНОЕ" / "ЗАДАНИЕ": a form's heading broken a word a line by its layout)
        words = f"{c.text} {head[i + 1].text}" if len(c.text.split()) == 1 \
            and i + 1 < len(head) else c.text
        if len(c.text.split()) <= HEADING_WORDS and task_title(ctx, words.lstrip("-–— ")):
            return clean_title(ctx, with_continuation(ctx, head, i))
    return None


_GRIF_BEFORE = re.compile(r"\bУТВЕРЖДАЮ\b")  # the founder's grif over a form in sentence case


@per_document
def task_heading_in_run(ctx: Ctx) -> str | None:
    """A task form a text layer flattened into one run ("УТВЕРЖДАЮ … МУНИЦИПАЛЬНОЕ ЗАДАНИЕ на
    2022 год и на плановый период 2023 и 2024 годов Наименование муниципального учреждения …"):
    its heading in capitals with its years, the grif before it and the fields after it left
    out. A heading on a line of its own is task_heading's."""
    for c in ctx.head[:_RUN_CHUNKS]:
        if len(c.text.split()) <= HEADING_WORDS:
            continue
        m = ctx.vocab.task_heading_in_run.search(c.text)
        if m and (not m.group("plain") or _GRIF_BEFORE.search(c.text[: m.start()])):
            return clean_title(ctx, " ".join(m.group("title").split()))
    return None


def task_caps_heading(ctx: Ctx) -> str | None:
    """The form's own heading in capitals ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 1" / "на 2023 год …"),
    under a grif's signer lines and over a site's card label in sentence case: the form's
    heading is the title (a grif's "И.о. Главы" / "муниципального района" is no heading). Also
    as a printed line inside a longer paragraph (a scan's text layer runs the grif, the
    heading and the form's fields into one block)."""
    for i, c in enumerate(ctx.head):
        text = c.text.lstrip("-–— ")
        if len(text.split()) <= HEADING_WORDS and _in_capitals(text) and task_title(ctx, text):
            return clean_title(ctx, with_continuation(ctx, ctx.head, i))
    for k, line in enumerate(ctx.top):
        text = line.text.lstrip("-–— ")
        if len(text.split()) <= HEADING_WORDS and _in_capitals(text) and task_title(ctx, text):
            return clean_title(ctx, lines_from(ctx, k))
    return None


def _in_capitals(text: str) -> bool:
    """"МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 1 на 2023 год …": the task's two words printed in capitals."""
    return " ".join(text.split()[:2]).isupper()
