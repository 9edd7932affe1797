"""The stamp naming the document's own approving act, among the stamps extract/facts/stamps.py
reads: not a form's source (the procedure that set a task's form, a federal form's approval),
the original an amending act repeats before its own stamp. Split from stamps.py, which reads
the stamps; this module only chooses among them."""

from __future__ import annotations

import re
from itertools import pairwise

from extract.facts.ctx import Ctx
from extract.facts.lines import squash
from extract.facts.stamps import Stamp, stamps


def own_stamp(ctx: Ctx, need_org: bool = False) -> Stamp | None:
    """The stamp naming the document's own approving act: the original an amending act
    repeats (opening with a quote) before the amending act's own stamp; else the first with a
    number or a date (with `need_org`: the first naming a body)."""
    every = stamps(ctx)
    sources = _form_sources(ctx, every)
    found = [s for k, s in enumerate(every) if (s.org if need_org else s.requisites)
             and k not in sources]
    quoted = [s for s in found if s.quoted] or _originals(found)
    if not need_org and not quoted and _bare_original(every):
        return None  # the amending act's stamp over an original that names no act
    best = quoted or found
    return best[0] if best else None


def _bare_original(every: tuple[Stamp, ...]) -> bool:
    """'Приложение 1 / к постановлению … от 09.11.2022 N 314' over '"Приложение 1 / к
    государственной программе': the quoted original stacked right under an appendix stamp
    names no act — the stamp over it is the amending act's, which is no order of the plan."""
    return any(upper.kind == "appendix" and lower.quoted and lower.kind == "appendix"
               and lower.start == upper.end and upper.requisites and not lower.requisites
               for upper, lower in pairwise(every))


def _form_source(ctx: Ctx, s: Stamp) -> bool:
    """An appendix stamp naming the procedure that sets a task's form (`form_source_stamp`):
    its act approved the procedure, not the task or report printed on the form; a federal
    ministry's approval stamp (`federal_form_stamp`) approved the federal form itself, and a
    stamp citing an act that approves a form (`form_act_title`) that form."""
    text = squash(s.text)
    if s.kind == "approval" and ctx.vocab.federal_form_stamp.search(text):
        return True  # a federal ministry approved the form the institution fills in
    if s.kind == "approval" and ctx.vocab.form_act_title.search(text):
        return True  # "… № 193 «Об утверждении единой формы …»": the act approved a form
    return s.kind == "appendix" and ctx.vocab.form_source_stamp.search(text) is not None


def _form_sources(ctx: Ctx, every: tuple[Stamp, ...]) -> set[int]:
    """The form-source stamps, and an appendix stamp stacked right over one: "Приложение 2 / к
    постановлению администрации … № 304-па" over "Приложение № 2 / к Порядку формирования
    муниципального задания …" is the act that approved that procedure, so the chain of two
    names the form's source, not the report printed on it."""
    found = {k for k, s in enumerate(every) if _form_source(ctx, s)}
    for k, (upper, lower) in enumerate(pairwise(every)):
        if k + 1 in found and upper.kind == "appendix" and lower.start == upper.end:
            found.add(k)
    return found


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _year(s: Stamp) -> int | None:
    m = _YEAR.search(s.requisites.date or "")
    return int(m.group()) if m else None


def _originals(found: list[Stamp]) -> list[Stamp]:
    """The lower of two stamps stacked with nothing between, when its act is of an earlier
    year: a legal site prints the amending act's stamp over the original's, the quote mark
    that marks the repeated one sometimes lost ("Приложение N 1 / к постановлению … от … 2024
    г. N 17" / "Приложение N 1 / к постановлению … от … 2016 г. N 88"), or the original kept
    as its plain grif under a new edition's appendix line ("Приложение 1 / к постановлению …
    от … 2021 г. N 5" / "Утверждена / постановлением … от … 2015 г. N 80")."""
    for upper, lower in pairwise(found):
        years = _year(upper), _year(lower)
        kinds = upper.kind, lower.kind
        if ((kinds[0] == kinds[1] or kinds == ("appendix", "approval")) and lower.start == upper.end
                and years[0] and years[1] and years[1] < years[0]):
            return [lower]
    return []
